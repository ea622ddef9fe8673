# Registry helpers for integration tests: a real local registry (Debian's
# docker-registry), test images built from busybox-static (mkimages.sh) and
# pushed with skopeo, a misbehaving TCP proxy (cutproxy), an HTTP stub that
# answers every request with one status (stub_start), unused_port. Source after
# lib.sh:
#   source "$(dirname "$0")/lib.sh"
#   source "$(dirname "$0")/lib-registry.sh"
#   registry_start --tls --auth basic
#   image_push busybox:1 one
#   "$EDGECTL" pull ... "$REG/busybox:1"
# Everything listens on 127.0.0.1 only. Servers are stopped by lib.sh's EXIT
# trap (each start appends to EXTRA_CLEANUP: a test adding its own cleanup
# must append too, EXTRA_CLEANUP+=$'\n'"cmd", never assign); their files
# live under $T.
# Needs: docker-registry skopeo htpasswd openssl curl python3 jq, and $CUTPROXY
# (set by meson) for cutproxy_start.

REG_N=0  # registries started so far in this test

# registry_require_tools: fail (message on stderr) unless every tool the
# helpers use is installed.
registry_require_tools() {
  local t missing=()
  for t in docker-registry skopeo htpasswd openssl curl python3 jq tar gzip; do
    command -v "$t" >/dev/null || missing+=("$t")
  done
  [ ${#missing[@]} = 0 ] && return 0
  echo "lib-registry: missing ${missing[*]} (run tools/setup-deps.sh)" >&2
  return 1
}

# _reg_alive PID COMM: PID is running (not a zombie) and is COMM, so a PID
# reused after our server died is never killed.
_reg_alive() {
  local st
  st=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  [[ $st == "$1 ($2) "* ]] && [[ ${st#*) } != Z* ]]
}

# _reg_kill PID COMM...: TERM, up to 3 s, then KILL, for each PID COMM pair.
_reg_kill() {
  local p c
  local -a pids=()
  while [ $# -ge 2 ]; do
    _reg_alive "$1" "$2" && { kill "$1" 2>/dev/null; pids+=("$1" "$2"); }
    shift 2
  done
  set -- "${pids[@]}"
  while [ $# -ge 2 ]; do
    p=$1 c=$2
    shift 2
    for _ in $(seq 30); do _reg_alive "$p" "$c" || break; sleep 0.1; done
    _reg_alive "$p" "$c" && kill -9 "$p" 2>/dev/null
    wait "$p" 2>/dev/null
  done
  return 0
}

# _reg_wait_file FILE PID COMM: wait up to 10 s for FILE while PID lives.
_reg_wait_file() {
  for _ in $(seq 100); do
    [ -s "$1" ] && return 0
    _reg_alive "$2" "$3" || return 1
    sleep 0.1
  done
  return 1
}

# _reg_certs DIR: a CA (DIR/ca.crt, ca.key) and a server certificate for
# 127.0.0.1 and localhost signed by it (DIR/server.crt, server.key).
_reg_certs() {
  local d=$1
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 -subj "/CN=edgectl test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$d/ca.key" -out "$d/ca.crt" 2>/dev/null || return 1
  openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" \
    -keyout "$d/server.key" -out "$d/server.csr" 2>/dev/null || return 1
  printf '%s\n' "subjectAltName=IP:127.0.0.1,DNS:localhost" "basicConstraints=CA:FALSE" \
    "keyUsage=critical,digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth" > "$d/server.ext"
  openssl x509 -req -in "$d/server.csr" -CA "$d/ca.crt" -CAkey "$d/ca.key" -CAcreateserial \
    -days 3650 -sha256 -extfile "$d/server.ext" -out "$d/server.crt" 2>/dev/null
}

# _reg_token_server DIR TLS ANON: start the token server of --auth token:
# python3 (stdlib only) issuing RS256 JWTs (RSA done with python's big ints,
# the key read from openssl's text dump) carrying the signing certificate in
# x5c, which the registry checks against its rootcertbundle. Basic auth with
# REG_USER/REG_PASS gets every action asked for; no credentials get 401,
# or, with ANON=1, pull actions only. GET /token (docker, skopeo) and POST
# /token (OAuth2 password grant, containerd) are both served. Each request
# is logged as a JSON line to DIR/token.log.
_reg_token_server() {
  local d=$1 tls=$2 anon=$3
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 -subj "/CN=edgectl test token issuer" \
    -keyout "$d/token.key" -out "$d/token.crt" 2>/dev/null || return 1
  openssl rsa -in "$d/token.key" -noout -text > "$d/token.key.txt" 2>/dev/null || return 1
  jq -n --arg pf "$d/token.port" --arg key "$d/token.key.txt" \
    --arg x5c "$(openssl x509 -in "$d/token.crt" -outform DER | base64 -w0)" \
    --arg user "$REG_USER" --arg pass "$REG_PASS" --arg service "$REG_SERVICE" \
    --arg issuer "$REG_ISSUER" --argjson anon "$anon" --arg log "$d/token.log" \
    --arg cert "$( [ "$tls" = 1 ] && echo "$d/server.crt")" --arg tkey "$d/server.key" \
    '{port_file:$pf, key:$key, x5c:$x5c, user:$user, pass:$pass, service:$service,
      issuer:$issuer, anon:$anon, log:$log, tls_cert:$cert, tls_key:$tkey}' > "$d/token.json"
  cat > "$d/tokensrv.py" <<'PY'
import base64, hashlib, http.server, json, os, secrets, ssl, sys, threading, time, urllib.parse

cfg = json.load(open(sys.argv[1]))

def rsa_key(path):
    """n and d from `openssl rsa -noout -text`."""
    fields, cur = {}, None
    for line in open(path):
        if line[:1] in ' \t' and cur:
            fields[cur] += line.strip().replace(':', '')
        else:
            cur = line.strip()[:-1] if line.strip().endswith(':') else None
            if cur:
                fields[cur] = ''
    return int(fields['modulus'], 16), int(fields['privateExponent'], 16)

N, D = rsa_key(cfg['key'])
SHA256_INFO = bytes.fromhex('3031300d060960864801650304020105000420')

def b64url(b): return base64.urlsafe_b64encode(b).rstrip(b'=').decode()

def rs256(msg):  # RSASSA-PKCS1-v1_5 with SHA-256
    k = (N.bit_length() + 7) // 8
    t = SHA256_INFO + hashlib.sha256(msg).digest()
    em = b'\x00\x01' + b'\xff' * (k - len(t) - 3) + b'\x00' + t
    return pow(int.from_bytes(em, 'big'), D, N).to_bytes(k, 'big')

def jwt(sub, access):
    now = int(time.time())
    head = {'typ': 'JWT', 'alg': 'RS256', 'x5c': [cfg['x5c']]}
    claims = {'iss': cfg['issuer'], 'sub': sub, 'aud': cfg['service'], 'exp': now + 300,
              'nbf': now - 10, 'iat': now, 'jti': secrets.token_hex(16), 'access': access}
    signing = (b64url(json.dumps(head).encode()) + '.' + b64url(json.dumps(claims).encode())).encode()
    return signing.decode() + '.' + b64url(rs256(signing))

lock = threading.Lock()

def log(entry):
    with lock, open(cfg['log'], 'a') as f:
        f.write(json.dumps(entry) + '\n')

class H(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, *a):
        pass

    def reply(self, code, body, headers=()):
        b = json.dumps(body).encode()
        self.send_response(code)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(b)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(b)

    def issue(self, user, password, service, scopes):
        entry = {'method': self.command, 'user': user, 'service': service, 'scopes': scopes}
        if user is not None and (user, password) != (cfg['user'], cfg['pass']):
            entry['result'] = 'bad credentials'
            log(entry)
            return self.reply(401, {'errors': [{'code': 'UNAUTHORIZED', 'message': 'bad credentials'}]},
                              [('WWW-Authenticate', 'Basic realm="edgectl-test-token"')])
        if user is None and not cfg['anon']:
            entry['result'] = 'credentials required'
            log(entry)
            return self.reply(401, {'errors': [{'code': 'UNAUTHORIZED', 'message': 'credentials required'}]},
                              [('WWW-Authenticate', 'Basic realm="edgectl-test-token"')])
        if service != cfg['service']:
            entry['result'] = 'unknown service'
            log(entry)
            return self.reply(400, {'errors': [{'code': 'DENIED', 'message': 'unknown service'}]})
        access = []
        for s in scopes:
            typ, _, rest = s.partition(':')
            name, _, actions = rest.rpartition(':')
            acts = [a for a in actions.split(',') if a and (user is not None or a == 'pull')]
            if typ and name and acts:
                access.append({'type': typ, 'name': name, 'actions': acts})
        entry['result'] = 'granted'
        entry['access'] = access
        log(entry)
        tok = jwt(user or '', access)
        self.reply(200, {'token': tok, 'access_token': tok, 'expires_in': 300,
                         'issued_at': time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())})

    def do_GET(self):
        u = urllib.parse.urlsplit(self.path)
        if u.path != '/token':
            return self.reply(404, {'errors': [{'code': 'NOT_FOUND', 'message': u.path}]})
        q = urllib.parse.parse_qs(u.query)
        user = password = None
        auth = self.headers.get('Authorization', '')
        if auth.startswith('Basic '):
            try:
                user, _, password = base64.b64decode(auth[6:]).decode().partition(':')
            except Exception:
                user, password = '', None
        scopes = [s for v in q.get('scope', []) for s in v.split(' ') if s]
        self.issue(user, password, q.get('service', [''])[0], scopes)

    def do_POST(self):
        if urllib.parse.urlsplit(self.path).path != '/token':
            return self.reply(404, {'errors': [{'code': 'NOT_FOUND', 'message': self.path}]})
        n = int(self.headers.get('Content-Length', '0'))
        f = urllib.parse.parse_qs(self.rfile.read(n).decode())
        get = lambda k: f.get(k, [None])[0]
        if get('grant_type') != 'password':
            return self.reply(400, {'error': 'unsupported_grant_type'})
        scopes = [s for s in (get('scope') or '').split(' ') if s]
        self.issue(get('username'), get('password'), get('service') or '', scopes)

srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), H)
if cfg['tls_cert']:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cfg['tls_cert'], cfg['tls_key'])
    srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
with open(cfg['port_file'] + '.tmp', 'w') as f:
    f.write('%d\n' % srv.server_address[1])
os.rename(cfg['port_file'] + '.tmp', cfg['port_file'])
srv.serve_forever()
PY
  python3 "$d/tokensrv.py" "$d/token.json" </dev/null >>"$d/token.stderr" 2>&1 &
  REG_TOKEN_PID=$!
  EXTRA_CLEANUP+=$'\n'"_reg_kill $REG_TOKEN_PID python3"
  if ! _reg_wait_file "$d/token.port" "$REG_TOKEN_PID" python3; then
    echo "lib-registry: token server did not start:" >&2
    cat "$d/token.stderr" >&2
    return 1
  fi
  local scheme=http
  [ "$tls" = 1 ] && scheme=https
  REG_TOKEN_URL=$scheme://127.0.0.1:$(cat "$d/token.port")/token
  REG_TOKEN_LOG=$d/token.log
  : > "$REG_TOKEN_LOG"
}

# registry_start [--tls] [--auth basic|token] [--anon-pull]
# Start a registry (docker-registry serve) on 127.0.0.1 on a free port, with
# filesystem storage under $T and delete enabled, and wait until /v2/
# answers. Exports:
#   REG        127.0.0.1:PORT (for image references: "$REG/name:tag")
#   REG_URL    http://$REG or https://$REG
#   REG_PID    the registry's pid
#   REG_DIR    its config, certificates, htpasswd (…/config.yml ...)
#   REG_DATA   storage root (blobs under docker/registry/v2/blobs/sha256/)
#   REG_LOG    its log (the first registry of a test: $T/registry.log)
#   REG_TLS    1 with --tls, else 0;  REG_AUTH  none|basic|token
# --tls: CA and server certificate (SANs IP:127.0.0.1, DNS:localhost) made
#   with openssl; REG_CA is the CA certificate, REG_CERT_DIR a dir holding
#   only ca.crt (skopeo --*-cert-dir, docker/containerd certs.d style).
# --auth basic: bcrypt htpasswd; credentials in REG_USER / REG_PASS.
# --auth token: a token server (see _reg_token_server) at REG_TOKEN_URL;
#   REG_SERVICE, REG_ISSUER, REG_TOKEN_PID, REG_TOKEN_LOG; credentials in
#   REG_USER / REG_PASS. --anon-pull lets requests without credentials get
#   pull-only tokens (like a public Docker Hub repository).
# A second call starts another registry (files suffixed -2, -3 ...) and
# re-exports the variables for it; the first keeps running. Each registry's
# variables are also written to $REG_DIR/env (source it to switch back).
registry_start() {
  local tls=0 auth=none anon=0
  while [ $# -gt 0 ]; do
    case $1 in
      --tls) tls=1 ;;
      --auth) auth=$2; shift ;;
      --anon-pull) anon=1 ;;
      *) echo "registry_start: unknown option $1" >&2; return 2 ;;
    esac
    shift
  done
  case $auth in none|basic|token) ;; *) echo "registry_start: --auth basic|token" >&2; return 2 ;; esac
  registry_require_tools || return 1
  REG_N=$((REG_N + 1))
  local sfx=
  [ "$REG_N" -gt 1 ] && sfx=-$REG_N
  REG_DIR=$T/registry$sfx REG_DATA=$T/registry$sfx-data REG_LOG=$T/registry$sfx.log
  REG_TLS=$tls REG_AUTH=$auth
  unset REG_CA REG_CERT_DIR REG_USER REG_PASS REG_TOKEN_URL REG_TOKEN_PID REG_TOKEN_LOG REG_SERVICE REG_ISSUER
  mkdir -p "$REG_DIR" "$REG_DATA"
  local tls_cfg='' auth_cfg=''
  if [ "$tls" = 1 ]; then
    _reg_certs "$REG_DIR" || { echo "registry_start: openssl failed" >&2; return 1; }
    REG_CA=$REG_DIR/ca.crt REG_CERT_DIR=$REG_DIR/certs.d
    mkdir -p "$REG_CERT_DIR"
    cp "$REG_CA" "$REG_CERT_DIR/ca.crt"
    tls_cfg="  tls:
    certificate: $REG_DIR/server.crt
    key: $REG_DIR/server.key"
  fi
  if [ "$auth" != none ]; then
    REG_USER=edgectl REG_PASS=pw-$RANDOM$RANDOM
  fi
  case $auth in
    basic)
      htpasswd -B -b -c "$REG_DIR/htpasswd" "$REG_USER" "$REG_PASS" 2>/dev/null ||
        { echo "registry_start: htpasswd failed" >&2; return 1; }
      auth_cfg="auth:
  htpasswd:
    realm: edgectl-test
    path: $REG_DIR/htpasswd" ;;
    token)
      REG_SERVICE=edgectl-test-registry REG_ISSUER=edgectl-test-issuer
      _reg_token_server "$REG_DIR" "$tls" "$anon" || return 1
      auth_cfg="auth:
  token:
    realm: $REG_TOKEN_URL
    service: $REG_SERVICE
    issuer: $REG_ISSUER
    rootcertbundle: $REG_DIR/token.crt" ;;
  esac
  # Port 0: the kernel picks a free port, the registry logs it; no race.
  cat > "$REG_DIR/config.yml" <<EOF
version: 0.1
log:
  level: info
  accesslog:
    disabled: false
storage:
  filesystem:
    rootdirectory: $REG_DATA
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:0
  secret: edgectl-test-secret
$tls_cfg
$auth_cfg
EOF
  docker-registry serve "$REG_DIR/config.yml" </dev/null >"$REG_LOG" 2>&1 &
  REG_PID=$!
  EXTRA_CLEANUP+=$'\n'"_reg_kill $REG_PID docker-registry"
  local port=''
  for _ in $(seq 100); do
    port=$(sed -n 's/.*msg="listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$REG_LOG" | head -1)
    [ -n "$port" ] && break
    _reg_alive "$REG_PID" docker-registry || break
    sleep 0.1
  done
  if [ -z "$port" ]; then
    echo "registry_start: registry did not start:" >&2
    cat "$REG_LOG" >&2
    return 1
  fi
  REG=127.0.0.1:$port
  REG_URL=http://$REG
  [ "$tls" = 1 ] && REG_URL=https://$REG
  local code=000
  for _ in $(seq 100); do
    code=$(curl -s -o /dev/null -w '%{http_code}' ${REG_CA:+--cacert "$REG_CA"} "$REG_URL/v2/")
    [[ $code == 200 || $code == 401 ]] && break
    sleep 0.1
  done
  if [[ $code != 200 && $code != 401 ]]; then
    echo "registry_start: $REG_URL/v2/ does not answer (HTTP $code)" >&2
    return 1
  fi
  {
    echo "unset REG_CA REG_CERT_DIR REG_USER REG_PASS REG_TOKEN_URL REG_TOKEN_PID REG_TOKEN_LOG REG_SERVICE REG_ISSUER"
    declare -p REG REG_URL REG_PID REG_DIR REG_DATA REG_LOG REG_TLS REG_AUTH REG_CA REG_CERT_DIR \
      REG_USER REG_PASS REG_TOKEN_URL REG_TOKEN_PID REG_TOKEN_LOG REG_SERVICE REG_ISSUER \
      2>/dev/null | sed 's/^declare -[-a-z]* //; s/^/export /'
  } > "$REG_DIR/env"
  export REG REG_URL REG_PID REG_DIR REG_DATA REG_LOG REG_TLS REG_AUTH
  export REG_CA REG_CERT_DIR REG_USER REG_PASS REG_TOKEN_URL REG_TOKEN_PID REG_TOKEN_LOG REG_SERVICE REG_ISSUER
}

# registry_stop: stop the current registry (REG_PID) and its token server.
registry_stop() {
  _reg_kill "$REG_PID" docker-registry ${REG_TOKEN_PID:+"$REG_TOKEN_PID" python3}
}

# registry_token SCOPE...: print a bearer token for SCOPEs
# ("repository:NAME:pull,push", "registry:catalog:*") from the token server,
# with REG_USER/REG_PASS.
registry_token() {
  local q="service=$REG_SERVICE" s
  for s in "$@"; do q+="&scope=$(jq -rn --arg s "$s" '$s|@uri')"; done
  curl -fsS ${REG_CA:+--cacert "$REG_CA"} -u "$REG_USER:$REG_PASS" "$REG_TOKEN_URL?$q" | jq -r .token
}

# registry_curl [CURL_ARGS...] PATH: curl $REG_URL$PATH with the CA and the
# credentials the current registry wants (Basic, or a bearer token for the
# scope PATH implies: /v2/_catalog -> registry:catalog:*, /v2/NAME/... ->
# repository:NAME:pull,push,delete). -sS is implied; add -f, -o, -w, -I,
# -X ... as usual. Returns curl's status.
registry_curl() {
  local path=${!#} args=("${@:1:$#-1}") auth=()
  case $REG_AUTH in
    basic) auth=(-u "$REG_USER:$REG_PASS") ;;
    token)
      local scope='' name
      if [[ $path == /v2/_catalog* ]]; then
        scope='registry:catalog:*'
      elif [[ $path =~ ^/v2/(.+)/(manifests|blobs|tags)/ ]]; then
        name=${BASH_REMATCH[1]}
        scope="repository:$name:pull,push,delete"
      fi
      auth=(-H "Authorization: Bearer $(registry_token ${scope:+"$scope"})") ;;
  esac
  curl -sS ${REG_CA:+--cacert "$REG_CA"} "${auth[@]}" "${args[@]}" "$REG_URL$path"
}

# registry_manifest NAME REF: print the manifest (any OCI/Docker type) of
# NAME at REF (tag or digest); fails on HTTP errors.
registry_manifest() {
  registry_curl -f -H "Accept: application/vnd.oci.image.index.v1+json" \
    -H "Accept: application/vnd.oci.image.manifest.v1+json" \
    -H "Accept: application/vnd.docker.distribution.manifest.list.v2+json" \
    -H "Accept: application/vnd.docker.distribution.manifest.v2+json" "/v2/$1/manifests/$2"
}

# registry_blob_path DIGEST: the file the registry serves for DIGEST.
registry_blob_path() {
  local hex=${1#sha256:}
  echo "$REG_DATA/docker/registry/v2/blobs/sha256/${hex:0:2}/$hex/data"
}

# registry_corrupt_blob DIGEST [OFFSET]: flip (xor 0xff) the byte at OFFSET
# (default: the middle) of the stored blob, in place, size unchanged: the
# registry then serves bytes that do not match DIGEST (a "lying registry").
registry_corrupt_blob() {
  local f
  f=$(registry_blob_path "$1")
  [ -f "$f" ] || { echo "registry_corrupt_blob: no blob $1 in $REG_DATA" >&2; return 1; }
  python3 -c '
import os, sys
f, off = sys.argv[1], sys.argv[2]
off = int(off) if off else os.path.getsize(f) // 2
with open(f, "r+b") as fh:
    fh.seek(off); b = fh.read(1); fh.seek(off); fh.write(bytes([b[0] ^ 0xff]))
' "$f" "${2:-}"
}

# image_dir NAME: build (once, cached under $EDGECTL_TEST_CACHE/images) the
# test image NAME of mkimages.sh (one multi index big) and print its dir.
image_dir() {
  bash "$EDGECTL_SRC/tests/integration/mkimages.sh" -o "$EDGECTL_TEST_CACHE/images" "$1" | tail -1
}

# image_layout NAME: print the OCI layout dir of test image NAME (ref "latest").
image_layout() { local d; d=$(image_dir "$1") && echo "$d/layout"; }

# image_info NAME: print the path of NAME's info.json (digests of the index,
# manifests, configs, layers and diff_ids; see mkimages.sh).
image_info() { local d; d=$(image_dir "$1") && echo "$d/info.json"; }

# image_expected NAME [PLATFORM]: print the path of the expected tree of NAME
# (for "index": of PLATFORM, e.g. linux/arm/v7, default linux/amd64).
# Compare with: diff "$(image_expected multi)" <(tree_listing ROOTFS)
image_expected() {
  local d p=${2:-linux/amd64}
  d=$(image_dir "$1") || return 1
  jq -r --arg p "$p" --arg d "$d" '.manifests[] | select(.platform == $p) | "\($d)/\(.expected)"' \
    "$d/info.json"
}

# image_digest NAME [PLATFORM]: the manifest digest of NAME (of PLATFORM for
# "index"); image_index_digest NAME: the digest of NAME's index ("index" only).
image_digest() {
  jq -r --arg p "${2:-linux/amd64}" '.manifests[] | select(.platform == $p) | .digest' "$(image_info "$1")"
}
image_index_digest() { jq -r '.index.digest' "$(image_info "$1")"; }

# image_layer_digest NAME N [PLATFORM]: digest of layer N (0 = base) of NAME.
image_layer_digest() {
  jq -r --arg p "${3:-linux/amd64}" --argjson n "$2" \
    '.manifests[] | select(.platform == $p) | .layers[$n].digest' "$(image_info "$1")"
}

# tree_listing DIR: DIR's tree in the expected-tree format (mkimages.sh --list).
tree_listing() { bash "$EDGECTL_SRC/tests/integration/mkimages.sh" --list "$1"; }

# _reg_src LAYOUT|NAME: a layout dir as given, or the layout of test image NAME.
_reg_src() {
  if [ -f "$1/index.json" ]; then echo "$1"; else image_layout "$1"; fi
}

# image_push [--format oci|v2s2] NAME:TAG LAYOUT_DIR|IMAGE
# Push an OCI layout (ref "latest"), or test image IMAGE (one multi index
# big), to $REG/NAME:TAG with skopeo, with the current registry's CA and
# credentials; all platforms of an index. Without --format the manifests keep
# their digests (skopeo --preserve-digests); --format v2s2 converts to Docker
# schema2 (an index becomes a manifest list). Sets PUSHED_DIGEST (digest of
# what NAME:TAG now points to). Errors of skopeo go to stderr.
image_push() {
  local fmt=()
  if [ "${1:-}" = --format ]; then
    fmt=(--format "$2")
    shift 2
  fi
  [ $# = 2 ] || { echo "usage: image_push [--format oci|v2s2] NAME:TAG LAYOUT_DIR|IMAGE" >&2; return 2; }
  local src
  src=$(_reg_src "$2") || return 1
  [ ${#fmt[@]} = 0 ] && fmt=(--preserve-digests)
  local opts=(--insecure-policy copy --quiet --all "${fmt[@]}" --digestfile "$T/.pushed-digest")
  if [ "$REG_TLS" = 1 ]; then opts+=(--dest-cert-dir "$REG_CERT_DIR"); else opts+=(--dest-tls-verify=false); fi
  [ "$REG_AUTH" != none ] && opts+=(--dest-creds "$REG_USER:$REG_PASS")
  skopeo "${opts[@]}" "oci:$src:latest" "docker://$REG/$1" || return 1
  export PUSHED_DIGEST; PUSHED_DIGEST=$(cat "$T/.pushed-digest")
}

# image_save LAYOUT_DIR|IMAGE OUT.tar [docker-archive|oci-archive] [NAME:TAG]
# Write an image archive with skopeo, for load/import tests. A docker-archive
# (docker save format; NAME:TAG is recorded as docker.io/library/NAME:TAG for
# short names) holds one platform, this machine's; an oci-archive keeps every
# platform and digest (for "index": the index, ref NAME:TAG when given).
image_save() {
  local src kind=${3:-docker-archive} ref=${4:-} all=()
  src=$(_reg_src "$1") || return 1
  [ "$kind" = oci-archive ] && all=(--all --preserve-digests)
  rm -f "$2"
  skopeo --insecure-policy copy --quiet "${all[@]}" "oci:$src:latest" "$kind:$2${ref:+:$ref}"
}

# cutproxy_start TARGET_HOST:PORT BYTES [MODE]: start a cutproxy in front of
# TARGET (usually "$REG"); MODE once (default), always, K, corrupt or stall,
# see tests/helpers/cutproxy.c. Exports CUT_PORT, CUT_ADDR (127.0.0.1:PORT),
# CUT_PID and CUT_LOG (its event log: "cut at", "request GET ...", "header
# Range: ..."). A registry behind it keeps its own URL scheme: use
# http(s)://$CUT_ADDR. Several may run; each start re-exports the variables.
cutproxy_start() {
  : "${CUTPROXY:?CUTPROXY (the cutproxy helper) is set by meson}"
  local n=$(( ${CUT_N:-0} + 1 ))
  CUT_N=$n
  local pf=$T/cutproxy-$n.port
  CUT_LOG=$T/cutproxy-$n.log
  rm -f "$pf"
  "$CUTPROXY" "$pf" "$@" </dev/null >"$CUT_LOG" 2>&1 &
  CUT_PID=$!
  CUT_COMM=$(basename "$CUTPROXY" | cut -c1-15)  # what /proc/PID/stat shows
  EXTRA_CLEANUP+=$'\n'"_reg_kill $CUT_PID $CUT_COMM"
  if ! _reg_wait_file "$pf" "$CUT_PID" "$CUT_COMM"; then
    echo "cutproxy_start: did not start:" >&2
    cat "$CUT_LOG" >&2
    return 1
  fi
  CUT_PORT=$(cat "$pf")
  CUT_ADDR=127.0.0.1:$CUT_PORT
  export CUT_PORT CUT_ADDR CUT_PID CUT_LOG
}

# cutproxy_stop: stop the last started cutproxy.
cutproxy_stop() { _reg_kill "$CUT_PID" "$CUT_COMM"; }

# unused_port: print a TCP port on 127.0.0.1 that nothing listens on (bound
# and released by the kernel just now: a connection to it is refused).
unused_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# stub_start STATUS: an HTTP server on 127.0.0.1 answering every request with
# STATUS and a registry-style JSON error (a broken registry or mirror: 404,
# 500, 503 ...). Exports STUB_ADDR (127.0.0.1:PORT), STUB_PID and STUB_LOG
# (one "METHOD PATH" line per request). Several may run; each start
# re-exports the variables.
stub_start() {
  local n=$(( ${STUB_N:-0} + 1 ))
  STUB_N=$n
  local pf=$T/stub-$n.port
  STUB_LOG=$T/stub-$n.log
  rm -f "$pf"
  : > "$STUB_LOG"
  python3 - "$1" "$pf" "$STUB_LOG" >"$T/stub-$n.stderr" 2>&1 <<'PY' &
import http.server, json, os, sys
status, port_file, log = int(sys.argv[1]), sys.argv[2], sys.argv[3]
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def log_message(self, *a):
        pass
    def answer(self):
        with open(log, 'a') as f:
            f.write('%s %s\n' % (self.command, self.path))
        b = json.dumps({'errors': [{'code': 'STUB', 'message': 'stub answers %d' % status}]}).encode()
        self.send_response(status)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(b)))
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(b)
    do_GET = do_HEAD = do_POST = answer
srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), H)
with open(port_file + '.tmp', 'w') as f:
    f.write('%d\n' % srv.server_address[1])
os.rename(port_file + '.tmp', port_file)
srv.serve_forever()
PY
  STUB_PID=$!
  EXTRA_CLEANUP+=$'\n'"_reg_kill $STUB_PID python3"
  if ! _reg_wait_file "$pf" "$STUB_PID" python3; then
    echo "stub_start: did not start:" >&2
    cat "$T/stub-$n.stderr" >&2
    return 1
  fi
  STUB_ADDR=127.0.0.1:$(cat "$pf")
  export STUB_ADDR STUB_PID STUB_LOG
}
