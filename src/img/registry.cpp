#include "img/registry.h"

#include <cctype>
#include <cerrno>

#include "core/json.h"
#include "core/sha256.h"
#include "core/strutil.h"

namespace ec::img {
namespace {

// Error bodies worth reading for their message; bigger ones are not JSON errors.
constexpr size_t kMaxErrorBody = 64 * 1024;


// Repository paths go into the URL path verbatim: allow exactly the
// distribution grammar's characters so nothing can be smuggled in.
Status check_repo(std::string_view repo) {
  bool ok = !repo.empty() && repo.size() <= 255;
  for (auto& comp : split(repo, '/')) {
    if (comp.empty() || !is_lower_alnum(comp.front()) || !is_lower_alnum(comp.back())) ok = false;
    for (char c : comp)
      if (!is_lower_alnum(c) && c != '.' && c != '_' && c != '-') ok = false;
  }
  if (!ok) return make_error("invalid repository name \"" + std::string(repo.substr(0, 255)) + "\"");
  return {};
}

// A tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}) or a digest (algorithm:encoded).
Status check_ref(std::string_view ref) {
  auto word = [](char c) { return isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  bool ok = !ref.empty();
  size_t colon = ref.find(':');
  if (colon == std::string_view::npos) {
    ok = ok && ref.size() <= 128 && word(ref[0]);
    for (char c : ref) ok = ok && (word(c) || c == '.' || c == '-');
  } else {
    ok = colon > 0 && colon + 1 < ref.size();
    for (char c : ref.substr(0, colon)) ok = ok && (is_lower_alnum(c) || c == '+' || c == '.' || c == '_' || c == '-');
    for (char c : ref.substr(colon + 1)) ok = ok && (isalnum(static_cast<unsigned char>(c)) || c == '=' || c == '_' || c == '-');
  }
  if (!ok) return make_error("invalid tag or digest \"" + std::string(ref.substr(0, 160)) + "\"");
  return {};
}

std::string media_type_of(const Response& resp) {
  const std::string* ct = resp.headers().get("Content-Type");
  if (!ct) return {};
  std::string mt(trim(std::string_view(*ct).substr(0, ct->find(';'))));
  for (char& c : mt) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  return mt;
}

bool generic_type(const std::string& mt) {
  return mt.empty() || mt == "application/json" || mt == "text/plain" || mt == "application/octet-stream";
}

}  // namespace

Error registry_error(Response& resp) {
  int s = resp.status();
  int code = s == 404 ? ENOENT : (s == 401 || s == 403) ? EACCES : s == 429 ? EAGAIN : s == 416 ? ERANGE : EIO;
  std::string msg = strf("%s: %d %s", resp.describe().c_str(), s, resp.reason().c_str());
  // {"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":...}]}
  std::vector<std::string> details;
  if (auto body = resp.read_body(kMaxErrorBody); body && !body->empty()) {
    if (auto doc = json_parse(*body, "error body")) {
      const cJSON* errs = cJSON_GetObjectItemCaseSensitive(doc->get(), "errors");
      const cJSON* e = nullptr;
      cJSON_ArrayForEach(e, errs) {
        const cJSON* c = cJSON_GetObjectItemCaseSensitive(e, "code");
        const cJSON* m = cJSON_GetObjectItemCaseSensitive(e, "message");
        std::string d = cJSON_IsString(c) ? c->valuestring : "";
        if (cJSON_IsString(m) && m->valuestring[0]) d += (d.empty() ? "" : ": ") + std::string(m->valuestring);
        if (!d.empty()) details.push_back(d);
        if (details.size() == 4) break;
      }
    }
  }
  if (details.empty() && (s == 401 || s == 403)) {
    // A bearer challenge's error="insufficient_scope" says why.
    for (const auto& v : resp.headers().get_all("WWW-Authenticate"))
      if (auto chs = parse_www_authenticate(v))
        for (const auto& c : *chs)
          if (!c.param("error").empty()) details.push_back(c.param("error"));
  }
  if (!details.empty()) msg += ": " + join(details, "; ");
  return make_error(msg, code);
}

const std::vector<std::string>& Registry::default_accept() {
  static const std::vector<std::string> v{
      "application/vnd.oci.image.manifest.v1+json",
      "application/vnd.oci.image.index.v1+json",
      "application/vnd.docker.distribution.manifest.v2+json",
      "application/vnd.docker.distribution.manifest.list.v2+json",
  };
  return v;
}

Registry::Registry(std::string host, RegistryOptions opts)
    : opts_(std::move(opts)), http_(opts_.http), auth_(http_, opts_.credential) {
  // Docker Hub's API lives on another name than its references use.
  host_ = host == "docker.io" || host == "index.docker.io" ? std::string("registry-1.docker.io") : std::move(host);
}

Result<Url> Registry::url_for(const std::string& path) const {
  return parse_url((opts_.plain_http ? "http://" : "https://") + host_ + path);
}

Result<std::unique_ptr<Response>> Registry::request(const std::string& method, const std::string& path,
                                                    const std::string& scope, Headers headers,
                                                    std::optional<uint64_t> range) {
  Request base;
  base.method = method;
  EC_ASSIGN(base.url, url_for(path));
  base.headers = std::move(headers);
  base.range_from = range;
  for (int round = 0;; round++) {
    Request req = base;
    std::string auth = auth_.header_for(scope);
    if (!auth.empty()) req.headers.set("Authorization", auth);
    EC_ASSIGN(auto resp, http_.send(std::move(req)));
    if (resp->status() != 401 || round > 0) return resp;
    std::vector<std::string> challenges = resp->headers().get_all("WWW-Authenticate");
    if (challenges.empty()) return resp;
    std::string what = resp->describe();
    (void)resp->read_body(kMaxErrorBody);  // lets the connection be reused
    resp.reset();
    EC_TRYC(auth_.answer(challenges, scope), what + ": authenticate");
  }
}

Status Registry::ping() {
  EC_ASSIGN(auto resp, request("GET", "/v2/", "", {}));
  if (resp->status() == 200) {
    (void)resp->read_body(kMaxErrorBody);
    return {};
  }
  if (resp->status() == 404)
    return make_error(resp->describe() + ": 404: " + host_ + " does not serve the registry v2 API", ENOENT);
  return registry_error(*resp);
}

Result<RemoteManifest> Registry::get_manifest(std::string_view repo, std::string_view ref,
                                        const std::vector<std::string>& accept) {
  EC_TRY(check_repo(repo));
  EC_TRY(check_ref(ref));
  bool by_digest = ref.find(':') != std::string_view::npos;
  if (by_digest) EC_TRY(parse_sha256_digest(ref));
  Headers h;
  h.set("Accept", join(accept, ", "));
  std::string path = "/v2/" + std::string(repo) + "/manifests/" + std::string(ref);
  EC_ASSIGN(auto resp, request("GET", path, "repository:" + std::string(repo) + ":pull", std::move(h)));
  if (resp->status() != 200) return registry_error(*resp);

  RemoteManifest m;
  EC_ASSIGN(m.bytes, resp->read_body(opts_.max_manifest_bytes));
  m.size = m.bytes.size();
  m.digest = sha256_digest(m.bytes);
  if (by_digest && m.digest != ref)
    return make_error(strf("%s: manifest digest mismatch: content hashes to %s", resp->describe().c_str(),
                           m.digest.c_str()),
                      EBADMSG);
  const std::string* dcd = resp->headers().get("Docker-Content-Digest");
  if (dcd && starts_with(*dcd, "sha256:") && *dcd != m.digest)
    return make_error(strf("%s: manifest digest mismatch: Docker-Content-Digest is %s, content hashes to %s",
                           resp->describe().c_str(), dcd->c_str(), m.digest.c_str()),
                      EBADMSG);
  m.media_type = media_type_of(*resp);
  if (generic_type(m.media_type)) {
    if (auto doc = json_parse(m.bytes, "manifest")) {
      const cJSON* mt = cJSON_GetObjectItemCaseSensitive(doc->get(), "mediaType");
      if (cJSON_IsString(mt)) m.media_type = mt->valuestring;
    }
  }
  return m;
}

Result<RemoteManifest> Registry::head_manifest(std::string_view repo, std::string_view ref,
                                         const std::vector<std::string>& accept) {
  EC_TRY(check_repo(repo));
  EC_TRY(check_ref(ref));
  Headers h;
  h.set("Accept", join(accept, ", "));
  std::string path = "/v2/" + std::string(repo) + "/manifests/" + std::string(ref);
  EC_ASSIGN(auto resp, request("HEAD", path, "repository:" + std::string(repo) + ":pull", std::move(h)));
  if (resp->status() != 200) return registry_error(*resp);
  RemoteManifest m;
  m.media_type = media_type_of(*resp);
  if (const std::string* dcd = resp->headers().get("Docker-Content-Digest")) m.digest = *dcd;
  m.size = resp->content_length().value_or(0);
  return m;
}

Result<Blob> Registry::get_blob(std::string_view repo, std::string_view digest, uint64_t offset) {
  EC_TRY(check_repo(repo));
  EC_TRY(parse_sha256_digest(digest));
  std::string path = "/v2/" + std::string(repo) + "/blobs/" + std::string(digest);
  EC_ASSIGN(auto resp, request("GET", path, "repository:" + std::string(repo) + ":pull", {},
                               offset > 0 ? std::optional<uint64_t>(offset) : std::nullopt));
  if (resp->status() != 200 && resp->status() != 206) return registry_error(*resp);
  Blob b;
  b.offset = resp->start_offset();
  b.size = resp->total_size();
  b.body = std::move(resp);
  return b;
}

}  // namespace ec::img
