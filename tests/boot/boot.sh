#!/bin/bash
# Boot test of one board: a Debian kernel of the board's architecture in qemu-system (TCG),
# an initramfs with the board's static edgectl, busybox-static, the overlay module, the SysV
# init script and a busybox image as a tar; inside, tests/boot/boot-test.sh loads the image
# and runs containers (namespaces, cgroup limits, seccomp, the init script with a service).
#
#   tests/boot/boot.sh BOARD [v1|v2 [PRESET]]      BOARD: x86_64 aarch64 armv7hf mipsel
#
# The binary is tools/build-board.sh's (built when missing or older than the sources; with
# PRESET, boards/presets/PRESET.ini, in build-boards-PRESET/), or EDGECTL_BOOT_BIN. Kernels come from tests/boot/fetch-kernel.sh. Exit 0 when every check in
# the guest passed and the guest got to the end; the console log stays in the work dir on
# failure. Never uses KVM (a KVM guest hangs on this machine; TCG boots in seconds).
set -uo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
board=${1:?usage: boot.sh x86_64|aarch64|armv7hf|mipsel [v1|v2]}
cg=${2:-v2}
case $cg in v1 | v2) ;; *) echo "boot: cgroup must be v1 or v2, not $cg" >&2; exit 2 ;; esac
preset=${3:-}
[ -z "$preset" ] || [ -f "$repo/boards/presets/$preset.ini" ] || { echo "boot: no preset boards/presets/$preset.ini" >&2; exit 2; }
# apt (kernel downloads) and the caches under /var/cache want root, as the other system tests.
[ "$(id -u)" = 0 ] || { echo "boot: skipped, needs root"; exit 77; }

# board -> Debian arch, OCI arch, qemu machine, console, extra kernel args
case $board in
  x86_64) debarch=amd64 ociarch=amd64 console=ttyS0
    qemu=(qemu-system-x86_64 -M pc -m 512) ;;
  aarch64) debarch=arm64 ociarch=arm64 console=ttyAMA0
    qemu=(qemu-system-aarch64 -M virt -cpu cortex-a53 -m 512) ;;
  armv7hf) debarch=armhf ociarch=arm console=ttyAMA0
    qemu=(qemu-system-arm -M virt,highmem=off -cpu cortex-a7 -m 512) ;;
  mipsel) debarch=mipsel ociarch=mipsle console=ttyS0
    qemu=(qemu-system-mipsel -M malta -cpu 24Kc -m 256) ;;
  *) echo "boot: unknown board $board" >&2; exit 2 ;;
esac
command -v "${qemu[0]}" >/dev/null || { echo "boot: ${qemu[0]} missing (bash tools/setup-deps.sh installs it)" >&2; exit 1; }

t0=$(date +%s)
bin=${EDGECTL_BOOT_BIN:-}
if [ -z "$bin" ]; then
  out=${EDGECTL_BOARD_BUILD_DIR:-$repo/build-boards}
  args=()
  if [ -n "$preset" ]; then
    out=$out-$preset
    # build-board.sh sets a dir given a cross file up afresh: only when new or the preset changed.
    [ "$out/$board/build.ninja" -nt "$repo/boards/presets/$preset.ini" ] ||
      args=(--cross-file "$repo/boards/presets/$preset.ini")
  fi
  # A board build is minutes cold and seconds when nothing changed: always ask ninja.
  if ! EDGECTL_BOARD_BUILD_DIR=$out bash "$repo/tools/build-board.sh" "$board" "${args[@]}" \
    >"$repo/build-boards-$board${preset:+-$preset}.log" 2>&1; then
    tail -n 40 "$repo/build-boards-$board${preset:+-$preset}.log" >&2
    echo "boot: tools/build-board.sh $board failed (log: build-boards-$board${preset:+-$preset}.log)" >&2
    exit 1
  fi
  rm -f "$repo/build-boards-$board${preset:+-$preset}.log"
  bin=$out/$board/edgectl
fi
[ -x "$bin" ] || { echo "boot: no binary at $bin" >&2; exit 1; }
t_build=$(date +%s)

root=$(bash "$repo/tests/boot/fetch-kernel.sh" "$debarch" | tail -n1) || exit 1
kernel=$(ls "$root"/boot/vmlinuz-* 2>/dev/null | head -n1)
[ -n "$kernel" ] || { echo "boot: no kernel in $root/boot" >&2; exit 1; }
release=${kernel##*/vmlinuz-}

w=$(mktemp -d /tmp/edgectl-boot.XXXXXX)
keep=${EDGECTL_BOOT_KEEP:-0}
trap '[ "$keep" = 1 ] || rm -rf "$w"' EXIT
ir=$w/initramfs
# The guest's userland: busybox-static of the board's architecture. The applet list comes
# from the host's busybox (same Debian version), so no foreign binary runs here.
BUSYBOX=$root/bin/busybox BUSYBOX_LIST=/bin/busybox bash "$repo/tests/integration/mkrootfs.sh" "$ir" || exit 1
# The test image: a busybox rootfs of the same architecture, as an OCI archive.
BUSYBOX=$root/bin/busybox BUSYBOX_LIST=/bin/busybox bash "$repo/tests/integration/mkrootfs.sh" "$w/image" || exit 1
mkdir -p "$ir/images"
IMAGE_ARCH=$ociarch bash "$repo/tests/integration/mkimage.sh" "$w/image" "$ir/images/busybox.tar" busybox:boot || exit 1

install -D -m 0755 "$bin" "$ir/usr/bin/edgectl"
cp -a "$repo/rootfs-overlay/sysv/." "$repo/rootfs-overlay/common/." "$ir/"
install -m 0755 "$repo/tests/boot/init" "$ir/init"
install -m 0755 "$repo/tests/boot/boot-test.sh" "$ir/boot-test.sh"
# What a Debian system has for `edgectl check`: /boot/config-R and the module tree's indexes.
install -D -m 0644 "$root/boot/config-$release" "$ir/boot/config-$release"
mods=$root/lib/modules/$release
for f in modules.builtin modules.order; do
  [ -f "$mods/$f" ] && install -D -m 0644 "$mods/$f" "$ir/lib/modules/$release/$f"
done
# overlay, and what bridge networking needs (Debian builds them as modules): loaded by boot-test.sh.
for m in fs/overlayfs/overlay net/llc/llc net/802/stp net/bridge/bridge drivers/net/veth; do
  install -D -m 0644 "$mods/kernel/$m.ko" "$ir/lib/modules/$release/kernel/$m.ko" || exit 1
done
(cd "$ir" && find . | LC_ALL=C sort | cpio -o -H newc --quiet -R 0:0 | gzip -1) >"$w/initrd.gz" || exit 1

append="console=$console panic=-1 quiet edgectl.cgroup=$cg"
# Pure v2: v1 hierarchies cannot be mounted at all (as on a v2-only distribution kernel).
[ "$cg" = v2 ] && append="$append cgroup_no_v1=all"
log=$w/console.log
t_boot=$(date +%s)
timeout "${EDGECTL_BOOT_TIMEOUT:-600}" "${qemu[@]}" -nographic -no-reboot -kernel "$kernel" \
  -initrd "$w/initrd.gz" -append "$append" </dev/null >"$log" 2>&1
qrc=$?
t_end=$(date +%s)
# The firmware's terminal escapes can precede the first line of ours.
tr -d '\r' <"$log" | sed 's/^.*\(BOOT-[A-Z]\)/\1/' >"$log.txt"

grep -E '^BOOT-(INFO|CHECK|EXIT)' "$log.txt"
oks=$(grep -c '^BOOT-CHECK ok ' "$log.txt")
fails=$(grep -c '^BOOT-CHECK FAIL ' "$log.txt")
skips=$(grep -c '^BOOT-CHECK skip ' "$log.txt")
done_=$(grep -c '^BOOT-DONE' "$log.txt")
echo "boot $board${preset:+ ($preset)} cgroup $cg: kernel $release, $oks ok, $fails failed, $skips skipped;" \
  "build $((t_build - t0)) s, guest $((t_end - t_boot)) s (qemu exit $qrc)"
if [ "$fails" != 0 ] || [ "$done_" != 1 ] || [ "$oks" = 0 ]; then
  keep=1
  [ "$done_" = 1 ] || { echo "boot: the guest did not finish; last console lines:"; tail -n 40 "$log.txt"; }
  echo "boot: console log and initramfs kept in $w" >&2
  exit 1
fi
