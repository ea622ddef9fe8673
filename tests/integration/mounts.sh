#!/bin/bash
# Mounts, /dev, masked and read-only paths, readonly root, no-pivot.
source "$(dirname "$0")/lib.sh"

mkdir -p "$T/hostdir" && echo data > "$T/hostdir/file"
b=$(make_bundle m sh -c '
  echo "procfs=$(stat -f -c %T /proc)"
  echo "sysfs=$(stat -f -c %T /sys)"
  echo "devfs=$(stat -f -c %T /dev)"
  for d in null zero full random urandom tty; do echo "dev-$d=$(stat -c "%F %t:%T %a" /dev/$d)"; done
  echo "fd=$(readlink /dev/fd) in=$(readlink /dev/stdin) out=$(readlink /dev/stdout) err=$(readlink /dev/stderr)"
  echo "ptmx=$(readlink /dev/ptmx)"
  echo "pts=$(stat -f -c %T /dev/pts)"
  echo "shm=$(stat -f -c %T /dev/shm)"
  echo "mqueue=$(grep " /dev/mqueue " /proc/self/mountinfo | sed "s/.* - //" | cut -d" " -f1)"
  echo "bind=$(cat /data/file)"
  echo x > /data/new 2>/dev/null && echo "bindwrite=yes" || echo "bindwrite=no"
  echo x > /scratch/f && echo "tmpfs=$(stat -f -c %T /scratch) mode=$(stat -c %a /scratch)"
  for f in kcore timer_list keys; do [ -e /proc/$f ] && echo "$f=$(wc -c < /proc/$f)"; done
  echo "acpi=$(ls /proc/acpi 2>/dev/null | wc -l)"
  echo 1 > /proc/sys/kernel/domainname 2>/dev/null && echo "procsys=rw" || echo "procsys=ro"
  touch /rootfile 2>/dev/null && echo "root=rw" || echo "root=ro"
  echo "dev-9=$(stat -c "%F %t:%T" /dev/mydev)"
  grep " /data " /proc/self/mountinfo | head -1')
edit_config "$b" '.root.readonly=true |
  .mounts += [{"destination":"/data","type":"bind","source":$h,"options":["rbind","ro","nosuid"]},
              {"destination":"/scratch","type":"tmpfs","source":"tmpfs","options":["nosuid","size=1m","mode=1777"]}] |
  .linux.devices=[{"path":"/dev/mydev","type":"c","major":1,"minor":9,"fileMode":438,"uid":0,"gid":0}] |
  .linux.resources.devices=[{"allow":true,"access":"rwm"}]' --arg h "$T/hostdir"
run_out "$b" m1
check_eq "run ok" "$RC" 0
[ "$RC" != 0 ] && echo "$OUT"
check_contains "/proc is procfs" "$OUT" "procfs=proc"
check_contains "/sys is sysfs" "$OUT" "sysfs=sysfs"
check_contains "/dev is tmpfs" "$OUT" "devfs=tmpfs"
check_contains "/dev/null" "$OUT" "dev-null=character special file 1:3 666"
check_contains "/dev/zero" "$OUT" "dev-zero=character special file 1:5 666"
check_contains "/dev/full" "$OUT" "dev-full=character special file 1:7 666"
check_contains "/dev/random" "$OUT" "dev-random=character special file 1:8 666"
check_contains "/dev/urandom" "$OUT" "dev-urandom=character special file 1:9 666"
check_contains "/dev/tty" "$OUT" "dev-tty=character special file 5:0 666"
check_contains "fd symlinks" "$OUT" "fd=/proc/self/fd in=/proc/self/fd/0 out=/proc/self/fd/1 err=/proc/self/fd/2"
check_contains "ptmx symlink" "$OUT" "ptmx=pts/ptmx"
check_contains "devpts" "$OUT" "pts=devpts"
check_contains "shm tmpfs" "$OUT" "shm=tmpfs"
check_contains "mqueue" "$OUT" "mqueue=mqueue"
check_contains "bind source visible" "$OUT" "bind=data"
check_contains "ro bind not writable" "$OUT" "bindwrite=no"
check "host dir untouched" test ! -e "$T/hostdir/new"
check_contains "tmpfs with mode" "$OUT" "tmpfs=tmpfs mode=1777"
for f in kcore timer_list keys; do  # whichever this kernel has
  [ -e /proc/$f ] && check_contains "masked /proc/$f reads empty" "$OUT" "$f=0"
done
check_contains "masked /proc/acpi empty" "$OUT" "acpi=0"
check_contains "readonly /proc/sys" "$OUT" "procsys=ro"
check_contains "readonly root" "$OUT" "root=ro"
check_contains "linux.devices node" "$OUT" "dev-9=character special file 1:9"
check_contains "bind has nosuid" "$(grep ' /data ' <<<"$OUT")" "nosuid"

# --no-pivot: MS_MOVE + chroot
b2=$(make_bundle np sh -c 'cat /proc/self/mountinfo | wc -l; ls /')
(cd "$b2" && OUT=$(rt run --no-pivot np1 2>&1); echo "$OUT" > "$T/np.out"; exit 0)
check_contains "no-pivot runs" "$(cat "$T/np.out")" "bin"

# rootfsPropagation and mount propagation flags
b3=$(make_bundle prop sh -c 'awk "\$5 == \"/\"" /proc/self/mountinfo; grep " /shared " /proc/self/mountinfo')
mkdir -p "$T/shared"
edit_config "$b3" '.linux.rootfsPropagation="shared" | .mounts += [{"destination":"/shared","type":"bind","source":$s,"options":["rbind","rshared"]}]' --arg s "$T/shared"
run_out "$b3" prop1
check_eq "propagation run ok" "$RC" 0
check_contains "root is shared" "$(awk '$5 == "/"' <<<"$OUT")" "shared:"

# proc mount over a symlink is refused (CVE-2019-16884 class)
b4=$(make_bundle badproc true)
rmdir "$b4/rootfs/proc" && ln -s /tmp "$b4/rootfs/proc"
run_out "$b4" badproc1
check "proc over symlink refused" test "$RC" -ne 0
check_contains "error names /proc" "$OUT" "proc"
check "no container left" test -z "$(rt list -q)"
finish
