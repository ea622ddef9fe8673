#!/bin/bash
# The main job on an embedded default, no registry, no network: install what
# is needed, build and install edgectl, make a busybox bundle from Debian's
# busybox-static and run a container from it with the OCI runtime face.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup-deps.sh
[ -f build/build.ninja ] || meson setup build --prefix=/usr/local >/dev/null
ninja -C build >/dev/null
meson install -C build --quiet >/dev/null
demo=/var/lib/edgectl-demo/busybox
if [ ! -x "$demo/rootfs/bin/busybox" ]; then
  rm -rf "$demo"
  mkdir -p "$demo"
  bash tests/integration/mkrootfs.sh "$demo/rootfs"
fi
cd "$demo"
rm -f config.json
edgectl oci spec
# A non-interactive process so this works without a terminal.
tmp=$(mktemp)
jq '.process.terminal=false | .process.args=["sh","-c","echo \"hello from $(hostname): pid $$, uid $(id -u)\"; ls /; cat /proc/self/cgroup | head -3"]' \
  config.json > "$tmp" && mv "$tmp" config.json
echo "+ edgectl-runc run demo-$$"
edgectl-runc run "demo-$$"
# The same rootfs as an image in the store (no registry needed).
echo "+ edgectl import rootfs.tar busybox:demo"
tar -C rootfs -cf /tmp/edgectl-demo-rootfs.tar .
edgectl import /tmp/edgectl-demo-rootfs.tar busybox:demo
rm -f /tmp/edgectl-demo-rootfs.tar
edgectl images
echo "+ edgectl run --rm busybox:demo ..."
edgectl run --rm --hostname demo busybox:demo sh -c 'echo "hello from $(hostname) via the engine: pid $$, caps $(grep CapEff /proc/self/status | cut -f2)"'
