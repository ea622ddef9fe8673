#include "core/strutil.h"

#include <cerrno>
#include <cstdlib>

namespace ec {

std::vector<std::string> split(std::string_view s, char sep, bool skip_empty) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t pos = s.find(sep, start);
    std::string_view part = s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start);
    if (!(skip_empty && part.empty())) out.emplace_back(part);
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); i++) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view x) {
  return s.size() >= x.size() && s.substr(s.size() - x.size()) == x;
}

std::optional<int64_t> parse_i64(std::string_view s) {
  if (s.empty() || s.size() > 24) return std::nullopt;
  std::string tmp(s);
  char* end = nullptr;
  errno = 0;
  long long v = strtoll(tmp.c_str(), &end, 10);
  if (errno != 0 || end != tmp.c_str() + tmp.size()) return std::nullopt;
  return static_cast<int64_t>(v);
}

std::optional<uint64_t> parse_u64(std::string_view s) {
  if (s.empty() || s.size() > 24 || s[0] == '-' || s[0] == '+') return std::nullopt;
  std::string tmp(s);
  char* end = nullptr;
  errno = 0;
  unsigned long long v = strtoull(tmp.c_str(), &end, 10);
  if (errno != 0 || end != tmp.c_str() + tmp.size()) return std::nullopt;
  return static_cast<uint64_t>(v);
}

std::string path_join(std::string_view a, std::string_view b) {
  std::string out(a);
  while (!out.empty() && out.back() == '/') out.pop_back();
  while (!b.empty() && b.front() == '/') b.remove_prefix(1);
  out += '/';
  out += b;
  return out;
}

std::string path_clean(std::string_view p) {
  bool abs = !p.empty() && p[0] == '/';
  std::vector<std::string> parts;
  for (auto& c : split(p, '/', true)) {
    if (c == ".") continue;
    if (c == "..") {
      if (!parts.empty() && parts.back() != "..")
        parts.pop_back();
      else if (!abs)
        parts.push_back(c);
      continue;
    }
    parts.push_back(c);
  }
  std::string out = abs ? "/" : "";
  out += join(parts, "/");
  if (out.empty()) out = ".";
  return out;
}

std::string quote_untrusted(std::string_view s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size() && i < 200; i++) out += (s[i] < 0x20 || s[i] == 0x7f) ? '?' : s[i];
  if (s.size() > 200) out += "...";
  return out + "\"";
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace ec
