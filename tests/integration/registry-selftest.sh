#!/bin/bash
# Self-test of the pull-test fixtures (lib-registry.sh, mkimages.sh, cutproxy)
# with curl and skopeo only: when a pull test fails, the fixtures are known good.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-registry.sh"
registry_require_tools || { not_ok "registry test tools installed"; finish; }

MEDIA_OCI_INDEX=application/vnd.oci.image.index.v1+json
MEDIA_DOCKER_LIST=application/vnd.docker.distribution.manifest.list.v2+json
MEDIA_DOCKER_V2=application/vnd.docker.distribution.manifest.v2+json
sha() { sha256sum "$1" | cut -d' ' -f1; }
http_code() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

# --- images: built locally, cached, with expected trees that really applied the layers
for n in one multi index; do
  check "image $n has an OCI layout" test -f "$(image_layout "$n")/index.json"
done
exp=$(image_expected multi)
row() { grep -P "^\Q$1\E\t" "$exp" | cut -f2-10; }
check_eq "multi: setuid file" "$(row /opt/modes/setuid | cut -f1-4)" "$(printf 'f\t4755\t0\t0')"
check_eq "multi: sticky dir" "$(row /opt/modes/sticky | cut -f1-2)" "$(printf 'd\t1777')"
check_eq "multi: 0600 file" "$(row /opt/modes/secret | cut -f2)" 0600
check_eq "multi: owner 1234:5678" "$(row /opt/owned/file | cut -f3-4)" "$(printf '1234\t5678')"
check_eq "multi: xattr" "$(row /opt/xattr | cut -f9)" user.test=hello
check_eq "multi: relative symlink" "$(row /opt/links/rel | cut -f1,7)" "$(printf 'l\t../modes/secret')"
check_eq "multi: hardlink pair" "$(row /opt/links/hard2 | cut -f7)" /opt/links/hard1
check_eq "multi: fifo" "$(row /opt/fifo | cut -f1)" p
check_eq "multi: old mtime" "$(row /opt/old-mtime | cut -f8)" 1000000000
check "multi: PAX long path" grep -qP '^/opt/long/d{60}/f{150}\tf' "$exp"
check "multi: GNU long name" grep -qP '^/opt/long3/g{130}\tf' "$exp"
check_eq "multi: whiteout removed a file" "$(row /opt/gone/file)$(row /opt/gone-too)" ""
check_eq "multi: whiteout removed a base-layer file" "$(row /bin/vi)" ""
check_eq "one still has it" "$(grep -cP '^/bin/vi\t' "$(image_expected one)")" 1
check_eq "multi: whiteout removed a dir" "$(grep -c '^/opt/olddir' "$exp")" 0
check_eq "multi: opaque dir hides lower content only" \
  "$(grep -oP '^/opt/opaque[^\t]*' "$exp" | tr '\n' ' ')" "/opt/opaque /opt/opaque/new /opt/opaque/sub /opt/opaque/sub/again "
check_eq "multi: file became a dir" "$(row /opt/typechange | cut -f1)" d
check_eq "multi: dir became a symlink" "$(row /opt/dir2link | cut -f1,7)" "$(printf 'l\t/opt/modes')"
check_eq "multi: changed file" "$(row /etc/motd | cut -f6)" "$(printf 'layer 3\n' | sha256sum | cut -d' ' -f1)"
check_eq "index: platform file" "$(grep -P '^/etc/platform\t' "$(image_expected index linux/arm/v7)" | cut -f7)" \
  "$(echo linux/arm/v7 | sha256sum | cut -d' ' -f1)"
check_eq "index: shares the base layer with one" "$(image_layer_digest index 0 linux/mipsle)" \
  "$(image_layer_digest one 0)"
# The listing tool itself: a tree made here lists as made.
mkdir -p "$T/lt/d" && echo x > "$T/lt/d/f" && chmod 0604 "$T/lt/d/f" && ln -s f "$T/lt/d/s" &&
  touch -h -d @1234567890 "$T/lt/d/f" "$T/lt/d/s"
check_eq "tree_listing" "$(tree_listing "$T/lt" | tail -n +2)" "$(printf '%s\n' \
  "/d	d	0755	0	0	-	-	-	-	-" \
  "/d/f	f	0604	0	0	2	$(echo x | sha256sum | cut -d' ' -f1)	-	1234567890	-" \
  "/d/s	l	0777	0	0	-	-	f	1234567890	-")"

check "image_save docker-archive" image_save multi "$T/multi-docker.tar" docker-archive multi:saved
check_eq "docker-archive: tagged, 3 layers" \
  "$(tar -xOf "$T/multi-docker.tar" manifest.json | jq -r '.[0] | "\(.RepoTags[0]) \(.Layers | length)"')" "docker.io/library/multi:saved 3"
check "image_save oci-archive" image_save index "$T/index-oci.tar" oci-archive
check_eq "oci-archive: the same index" "$(tar -xOf "$T/index-oci.tar" index.json | jq -r '.manifests[0].digest')" \
  "$(image_index_digest index)"

# --- a plain HTTP registry, seeded with skopeo
registry_start || { not_ok "plain registry starts"; finish; }
check_eq "plain: /v2/ answers" "$(http_code "$REG_URL/v2/")" 200
check "plain: log in \$T/registry.log" test -s "$T/registry.log"
check "push one" image_push one:latest one
check_eq "push keeps the manifest digest" "$PUSHED_DIGEST" "$(image_digest one)"
check "push multi" image_push multi:latest multi
check "push index (all platforms)" image_push index:latest index
check_eq "push keeps the index digest" "$PUSHED_DIGEST" "$(image_index_digest index)"
check "push multi as Docker v2s2" image_push --format v2s2 multi:v2s2 multi
check "push index as Docker manifest list" image_push --format v2s2 index:v2s2 index
check_eq "catalog" "$(registry_curl /v2/_catalog | jq -r '.repositories | join(" ")')" "index multi one"
check_eq "tags" "$(registry_curl /v2/multi/tags/list | jq -r '.tags | sort | join(" ")')" "latest v2s2"
m=$(registry_manifest index latest)
check_eq "index: OCI index" "$(jq -r .mediaType <<<"$m")" "$MEDIA_OCI_INDEX"
check_eq "index: 4 platforms" \
  "$(jq -r '[.manifests[].platform | [.os, .architecture, .variant // empty] | join("/")] | join(" ")' <<<"$m")" \
  "linux/amd64 linux/arm64/v8 linux/arm/v7 linux/mipsle"
m=$(registry_manifest index v2s2)
check_eq "index v2s2: manifest list" "$(jq -r .mediaType <<<"$m")" "$MEDIA_DOCKER_LIST"
check_eq "index v2s2: 4 entries" "$(jq '.manifests | length' <<<"$m")" 4
m=$(registry_manifest multi v2s2)
check_eq "multi v2s2: schema2" "$(jq -r .mediaType <<<"$m")" "$MEDIA_DOCKER_V2"
check_eq "multi v2s2: same layers" "$(jq -r '.layers[2].digest' <<<"$m")" "$(image_layer_digest multi 2)"
# The arm/v7 image really carries its platform file.
arm=$(registry_manifest index "$(image_digest index linux/arm/v7)")
registry_curl -f -L -o "$T/plat.tgz" "/v2/index/blobs/$(jq -r '.layers[1].digest' <<<"$arm")"
check_eq "index: arm/v7 layer names its platform" "$(tar -xzOf "$T/plat.tgz" etc/platform)" linux/arm/v7

big=$(image_layer_digest multi 1)  # ~1 MiB, random: the blob the proxy tests cut
size=$(jq -r '.manifests[0].layers[1].size' "$(image_info multi)")
registry_curl -f -L -o "$T/blob" "/v2/multi/blobs/$big"
check_eq "blob download matches its digest" "sha256:$(sha "$T/blob")" "$big"

# --- cutproxy: cut, resume with Range, always, corrupt, stall
cutproxy_start "$REG" 300000 once
rm -f "$T/part"
curl -sS -f -o "$T/part" "http://$CUT_ADDR/v2/multi/blobs/$big" 2>/dev/null; rc=$?
got=$(stat -c %s "$T/part" 2>/dev/null || echo 0)
check "cut: curl fails (rc $rc)" test "$rc" != 0
check "cut: partial data ($got of $size bytes)" test "$got" -gt 0 -a "$got" -lt "$size"
check_contains "cut: proxy says so" "$(cat "$CUT_LOG")" "cut at 300000 bytes"
curl -sS -f -C - -o "$T/part" "http://$CUT_ADDR/v2/multi/blobs/$big"; rc=$?
check_eq "resume (Range) through the proxy succeeds" "$rc" 0
check_eq "resumed blob matches its digest" "sha256:$(sha "$T/part")" "$big"
check_contains "proxy saw the Range request" "$(cat "$CUT_LOG")" "header Range: bytes=$got-"
cutproxy_stop
cutproxy_start "$REG" 1000 always
check "always: first try cut" bash -c "! curl -sf -o /dev/null http://$CUT_ADDR/v2/multi/blobs/$big"
check "always: second try cut" bash -c "! curl -sf -o /dev/null http://$CUT_ADDR/v2/multi/blobs/$big"
check_eq "always: small answers pass" "$(http_code "http://$CUT_ADDR/v2/")" 200
cutproxy_stop
cutproxy_start "$REG" 500000 corrupt
curl -sSf -o "$T/c1" "http://$CUT_ADDR/v2/multi/blobs/$big"; rc=$?
check_eq "corrupt: download completes" "$rc:$(stat -c %s "$T/c1")" "0:$size"
check "corrupt: digest mismatch" test "sha256:$(sha "$T/c1")" != "$big"
check_eq "corrupt: exactly one byte differs" "$(cmp -l "$T/c1" "$T/blob" | wc -l)" 1
curl -sSf -o "$T/c2" "http://$CUT_ADDR/v2/multi/blobs/$big"
check_eq "corrupt: only once" "sha256:$(sha "$T/c2")" "$big"
cutproxy_stop
cutproxy_start "$REG" 200000 stall
t0=$SECONDS
curl -sSf --max-time 3 -o "$T/s1" "http://$CUT_ADDR/v2/multi/blobs/$big" 2>/dev/null; rc=$?
check_eq "stall: curl times out" "$rc" 28
check "stall: took the timeout" test $((SECONDS - t0)) -ge 2
check "stall: partial data" test "$(stat -c %s "$T/s1")" -lt "$size"
cutproxy_stop

# --- lying registry: a stored blob edited in place
registry_corrupt_blob "$big"
registry_curl -f -o "$T/lie" "/v2/multi/blobs/$big"
check_eq "corrupt blob: same size" "$(stat -c %s "$T/lie")" "$size"
check "corrupt blob: digest mismatch" test "sha256:$(sha "$T/lie")" != "$big"
check_eq "delete enabled" "$(registry_curl -o /dev/null -w '%{http_code}' -X DELETE \
  "/v2/one/manifests/$(image_digest one)")" 202
registry_stop
check "registry_stop stopped it" bash -c "! kill -0 $REG_PID 2>/dev/null"

# --- TLS + Basic auth
registry_start --tls --auth basic || { not_ok "tls+basic registry starts"; finish; }
check_eq "tls: https URL" "${REG_URL%%://*}" https
check_eq "tls: CA exported" "$(openssl x509 -in "$REG_CA" -noout -subject)" "subject=CN = edgectl test CA"
check_eq "tls: server cert SANs" "$(openssl x509 -in "$REG_DIR/server.crt" -noout -ext subjectAltName | tail -1 | xargs)" \
  "IP Address:127.0.0.1, DNS:localhost"
check_eq "tls: no creds -> 401" "$(http_code --cacert "$REG_CA" "$REG_URL/v2/")" 401
check_eq "tls: wrong password -> 401" "$(http_code --cacert "$REG_CA" -u "$REG_USER:nope" "$REG_URL/v2/")" 401
check_eq "tls: creds -> 200" "$(http_code --cacert "$REG_CA" -u "$REG_USER:$REG_PASS" "$REG_URL/v2/")" 200
check_eq "tls: localhost name verifies too" \
  "$(http_code --cacert "$REG_CA" -u "$REG_USER:$REG_PASS" "https://localhost:${REG##*:}/v2/")" 200
curl -s -o /dev/null "$REG_URL/v2/"; rc=$?
check_eq "tls: unknown CA refused" "$rc" 60
check "tls+basic: push with creds and CA" image_push one:1 one
check_eq "tls+basic: catalog" "$(registry_curl /v2/_catalog | jq -r '.repositories | join(" ")')" one
check "tls+basic: skopeo without creds refused" bash -c \
  "! skopeo inspect --cert-dir $REG_CERT_DIR docker://$REG/one:1 >/dev/null 2>&1"
check_eq "tls+basic: skopeo with creds" "$(skopeo inspect --cert-dir "$REG_CERT_DIR" \
  --creds "$REG_USER:$REG_PASS" "docker://$REG/one:1" | jq -r .Digest)" "$(image_digest one)"
cutproxy_start "$REG" 100000 once
tl=$(image_layer_digest one 0)
rm -f "$T/tp"
curl -sf --cacert "$REG_CA" -u "$REG_USER:$REG_PASS" -o "$T/tp" "https://$CUT_ADDR/v2/one/blobs/$tl" 2>/dev/null
check "tls: cut through the proxy fails" test $? != 0
curl -sSf --cacert "$REG_CA" -u "$REG_USER:$REG_PASS" -C - -o "$T/tp" "https://$CUT_ADDR/v2/one/blobs/$tl"
check_eq "tls: resumed through the proxy" "sha256:$(sha "$T/tp")" "$tl"
cutproxy_stop
registry_stop

# --- TLS + token auth
registry_start --tls --auth token || { not_ok "tls+token registry starts"; finish; }
hdr=$(curl -s -D - -o /dev/null --cacert "$REG_CA" "$REG_URL/v2/" | tr -d '\r')
check_contains "token: 401 asks for a bearer token" "${hdr,,}" \
  "www-authenticate: bearer realm=\"$REG_TOKEN_URL\",service=\"$REG_SERVICE\""
check_eq "token: token server wants creds" "$(http_code --cacert "$REG_CA" "$REG_TOKEN_URL?service=$REG_SERVICE")" 401
check_eq "token: wrong password" \
  "$(http_code --cacert "$REG_CA" -u "$REG_USER:nope" "$REG_TOKEN_URL?service=$REG_SERVICE")" 401
tok=$(registry_token)
check_eq "token: /v2/ with a token" "$(http_code --cacert "$REG_CA" -H "Authorization: Bearer $tok" "$REG_URL/v2/")" 200
check "token: push (skopeo does the token flow)" image_push index:latest index
check_contains "token: skopeo asked for push" "$(cat "$REG_TOKEN_LOG")" '"repository:index:pull,push"'
check_eq "token: catalog" "$(registry_curl /v2/_catalog | jq -r '.repositories | join(" ")')" index
check_eq "token: manifest" "$(registry_manifest index latest | jq '.manifests | length')" 4
tok=$(registry_token repository:other:pull)
check_eq "token: scoped to its repository" "$(http_code --cacert "$REG_CA" -H "Authorization: Bearer $tok" \
  "$REG_URL/v2/index/manifests/latest")" 401
tok=$(curl -sf --cacert "$REG_CA" -d grant_type=password -d username="$REG_USER" -d password="$REG_PASS" \
  -d service="$REG_SERVICE" -d scope=repository:index:pull "$REG_TOKEN_URL" | jq -r .access_token)
check_eq "token: OAuth2 POST grant" "$(http_code --cacert "$REG_CA" -H "Authorization: Bearer $tok" \
  -H "Accept: $MEDIA_OCI_INDEX" "$REG_URL/v2/index/manifests/latest")" 200
registry_stop

# --- token auth, plain HTTP, anonymous pull
registry_start --auth token --anon-pull || { not_ok "anon token registry starts"; finish; }
check "anon: push with creds" image_push one:latest one
tok=$(curl -sf "$REG_TOKEN_URL?service=$REG_SERVICE&scope=repository:one:pull,push" | jq -r .token)
check_eq "anon: pull token works" "$(http_code -H "Authorization: Bearer $tok" \
  "$REG_URL/v2/one/manifests/latest" -H "Accept: application/vnd.oci.image.manifest.v1+json")" 200
check_contains "anon: only pull granted" "$(tail -1 "$REG_TOKEN_LOG")" '"actions": ["pull"]'
check "anon: push without creds refused" bash -c \
  "! skopeo --insecure-policy copy --quiet --dest-tls-verify=false oci:$(image_layout one):latest docker://$REG/one:anon 2>/dev/null"
registry_stop
finish
