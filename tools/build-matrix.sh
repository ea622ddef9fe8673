#!/bin/bash
# Build the edgectl target with each feature switch of meson_options.txt
# turned off in turn, plus the presets in boards/presets/, with the native
# toolchain, and smoke-test every binary: `edgectl version` lists what is
# built, and each compiled-out feature's entry point fails (non-zero) with
# its "built without ... (-D<switch>=disabled)" message. Catches the
# combination that no longer compiles or links (crun#551, #553).
#
#   tools/build-matrix.sh [name...]     # names: no-<switch>, preset-<preset>; default all
#
# One line per combination: "ok|FAIL <name> <stripped size>"; exit 1 on any
# FAIL. Build dirs: ${TMPDIR:-/var/tmp}/edgectl-matrix/<name> (kept, so a
# second run is incremental); ccache, when installed, makes a fresh tree fast
# (CCACHE_DIR defaults to ${TMPDIR:-/var/tmp}/edgectl-ccache). A failing
# build's log is <dir>/build.log; a failing check's output <dir>/smoke.log.
set -uo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
tmp=${TMPDIR:-/var/tmp}
base=$tmp/edgectl-matrix
mkdir -p "$base"
if command -v ccache >/dev/null; then
  export CCACHE_DIR=${CCACHE_DIR:-$tmp/edgectl-ccache}
  export CC="ccache ${CC:-cc}" CXX="ccache ${CXX:-c++}"
fi

# Feature switches, in meson_options.txt order.
mapfile -t switches < <(sed -n "s/^option('\([a-z0-9_]*\)', *type: *'feature'.*/\1/p" "$src/meson_options.txt")

combos=()
for s in "${switches[@]}"; do combos+=("no-$s"); done
for p in "$src"/boards/presets/*.ini; do combos+=("preset-$(basename "$p" .ini)"); done
[ $# -gt 0 ] && combos=("$@")

# The switches a combination turns off.
disabled_of() {
  case $1 in
    # A switch that needs another goes with it (tls with pull, cni with net).
    no-pull) printf 'pull\ntls\n' ;;
    no-net) printf 'net\ncni\n' ;;
    no-*) echo "${1#no-}" ;;
    preset-*) sed -n "s/^\([a-z0-9_]*\) *= *'disabled'.*/\1/p" "$src/boards/presets/${1#preset-}.ini" ;;
  esac
}

# Run a command that must fail with the built-without message of switch $1.
expect_without() {
  local sw=$1
  shift
  local out rc
  out=$("$@" 2>&1)
  rc=$?
  echo "\$ ${*}" >>"$log"
  echo "$out (exit $rc)" >>"$log"
  if [ $rc -eq 0 ] || ! grep -q "built without .*(-D$sw=disabled)" <<<"$out"; then
    echo "check -D$sw=disabled: wanted a non-zero exit with \"built without ... (-D$sw=disabled)\"" >>"$log"
    return 1
  fi
}

smoke() {  # name builddir disabled-switches...
  local name=$1 dir=$2
  shift 2
  local bin=$dir/edgectl off=" $* " root="$dir/smoke-root" v s
  log=$dir/smoke.log
  : >"$log"
  rm -rf "$root"
  mkdir -p "$root"
  v=$("$bin" version) || { echo "version failed" >>"$log"; return 1; }
  echo "$v" >>"$log"
  for s in "${switches[@]}"; do
    local want="+$s"
    [[ $off == *" $s "* ]] && want="-$s"
    grep -qE -- "(^|[: ])\\$want( |\$)" <<<"$v" || { echo "version does not say $want" >>"$log"; return 1; }
  done
  # Everything the engine writes stays under $root.
  printf '{"root": "%s", "run-root": "%s", "auth-file": "%s", "certs-dir": "%s"}\n' \
    "$root/store" "$root/run" "$root/auth.json" "$root/certs.d" >"$root/config.json"
  local e=("$bin" --config "$root/config.json")
  # An image from a rootfs tarball: import works in every build.
  mkdir -p "$root/rootfs/bin" && echo hi >"$root/rootfs/bin/hello"
  tar -C "$root/rootfs" -cf "$root/rootfs.tar" . || return 1
  "${e[@]}" import "$root/rootfs.tar" smoke:1 >>"$log" 2>&1 || { echo "import failed" >>"$log"; return 1; }
  for s in "$@"; do
    case $s in
      pull)
        expect_without pull "${e[@]}" pull busybox || return 1
        expect_without pull "${e[@]}" login -u u --password-stdin reg.example </dev/null || return 1
        expect_without pull "${e[@]}" create --pull always smoke:1 /bin/hello || return 1
        ;;
      tls)
        # Without pull there is no registry client to ask.
        [[ $off == *" pull "* ]] || expect_without tls "${e[@]}" pull registry.invalid/smoke:1 || return 1
        ;;
      overlay | vfs)
        expect_without "$s" "${e[@]}" create --pull never --storage-driver "$s" smoke:1 /bin/hello || return 1
        ;;
      net)
        expect_without net "${e[@]}" create --pull never --network bridge smoke:1 /bin/hello || return 1
        expect_without net "${e[@]}" network ls || return 1
        ;;
      cni)
        # Without net, --network cni: is refused as networking.
        [[ $off == *" net "* ]] || expect_without cni "${e[@]}" create --pull never --network cni:x smoke:1 /bin/hello || return 1
        ;;
      healthcheck)
        expect_without healthcheck "${e[@]}" create --pull never --health-cmd true smoke:1 /bin/hello || return 1
        ;;
      export)
        expect_without export "${e[@]}" save -o "$root/save.tar" smoke:1 || return 1
        expect_without export "${e[@]}" export -o "$root/export.tar" smoke || return 1
        expect_without export "${e[@]}" cp "$root/rootfs.tar" smoke:/ || return 1
        ;;
      monitor)
        expect_without monitor "${e[@]}" stats --no-stream || return 1
        expect_without monitor "${e[@]}" top smoke || return 1
        expect_without monitor "${e[@]}" events --until 0 || return 1
        ;;
      volumes)
        expect_without volumes "${e[@]}" create --pull never -v smokevol:/data smoke:1 /bin/hello || return 1
        expect_without volumes "${e[@]}" volume ls || return 1
        ;;
      cgroup_v1 | cgroup_v2)
        "$bin" oci features >"$root/features.json" 2>>"$log" || return 1
        grep -qE "\"${s#cgroup_}\":[[:space:]]*false" "$root/features.json" ||
          { echo "oci features does not say ${s#cgroup_}: false" >>"$log"; return 1; }
        ;;
    esac
  done
}

fails=0
for name in "${combos[@]}"; do
  dir=$base/$name
  off=$(disabled_of "$name" | tr '\n' ' ')
  # -O0: the matrix proves every combination compiles, links and answers;
  # optimising each of 12 builds would only make CI slower. Unity (one unit per
  # library, as the board builds compile): 4x faster without ccache hits, and it
  # proves every combination's stubs survive the board builds' unity compile.
  opts=(-Dtests=false "-Doptimization=${MATRIX_OPTIMIZATION:-0}" -Dunity_build=true)
  case $name in
    no-*) opts+=("-D${name#no-}=disabled") ;;
    preset-*) opts+=(--native-file "$src/boards/presets/${name#preset-}.ini") ;;
    *) echo "FAIL $name (unknown combination)"; fails=$((fails + 1)); continue ;;
  esac
  if [ -f "$dir/build.ninja" ]; then
    setup=(meson setup --reconfigure "${opts[@]}" "$dir" "$src")
  else
    setup=(meson setup "${opts[@]}" "$dir" "$src")
  fi
  mkdir -p "$dir"
  if ! { "${setup[@]}" && ninja -C "$dir" edgectl; } >"$dir/build.log.tmp" 2>&1; then
    mv "$dir/build.log.tmp" "$dir/build.log"
    echo "FAIL $name build (see $dir/build.log)"
    fails=$((fails + 1))
    continue
  fi
  mv "$dir/build.log.tmp" "$dir/build.log"
  size=$(strip -o "$dir/edgectl.stripped" "$dir/edgectl" && stat -c %s "$dir/edgectl.stripped")
  # shellcheck disable=SC2086 # off is a word list
  if smoke "$name" "$dir" $off; then
    echo "ok $name $size"
  else
    echo "FAIL $name $size (see $dir/smoke.log)"
    fails=$((fails + 1))
  fi
done
[ $fails -eq 0 ]
