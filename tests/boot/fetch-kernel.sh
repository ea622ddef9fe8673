#!/bin/bash
# Fetch the Debian kernel and busybox-static of one architecture for the boot tests and unpack
# them into a cache dir: KERNEL (vmlinuz), CONFIG, MODULES (/lib/modules/<release>), BUSYBOX.
#   fetch-kernel.sh DEBARCH    (amd64, arm64, armhf, mipsel)
# Prints the unpacked dir. EDGECTL_BOOT_CACHE moves the cache (default /var/cache/edgectl-boot).
# Other architectures' packages come from the machine's own apt sources, with a private list
# dir so the host's apt state is untouched; the meta package (linux-image-amd64, ...) names
# the current kernel ABI, which is what gets downloaded.
set -euo pipefail
arch=${1:?usage: fetch-kernel.sh amd64|arm64|armhf|mipsel}
case $arch in
  amd64) meta=linux-image-amd64 ;;
  arm64) meta=linux-image-arm64 ;;
  armhf) meta=linux-image-armmp ;;
  mipsel) meta=linux-image-4kc-malta ;;
  *) echo "fetch-kernel: no kernel flavour for $arch" >&2; exit 2 ;;
esac
cache=${EDGECTL_BOOT_CACHE:-/var/cache/edgectl-boot}/$arch
mkdir -p "$cache"
exec 9>"$cache/.lock"
flock 9

# A fetch younger than a day is reused as is: the tests must not depend on the mirror's mood.
if [ -f "$cache/ready" ] && [ -n "$(find "$cache/ready" -mmin -1440)" ]; then
  echo "$cache/root"
  exit 0
fi
opts=(-o "APT::Architecture=$arch" -o "APT::Architectures=$arch" -o "Dir::State::Lists=$cache/lists"
  -o "Dir::Cache=$cache/apt-cache" -o Debug::NoLocking=1)
mkdir -p "$cache/lists/partial" "$cache/apt-cache/archives/partial" "$cache/debs"
# A mirror mid-sync fails one index now and then ("File has unexpected size"): try again,
# then go on with what is there; the package lookup below says whether that is enough.
for try in 1 2 3; do
  apt-get "${opts[@]}" -qq update >"$cache/update.log" 2>&1 && break
  sleep $((try * 3))
done
fallback() {  # fallback MESSAGE: a previous fetch, whatever its age, beats failing offline
  if [ -f "$cache/ready" ]; then echo "fetch-kernel: $1; using the previous fetch" >&2; echo "$cache/root"; exit 0; fi
  echo "fetch-kernel: $1" >&2
  cat "$cache/update.log" >&2
  exit 1
}
# linux-image-amd64 depends on linux-image-6.1.0-N-amd64: take the first real image package.
image=$(apt-cache "${opts[@]}" depends "$meta" 2>/dev/null | sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*\)$/\1/p' | head -n1)
[ -n "$image" ] || fallback "apt has no $meta for $arch"
want="$image busybox-static"
if [ "$(cat "$cache/packages" 2>/dev/null)" != "$want" ] || [ ! -f "$cache/ready" ]; then
  rm -rf "$cache/debs" "$cache/root.new"
  mkdir -p "$cache/debs"
  (cd "$cache/debs" && apt-get "${opts[@]}" -qq download "$image" busybox-static >>"$cache/update.log" 2>&1) ||
    fallback "apt-get download $image busybox-static failed"
  mkdir -p "$cache/root.new"
  for deb in "$cache"/debs/*.deb; do dpkg -x "$deb" "$cache/root.new"; done
  rm -rf "$cache/root"
  mv "$cache/root.new" "$cache/root"
  echo "$want" > "$cache/packages"
fi
touch "$cache/ready"
echo "$cache/root"
