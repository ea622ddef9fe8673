// Small string helpers (no iostreams, no std::format).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ec {

std::vector<std::string> split(std::string_view s, char sep, bool skip_empty = false);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
std::string_view trim(std::string_view s);
bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);
// Strict decimal parsing: the whole string must be a number in range.
std::optional<int64_t> parse_i64(std::string_view s);
std::optional<uint64_t> parse_u64(std::string_view s);
// Join two paths with exactly one '/' between them.
std::string path_join(std::string_view a, std::string_view b);
// Lexically clean a path: collapse //, remove ".", resolve ".." without going above root.
std::string path_clean(std::string_view p);
// Names from outside (tar entries, paths in a container) for messages: quoted, at
// most 200 bytes, control characters shown as '?'.
std::string quote_untrusted(std::string_view s);
// ASCII lower case (hostnames, header names, platform fields); other bytes unchanged.
std::string ascii_lower(std::string_view s);
inline bool is_lower_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace ec
