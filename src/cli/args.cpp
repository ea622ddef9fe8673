#include "cli/args.h"

#include <cstdint>

#include "core/config.h"
#include "core/strutil.h"

namespace ec::cli {

Result<Args> Args::parse(int argc, char** argv, int start, const std::vector<Flag>& flags,
                         bool stop_at_positional) {
  Args a;
  for (int i = start; i < argc; i++) {
    std::string arg = argv[i];
    if (arg == "--") {
      for (i++; i < argc; i++) a.positional.push_back(argv[i]);
      break;
    }
    if (arg.size() < 2 || arg[0] != '-') {
      a.positional.push_back(arg);
      if (stop_at_positional) {
        for (i++; i < argc; i++) a.positional.push_back(argv[i]);
        break;
      }
      continue;
    }
    std::string body = arg.substr(arg[1] == '-' ? 2 : 1);
    std::optional<std::string> inline_val;
    if (size_t eq = body.find('='); eq != std::string::npos) {
      inline_val = body.substr(eq + 1);
      body = body.substr(0, eq);
    }
    const Flag* f = nullptr;
    for (auto& cand : flags) {
      if (body == cand.name || (body.size() == 1 && cand.short_name == body[0])) {
        f = &cand;
        break;
      }
    }
    if (!f && arg[1] != '-' && body.size() > 1 && !inline_val) {
      // Combined short flags: -it, -dit; the last one may take a value (-dp 80:80).
      bool ok = true;
      for (size_t k = 0; k < body.size() && ok; k++) {
        const Flag* s = nullptr;
        for (auto& cand : flags)
          if (cand.short_name == body[k]) s = &cand;
        ok = s && (!s->takes_value || k + 1 == body.size());
        if (!ok) break;
        if (s->takes_value) {
          if (i + 1 >= argc) return make_error("flag needs an argument: -" + std::string(1, body[k]));
          a.values_[s->name].push_back(argv[++i]);
        } else {
          a.values_[s->name].push_back("true");
        }
      }
      if (ok) continue;
    }
    if (!f) return make_error("unknown flag: " + arg);
    std::string value;
    if (f->takes_value) {
      if (inline_val) {
        value = *inline_val;
      } else {
        if (i + 1 >= argc) return make_error("flag needs an argument: " + arg);
        value = argv[++i];
      }
    } else {
      value = inline_val.value_or("true");
      if (value != "true" && value != "false" && value != "1" && value != "0")
        return make_error("invalid boolean value \"" + value + "\" for " + arg);
    }
    a.values_[f->name].push_back(value);
  }
  return a;
}

bool Args::has(const std::string& name) const { return values_.count(name) > 0; }

bool Args::flag(const std::string& name) const {
  auto it = values_.find(name);
  if (it == values_.end()) return false;
  return it->second.back() == "true" || it->second.back() == "1";
}

std::optional<std::string> Args::get(const std::string& name) const {
  auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return it->second.back();
}

std::string Args::get_or(const std::string& name, const std::string& dflt) const {
  return get(name).value_or(dflt);
}

const std::vector<std::string>& Args::all(const std::string& name) const {
  static const std::vector<std::string> empty;
  auto it = values_.find(name);
  return it == values_.end() ? empty : it->second;
}

Result<int64_t> parse_size(const std::string& in) {
  std::string s(trim(in));
  if (s == "-1") return -1;
  auto n = parse_byte_size(s);
  if (!n || *n > static_cast<uint64_t>(INT64_MAX)) return make_error("invalid size \"" + in + "\"");
  return static_cast<int64_t>(*n);
}

}  // namespace ec::cli
