// Output helpers for the engine verbs: aligned tables, human sizes and ages
// the way docker prints them.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ec::cli {

// Columns padded to the widest cell plus three spaces (docker's layout).
std::string format_table(const std::vector<std::vector<std::string>>& rows);
// SI units as docker: 999B, 1.23kB, 4.56MB, 7.89GB.
std::string human_size(uint64_t bytes);
// "5 seconds ago", "3 minutes ago", "2 hours ago", "4 days ago", "6 weeks ago", "2 years ago".
std::string human_age(int64_t seconds);
// Unix seconds of an RFC 3339 time (core/rfc3339's forms; "2026-11-25T13:01:02.123Z",
// "...+01:00"), rounded down; -1 if it is not one.
int64_t unix_seconds(std::string_view rfc3339);
// Print to stdout in full.
void out(const std::string& s);

}  // namespace ec::cli
