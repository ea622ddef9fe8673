#!/bin/bash
# Build a minimal rootfs from Debian's busybox-static: /bin/busybox plus an
# applet symlink for every command, passwd/group, and the usual dirs.
# Usage: mkrootfs.sh DIR
#   BUSYBOX       the busybox-static binary to install (default /bin/busybox)
#   BUSYBOX_LIST  a busybox of the same version that runs here, for the applet list
#                 (when BUSYBOX is another architecture's)
set -euo pipefail
dir=$1
bb=${BUSYBOX:-/bin/busybox}
[ -x "$bb" ] || { echo "mkrootfs: $bb missing (apt-get install busybox-static)" >&2; exit 1; }
mkdir -p "$dir"/{bin,sbin,usr/bin,usr/sbin,etc,proc,sys,dev,tmp,root,home,var/tmp,run}
cp "$bb" "$dir/bin/busybox"
chmod 755 "$dir/bin/busybox"
for app in $("${BUSYBOX_LIST:-$dir/bin/busybox}" --list); do
  [ "$app" = busybox ] && continue
  [ -e "$dir/bin/$app" ] || ln -s busybox "$dir/bin/$app"
done
chmod 1777 "$dir/tmp" "$dir/var/tmp"
cat > "$dir/etc/passwd" <<'P'
root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
P
cat > "$dir/etc/group" <<'G'
root:x:0:
daemon:x:1:
tty:x:5:
nogroup:x:65534:
G
echo "127.0.0.1 localhost" > "$dir/etc/hosts"
: > "$dir/etc/resolv.conf"
