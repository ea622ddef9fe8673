#!/bin/bash
# load (docker-archive and oci-archive, plain and gzip), save (both formats)
# and import of a rootfs tarball, with trees compared to what was packed.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-registry.sh"
registry_require_tools || { not_ok "registry test tools installed"; finish; }
echo '{}' > "$T/config.json"
e() { "$EDGECTL" --root "$T/store" --config "$T/config.json" "$@"; }
e2() { "$EDGECTL" --root "$T/store2" --config "$T/config.json" "$@"; }
layer_diff() { # STORE-DIR E-FN REF N: the diff dir of the image's layer N
  echo "$1/layers/$("$2" image inspect "$3" | jq -r ".[0].Layers[$4]" | sed 's/^sha256://')/diff"
}

image_save one "$T/one-docker.tar" docker-archive one:d
image_save one "$T/one-oci.tar" oci-archive one:o
image_save multi "$T/multi-docker.tar" docker-archive multi:d
gzip -k "$T/one-docker.tar"

OUT=$(e load -i "$T/one-docker.tar" 2>&1); RC=$?
check_eq "load docker-archive" "$RC" 0
check_contains "load names the image" "$OUT" "Loaded image: docker.io/library/one:d"
OUT=$(e load -i "$T/one-oci.tar" 2>&1); RC=$?
check_eq "load oci-archive" "$RC" 0
OUT=$(e load < "$T/one-docker.tar.gz" 2>&1); RC=$?
check_eq "load gzip docker-archive from stdin" "$RC" 0
check_contains "images lists the loaded image" "$(e images)" "one"
check "busybox in the loaded layer" test -x "$(layer_diff "$T/store" e one:d 0)/bin/busybox"

OUT=$(e load -i "$T/multi-docker.tar" 2>&1); RC=$?
check_eq "load multi-layer docker-archive" "$RC" 0
check_eq "multi has 3 layers" "$(e image inspect multi:d | jq '.[0].Layers | length')" 3

# save -> load into another store: same content
e save -o "$T/saved.tar" multi:d; check_eq "save docker-archive" "$?" 0
check "saved archive has manifest.json" tar -tf "$T/saved.tar" manifest.json
e save --format oci-archive -o "$T/saved-oci.tar" one:d; check_eq "save oci-archive" "$?" 0
check "saved oci archive has index.json" tar -tf "$T/saved-oci.tar" index.json
OUT=$(e2 load -i "$T/saved.tar" 2>&1); RC=$?
check_eq "load what we saved" "$RC" 0
check_eq "round trip keeps the setuid file" \
  "$(stat -c %a "$(layer_diff "$T/store2" e2 multi:d 1)/opt/modes/setuid" 2>/dev/null)" 4755
OUT=$(e2 load -i "$T/saved-oci.tar" 2>&1); check_eq "load our oci-archive" "$?" 0
OUT=$(e save -o "$T/nope.tar" no-such-image 2>&1); RC=$?
check "save of an unknown image fails" test "$RC" -ne 0
check "no partial archive left" test ! -e "$T/nope.tar"
check_eq "no temp file left beside it" "$(ls "$T" | grep -c '^nope\.tar\.tmp\.')" 0
# A save over an existing archive that fails keeps the old one whole.
cp "$T/saved.tar" "$T/keep.tar"
OUT=$(e save -o "$T/keep.tar" no-such-image 2>&1)
check "failed save over an archive keeps it" cmp -s "$T/saved.tar" "$T/keep.tar"

# import a rootfs tarball
tar -C "$(base_rootfs)" -cf "$T/rootfs.tar" .
ID=$(e import "$T/rootfs.tar" imported:1); RC=$?
check_eq "import" "$RC" 0
check_contains "import prints the id" "$ID" "sha256:"
check_contains "imported image listed" "$(e images)" "imported"
check_eq "imported image has one layer" "$(e image inspect imported:1 | jq '.[0].Layers | length')" 1

# hostile archive: a member escaping with ../
mkdir -p "$T/evil"
(cd "$T/evil" && echo pwned > x && tar --transform 's|^x$|../../escape|' -cf "$T/evil.tar" x) 2>/dev/null
OUT=$(e load -i "$T/evil.tar" 2>&1); RC=$?
check "archive with ../ rejected" test "$RC" -ne 0
check "nothing written outside" test ! -e "$T/escape" -a ! -e "$T/store/escape"
check_contains "store consistent" "$(e system check)" "consistent"
finish
