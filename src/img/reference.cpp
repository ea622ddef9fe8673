#include "img/reference.h"

#include "core/sha256.h"
#include "core/strutil.h"

namespace ec::img {

namespace {

constexpr size_t kNameMax = 255;
constexpr size_t kTagMax = 128;
constexpr std::string_view kDefaultDomain = "docker.io";

bool alnum(char c) { return is_lower_alnum(c) || (c >= 'A' && c <= 'Z'); }
bool word(char c) { return alnum(c) || c == '_'; }

// path-component := [a-z0-9]+ (separator [a-z0-9]+)*, separator := [_.] | "__" | "-"+
bool valid_path_component(std::string_view s) {
  size_t i = 0, n = s.size();
  auto run = [&] {
    size_t b = i;
    while (i < n && is_lower_alnum(s[i])) i++;
    return i > b;
  };
  if (!run()) return false;
  while (i < n) {
    if (s[i] == '.') i++;
    else if (s[i] == '_') i += (i + 1 < n && s[i + 1] == '_') ? 2 : 1;
    else if (s[i] == '-') while (i < n && s[i] == '-') i++;
    else return false;
    if (!run()) return false;
  }
  return true;
}

// domain-component := [a-zA-Z0-9] | [a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]
bool valid_domain_component(std::string_view s) {
  if (s.empty() || !alnum(s.front()) || !alnum(s.back())) return false;
  for (char c : s)
    if (!alnum(c) && c != '-') return false;
  return true;
}

// domain := host [":" port]; host := domain-name | "[" IPv6 "]"
bool valid_domain(std::string_view d) {
  std::string_view host = d, port;
  if (!d.empty() && d[0] == '[') {
    size_t close = d.find(']');
    if (close == std::string_view::npos || close == 1) return false;
    for (char c : d.substr(1, close - 1))
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':')) return false;
    host = {};
    std::string_view rest = d.substr(close + 1);
    if (!rest.empty()) {
      if (rest[0] != ':') return false;
      port = rest.substr(1);
      if (port.empty()) return false;
    }
  } else {
    size_t colon = d.find(':');
    if (colon != std::string_view::npos) {
      host = d.substr(0, colon);
      port = d.substr(colon + 1);
      if (port.empty()) return false;
    }
    for (auto& c : split(host, '.'))
      if (!valid_domain_component(c)) return false;
  }
  for (char c : port)
    if (c < '0' || c > '9') return false;
  return true;
}

bool valid_tag(std::string_view t) {
  if (t.empty() || t.size() > kTagMax || !word(t[0])) return false;
  for (char c : t)
    if (!word(c) && c != '.' && c != '-') return false;
  return true;
}

}  // namespace

std::string Reference::name() const { return domain + "/" + path; }

std::string Reference::str() const {
  std::string s = name();
  if (!tag.empty()) s += ":" + tag;
  if (!digest.empty()) s += "@" + digest;
  return s;
}

std::string Reference::familiar_name() const {
  if (domain != kDefaultDomain) return name();
  // docker.io/library/x -> x, but docker.io/library/x/y stays library/x/y.
  if (starts_with(path, "library/") && path.find('/', 8) == std::string::npos) return path.substr(8);
  return path;
}

std::string Reference::familiar() const {
  std::string s = familiar_name();
  if (!tag.empty()) s += ":" + tag;
  if (!digest.empty()) s += "@" + digest;
  return s;
}

std::string Reference::registry_host() const {
  return domain == kDefaultDomain ? std::string("registry-1.docker.io") : domain;
}

Result<Reference> parse_reference(std::string_view in) {
  // References come from users and manifests: keep messages bounded and printable.
  auto printable = [](std::string_view s, size_t max) {
    std::string out(s.substr(0, max));
    for (char& c : out)
      if (c < 0x20 || c == 0x7f) c = '?';
    if (s.size() > max) out += "...";
    return out;
  };
  std::string shown = printable(in, 300);
  auto fail = [&](const std::string& why) {
    return make_error(strf("invalid reference \"%s\": %s", shown.c_str(), printable(why, 400).c_str()));
  };
  if (in.empty()) return fail("empty reference");
  if (is_sha256_hex(in)) return fail("a 64-character hex string is an image ID, not a repository name");

  Reference ref;
  std::string_view rest = in;
  size_t at = rest.find('@');
  if (at != std::string_view::npos) {
    auto d = parse_sha256_digest(rest.substr(at + 1));
    if (!d) return fail(d.error().msg);
    ref.digest = std::string(rest.substr(at + 1));
    rest = rest.substr(0, at);
  }
  // A tag is the part after the last ':' that follows the last '/'; an
  // earlier ':' belongs to a registry port.
  size_t slash = rest.rfind('/');
  size_t colon = rest.rfind(':');
  if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash)) {
    std::string_view tag = rest.substr(colon + 1);
    if (tag.size() > kTagMax) return fail(strf("tag is longer than %zu characters", kTagMax));
    if (!valid_tag(tag)) return fail("invalid tag \"" + std::string(tag) + "\"");
    ref.tag = std::string(tag);
    rest = rest.substr(0, colon);
  }
  if (rest.empty()) return fail("empty repository name");

  // Registry or not, decided as docker does (distribution's splitDockerDomain).
  size_t first = rest.find('/');
  std::string_view head = first == std::string_view::npos ? std::string_view() : rest.substr(0, first);
  bool has_upper = false;
  for (char c : head) has_upper |= (c >= 'A' && c <= 'Z');
  if (first != std::string_view::npos &&
      (head.find_first_of(".:") != std::string_view::npos || head == "localhost" || has_upper)) {
    ref.domain = std::string(head);
    ref.path = std::string(rest.substr(first + 1));
  } else {
    ref.domain = std::string(kDefaultDomain);
    ref.path = std::string(rest);
  }
  if (ref.domain == "index.docker.io") ref.domain = std::string(kDefaultDomain);
  if (ref.domain == kDefaultDomain && ref.path.find('/') == std::string::npos) ref.path = "library/" + ref.path;

  if (!valid_domain(ref.domain)) return fail("invalid registry \"" + ref.domain + "\"");
  for (char c : ref.path)
    if (c >= 'A' && c <= 'Z') return fail("repository name \"" + ref.path + "\" must be lowercase");
  if (ref.path.empty()) return fail("empty repository name");
  for (auto& comp : split(ref.path, '/'))
    if (!valid_path_component(comp)) return fail("invalid repository name \"" + ref.path + "\"");
  if (ref.name().size() > kNameMax) return fail(strf("repository name is longer than %zu characters", kNameMax));
  if (ref.tag.empty() && ref.digest.empty()) ref.tag = "latest";
  return ref;
}

}  // namespace ec::img
