// Flag parsing in the style runc's CLI accepts: "--flag value",
// "--flag=value", "-flag value", short aliases ("-d"), repeated flags;
// parsing stops at the first positional argument or at "--".
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"

namespace ec::cli {

struct Flag {
  const char* name;   // "bundle"
  char short_name;    // 'b' or 0
  bool takes_value;   // false: boolean (accepts --flag=true/false)
};

class Args {
 public:
  // Parse argv[start..] against flags; positional arguments follow.
  static Result<Args> parse(int argc, char** argv, int start, const std::vector<Flag>& flags,
                            bool stop_at_positional = true);
  bool has(const std::string& name) const;
  bool flag(const std::string& name) const;  // boolean value
  std::optional<std::string> get(const std::string& name) const;
  std::string get_or(const std::string& name, const std::string& dflt) const;
  const std::vector<std::string>& all(const std::string& name) const;
  std::vector<std::string> positional;

 private:
  std::map<std::string, std::vector<std::string>> values_;
};

// "512m", "1g", "1024" -> bytes; "-1" stays -1.
Result<int64_t> parse_size(const std::string& s);

}  // namespace ec::cli
