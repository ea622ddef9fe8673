#!/bin/bash
# edgectl pull against a real registry (Debian's docker-registry) seeded with
# images built from busybox-static: OCI and Docker v2s2 manifests, an index
# with several platforms, layers with whiteouts/modes/owners/xattrs compared
# entry by entry, TLS with a private CA, Basic auth + login/logout, a cut
# connection resumed by Range, a lying registry, kill -9 at random points, a
# full disk. Also images/rmi/tag/inspect/system df/check.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-registry.sh"
registry_require_tools || { not_ok "registry test tools installed"; finish; }

S=$T/store
mkdir -p "$T/etc"
echo '{}' > "$T/etc/config.json"
e() { "$EDGECTL" --root "$S" --config "$T/etc/config.json" "$@"; }
# Merged view of an image's layers (overlay, as a container would see it),
# listed in mkimages.sh's format.
merged_listing() { # REF
  local layers lower="" l
  layers=$(e image inspect "$1" | jq -r '.[0].Layers[]' | sed 's/^sha256://')
  for l in $layers; do lower="$S/layers/$l/diff${lower:+:$lower}"; done
  [ -n "$lower" ] || { echo "no layers for $1"; return 1; }
  if [ "$lower" = "${lower%%:*}" ]; then  # one layer: overlay needs two lowerdirs
    bash "$EDGECTL_SRC/tests/integration/mkimages.sh" --list "$lower"
    return
  fi
  mkdir -p "$T/merged"
  unshare -m bash -c "mount -t overlay overlay -o ro,lowerdir=$lower $T/merged && bash '$EDGECTL_SRC/tests/integration/mkimages.sh' --list $T/merged"
}
no_mtime() { cut -f1-7,9-; }

registry_start || { not_ok "registry starts"; finish; }
image_push one:1 one && image_push multi:1 multi && image_push index:1 index &&
  image_push --format v2s2 multi:v2s2 multi
check "images pushed" test $? -eq 0

# --- plain HTTP (127.0.0.1 is insecure by default, as in docker)
OUT=$(e pull "$REG/one:1" 2>&1); RC=$?
check_eq "pull one exits 0" "$RC" 0
check_contains "pull prints the canonical ref last" "$(tail -1 <<<"$OUT")" "$REG/one:1"
check_contains "pull reports the digest" "$OUT" "Digest: sha256:"
check_contains "images lists it" "$(e images)" "$REG/one"
check_eq "images -q is the config digest prefix" "$(e images -q)" "$(jq -r '.manifests[0].config' "$(image_info one)" | cut -c8-19)"
check_contains "second pull is up to date" "$(e pull "$REG/one:1" 2>&1)" "Image is up to date"
check_eq "one: unpacked tree equals what was packed" "$(merged_listing "$REG/one:1" | no_mtime)" "$(no_mtime < "$(image_expected one)")"

e pull -q "$REG/multi:1" > "$T/q.out"; RC=$?
check_eq "pull -q multi" "$RC" 0
check_eq "pull -q prints only the ref" "$(cat "$T/q.out")" "$REG/multi:1"
diff <(merged_listing "$REG/multi:1" | no_mtime) <(no_mtime < "$(image_expected multi)") > "$T/multi.diff"
check "multi: modes, owners, xattrs, links, whiteouts, opaque dirs as packed" test ! -s "$T/multi.diff"
[ -s "$T/multi.diff" ] && head -20 "$T/multi.diff"
check "overlay whiteouts are 0:0 char devices in some layer" \
  test -n "$(find "$S/layers" -type c -path '*/diff/*' 2>/dev/null | head -1)"

e pull -q "$REG/multi:v2s2" >/dev/null; check_eq "pull docker v2s2 image" "$?" 0
check_eq "v2s2 shares the layers (same image id)" \
  "$(e image inspect "$REG/multi:v2s2" | jq -r '.[0].Id')" "$(e image inspect "$REG/multi:1" | jq -r '.[0].Id')"

for p in linux/arm/v7 linux/arm64 linux/mipsle linux/amd64; do
  e pull -q --platform $p "$REG/index:1" >/dev/null; rc=$?
  check_eq "pull --platform $p exits 0" "$rc" 0
  got=$(cat "$S/layers/$(e image inspect "$REG/index:1" | jq -r '.[0].Layers[-1]' | sed 's/^sha256://')/diff/etc/platform" 2>/dev/null)
  want=$p; [ $p = linux/arm64 ] && want=linux/arm64/v8
  check_eq "index: $p chosen" "$got" "$want"
done
OUT=$(e pull --platform linux/s390x "$REG/index:1" 2>&1); RC=$?
check "no match for s390x fails" test "$RC" -ne 0
check_contains "error lists the available platforms" "$OUT" "linux/arm/v7"
OUT=$(e pull "$REG/nosuch:1" 2>&1); RC=$?
check "unknown repository fails" test "$RC" -ne 0
check_contains "error names the image" "$OUT" "nosuch"

# --- tag, inspect, rmi, gc
e tag "$REG/one:1" mine/one:v2; check_eq "tag" "$?" 0
check_contains "tagged name listed" "$(e images)" "mine/one"
check_eq "inspect config has diff_ids" "$(e image inspect mine/one:v2 | jq '.[0].Config.rootfs.diff_ids | length')" 1
check_eq "RepoTags has both names" "$(e image inspect mine/one:v2 | jq '.[0].RepoTags | length')" 2
OUT=$(e system df); check_contains "system df" "$OUT" "Layers"
check_contains "system check clean" "$(e system check)" "consistent"
e rmi mine/one:v2 >/dev/null; check_eq "rmi one name" "$?" 0
check_contains "other name kept" "$(e images)" "$REG/one"
e rmi "$REG/multi:1" "$REG/multi:v2s2" "$REG/index:1" >/dev/null
e rmi "$REG/one:1" >/dev/null; check_eq "rmi last names" "$?" 0
check_eq "no images left" "$(e images -q)" ""
check_eq "layers garbage-collected" "$(ls "$S/layers" | wc -l)" 0

# --- a cut connection is resumed with Range
layer=$(image_layer_digest multi 0)
cutproxy_start "$REG" 300000 once
OUT=$(e pull "$CUT_ADDR/multi:1" 2>&1); RC=$?
check_eq "pull through a cutting proxy succeeds" "$RC" 0
[ "$RC" != 0 ] && echo "$OUT"
check "the proxy cut a connection" grep -q "cut at" "$CUT_LOG"
check "the pull resumed with Range" grep -qiE "Range: bytes=[1-9]" "$CUT_LOG"
grep -qiE "Range: bytes=[1-9]" "$CUT_LOG" || cat "$CUT_LOG"
check_contains "system check clean after resume" "$(e system check)" "consistent"
cutproxy_stop

# --- kill -9 at random points: the next pull completes, the store stays consistent
e rmi "$CUT_ADDR/multi:1" >/dev/null
bad=0
for i in $(seq 20); do
  K=$T/kill-$i
  "$EDGECTL" --root "$K" --config "$T/etc/config.json" pull -q "$REG/multi:1" >/dev/null 2>&1 &
  pid=$!
  sleep "0.$(( RANDOM % 30 ))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  "$EDGECTL" --root "$K" --config "$T/etc/config.json" pull -q "$REG/multi:1" >/dev/null 2>&1 || { bad=$((bad+1)); echo "kill $i: pull failed"; }
  c=$("$EDGECTL" --root "$K" --config "$T/etc/config.json" system check 2>&1)
  [[ "$c" == *consistent* ]] || { bad=$((bad+1)); echo "kill $i: $c"; }
  "$EDGECTL" --root "$K" --config "$T/etc/config.json" rmi "$REG/multi:1" >/dev/null 2>&1
  left=$(find "$K/layers" "$K/ingest" "$K/tmp" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l)
  [ "$left" = 0 ] || { bad=$((bad+1)); echo "kill $i: $left leftovers"; find "$K/layers" "$K/ingest" "$K/tmp" -mindepth 1 -maxdepth 1; }
  rm -rf "$K"
done
check_eq "20 pulls killed at random points: each next pull completes, store consistent, no garbage" "$bad" 0

# --- two pulls of the same image at once: both succeed, each blob is fetched once
cutproxy_start "$REG" 1000000000000 always   # never cuts: only logs the requests
e pull -q "$CUT_ADDR/multi:1" > "$T/c1" 2>&1 & p1=$!
e pull -q "$CUT_ADDR/multi:1" > "$T/c2" 2>&1 & p2=$!
wait $p1; r1=$?; wait $p2; r2=$?
check "two concurrent pulls both succeed" test "$r1" = 0 -a "$r2" = 0
[ "$r1$r2" != 00 ] && cat "$T/c1" "$T/c2"
for n in 0 1 2; do
  d=$(image_layer_digest multi $n)
  check_eq "layer $n fetched once" "$(grep -c "GET /v2/multi/blobs/$d" "$CUT_LOG")" 1
done
check_contains "store consistent after concurrent pulls" "$(e system check)" "consistent"
cutproxy_stop
e rmi "$CUT_ADDR/multi:1" >/dev/null

# --- full disk: a tiny tmpfs store
mkdir -p "$T/small"
mount -t tmpfs -o size=600k tmpfs "$T/small"
OUT=$("$EDGECTL" --root "$T/small/store" --config "$T/etc/config.json" pull "$REG/multi:1" 2>&1); RC=$?
check "pull into a full disk fails" test "$RC" -ne 0
check_contains "error says no space" "$OUT" "No space left"
OUT=$("$EDGECTL" --root "$T/small/store" --config "$T/etc/config.json" system check 2>&1)
check_contains "full-disk store consistent" "$OUT" "consistent"
umount "$T/small"

# --- a lying registry: the blob's bytes don't match its digest
image_push one:lie one
registry_corrupt_blob "$(image_layer_digest one 0)"
OUT=$(e pull "$REG/one:lie" 2>&1); RC=$?
check "corrupt blob rejected" test "$RC" -ne 0
check_contains "error says digest mismatch" "$OUT" "mismatch"
check_eq "nothing recorded" "$(e images -q)" ""
check_eq "no layer made visible" "$(ls "$S/layers" | grep -vc tmp)" 0
check_contains "store consistent" "$(e system check)" "consistent"

# --- TLS with a private CA, Basic auth, login/logout
registry_stop
registry_start --tls --auth basic || { not_ok "TLS registry starts"; finish; }
image_push one:1 one
host=localhost:${REG#*:}
mkdir -p "$T/certs.d/$host"
cp "$REG_CA" "$T/certs.d/$host/ca.crt"
echo "{\"certs-dir\":\"$T/certs.d\"}" > "$T/etc/config.json"
OUT=$(e pull "$host/one:1" 2>&1); RC=$?
check "pull without login refused" test "$RC" -ne 0
check_contains "error says a login is needed" "$OUT" "requires a login"
echo "wrong" | e login -u "$REG_USER" --password-stdin "$host" >/dev/null 2>&1
check "login with a wrong password fails" test $? -ne 0
echo "$REG_PASS" | e login -u "$REG_USER" --password-stdin "$host" > "$T/login.out" 2>&1
check_eq "login" "$?" 0
check_eq "credentials file is 0600" "$(stat -c %a "$S/auth.json")" 600
OUT=$(e pull -q "$host/one:1" 2>&1); RC=$?
check_eq "pull over verified TLS with credentials" "$RC" 0
[ "$RC" != 0 ] && echo "$OUT"
rm -rf "$T/certs.d/$host"
e rmi "$host/one:1" >/dev/null
OUT=$(e pull "$host/one:1" 2>&1); RC=$?
check "unknown CA refused" test "$RC" -ne 0
check_contains "error names certificate verification" "$OUT" "erif"
e logout "$host" >/dev/null; check_eq "logout" "$?" 0
check_eq "credentials removed" "$(jq '.auths | length' "$S/auth.json")" 0
finish
