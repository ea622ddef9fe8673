#!/bin/bash
# Build the registry test images from Debian's busybox-static, downloading
# nothing: OCI image layouts made by hand with tar, gzip, sha256sum and jq, plus
# an "expected tree" of each image's final rootfs, computed by really applying
# its layers (GNU tar + whiteout processing) in a scratch dir. Needs root (the
# expected trees keep owners and setuid bits).
#
# Usage:
#   mkimages.sh [-o DIR] [NAME...]  build the images not yet cached in DIR
#                                   (default $EDGECTL_TEST_CACHE/images; NAMEs
#                                   default to: one multi index) and print
#                                   DIR/NAME for each
#   mkimages.sh --list DIR          print DIR's tree in the expected-tree format
#
# Images (each under DIR/NAME/, rebuilt when this script, mkrootfs.sh or
# busybox change):
#   one    one layer: the busybox rootfs of mkrootfs.sh
#   multi  3 layers: the busybox rootfs; then files with odd modes (4755, 2755,
#          0600, sticky 1777 dir), owners 1234:5678, an xattr user.test=hello,
#          symlinks (relative, absolute, dangling), a hardlink pair, a fifo,
#          a name with a space, an old mtime, a 1 MiB random file, a >100-char
#          path (PAX format); then (GNU format) whiteouts of a file, a file of
#          the base layer, a whole dir, an opaque dir re-populated in the same
#          layer, a file turned into a dir, a dir turned into a symlink, a
#          changed file and a >100-char name (GNU longname)
#   index  an OCI index of linux/amd64, linux/arm64/v8, linux/arm/v7 and
#          linux/mipsle images: the busybox layer (the same blob as "one") plus
#          a layer whose /etc/platform names the platform ("linux/arm/v7")
#   big    only when asked: 4 layers, ~120 MB gzip (random data and 5000 small
#          files) for benchmarks
# Output:
#   DIR/NAME/layout/        OCI image layout; index.json has one entry with
#                           ref name "latest" (for "index": an image index)
#   DIR/NAME/info.json      {name, index: {digest,size}|null, manifests:[{platform,
#                           digest, size, config, layers:[{digest,size,diff_id}],
#                           expected}]}
#   DIR/NAME/expected.tsv   expected tree ("index": expected-linux-arm-v7.tsv...)
# Expected-tree format (what --list prints): a "#" header line, then one line per
# entry below the root, sorted by path, TAB-separated:
#   path type mode uid gid size sha256 link mtime xattrs
# path "/etc/passwd" (\\, \t, \n escaped); type d f l p c b s; mode 4 octal
# digits; size and sha256 for regular files ("-" otherwise); link: symlink
# target, "major,minor" of devices, and for regular files with several links the
# smallest path of the inode's group (so every member names the same path);
# mtime in seconds ("-" for directories: unpack order changes them); xattrs
# "user.*" only, "name=value" joined by ",", or "-".
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
MT=1700000000  # fixed mtime: same bytes, same digests on every build

die() { echo "mkimages: $*" >&2; exit 1; }

# tree DIR [TAR...]: apply each layer TAR to DIR, as a runtime does, then print
# DIR in the expected-tree format. Whiteouts and entries that change a path's
# type remove the lower content first (python reads the tar, PAX and GNU long
# names included), then GNU tar extracts the rest; removing first keeps this
# layer's own entries whatever their order in the tar. One python run per
# image: its start-up costs a third of a second here.
tree() {
  python3 -I -S - "$@" <<'PY'
import hashlib, os, shutil, stat, subprocess, sys, tarfile
root, tars = os.path.abspath(sys.argv[1]), sys.argv[2:]

def isdir(p): return os.path.lexists(p) and stat.S_ISDIR(os.lstat(p).st_mode)
def rm(p):
    if isdir(p): shutil.rmtree(p)
    elif os.path.lexists(p): os.unlink(p)

for t in tars:
    with tarfile.open(t) as tf:
        for m in tf:
            name = os.path.normpath(m.name.lstrip('/'))
            if name == '.':
                continue
            d, b = os.path.split(name)
            if b == '.wh..wh..opq':
                if isdir(os.path.join(root, d)):
                    for c in os.listdir(os.path.join(root, d)):
                        rm(os.path.join(root, d, c))
            elif b.startswith('.wh.'):
                rm(os.path.join(root, d, b[4:]))
            elif os.path.lexists(os.path.join(root, name)):
                if not (m.isdir() and isdir(os.path.join(root, name))):
                    rm(os.path.join(root, name))
    subprocess.run(['tar', '-C', root, '-x', '-p', '--same-owner', '--numeric-owner', '--xattrs',
                    '--xattrs-include=user.*', '--exclude=.wh.*', '-f', t], check=True)

def esc(s): return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')
def rel(p): return '/' + os.path.relpath(p, root)
paths = []
for dp, dns, fns in os.walk(root):
    paths += [os.path.join(dp, n) for n in dns + fns]
paths.sort(key=rel)
st = {p: os.lstat(p) for p in paths}
first = {}
for p in paths:
    s = st[p]
    if stat.S_ISREG(s.st_mode) and s.st_nlink > 1:
        first.setdefault((s.st_dev, s.st_ino), rel(p))
types = [(stat.S_ISDIR, 'd'), (stat.S_ISREG, 'f'), (stat.S_ISLNK, 'l'), (stat.S_ISFIFO, 'p'),
         (stat.S_ISCHR, 'c'), (stat.S_ISBLK, 'b'), (stat.S_ISSOCK, 's')]
print('# path\ttype\tmode\tuid\tgid\tsize\tsha256\tlink\tmtime\txattrs')
for p in paths:
    s = st[p]
    t = next(c for f, c in types if f(s.st_mode))
    size = sha = link = '-'
    if t == 'f':
        h = hashlib.sha256()
        with open(p, 'rb') as f:
            for chunk in iter(lambda: f.read(1 << 20), b''):
                h.update(chunk)
        size, sha = str(s.st_size), h.hexdigest()
        link = first.get((s.st_dev, s.st_ino), '-')
    elif t == 'l':
        link = os.readlink(p)
    elif t in 'cb':
        link = '%d,%d' % (os.major(s.st_rdev), os.minor(s.st_rdev))
    mtime = '-' if t == 'd' else str(s.st_mtime_ns // 10**9)
    xs = []
    for k in sorted(os.listxattr(p, follow_symlinks=False)):
        if k.startswith('user.'):
            v = os.getxattr(p, k, follow_symlinks=False).decode('utf-8', 'backslashreplace')
            xs.append(k + '=' + v)
    print('\t'.join([esc(rel(p)), t, '%04o' % stat.S_IMODE(s.st_mode), str(s.st_uid),
                     str(s.st_gid), size, sha, esc(link), mtime, esc(','.join(xs)) or '-']))
PY
}

# --- building blocks; L is the layout dir, W the scratch dir of one image ---

# blob FILE: move FILE into the blob store; sets B_DIG (sha256:...) and B_SIZE.
blob() {
  local d
  d=$(sha256sum "$1" | cut -d' ' -f1)
  B_SIZE=$(stat -c %s "$1")
  mv "$1" "$L/blobs/sha256/$d"
  B_DIG=sha256:$d
}

# add_layer TAR: gzip TAR into the blob store and append it to the image being
# built (LAYERS json, TARS for the expected tree). TAR is kept until image().
add_layer() {
  local diff
  diff=sha256:$(sha256sum "$1" | cut -d' ' -f1)
  gzip -n -c "$1" > "$1.gz"
  blob "$1.gz"
  LAYERS=$(jq -c --arg d "$B_DIG" --argjson s "$B_SIZE" --arg i "$diff" \
    '. + [{digest:$d, size:$s, diff_id:$i}]' <<<"$LAYERS")
  TARS+=("$1")
}

new_image() { LAYERS='[]'; TARS=(); }

# image PLATFORM EXPECTED_FILE: config + manifest of the current layers; its
# expected tree; appends to MANIFESTS; sets M_DIG, M_SIZE.
image() {
  local plat=$1 exp=$2 os arch variant
  IFS=/ read -r os arch variant <<<"$plat"
  jq -n -c --arg os "$os" --arg arch "$arch" --arg v "${variant:-}" --argjson l "$LAYERS" '
    {created: "2023-11-14T22:13:20Z", architecture: $arch, os: $os}
    + (if $v != "" then {variant: $v} else {} end)
    + {config: {Env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
                Cmd: ["sh"], WorkingDir: "/"},
       rootfs: {type: "layers", diff_ids: [$l[].diff_id]},
       history: [$l | to_entries[] | {created: "2023-11-14T22:13:20Z",
                                       created_by: "mkimages.sh layer \(.key + 1)"}]}' > "$W/config"
  blob "$W/config"
  local cdig=$B_DIG csize=$B_SIZE
  jq -n -c --arg c "$cdig" --argjson cs "$csize" --argjson l "$LAYERS" '{schemaVersion: 2,
    mediaType: "application/vnd.oci.image.manifest.v1+json",
    config: {mediaType: "application/vnd.oci.image.config.v1+json", digest: $c, size: $cs},
    layers: [$l[] | {mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest, size}]}' \
    > "$W/manifest"
  blob "$W/manifest"
  M_DIG=$B_DIG M_SIZE=$B_SIZE
  rm -rf "$W/apply"
  mkdir "$W/apply"
  tree "$W/apply" "${TARS[@]}" > "$OUTD/$exp"
  rm -rf "$W/apply"
  MANIFESTS=$(jq -c --arg p "$plat" --arg d "$M_DIG" --argjson s "$M_SIZE" --arg c "$cdig" \
    --argjson l "$LAYERS" --arg e "$exp" \
    '. + [{platform:$p, digest:$d, size:$s, config:$c, layers:$l, expected:$e}]' <<<"$MANIFESTS")
}

# finish_layout NAME MEDIATYPE DIGEST SIZE INDEX_JSON: index.json, oci-layout, info.json.
finish_layout() {
  jq -n -c --arg mt "$2" --arg d "$3" --argjson s "$4" '{schemaVersion: 2,
    mediaType: "application/vnd.oci.image.index.v1+json",
    manifests: [{mediaType: $mt, digest: $d, size: $s,
                 annotations: {"org.opencontainers.image.ref.name": "latest"}}]}' > "$L/index.json"
  echo '{"imageLayoutVersion":"1.0.0"}' > "$L/oci-layout"
  jq -n --arg n "$1" --argjson idx "$5" --argjson m "$MANIFESTS" \
    '{name: $n, index: $idx, manifests: $m}' > "$OUTD/info.json"
}

# mktar TAR FORMAT NAME...: the tree under $W/src (top-level NAMEs, sorted,
# owners as on disk) as one layer tar. One tar run per layer: appending (tar -r)
# to an archive whose first run needed no PAX header silently falls back to
# ustar and drops long names. xattrs only in posix format: --xattrs would turn
# a gnu archive into posix, and gnu is there to test GNU long names.
mktar() {
  local out=$1 fmt=$2 x=()
  shift 2
  [ "$fmt" = posix ] && x=(--xattrs --xattrs-include='user.*'
    --pax-option='exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime')
  tar -C "$W/src" -c -f "$out" --format="$fmt" --sort=name --numeric-owner "${x[@]}" -- "$@"
}

# base_layer TAR: the busybox rootfs, byte-identical on every build (made
# once per run: mkrootfs.sh takes seconds).
base_layer() {
  if [ ! -f "$RUN_TMP/base.tar" ]; then
    bash "$HERE/mkrootfs.sh" "$RUN_TMP/base"
    tar --sort=name --format=gnu --numeric-owner --owner=0 --group=0 --mtime=@$MT \
      -C "$RUN_TMP/base" -cf "$RUN_TMP/base.tar" .
    rm -rf "$RUN_TMP/base"
  fi
  cp "$RUN_TMP/base.tar" "$1"
}

begin() { # begin OUTD: fresh scratch and layout dirs
  OUTD=$1 L=$1/layout W=$1/work MANIFESTS='[]'
  mkdir -p "$L/blobs/sha256" "$W"
}
end() { rm -rf "$W"; }

build_one() {
  begin "$1"
  new_image
  base_layer "$W/l1.tar"
  add_layer "$W/l1.tar"
  image linux/amd64 expected.tsv
  finish_layout one application/vnd.oci.image.manifest.v1+json "$M_DIG" "$M_SIZE" null
  end
}

build_multi() {
  begin "$1"
  new_image
  base_layer "$W/l1.tar"
  add_layer "$W/l1.tar"

  # Layer 2: odd modes, owners, xattr, links, fifo, long path, and what layer 3 removes.
  local s=$W/src long
  rm -rf "$s"
  mkdir -p "$s"/opt/{modes/sticky,owned,links,gone,olddir/sub,opaque/sub,dir2link} "$s/etc"
  long=opt/long/$(printf 'd%.0s' {1..60})/$(printf 'f%.0s' {1..150})
  mkdir -p "$s/${long%/*}"
  echo setuid > "$s/opt/modes/setuid"; chmod 4755 "$s/opt/modes/setuid"
  echo setgid > "$s/opt/modes/setgid"; chmod 2755 "$s/opt/modes/setgid"
  echo secret > "$s/opt/modes/secret"; chmod 0600 "$s/opt/modes/secret"
  : > "$s/opt/modes/empty"
  chmod 1777 "$s/opt/modes/sticky"
  chmod 0750 "$s/opt/owned"
  echo owned > "$s/opt/owned/file"; chmod 0640 "$s/opt/owned/file"
  chown 1234:5678 "$s/opt/owned" "$s/opt/owned/file"
  echo root > "$s/opt/owned/root-in-owned"
  echo xattr > "$s/opt/xattr"
  python3 -c 'import os, sys; os.setxattr(sys.argv[1], "user.test", b"hello")' "$s/opt/xattr" ||
    die "cannot set user xattrs under $s"
  ln -s ../modes/secret "$s/opt/links/rel"
  ln -s /bin/busybox "$s/opt/links/abs"
  ln -s /nonexistent/target "$s/opt/links/dangling"
  echo hardlinked > "$s/opt/links/hard1"
  ln "$s/opt/links/hard1" "$s/opt/links/hard2"
  mkfifo -m 0640 "$s/opt/fifo"
  echo space > "$s/opt/with space"
  echo old > "$s/opt/old-mtime"
  head -c 1048576 /dev/urandom > "$s/opt/random.bin"
  echo long > "$s/$long"
  echo gone > "$s/opt/gone/file"
  echo gone-too > "$s/opt/gone-too"
  echo a > "$s/opt/olddir/a"; echo b > "$s/opt/olddir/sub/b"
  echo lower1 > "$s/opt/opaque/lower1"; echo lower2 > "$s/opt/opaque/sub/lower2"
  echo file > "$s/opt/typechange"
  echo child > "$s/opt/dir2link/child"
  echo "layer 2" > "$s/etc/motd"
  find "$s" -exec touch -h -d @$MT {} +
  touch -d @1000000000 "$s/opt/old-mtime"
  mktar "$W/l2.tar" posix etc opt
  add_layer "$W/l2.tar"

  # Layer 3 (GNU format): whiteouts, opaque dir, type changes, a GNU long name.
  rm -rf "$s"
  mkdir -p "$s"/opt/{gone,opaque/sub,typechange,long3} "$s"/{bin,etc}
  long=opt/long3/$(printf 'g%.0s' {1..130})
  : > "$s/opt/gone/.wh.file"
  : > "$s/opt/.wh.gone-too"
  : > "$s/opt/.wh.olddir"
  : > "$s/opt/opaque/.wh..wh..opq"
  : > "$s/bin/.wh.vi"
  echo new > "$s/opt/opaque/new"
  echo again > "$s/opt/opaque/sub/again"
  echo child > "$s/opt/typechange/child"
  ln -s /opt/modes "$s/opt/dir2link"
  echo long3 > "$s/$long"
  echo "layer 3" > "$s/etc/motd"
  find "$s" -exec touch -h -d @$MT {} +
  mktar "$W/l3.tar" gnu bin etc opt
  add_layer "$W/l3.tar"
  rm -rf "$s"

  image linux/amd64 expected.tsv
  finish_layout multi application/vnd.oci.image.manifest.v1+json "$M_DIG" "$M_SIZE" null
  end
}

build_index() {
  begin "$1"
  local plat entries='[]' os arch variant
  for plat in linux/amd64 linux/arm64/v8 linux/arm/v7 linux/mipsle; do
    new_image
    base_layer "$W/l1-${plat//\//-}.tar"
    add_layer "$W/l1-${plat//\//-}.tar"
    rm -rf "$W/src"
    mkdir -p "$W/src/etc"
    echo "$plat" > "$W/src/etc/platform"
    find "$W/src" -exec touch -h -d @$MT {} +
    mktar "$W/l2-${plat//\//-}.tar" gnu etc
    add_layer "$W/l2-${plat//\//-}.tar"
    image "$plat" "expected-${plat//\//-}.tsv"
    IFS=/ read -r os arch variant <<<"$plat"
    entries=$(jq -c --arg d "$M_DIG" --argjson s "$M_SIZE" --arg os "$os" --arg a "$arch" \
      --arg v "${variant:-}" '. + [{mediaType: "application/vnd.oci.image.manifest.v1+json",
        digest: $d, size: $s,
        platform: ({architecture: $a, os: $os} + (if $v != "" then {variant: $v} else {} end))}]' \
      <<<"$entries")
  done
  jq -n -c --argjson m "$entries" \
    '{schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests: $m}' \
    > "$W/index"
  blob "$W/index"
  finish_layout index application/vnd.oci.image.index.v1+json "$B_DIG" "$B_SIZE" \
    "$(jq -n -c --arg d "$B_DIG" --argjson s "$B_SIZE" '{digest: $d, size: $s}')"
  end
}

build_big() {
  begin "$1"
  new_image
  base_layer "$W/l1.tar"
  add_layer "$W/l1.tar"
  local i n s=$W/src
  for n in 2 3; do  # incompressible: ~60 and ~54 MB
    rm -rf "$s"
    mkdir -p "$s/data$n"
    for i in 1 2 3 4; do head -c $(( (n == 2 ? 15 : 13) * 1048576 + i )) /dev/urandom > "$s/data$n/blob$i"; done
    tar --sort=name --format=gnu --numeric-owner --owner=0 --group=0 --mtime=@$MT \
      -C "$s" -cf "$W/l$n.tar" .
    add_layer "$W/l$n.tar"
  done
  rm -rf "$s"
  mkdir -p "$s"
  python3 - "$s/small" <<'PY'
import os, sys
for d in range(50):
    p = os.path.join(sys.argv[1], 'd%02d' % d)
    os.makedirs(p)
    for f in range(100):
        with open(os.path.join(p, 'f%03d' % f), 'wb') as fh:
            fh.write(os.urandom(1024 + (d * 100 + f) % 2048))
PY
  tar --sort=name --format=gnu --numeric-owner --owner=0 --group=0 --mtime=@$MT \
    -C "$s" -cf "$W/l4.tar" .
  add_layer "$W/l4.tar"
  rm -rf "$s"
  image linux/amd64 expected.tsv
  finish_layout big application/vnd.oci.image.manifest.v1+json "$M_DIG" "$M_SIZE" null
  end
}

# --- main ---
if [ "${1:-}" = --list ]; then
  [ $# = 2 ] || die "usage: mkimages.sh --list DIR"
  tree "$2"
  exit
fi
out=${EDGECTL_TEST_CACHE:+$EDGECTL_TEST_CACHE/images}
if [ "${1:-}" = -o ]; then
  [ $# -ge 2 ] || die "-o needs a directory"
  out=$2
  shift 2
fi
[ -n "$out" ] || die "set EDGECTL_TEST_CACHE or pass -o DIR"
[ "$(id -u)" = 0 ] || die "needs root (expected trees keep owners and setuid bits)"
for t in tar gzip jq python3 sha256sum; do command -v $t >/dev/null || die "$t missing"; done
[ $# -gt 0 ] || set -- one multi index
bb=${BUSYBOX:-/bin/busybox}
[ -x "$bb" ] || die "$bb missing (apt-get install busybox-static)"
stamp=$(cat "$0" "$HERE/mkrootfs.sh" "$bb" | sha256sum | cut -d' ' -f1)
mkdir -p "$out"
RUN_TMP=$(mktemp -d "$out/run.XXXXXX")
trap 'rm -rf "$RUN_TMP"' EXIT
for name in "$@"; do
  declare -F "build_$name" >/dev/null || die "unknown image $name (one multi index big)"
  dest=$out/$name
  if [ "$(cat "$dest/stamp" 2>/dev/null)" != "$stamp" ]; then
    # One builder at a time; a second caller waits and finds it built.
    exec {lk}>"$out/$name.lock"
    flock "$lk"
    if [ "$(cat "$dest/stamp" 2>/dev/null)" != "$stamp" ]; then
      rm -rf "$dest.tmp"
      mkdir -p "$dest.tmp"
      "build_$name" "$dest.tmp"
      echo "$stamp" > "$dest.tmp/stamp"
      rm -rf "$dest"
      mv "$dest.tmp" "$dest"
    fi
    exec {lk}>&-
  fi
  echo "$dest"
done
