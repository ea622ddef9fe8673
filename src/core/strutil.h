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

}  // namespace ec
