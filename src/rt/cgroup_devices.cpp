// The devices-list emulator: v1's device-rule semantics, written to v1
// devices.allow/deny (cgroup_v1.cpp) and compiled into the v2 BPF filter
// (cgroup_bpf.cpp). Built whatever cgroup versions are switched on.
#include <cerrno>

#include "core/strutil.h"
#include "rt/cgroup_internal.h"

namespace ec::rt::cgroup::detail {

Result<uint8_t> parse_access(std::string_view access) {
  uint8_t acc = 0;
  for (char ch : access) {
    switch (ch) {
      case 'r': acc |= kAccRead; break;
      case 'w': acc |= kAccWrite; break;
      case 'm': acc |= kAccMknod; break;
      default: return make_error("device access \"" + std::string(access) + "\": only r, w and m are allowed");
    }
  }
  return acc;
}

std::string access_string(uint8_t acc) {
  std::string s;
  if (acc & kAccRead) s += 'r';
  if (acc & kAccWrite) s += 'w';
  if (acc & kAccMknod) s += 'm';
  return s;
}

std::string dev_rule_string(const DeviceRule& r) {
  if (r.type == 'a') return "a *:* rwm";
  std::string maj = r.major < 0 ? "*" : std::to_string(r.major);
  std::string min = r.minor < 0 ? "*" : std::to_string(r.minor);
  return std::string(1, r.type) + " " + maj + ":" + min + " " + r.access;
}

static std::string key_string(const DevKey& k, uint8_t acc) {
  DeviceRule r;
  r.type = k.type;
  r.major = k.major;
  r.minor = k.minor;
  r.access = access_string(acc);
  return dev_rule_string(r);
}

Status dev_apply(DevState& st, const DeviceRule& rule) {
  // The kernel treats type 'a' as "everything", whatever major/minor/access say.
  if (rule.type == 'a') {
    st.default_allow = rule.allow;
    st.exceptions.clear();
    return {};
  }
  if (rule.type != 'c' && rule.type != 'b')
    return make_error(strf("device rule type '%c': only a, b and c are allowed", rule.type));
  if (rule.major > INT32_MAX || rule.minor > INT32_MAX)
    return make_error("device rule " + dev_rule_string(rule) + ": major/minor out of range");
  EC_ASSIGN(uint8_t acc, parse_access(rule.access));
  DevKey k{rule.type, rule.major < 0 ? -1 : rule.major, rule.minor < 0 ? -1 : rule.minor};
  if (rule.allow != st.default_allow) {
    if (acc) st.exceptions[k] |= acc;
    return {};
  }
  // Same action as the default: take access away from the exact exception. v1
  // cannot cut a hole into a wider wildcard exception and would silently keep
  // it, so refuse rather than pretend (runc does the same).
  const DevKey wider[] = {{k.type, -1, k.minor}, {k.type, k.major, -1}, {k.type, -1, -1}};
  for (const DevKey& w : wider) {
    if (w == k) continue;
    auto it = st.exceptions.find(w);
    if (it != st.exceptions.end() && (it->second & acc))
      return make_error("device rule " + dev_rule_string(rule) + " cannot punch a hole in the wider rule " +
                        key_string(w, it->second) + " (not expressible in the devices cgroup)");
  }
  auto it = st.exceptions.find(k);
  if (it != st.exceptions.end()) {
    it->second &= static_cast<uint8_t>(~acc);
    if (!it->second) st.exceptions.erase(it);
  }
  return {};
}

Result<DevState> dev_build(const std::vector<DeviceRule>& rules) {
  DevState st;  // deny all to start with: an allow-list
  for (auto& r : rules) EC_TRY(dev_apply(st, r));
  return st;
}

Result<DevState> dev_from_list(std::string_view list) {
  DevState st;
  for (auto& line : split(list, '\n', true)) {
    auto f = split(trim(line), ' ', true);
    if (f.empty()) continue;
    if (f.size() != 3 || f[0].size() != 1) return make_error("devices.list: bad line \"" + line + "\"");
    if (f[0] == "a") {
      // Allow-all; the deny exceptions of such a cgroup are not listed.
      st.default_allow = true;
      st.exceptions.clear();
      return st;
    }
    size_t colon = f[1].find(':');
    if (colon == std::string::npos) return make_error("devices.list: bad line \"" + line + "\"");
    auto number = [](const std::string& s) -> std::optional<int64_t> {
      if (s == "*") return -1;
      return parse_i64(s);
    };
    auto maj = number(f[1].substr(0, colon)), min = number(f[1].substr(colon + 1));
    auto acc = parse_access(f[2]);
    if (!maj || !min || !acc || (f[0] != "c" && f[0] != "b"))
      return make_error("devices.list: bad line \"" + line + "\"");
    st.exceptions[{f[0][0], *maj, *min}] |= *acc;
  }
  return st;
}

std::vector<DeviceRule> dev_transition(const DevState& from, const DevState& to) {
  std::vector<DeviceRule> out;
  auto rule = [](const DevKey& k, uint8_t acc, bool allow) {
    DeviceRule r;
    r.allow = allow;
    r.type = k.type;
    r.major = k.major;
    r.minor = k.minor;
    r.access = access_string(acc);
    return r;
  };
  const std::map<DevKey, uint8_t> none;
  const std::map<DevKey, uint8_t>* old = &from.exceptions;
  if (from.default_allow || from.default_allow != to.default_allow) {
    DeviceRule reset;
    reset.allow = to.default_allow;
    reset.type = 'a';
    out.push_back(reset);
    old = &none;
  }
  // Take back what the old exceptions granted beyond the new ones ...
  for (auto& [k, acc] : *old) {
    auto it = to.exceptions.find(k);
    uint8_t dropped = acc & static_cast<uint8_t>(~(it == to.exceptions.end() ? 0 : it->second));
    if (dropped) out.push_back(rule(k, dropped, to.default_allow));
  }
  // ... then add what is new.
  for (auto& [k, acc] : to.exceptions) {
    auto it = old->find(k);
    uint8_t gained = acc & static_cast<uint8_t>(~(it == old->end() ? 0 : it->second));
    if (gained) out.push_back(rule(k, gained, !to.default_allow));
  }
  return out;
}

std::vector<DeviceRule> with_default_devices(const std::vector<DeviceRule>& rules) {
  struct D {
    char type;
    int64_t major, minor;
    const char* access;
  };
  static const D defaults[] = {
      {'c', -1, -1, "m"}, {'b', -1, -1, "m"},  // mknod of anything (use is still checked)
      {'c', 1, 3, "rwm"},                      // null
      {'c', 1, 8, "rwm"},                      // random
      {'c', 1, 7, "rwm"},                      // full
      {'c', 5, 0, "rwm"},                      // tty
      {'c', 1, 5, "rwm"},                      // zero
      {'c', 1, 9, "rwm"},                      // urandom
      {'c', 136, -1, "rwm"},                   // pts/*
      {'c', 5, 2, "rwm"},                      // ptmx
      {'c', 10, 200, "rwm"},                   // net/tun (runc keeps it for compatibility)
  };
  std::vector<DeviceRule> out = rules;
  for (const D& d : defaults) {
    DeviceRule r;
    r.allow = true;
    r.type = d.type;
    r.major = d.major;
    r.minor = d.minor;
    r.access = d.access;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace ec::rt::cgroup::detail
