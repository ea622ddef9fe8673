#!/bin/bash
# edgectl pull against a real registry (Debian's docker-registry) seeded with
# images built from busybox-static: OCI and Docker v2s2 manifests, an index
# with several platforms, layers with whiteouts/modes/owners/xattrs compared
# entry by entry, TLS with a private CA, Basic auth + login/logout, a cut
# connection resumed by Range, a lying registry, kill -9 at random points, a
# full disk, gc after a killed pull keeping its partial, registry-mirrors
# (dead, 404, 503 and corrupting mirrors fall through), a
# token realm (refused anonymously, then login; anonymous pull allowed), the
# progress output (pty bars, a line per layer, -q). Also
# images/rmi/tag/inspect/system df/check.
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
jq_true() { jq -e "$@" >/dev/null; }

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

# --- progress: a bar per layer on a TTY, one line per layer otherwise, -q only the ref
P=$T/store-progress
ep() { "$EDGECTL" --root "$P" --config "$T/etc/config.json" "$@"; }
nlayers=$(jq '.manifests[0].layers | length' "$(image_info multi)")
script -qec "'$EDGECTL' --root '$P' --config '$T/etc/config.json' pull '$REG/multi:1'" /dev/null </dev/null > "$T/tty.out" 2>&1
check_eq "pull under a pty exits 0" "$?" 0
size_re='[0-9.e+]+[kMGTP]?B'
check "pty: a progress bar with bytes/s" grep -qE "Downloading \[=*> *\] $size_re/$size_re $size_re/s" "$T/tty.out"
check_eq "pty: a bar for every layer" \
  "$(grep -aoE "[0-9a-f]{12}: Downloading \[=*> *\] " "$T/tty.out" | cut -c1-12 | sort -u | wc -l)" "$nlayers"
check "pty: bars redrawn in place (cursor up)" grep -aq $'\033\\[[0-9]*A' "$T/tty.out"
check_contains "pty: every layer completes" "$(grep -ao "Pull complete" "$T/tty.out" | wc -l)" "$nlayers"
grep -qE "Downloading \[" "$T/tty.out" || od -c "$T/tty.out" | head -30
rm -rf "$P"
ep pull "$REG/multi:1" > "$T/plain.out" 2>&1
check_eq "non-TTY pull exits 0" "$?" 0
check_eq "non-TTY: one line per layer" "$(grep -cE '^[0-9a-f]{12}: ' "$T/plain.out")" "$nlayers"
check_eq "non-TTY: each line says Pull complete with size and speed" \
  "$(grep -cE "^[0-9a-f]{12}: Pull complete \($size_re in [0-9.]+s, $size_re/s\)$" "$T/plain.out")" "$nlayers"
check "non-TTY: no escape sequences" bash -c "! grep -q \$'\\033' '$T/plain.out'"
[ "$(grep -cE '^[0-9a-f]{12}: ' "$T/plain.out")" = "$nlayers" ] || cat "$T/plain.out"
check_eq "non-TTY: repeated pull prints no layer lines" "$(ep pull "$REG/multi:1" 2>&1 | grep -cE '^[0-9a-f]{12}: ')" 0
rm -rf "$P"
script -qec "'$EDGECTL' --root '$P' --config '$T/etc/config.json' pull -q '$REG/multi:1'" /dev/null </dev/null > "$T/ttyq.out" 2>&1
check_eq "pty: pull -q prints only the reference" "$(tr -d '\r' < "$T/ttyq.out")" "$REG/multi:1"
rm -rf "$P"

# --- registry-mirrors: docker.io references are tried on each mirror, then docker.io
image_push library/mirrored:1 one
M=$T/store-mirror
em() { "$EDGECTL" --root "$M" --config "$T/etc/mirror.json" "$@"; }
mirrors() { jq -n '{"registry-mirrors": $ARGS.positional}' --args "$@" > "$T/etc/mirror.json"; }
one_id=$(jq -r '.manifests[0].config' "$(image_info one)")
mirrors "http://$REG"
OUT=$(em pull mirrored:1 2>&1); RC=$?
check_eq "pull of a docker.io name from a mirror" "$RC" 0
[ "$RC" != 0 ] && echo "$OUT"
check_contains "says which mirror served it" "$OUT" "Using mirror http://$REG"
check_eq "recorded under its docker.io name" "$(em images --format json | jq -r '.[0].Repository + ":" + .[0].Tag')" "mirrored:1"
check_eq "mirrored image is the pushed one" "$(em image inspect docker.io/library/mirrored:1 | jq -r '.[0].Id')" "$one_id"
em rmi mirrored:1 >/dev/null
dead=$(unused_port)
stub_start 404; s404=$STUB_ADDR l404=$STUB_LOG
stub_start 503; s503=$STUB_ADDR l503=$STUB_LOG
mirrors "http://127.0.0.1:$dead" "http://$s404" "http://$s503" "http://$REG/"
OUT=$(em pull mirrored:1 2>&1); RC=$?
check_eq "dead, 404 and 503 mirrors fall through to a working one" "$RC" 0
[ "$RC" != 0 ] && echo "$OUT"
check_contains "the dead mirror is reported" "$OUT" "Mirror http://127.0.0.1:$dead failed"
check_contains "the 404 mirror is reported" "$OUT" "Mirror http://$s404 failed: GET http://$s404/v2/library/mirrored/manifests/1: 404"
check_contains "the 503 mirror is reported" "$OUT" "Mirror http://$s503 failed: GET http://$s503/v2/library/mirrored/manifests/1: 503"
check_contains "the last mirror served it" "$OUT" "Using mirror http://$REG/"
check_eq "a 503 mirror is retried once, not five times" "$(grep -c manifests "$l503")" 2
check_contains "store consistent" "$(em system check)" "consistent"
# A mirror that fails mid-way (a corrupt layer) hands over to the next source.
image_push library/mmulti:1 multi
cutproxy_start "$REG" 400000 corrupt
mirrors "http://$CUT_ADDR" "http://$REG"
OUT=$(em pull mmulti:1 2>&1); RC=$?
check_eq "a mirror serving a corrupt layer: the next source completes the pull" "$RC" 0
[ "$RC" != 0 ] && echo "$OUT"
check_contains "the corrupting mirror is reported" "$OUT" "Mirror http://$CUT_ADDR failed: layer sha256:"
check "the proxy did corrupt a layer" grep -q "corrupted byte" "$CUT_LOG"
check_contains "the next mirror served the rest" "$OUT" "Using mirror http://$REG"
check_eq "the image is intact" "$(em image inspect mmulti:1 | jq -r '.[0].Id')" "$(jq -r '.manifests[0].config' "$(image_info multi)")"
check_contains "store consistent after a mirror handover" "$(em system check)" "consistent"
cutproxy_stop
n404=$(wc -l < "$l404")
mirrors "http://$s404"
OUT=$(em pull -q "$REG/one:1" 2>&1); RC=$?
check_eq "another registry's image ignores the mirrors" "$RC:$(wc -l < "$l404")" "0:$n404"
OUT=$(em pull nosuch:1 2>&1); RC=$?
check "all mirrors and docker.io failing fails" test "$RC" -ne 0
check_contains "the error names docker.io (tried last)" "$OUT" "registry-1.docker.io"
check_contains "the error names the failed mirror" "$OUT" "mirror http://$s404: GET"
# No silent downgrade: an https:// mirror that speaks only HTTP is refused
# ("localhost" is not insecure by default), unless it is an insecure registry.
em rmi mirrored:1 >/dev/null
mirrors "https://localhost:${REG#*:}"
OUT=$(em pull mirrored:1 2>&1); RC=$?
check "an https:// mirror is not downgraded to plain HTTP" test "$RC" -ne 0
check_contains "the https mirror's TLS failure is reported" "$OUT" "mirror https://localhost:${REG#*:}"
jq --arg h "localhost:${REG#*:}" '. + {"insecure-registries": [$h]}' "$T/etc/mirror.json" > "$T/etc/m.tmp" &&
  mv "$T/etc/m.tmp" "$T/etc/mirror.json"
OUT=$(em pull mirrored:1 2>&1); RC=$?
check_eq "... unless it is listed in insecure-registries" "$RC" 0
[ "$RC" != 0 ] && echo "$OUT"
rm -rf "$M"

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

# --- gc (rmi, image prune) after a killed pull keeps its recent partial for the next pull
R=$T/store-resume
er() { "$EDGECTL" --root "$R" --config "$T/etc/config.json" "$@"; }
cutproxy_start "$REG" 300000 always   # each connection cut: the pull checkpoints and backs off
"$EDGECTL" --root "$R" --config "$T/etc/config.json" pull -q "$CUT_ADDR/multi:1" >/dev/null 2>&1 &
pid=$!  # edgectl itself (through a shell function, $! would be a subshell)
got=0
for _ in $(seq 200); do
  jq_true -s 'any(.[]; .offset > 0)' "$R"/ingest/*.json 2>/dev/null && { got=1; break; }
  sleep 0.05
done
kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
cutproxy_stop
check_eq "the cut pull checkpointed a partial before being killed" "$got" 1
touch -d '1 hour ago' "$R"/ingest/*   # killed a while ago (power cut, then rmi)
er image prune >/dev/null
check "image prune after a killed pull keeps the partial" test -n "$(compgen -G "$R/ingest/*.partial")"
OUT=$(er pull "$REG/multi:1" 2>&1); RC=$?
check_eq "the next pull completes" "$RC" 0
check_contains "... resuming the kept partial" "$OUT" "resumed at"
check_contains "store consistent after the resume" "$(er system check)" "consistent"
check_eq "no partial left after the resumed pull" "$(ls "$R/ingest" | wc -l)" 0
rm -rf "$R"

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

# A verified https:// mirror with its own login (not docker.io's).
image_push library/tlsmirrored:1 one
cp -r "$REG_CERT_DIR" "$T/certs.d/$host"
jq -n --arg c "$T/certs.d" --arg m "https://$host" '{"certs-dir": $c, "registry-mirrors": [$m]}' > "$T/etc/mirror.json"
echo "$REG_PASS" | em login -u "$REG_USER" --password-stdin "$host" >/dev/null 2>&1
OUT=$(em pull tlsmirrored:1 2>&1); RC=$?
check_eq "pull from a verified TLS mirror with its login" "$RC" 0
[ "$RC" != 0 ] && echo "$OUT"
check_contains "served by the TLS mirror" "$OUT" "Using mirror https://$host"
rm -rf "$M"

# --- token auth: a realm issuing bearer tokens
registry_stop
registry_start --auth token || { not_ok "token registry starts"; finish; }
image_push tok:1 one
TK=$T/store-token
et() { "$EDGECTL" --root "$TK" --config "$T/etc/config.json" "$@"; }
OUT=$(et pull "$REG/tok:1" 2>&1); RC=$?
check "anonymous pull refused by the token realm" test "$RC" -ne 0
check_contains "the error says a login is needed" "$OUT" "requires a login"
check_contains "the error names the image" "$OUT" "tok:1"
check_eq "nothing recorded" "$(et images -q)" ""
echo "$REG_PASS" | et login -u "$REG_USER" --password-stdin "$REG" >/dev/null 2>&1
check_eq "login to the token registry" "$?" 0
OUT=$(et pull -q "$REG/tok:1" 2>&1); RC=$?
check_eq "pull with a token for the login" "$RC" 0
[ "$RC" != 0 ] && echo "$OUT"
check "the realm granted the user a pull token" \
  jq_true -s 'any(.[]; .user == "edgectl" and .result == "granted" and (.scopes | index("repository:tok:pull")))' "$REG_TOKEN_LOG"
check_eq "token pull is the pushed image" "$(et image inspect "$REG/tok:1" | jq -r '.[0].Id')" "$one_id"
et logout "$REG" >/dev/null
registry_stop
registry_start --auth token --anon-pull || { not_ok "anonymous-pull token registry starts"; finish; }
image_push tok:1 one
rm -rf "$TK"
OUT=$(et pull -q "$REG/tok:1" 2>&1); RC=$?
check_eq "anonymous pull where the realm allows it" "$RC" 0
[ "$RC" != 0 ] && echo "$OUT"
check "the realm granted an anonymous pull token" \
  jq_true -s 'any(.[]; .user == null and .result == "granted" and (.scopes | index("repository:tok:pull")))' "$REG_TOKEN_LOG"
check_contains "store consistent" "$(et system check)" "consistent"
finish
