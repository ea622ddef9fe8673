#!/bin/bash
# edgectl cp and export: files and directories both ways on a running and a
# stopped container (docker's placement rules, contents, modes, tar streams
# with '-', -a ownership, -L), export of the whole filesystem, and hostile
# containers: symlinks planted to / and above must keep every copy inside the
# container's root filesystem.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-engine.sh"
engine_image || { not_ok "import the busybox image"; finish; }

# What the host has before: a copy escaping the container would change it.
HOSTNAME_SUM=$(sha256sum < /etc/hostname 2>/dev/null)
PRE_ROOT=$(ls -A /)
H=$T/host
mkdir -p "$H"
# Host-side names unique to this run: what a hostile copy would hit on the host.
TAG=edgectl-cp-$$-$RANDOM
mode_of() { stat -c %a "$1"; }
owner_of() { stat -c %u:%g "$1"; }

ID=$(e run -d --name cpr busybox:test sh -c 'while :; do sleep 0.2; done')
check_eq "a running container" "$(status_of cpr)" "running"
e create --name cps busybox:test true >/dev/null
e start cps >/dev/null; e wait cps >/dev/null
check_eq "a stopped container" "$(status_of cps)" "exited"
SID=$(e inspect cps | jq -r '.[0].Id')
check "the stopped container's rootfs is not mounted" sh -c "! grep -q $SID/rootfs /proc/self/mountinfo"

# ---- host -> container, on both ----------------------------------------------
printf 'hello\n' > "$H/file.txt"; chmod 0640 "$H/file.txt"
mkdir -p "$H/tree/sub/deep"
printf 'a\n' > "$H/tree/a"; printf 'b\n' > "$H/tree/sub/b"; printf 'c\n' > "$H/tree/sub/deep/c"
chmod 0750 "$H/tree/sub"; chmod 0755 "$H/tree/sub/b"
ln -s a "$H/tree/link-to-a"
ln "$H/tree/a" "$H/tree/hard-a"
chown 1234:5678 "$H/file.txt" "$H/tree/a"

for c in cpr cps; do
  check "$c: cp a file to a new name" e cp "$H/file.txt" $c:/tmp/new.txt
  check "$c: cp a file into an existing directory" e cp "$H/file.txt" $c:/tmp
  check "$c: cp a directory to a new name" e cp "$H/tree" $c:/tmp/tree2
  check "$c: cp a directory into an existing directory" e cp "$H/tree" $c:/tmp
done
# Inspect what landed: cpr through exec, cps by copying it back out.
check_eq "running: file content" "$(e exec cpr cat /tmp/new.txt)" "hello"
check_eq "running: file mode kept" "$(e exec cpr stat -c %a /tmp/new.txt)" "640"
check_eq "running: owner root without -a" "$(e exec cpr stat -c %u:%g /tmp/new.txt)" "0:0"
check_eq "running: file into dir keeps its name" "$(e exec cpr cat /tmp/file.txt)" "hello"
check_eq "running: dir to new name" "$(e exec cpr cat /tmp/tree2/sub/deep/c)" "c"
check_eq "running: dir into dir keeps its name" "$(e exec cpr cat /tmp/tree/sub/b)" "b"
check_eq "running: dir modes kept" "$(e exec cpr stat -c %a /tmp/tree/sub /tmp/tree/sub/b | tr '\n' ' ')" "750 755 "
check_eq "running: symlink copied as a link" "$(e exec cpr readlink /tmp/tree/link-to-a)" "a"
check_eq "running: hardlink kept" "$(e exec cpr stat -c %i /tmp/tree/a /tmp/tree/hard-a | uniq | wc -l)" "1"

# ---- container -> host ---------------------------------------------------------
for c in cpr cps; do
  D=$H/out-$c; mkdir -p "$D"
  check "$c: cp out a file to a new name" e cp $c:/tmp/new.txt "$D/f"
  check_eq "$c: content out" "$(cat "$D/f" 2>/dev/null)" "hello"
  check_eq "$c: mode out" "$(mode_of "$D/f" 2>/dev/null)" "640"
  check "$c: cp out a dir to a new name" e cp $c:/tmp/tree "$D/t"
  check_eq "$c: dir tree out" "$(cat "$D/t/a" "$D/t/sub/b" "$D/t/sub/deep/c" 2>/dev/null | tr '\n' ' ')" "a b c "
  check_eq "$c: sub dir mode out" "$(mode_of "$D/t/sub" 2>/dev/null)" "750"
  check_eq "$c: symlink out" "$(readlink "$D/t/link-to-a" 2>/dev/null)" "a"
  check_eq "$c: owner without -a is the caller" "$(owner_of "$D/t/a" 2>/dev/null)" "$(id -u):$(id -g)"
  check "$c: cp out a dir into an existing dir" e cp $c:/tmp/tree "$D"
  check "$c: ... lands under its name" test -f "$D/tree/sub/deep/c"
  mkdir -p "$D/contents"
  check "$c: cp out dir/. copies the contents" e cp $c:/tmp/tree/. "$D/contents"
  check "$c: ... without the dir itself" sh -c "test -f '$D/contents/sub/b' && test ! -e '$D/contents/tree'"
  check "$c: cp out a file into an existing dir" e cp $c:/etc/passwd "$D"
  check_contains "$c: ... /etc/passwd" "$(cat "$D/passwd" 2>/dev/null)" "root:"
  OUT=$(e cp $c:/tmp/new.txt "$D/nodir/x" 2>&1); RC=$?
  check "$c: a missing destination parent is an error" test "$RC" != 0
  OUT=$(e cp $c:/tmp/tree "$D/f" 2>&1); RC=$?
  check "$c: a directory onto a file is an error" test "$RC" != 0
  OUT=$(e cp $c:/no/such "$D/x" 2>&1); RC=$?
  check "$c: a missing source is an error" test "$RC" != 0
  check_contains "$c: ... naming it" "$OUT" "/no/such"
done
check_eq "the stopped container was unmounted again" "$(grep -c "$SID/rootfs" /proc/self/mountinfo)" "0"

# The copies into the stopped container really landed there.
D=$H/out-cps
check_eq "stopped: dir into dir" "$(cat "$D/tree/sub/b")" "b"
e cp cps:/tmp/file.txt "$D/ff"; check_eq "stopped: file into dir" "$(cat "$D/ff")" "hello"
e cp cps:/tmp/tree2/sub/deep/c "$D/cc"; check_eq "stopped: dir to new name" "$(cat "$D/cc")" "c"
# Placement errors into the container.
OUT=$(e cp "$H/file.txt" cpr:/no/such/dir/x 2>&1); RC=$?
check "into: a missing destination parent is an error" test "$RC" != 0
OUT=$(e cp "$H/tree" cpr:/tmp/new.txt 2>&1); RC=$?
check "into: a directory onto a file is an error" test "$RC" != 0
OUT=$(e cp "$H/file.txt" cpr:/tmp/nodir/ 2>&1); RC=$?
check "into: a file to a missing dir/ is an error" test "$RC" != 0
OUT=$(e cp "$H/file.txt" cpr:/tmp/tree 2>&1); RC=$?
check "into: a file onto an existing dir goes inside" test "$RC" = 0 -a "$(e exec cpr cat /tmp/tree/file.txt)" = hello
mkdir -p "$H/clash/tmp"; : > "$H/clash/tmp/tree"  # /tmp/tree is a directory in the container
OUT=$(e cp "$H/clash/." cpr:/ 2>&1); RC=$?
check "into: a file over a directory is refused" test "$RC" != 0
check "into: ... and the directory is still there" e exec cpr test -f /tmp/tree/sub/b

# ---- -a and -L -------------------------------------------------------------------
check "cp -a into" e cp -a "$H/file.txt" cpr:/tmp/owned.txt
check_eq "-a keeps uid:gid into the container" "$(e exec cpr stat -c %u:%g /tmp/owned.txt)" "1234:5678"
e exec cpr sh -c 'echo x > /tmp/o2; chown 4321:8765 /tmp/o2; chmod 4755 /tmp/o2'
check "cp -a out" e cp -a cpr:/tmp/o2 "$H/o2a"
check_eq "-a keeps uid:gid out" "$(owner_of "$H/o2a")" "4321:8765"
check_eq "-a keeps setuid out" "$(mode_of "$H/o2a")" "4755"
check "cp out without -a" e cp cpr:/tmp/o2 "$H/o2"
check_eq "no -a: setuid dropped out, owner is the caller" "$(mode_of "$H/o2") $(owner_of "$H/o2")" "755 $(id -u):$(id -g)"
e exec cpr ln -s /etc/passwd /tmp/plink
check "cp out a symlink" e cp cpr:/tmp/plink "$H/plink"
check_eq "without -L: the link itself" "$(readlink "$H/plink")" "/etc/passwd"
check "cp -L out a symlink" e cp -L cpr:/tmp/plink "$H/plinkL"
check "-L: the target's content" sh -c "test -f '$H/plinkL' && ! test -L '$H/plinkL' && grep -q root: '$H/plinkL'"
ln -s file.txt "$H/hlink"
check "cp -L into" e cp -L "$H/hlink" cpr:/tmp/
check_eq "-L into: a file named like the link" "$(e exec cpr cat /tmp/hlink)" "hello"

# ---- '-' tar streams -------------------------------------------------------------
check "cp out to - (a tar on stdout)" sh -c "$EDGECTL --root $STORE --config $CFG cp cpr:/tmp/tree - > '$T/s.tar'"
LIST=$(tar -tf "$T/s.tar")
check_eq "the stream starts with tree/" "$(echo "$LIST" | head -1)" "tree/"
check_contains "... with the deep file" "$LIST" "tree/sub/deep/c"
check_eq "... every name under tree/" "$(echo "$LIST" | grep -vc '^tree/')" "0"
check_eq "the stream has the container's owners" "$(tar -tvf "$T/s.tar" --numeric-owner | awk '$6 == "tree/a" {print $2}')" "0/0"
check_contains "hardlinks stay hardlinks in the stream" "$(tar -tvf "$T/s.tar")" "tree/hard-a link to tree/a"
check "cp out a file to -" sh -c "$EDGECTL --root $STORE --config $CFG cp cps:/tmp/new.txt - | tar -xOf - new.txt | grep -qx hello"
mkdir -p "$H/stream/in/d"; echo streamed > "$H/stream/in/d/s"; chmod 0600 "$H/stream/in/d/s"
check "cp - into a directory (tar on stdin)" sh -c "tar -C '$H/stream' -cf - in | $EDGECTL --root $STORE --config $CFG cp - cpr:/tmp"
check_eq "the stdin tar was extracted" "$(e exec cpr cat /tmp/in/d/s)" "streamed"
check_eq "... with its mode" "$(e exec cpr stat -c %a /tmp/in/d/s)" "600"
e exec cpr chmod 1777 /tmp
check "cp - of a tar made with -C dir ." sh -c "tar -C '$H/stream/in' -cf - . | $EDGECTL --root $STORE --config $CFG cp - cpr:/tmp"
check_eq "... the archive's ./ entry leaves the destination's mode alone" "$(e exec cpr stat -c %a /tmp)" "1777"
check "cp - into a stopped container" sh -c "tar -C '$H/stream' -cf - in | $EDGECTL --root $STORE --config $CFG cp - cps:/tmp"
check_eq "... landed" "$(e cp cps:/tmp/in/d/s - | tar -xOf -)" "streamed"
OUT=$(tar -C "$H/stream" -cf - in | e cp - cpr:/tmp/new.txt 2>&1); RC=$?
check "cp - to a file is an error" test "$RC" != 0
check_contains "... saying it must be a directory" "$OUT" "must be a directory"

# ---- big files, long names, xattrs, a paused and a vfs container ------------------
head -c 20000000 /dev/urandom > "$H/big"
LONG=$(printf 'n%.0s' $(seq 1 150))
mkdir -p "$H/odd/$LONG"; echo long > "$H/odd/$LONG/$LONG"; mkfifo "$H/odd/fifo"
XATTR=0; if setfattr -n user.cptest -v hi "$H/odd/$LONG/$LONG" 2>/dev/null; then XATTR=1; fi
check "cp a 20 MB file in" e cp "$H/big" cpr:/tmp/big
check "cp it back out" e cp cpr:/tmp/big "$H/big.back"
check_eq "big file: same bytes" "$(sha256sum < "$H/big.back")" "$(sha256sum < "$H/big")"
check "cp long names and a fifo in" e cp "$H/odd" cpr:/tmp/odd
check "... and out again" e cp cpr:/tmp/odd "$H/odd.back"
check_eq "long names survive" "$(cat "$H/odd.back/$LONG/$LONG" 2>/dev/null)" "long"
check "a fifo stays a fifo" test -p "$H/odd.back/fifo"
if [ $XATTR = 1 ]; then
  check_eq "user xattrs survive both ways" "$(getfattr --only-values -n user.cptest "$H/odd.back/$LONG/$LONG" 2>/dev/null)" "hi"
fi
e pause cpr >/dev/null
check "cp from a paused container" e cp cpr:/tmp/new.txt "$H/paused.txt"
check "cp into a paused container" e cp "$H/file.txt" cpr:/tmp/paused.txt
e unpause cpr >/dev/null
check_eq "paused: content" "$(e exec cpr cat /tmp/paused.txt)" "hello"
if e create --name cpv --storage-driver vfs busybox:test true >/dev/null 2>&1; then
  check "vfs: cp in" e cp "$H/tree" cpv:/tmp/
  check "vfs: cp out" e cp cpv:/tmp/tree "$H/vfs-tree"
  check_eq "vfs: content" "$(cat "$H/vfs-tree/sub/deep/c" 2>/dev/null)" "c"
  check "vfs: export" sh -c "$EDGECTL --root $STORE --config $CFG export cpv | tar -tf - | grep -x tmp/tree/sub/deep/c >/dev/null"
  e rm -f cpv >/dev/null
else
  not_ok "create a vfs container"
fi
OUT=$(e cp "$H/file.txt" nosuchctr:/tmp 2>&1); RC=$?
check "an unknown container is an error" test "$RC" != 0
check_contains "... naming it" "$OUT" "nosuchctr"
OUT=$(e cp cpr:/etc/passwd cps:/tmp 2>&1); RC=$?
check "container to container is refused" test "$RC" != 0
OUT=$(e cp "$H/file.txt" "$H/x" 2>&1); RC=$?
check "host to host is refused" test "$RC" != 0
check "a local path with a colon, spelled ./a:b" sh -c "cd '$H' && cp file.txt 'a:b' && $EDGECTL --root $STORE --config $CFG cp ./a:b cpr:/tmp/colon"
check_eq "... landed as 'colon'" "$(e exec cpr cat /tmp/colon)" "hello"

# ---- export ----------------------------------------------------------------------
e exec cpr sh -c 'mkdir -p /data && echo exported > /data/x'
check "export -o" e export -o "$T/exp.tar" cpr
LIST=$(tar -tf "$T/exp.tar" 2>/dev/null)
check_contains "export holds /bin/busybox" "$LIST" "bin/busybox"
check_contains "export holds a file written in the container" "$LIST" "data/x"
check_eq "export: the file's content" "$(tar -xOf "$T/exp.tar" data/x)" "exported"
check_contains "export holds what cp put there" "$LIST" "tmp/tree/sub/deep/c"
check "export to stdout of a stopped container" sh -c "$EDGECTL --root $STORE --config $CFG export cps | tar -tf - | grep -x bin/busybox >/dev/null"
check_eq "export left the stopped container unmounted" "$(grep -c "$SID/rootfs" /proc/self/mountinfo)" "0"
if command -v script >/dev/null; then
  OUT=$(script -qec "$EDGECTL --root $STORE --config $CFG export cpr" /dev/null 2>&1 | tr -d '\r')
  check_contains "export to a terminal is refused" "$OUT" "cowardly refusing"
fi

# ---- hostile containers ------------------------------------------------------------
# Symlinks to the host's root and above, planted inside the running container
# by its own processes, and in the stopped one's filesystem; a marker file
# under /etc that the host does not have. (Markers, not /etc/hostname: a
# broken build must not be able to overwrite the host's files here.)
echo "container-$TAG" > "$H/marker-$TAG"
e exec cpr sh -c "ln -s / /evil; ln -s ../../../../../.. /up; echo container-$TAG > /etc/marker-$TAG"
mkdir -p "$H/plant"; ln -s / "$H/plant/evil"; ln -s ../../../../../.. "$H/plant/up"
e cp "$H/plant/evil" cps:/evil >/dev/null; e cp "$H/plant/up" cps:/up >/dev/null
e cp "$H/marker-$TAG" cps:/etc/ >/dev/null
check_eq "planted: /evil in the stopped container is a link to /" "$(e cp cps:/evil - | tar -tvf - | awk '{print $NF}')" "/"
echo "pwned-$TAG" > "$H/$TAG"
mkdir -p "$H/d-$TAG"; echo in > "$H/d-$TAG/f"
for c in cpr cps; do
  rm -rf "/tmp/$TAG"* "/$TAG"* "/tmp/d-$TAG" "/d-$TAG"
  e cp "$H/$TAG" $c:/evil/tmp/ >/dev/null 2>&1
  e cp "$H/$TAG" $c:/evil/tmp/pwned-$TAG >/dev/null 2>&1
  e cp "$H/$TAG" $c:/up/ >/dev/null 2>&1
  e cp "$H/$TAG" $c:/up/pwned-$TAG >/dev/null 2>&1
  e cp "$H/d-$TAG" $c:/evil/ >/dev/null 2>&1
  e cp "$H/d-$TAG" $c:/up/tmp >/dev/null 2>&1
  tar -C "$H" -cf - "$TAG" | e cp - $c:/evil/tmp >/dev/null 2>&1
  tar -C "$H" -cf - "$TAG" | e cp - $c:/up/ >/dev/null 2>&1
  check "$c: nothing landed in the host's /tmp" sh -c "! ls -d /tmp/$TAG* /tmp/pwned-$TAG /tmp/d-$TAG >/dev/null 2>&1"
  check "$c: nothing landed in the host's /" sh -c "! ls -d /$TAG* /pwned-$TAG /d-$TAG >/dev/null 2>&1"
  # They landed inside the container instead.
  check_eq "$c: /evil/tmp/NAME went to the container's /tmp" "$(e cp $c:/tmp/pwned-$TAG - 2>/dev/null | tar -xOf - 2>/dev/null)" "pwned-$TAG"
  check_eq "$c: /up/NAME went to the container's root" "$(e cp $c:/pwned-$TAG - 2>/dev/null | tar -xOf - 2>/dev/null)" "pwned-$TAG"
  check_eq "$c: a directory copied into /evil went to the container's root" "$(e cp $c:/d-$TAG/f - 2>/dev/null | tar -xOf - 2>/dev/null)" "in"
  rm -f "$H/m-out"
  check "$c: cp out of /evil/etc/marker" e cp $c:/evil/etc/marker-$TAG "$H/m-out"
  check_eq "$c: ... reads the container's file" "$(cat "$H/m-out" 2>/dev/null)" "container-$TAG"
  rm -f "$H/up-out"
  check "$c: cp out of /up/etc/marker" e cp $c:/up/etc/marker-$TAG "$H/up-out"
  check_eq "$c: ... reads the container's file" "$(cat "$H/up-out" 2>/dev/null)" "container-$TAG"
  check_eq "$c: -L on /evil/etc/marker too" "$(e cp -L $c:/evil/etc/marker-$TAG - 2>/dev/null | tar -xOf - 2>/dev/null)" "container-$TAG"
  # /etc/hostname: the rootfs's own (empty mount target once started, absent
  # before), never the host's.
  OUT=$(e cp $c:/evil/etc/hostname - 2>/dev/null | tar -xOf - 2>/dev/null)
  WANT=$(e cp $c:/etc/hostname - 2>/dev/null | tar -xOf - 2>/dev/null)
  check_eq "$c: cp out of /evil/etc/hostname reads the container's file" "$OUT" "$WANT"
  check "$c: ... not the host's" test "$OUT" != "$(cat /etc/hostname)"
  rm -rf "$H/evil-out"
  check "$c: cp out of the link /evil" e cp $c:/evil "$H/evil-out"
  check_eq "$c: ... copies the link itself" "$(readlink "$H/evil-out" 2>/dev/null)" "/"
  rm -rf "$H/evil-dir"; mkdir "$H/evil-dir"
  check "$c: cp out of /evil/." e cp $c:/evil/. "$H/evil-dir"
  check "$c: ... is the container's root, not the host's" \
    sh -c "test -x '$H/evil-dir/bin/busybox' && test ! -e '$H/evil-dir$EDGECTL_SRC' && test ! -e '$H/evil-dir$T'"
done
# The same down the resolver old kernels take (no openat2): strace makes
# openat2 fail with ENOSYS, as crun's no_openat2 tests do with seccomp.
if command -v strace >/dev/null; then
  e_old() { strace -f -qq -o /dev/null -e trace=openat2 -e inject=openat2:error=ENOSYS "$EDGECTL" --root "$STORE" --config "$CFG" "$@"; }
  rm -f /tmp/pwned-$TAG.old /pwned-$TAG.old
  e_old cp "$H/$TAG" cpr:/evil/tmp/pwned-$TAG.old >/dev/null 2>&1
  e_old cp "$H/$TAG" cpr:/up/pwned-$TAG.old >/dev/null 2>&1
  check "no openat2: nothing on the host" sh -c "! ls -d /tmp/pwned-$TAG.old /pwned-$TAG.old >/dev/null 2>&1"
  check_eq "no openat2: /evil/tmp/NAME inside" "$(e exec cpr cat /tmp/pwned-$TAG.old)" "pwned-$TAG"
  check_eq "no openat2: /up/NAME inside" "$(e exec cpr cat /pwned-$TAG.old)" "pwned-$TAG"
  check_eq "no openat2: cp out of /evil/etc/marker" "$(e_old cp cpr:/evil/etc/marker-$TAG - 2>/dev/null | tar -xOf - 2>/dev/null)" "container-$TAG"
fi
# A running container swapping a directory for a symlink to /tmp while we copy
# into it: whatever wins the race, nothing may appear in the host's /tmp.
e exec -d cpr sh -c 'mkdir -p /race; i=0; while [ $i -lt 4000 ]; do rm -rf /race/d; ln -s /tmp /race/d; rm -f /race/d; mkdir /race/d; i=$((i+1)); done' >/dev/null 2>&1
for i in $(seq 1 25); do
  e cp "$H/$TAG" cpr:/race/d/ >/dev/null 2>&1
  e cp "$H/d-$TAG" cpr:/race/d >/dev/null 2>&1
  tar -C "$H" -cf - "$TAG" | e cp - cpr:/race/d >/dev/null 2>&1
done
check "racing symlinks: nothing in the host's /tmp" sh -c "! ls -d /tmp/$TAG* /tmp/d-$TAG >/dev/null 2>&1"
check_eq "the host's /etc/hostname is untouched" "$(sha256sum < /etc/hostname 2>/dev/null)" "$HOSTNAME_SUM"
NEW=""
for n in evil up in tree tree2 file.txt new.txt; do
  case " $(echo $PRE_ROOT) " in *" $n "*) ;; *) [ -e "/$n" ] || [ -L "/$n" ] && NEW="$NEW $n";; esac
done
check_eq "no copy created anything in the host's /" "$NEW" ""
# A broken build must not leave its strays behind.
rm -rf "/tmp/$TAG"* "/$TAG"* "/tmp/d-$TAG" "/d-$TAG" "/tmp/pwned-$TAG"* "/pwned-$TAG"* "/etc/marker-$TAG"
for n in evil up; do
  case " $(echo $PRE_ROOT) " in *" $n "*) ;; *) [ -L "/$n" ] && rm -f "/$n";; esac
done

e rm -f cpr cps >/dev/null
finish
