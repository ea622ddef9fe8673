// Client of the OCI distribution API (registry v2) for one registry.
//
//   RegistryOptions o;  o.credential = creds.lookup(ref.domain);
//   Registry reg(ref.domain, o);                     // "docker.io" -> registry-1.docker.io
//   EC_ASSIGN(Manifest m, reg.get_manifest(ref.path, ref.digest.empty() ? ref.tag : ref.digest));
//   EC_ASSIGN(Blob b, reg.get_blob(ref.path, layer_digest, have_bytes));
//   // b.body is a streaming Reader; b.offset says where it really starts
//   // (0 if the server ignored the Range: start the hash over).
//
// Authentication is transparent: a 401 is answered once per request (token
// from the realm, or Basic) and tokens are reused per scope until they
// expire. Redirects to blob storage lose the Authorization header. GET/HEAD
// are retried on transient failures (see HttpOptions::retry); a blob body
// cut mid-way fails with ECONNRESET and is resumed by calling get_blob
// again with the bytes already received as offset.
//
// Error codes: ENOENT for 404 (unknown repository, tag or blob), EACCES for
// 401/403, EAGAIN for 429, ERANGE for 416 (offset past the end), EBADMSG
// for a digest mismatch, EIO for other statuses; messages carry the registry's own error ("MANIFEST_UNKNOWN:
// manifest unknown"). Not thread-safe; readers must not outlive the Registry.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "img/auth.h"
#include "img/http.h"

namespace ec::img {

struct RegistryOptions {
  bool plain_http = false;               // http:// instead of https:// (insecure registries)
  HttpOptions http;                      // TLS roots/insecure, timeouts, retries, redirects
  std::optional<Credential> credential;  // the login for this registry, if any
  size_t max_manifest_bytes = 4 << 20;
};

struct RemoteManifest {
  std::string media_type;  // Content-Type without parameters; the document's
                           // "mediaType" when the server sent a generic type
  std::string bytes;       // empty for head_manifest()
  std::string digest;      // "sha256:..." of bytes (get), Docker-Content-Digest (head)
  uint64_t size = 0;
};

struct Blob {
  std::unique_ptr<Response> body;  // a Reader streaming from `offset` on
  uint64_t offset = 0;             // where body starts: the offset asked for, or 0
  std::optional<uint64_t> size;    // whole blob size, when the server said
};

class Registry {
 public:
  // host as in references, port included: "docker.io", "reg.lan:5000", "[::1]:5000".
  Registry(std::string host, RegistryOptions opts = {});

  // Accept list of the four manifest types: OCI manifest and index, Docker
  // v2 schema2 manifest and manifest list.
  static const std::vector<std::string>& default_accept();

  // The host contacted ("registry-1.docker.io" for docker.io).
  const std::string& host() const { return host_; }

  // GET /v2/: the registry speaks the v2 API and, when it asks for
  // authentication, the stored credential is accepted (what login checks).
  Status ping();

  // GET /v2/<repo>/manifests/<tag or digest>, at most max_manifest_bytes.
  // By digest, the content must hash to it, else "manifest digest mismatch"
  // (EBADMSG); by tag, a sha256 Docker-Content-Digest must match too.
  Result<RemoteManifest> get_manifest(std::string_view repo, std::string_view ref,
                                const std::vector<std::string>& accept = default_accept());
  // HEAD of the same: media type, size and Docker-Content-Digest (may be
  // empty), without transferring the manifest.
  Result<RemoteManifest> head_manifest(std::string_view repo, std::string_view ref,
                                 const std::vector<std::string>& accept = default_accept());

  // GET /v2/<repo>/blobs/<digest>, from byte `offset` on when > 0.
  Result<Blob> get_blob(std::string_view repo, std::string_view digest, uint64_t offset = 0);

  HttpClient& http() { return http_; }
  Authorizer& authorizer() { return auth_; }

 private:
  Result<std::unique_ptr<Response>> request(const std::string& method, const std::string& path,
                                            const std::string& scope, Headers headers,
                                            std::optional<uint64_t> range = std::nullopt);
  Result<Url> url_for(const std::string& path) const;

  std::string host_;
  RegistryOptions opts_;
  HttpClient http_;
  Authorizer auth_;
};

// An error for a non-2xx response, with the registry's error list when the
// body has one: "GET https://r/v2/a/manifests/x: 404 Not Found: MANIFEST_UNKNOWN: manifest unknown".
Error registry_error(Response& resp);

}  // namespace ec::img
