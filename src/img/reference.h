// Image references as docker understands them, normalised:
//   "busybox"                -> docker.io/library/busybox:latest
//   "user/app:1.2"           -> docker.io/user/app:1.2
//   "host:5000/a/b:tag"      -> host:5000/a/b:tag
//   "alpine@sha256:<hex>"    -> docker.io/library/alpine@sha256:<hex> (no tag added)
//   "alpine:3.19@sha256:..." -> both kept; the digest decides what is pulled.
// Grammar and rules follow github.com/distribution/reference: the first
// component is a registry only if it contains '.' or ':', is "localhost",
// or has uppercase letters; repository paths are lowercase; names are at
// most 255 characters, tags at most 128.
#pragma once
#include <string>
#include <string_view>

#include "core/error.h"

namespace ec::img {

struct Reference {
  std::string domain;  // "docker.io", "host:5000", "[::1]:5000"
  std::string path;    // "library/busybox"
  std::string tag;     // "latest"; empty when only a digest was given
  std::string digest;  // "sha256:<hex>" or empty

  std::string name() const;           // docker.io/library/busybox
  std::string str() const;            // name[:tag][@digest], the canonical form
  std::string familiar_name() const;  // busybox, user/app, host:5000/a/b
  std::string familiar() const;       // familiar_name[:tag][@digest]
  // Host to contact for the distribution API: docker.io is served by
  // registry-1.docker.io.
  std::string registry_host() const;
};

// Parse and normalise. Errors name the reference:
// `invalid reference "Busybox": repository name "Busybox" must be lowercase`.
Result<Reference> parse_reference(std::string_view ref);

}  // namespace ec::img
