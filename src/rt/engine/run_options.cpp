#include "rt/engine/run_options.h"

#include <stdlib.h>

#include <cerrno>
#include <cmath>

#include "core/config.h"
#include "core/fs.h"
#include "core/strutil.h"
#include "rt/engine/logfile.h"
#include "rt/spec.h"

namespace ec::engine {

namespace {

Status check_target(const MountSpec& m, std::string_view flag) {
  if (m.target.empty() || m.target[0] != '/')
    return make_error(std::string(flag) + ": the container path must be absolute: \"" + m.target + "\"");
  if (path_clean(m.target) == "/") return make_error(std::string(flag) + ": cannot mount over /");
  return {};
}

}  // namespace

Result<MountSpec> parse_volume_flag(std::string_view v) {
  std::string what = "-v " + std::string(v);
  auto parts = split(v, ':');
  MountSpec m;
  if (parts.size() == 1) {  // anonymous volume
    m.type = "volume";
    m.target = parts[0];
  } else if (parts.size() == 2 || parts.size() == 3) {
    m.source = parts[0];
    m.target = parts[1];
    m.type = !m.source.empty() && (m.source[0] == '/' || m.source[0] == '.') ? "bind" : "volume";
    if (m.source.empty()) return make_error(what + ": empty source");
    if (m.type == "bind" && m.source[0] != '/') return make_error(what + ": the host path must be absolute");
    if (parts.size() == 3) {
      for (auto& o : split(parts[2], ',', true)) {
        if (o == "ro") m.readonly = true;
        else if (o == "rw") m.readonly = false;
        else if (o == "z" || o == "Z") continue;  // SELinux relabel: nothing to do without SELinux
        else if (o == "private" || o == "rprivate" || o == "shared" || o == "rshared" || o == "slave" ||
                 o == "rslave" || o == "nocopy")
          m.options.push_back(o);
        else
          return make_error(what + ": unknown option \"" + o + "\"");
      }
    }
  } else {
    return make_error(what + ": want [SOURCE:]TARGET[:OPTIONS]");
  }
  EC_TRY(check_target(m, what));
  return m;
}

Result<MountSpec> parse_mount_flag(std::string_view v) {
  std::string what = "--mount " + std::string(v);
  MountSpec m;
  m.type = "volume";
  for (auto& kv : split(v, ',', true)) {
    auto eq = kv.find('=');
    std::string k = kv.substr(0, eq), val = eq == std::string::npos ? "" : kv.substr(eq + 1);
    if (k == "type") m.type = val;
    else if (k == "source" || k == "src") m.source = val;
    else if (k == "target" || k == "destination" || k == "dst") m.target = val;
    else if (k == "readonly" || k == "ro") m.readonly = eq == std::string::npos || val == "true" || val == "1";
    else if (k == "bind-propagation") m.options.push_back(val);
    else if (k == "tmpfs-size") {
      EC_ASSIGN(uint64_t n, parse_byte_size(val));
      m.options.push_back(strf("size=%llu", static_cast<unsigned long long>(n)));
    } else if (k == "tmpfs-mode") {
      char* end = nullptr;
      unsigned long mode = strtoul(val.c_str(), &end, 8);
      if (val.empty() || *end || mode > 07777) return make_error(what + ": bad tmpfs-mode");
      m.options.push_back(strf("mode=%lo", mode));
    } else if (k == "volume-nocopy") m.options.push_back("nocopy");
    else return make_error(what + ": unknown key \"" + k + "\"");
  }
  if (m.type != "bind" && m.type != "volume" && m.type != "tmpfs")
    return make_error(what + ": type must be bind, volume or tmpfs");
  if (m.type == "bind" && (m.source.empty() || m.source[0] != '/'))
    return make_error(what + ": a bind mount needs an absolute source");
  if (m.type == "bind" && !path_exists(m.source))
    return make_error(what + ": bind source path does not exist: " + m.source, ENOENT);
  if (m.type == "tmpfs" && !m.source.empty()) return make_error(what + ": a tmpfs mount takes no source");
  EC_TRY(check_target(m, what));
  return m;
}

Result<MountSpec> parse_tmpfs_flag(std::string_view v) {
  MountSpec m;
  m.type = "tmpfs";
  auto c = v.find(':');
  m.target = std::string(v.substr(0, c));
  if (c != std::string_view::npos)
    for (auto& o : split(v.substr(c + 1), ',', true)) {
      if (o == "ro") m.readonly = true;
      else if (o != "rw") m.options.push_back(o);
    }
  EC_TRY(check_target(m, "--tmpfs " + std::string(v)));
  return m;
}

Result<DeviceMapping> parse_device_flag(std::string_view v) {
  auto parts = split(v, ':');
  DeviceMapping d;
  auto is_perms = [](const std::string& s) {
    if (s.empty() || s.size() > 3) return false;
    for (char c : s)
      if (c != 'r' && c != 'w' && c != 'm') return false;
    return true;
  };
  if (parts.empty() || parts.size() > 3 || parts[0].empty()) return make_error("--device " + std::string(v) + ": want HOST[:CONTAINER][:PERMS]");
  d.host = parts[0];
  d.container = parts[0];
  if (parts.size() == 2) {
    if (is_perms(parts[1])) d.perms = parts[1];
    else d.container = parts[1];
  } else if (parts.size() == 3) {
    d.container = parts[1];
    d.perms = parts[2];
  }
  if (!is_perms(d.perms)) return make_error("--device " + std::string(v) + ": bad permissions \"" + d.perms + "\" (want a mix of r, w, m)");
  if (d.host[0] != '/' || d.container.empty() || d.container[0] != '/')
    return make_error("--device " + std::string(v) + ": paths must be absolute");
  return d;
}

Result<Ulimit> parse_ulimit_flag(std::string_view v) {
  std::string what = "--ulimit " + std::string(v);
  auto eq = v.find('=');
  if (eq == std::string_view::npos) return make_error(what + ": want NAME=SOFT[:HARD]");
  Ulimit u;
  u.name = std::string(v.substr(0, eq));
  std::string up = "RLIMIT_";
  for (char c : u.name) up += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  u.resource = rt::rlimit_from_name(up);
  if (u.resource < 0) return make_error(what + ": unknown limit \"" + u.name + "\"");
  auto vals = split(v.substr(eq + 1), ':');
  auto num = [&](const std::string& s) -> Result<uint64_t> {
    if (s == "-1" || s == "unlimited") return ~uint64_t{0};
    auto n = parse_u64(s);
    if (!n) return make_error(what + ": bad number \"" + s + "\"");
    return *n;
  };
  if (vals.empty() || vals.size() > 2) return make_error(what + ": want NAME=SOFT[:HARD]");
  EC_ASSIGN(u.soft, num(vals[0]));
  u.hard = u.soft;
  if (vals.size() == 2) {
    EC_ASSIGN(u.hard, num(vals[1]));
  }
  if (u.soft > u.hard) return make_error(what + ": soft limit above the hard limit");
  return u;
}

// The one Go-duration parser lives with the log time parsing.
Result<int64_t> parse_duration_ns(std::string_view v) { return parse_go_duration(v); }

Result<std::pair<int64_t, uint64_t>> parse_cpus(std::string_view v) {
  char* end = nullptr;
  std::string s(v);
  double n = strtod(s.c_str(), &end);
  if (s.empty() || *end || !(n > 0) || n > 4096) return make_error("--cpus " + s + ": want a positive number like 1.5");
  const uint64_t period = 100000;
  return std::make_pair(static_cast<int64_t>(std::llround(n * period)), period);
}

Result<std::vector<std::string>> read_env_file(const std::string& path) {
  EC_ASSIGN(std::string text, read_file(path));
  std::vector<std::string> out;
  int line_no = 0;
  for (auto& raw : split(text, '\n')) {
    line_no++;
    std::string_view line = trim(raw);
    if (line.empty() || line[0] == '#') continue;
    auto eq = line.find('=');
    std::string key(trim(line.substr(0, eq)));
    if (key.empty() || key.find_first_of(" \t") != std::string::npos)
      return make_error(strf("env file %s line %d: bad variable name", path.c_str(), line_no));
    if (eq == std::string_view::npos) {
      const char* hv = getenv(key.c_str());
      if (hv) out.push_back(key + "=" + hv);
      continue;
    }
    out.push_back(key + "=" + std::string(line.substr(eq + 1)));
  }
  return out;
}

}  // namespace ec::engine
