#!/bin/bash
# Static musl release build for one board:  tools/build-board.sh <board> [meson options...]
#   boards: the boards/<board>.cross files (x86_64, aarch64, armv7hf, mipsel)
#   options go to `meson setup` (or `meson configure` for an existing build dir), e.g.
#   -Dtls=disabled or --cross-file boards/presets/<preset>.ini
# Result: build-boards/<board>/edgectl (static, stripped) and build-boards/<board>/size.txt
# (total and per-module sizes), printed too. EDGECTL_BOARD_BUILD_DIR moves build-boards/.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
board=${1:-}
if [ -z "$board" ] || [ ! -f "$repo/boards/$board.cross" ]; then
  echo "usage: $0 <board> [meson options]; boards: $(cd "$repo/boards" && ls ./*.cross | sed 's|./||; s|\.cross||' | tr '\n' ' ')" >&2
  exit 2
fi
shift

zig=$(bash "$repo/tools/setup-toolchain.sh" | tail -n1)

# Meson copies a wrap's overlay (subprojects/packagefiles/<patch_directory>) into the unpacked
# source only when it unpacks it: copy what changed since, as unpacking again would (a changed
# meson.build then makes the next ninja run reconfigure).
for wrap in "$repo"/subprojects/*.wrap; do
  dir=$(sed -n 's/^directory *= *//p' "$wrap") overlay=$(sed -n 's/^patch_directory *= *//p' "$wrap")
  [ -n "$dir" ] && [ -n "$overlay" ] && [ -d "$repo/subprojects/$dir" ] || continue
  (cd "$repo/subprojects/packagefiles/$overlay" && find . -type f) | while read -r f; do
    src=$repo/subprojects/packagefiles/$overlay/$f dst=$repo/subprojects/$dir/$f
    cmp -s "$src" "$dst" || { mkdir -p "$(dirname "$dst")"; cp "$src" "$dst"; echo "build-board: updated subprojects/$dir/${f#./}"; }
  done
done
# The same for a wrap's diff_files: a patch added since the source was unpacked is applied
# now (a fresh unpack applies them all): one that applies cleanly (no fuzz) is not in yet;
# one already in (or stacked under a later one) does not. Under a lock: another board's
# build may be here too.
exec 7<"$repo/subprojects"
flock 7
for wrap in "$repo"/subprojects/*.wrap; do
  dir=$(sed -n 's/^directory *= *//p' "$wrap") diffs=$(sed -n 's/^diff_files *= *//p' "$wrap" | tr ',' ' ')
  [ -n "$dir" ] && [ -n "$diffs" ] && [ -d "$repo/subprojects/$dir" ] || continue
  for d in $diffs; do
    p=$repo/subprojects/packagefiles/$d
    patch -d "$repo/subprojects/$dir" -p1 -N -f -s -F0 --dry-run < "$p" >/dev/null 2>&1 || continue
    patch -d "$repo/subprojects/$dir" -p1 -N -f -s -F0 < "$p"
    echo "build-board: applied $d to subprojects/$dir"
  done
done
exec 7<&-
out=${EDGECTL_BOARD_BUILD_DIR:-$repo/build-boards}
bdir=$out/$board
mkdir -p "$out"
out=$(cd "$out" && pwd) bdir=$out/$board
# One build per board at a time (boot tests and a hand-run build may meet).
exec 9>"$out/.$board.lock"
flock 9

# The machine-specific paths, as constants for the checked-in cross files. zig's cache
# (musl, libc++ and compiler-rt per target, ~75 MB and 2-3 minutes each, and every object
# zig compiled, by content) lives with the toolchain, outside the tree: shared by the
# boards and by every checkout on the machine, so only the first build is cold.
zcache=${EDGECTL_ZIG_CACHE:-${EDGECTL_TOOLCHAIN_DIR:-/var/cache/edgectl-toolchain}/zig-cache}
mkdir -p "$zcache"
tc_ini=$out/toolchain.ini
cat > "$tc_ini.tmp" <<EOF
# Written by tools/build-board.sh.
[constants]
zigwrap = ['$repo/tools/zig-wrap', '$zig', '$zcache']
boards = '$repo/boards'
EOF
cmp -s "$tc_ini.tmp" "$tc_ini" && rm "$tc_ini.tmp" || mv "$tc_ini.tmp" "$tc_ini"

# `meson configure` takes no cross files: a build dir asked for a preset is set up afresh.
for a in "$@"; do
  case $a in --cross-file*|--native-file*) rm -rf "$bdir" ;; esac
done
# Meson reads the cross files only at setup: a build dir set up before ours last changed is
# set up again, with the options it has (--wipe).
stamp=$(cat "$tc_ini" "$repo/boards/common.ini" "$repo/boards/$board.cross" | sha1sum | cut -c1-40)
if [ -f "$bdir/meson-private/coredata.dat" ] && [ "$(cat "$bdir/cross-files.sha1" 2>/dev/null)" != "$stamp" ]; then
  echo "build-board: boards/ files changed since $bdir was set up: setting it up again" >&2
  meson setup --wipe "$bdir" "$repo"
fi
if [ -f "$bdir/meson-private/coredata.dat" ]; then
  # --reconfigure, not `meson configure`: it also knows options added since the setup.
  [ $# -eq 0 ] || meson setup --reconfigure "$bdir" "$repo" "$@"
else
  meson setup "$bdir" "$repo" --cross-file "$tc_ini" --cross-file "$repo/boards/common.ini" \
    --cross-file "$repo/boards/$board.cross" "$@"
fi
echo "$stamp" > "$bdir/cross-files.sha1"

# ZIG_VERBOSE_LINK: zig prints the ld.lld command it runs, kept in edgectl.ldcmd. The
# release binary is that link run again by ld.lld itself, with what zig cc refuses to pass:
#   --icf=safe            identical functions folded where no one takes their address
#                          (template instances, outlined sequences): -8 KB on aarch64
#   -mllvm -machine-outliner-reruns=3   the LTO codegen's outliner looks again at what
#                          its first rounds left: -4 KB on aarch64 (ARM boards only)
#   -Map                  for the size report below
# A binary ninja linked without the verbose line (e.g. a plain `ninja`) is linked again.
[ -f "$bdir/edgectl.ldcmd" ] || rm -f "$bdir/edgectl"
ZIG_VERBOSE_LINK=1 ninja -C "$bdir" edgectl 2>&1 | tee "$bdir/ninja.log" | { grep -v '^ar rcs \|^ld.lld ' || true; }
bin=$bdir/edgectl
if grep -q '^ld.lld ' "$bdir/ninja.log"; then
  # edgectl.ldcmd only once the relink is done: an interrupted one is redone next time.
  rm -f "$bdir/edgectl.ldcmd"
  grep '^ld.lld ' "$bdir/ninja.log" | tail -n1 > "$bdir/edgectl.ldcmd.tmp"
  read -r -a ldargs < "$bdir/edgectl.ldcmd.tmp"
  args=()
  for ((i = 1; i < ${#ldargs[@]}; i++)); do
    if [ "${ldargs[i]}" = -o ]; then args+=(-o edgectl.relink); i=$((i + 1)); else args+=("${ldargs[i]}"); fi
  done
  (cd "$bdir" && ZIG_GLOBAL_CACHE_DIR=$zcache ZIG_LOCAL_CACHE_DIR=$zcache/local \
    "$zig" ld.lld "${args[@]}" --icf=safe -mllvm -machine-outliner-reruns=3 -Map=edgectl.map)
  llvm-strip --strip-all "$bdir/edgectl.relink"
  mv "$bdir/edgectl.relink" "$bin"
  mv "$bdir/edgectl.ldcmd.tmp" "$bdir/edgectl.ldcmd"
  rm -f "$bdir/size.txt"
fi
if [ "$board" = mipsel ] && ! readelf -A "$bin" | grep -q 'FP ABI: Soft float'; then
  echo "build-board: $bin is not soft-float (readelf -A): it would die with SIGILL on a 24Kc" >&2
  exit 1
fi

# Size report: the kept input sections of the map summed per module by tools/board-size.py.
if [ ! -f "$bdir/size.txt" ]; then
  python3 "$repo/tools/board-size.py" "$bin" "$bdir/edgectl.map" "$bdir/edgectl.ldcmd" > "$bdir/size.txt.tmp"
  mv "$bdir/size.txt.tmp" "$bdir/size.txt"
fi
cat "$bdir/size.txt"
