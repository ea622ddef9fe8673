// config.json -> Spec: the top level, process, mounts and hooks (the linux
// section is in spec_parse_linux.cpp), plus load_spec and name tables.
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstring>

#include "core/fs.h"
#include "core/json.h"
#include "core/strutil.h"
#include "rt/caps.h"
#include "rt/spec.h"
#include "rt/spec_json.h"

#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME 0x80
#endif

namespace ec::rt {

using specjson::Node;

namespace {

struct NsName {
  const char* spec;  // linux.namespaces[].type
  const char* proc;  // /proc/PID/ns/<proc>
  int flag;
};
const NsName kNamespaces[] = {
    {"pid", "pid", CLONE_NEWPID},          {"network", "net", CLONE_NEWNET}, {"mount", "mnt", CLONE_NEWNS},
    {"ipc", "ipc", CLONE_NEWIPC},          {"uts", "uts", CLONE_NEWUTS},     {"user", "user", CLONE_NEWUSER},
    {"cgroup", "cgroup", CLONE_NEWCGROUP}, {"time", "time", CLONE_NEWTIME},
};

struct RlimitName {
  const char* name;
  int resource;
};
const RlimitName kRlimits[] = {
    {"RLIMIT_CPU", RLIMIT_CPU},         {"RLIMIT_FSIZE", RLIMIT_FSIZE},     {"RLIMIT_DATA", RLIMIT_DATA},
    {"RLIMIT_STACK", RLIMIT_STACK},     {"RLIMIT_CORE", RLIMIT_CORE},       {"RLIMIT_RSS", RLIMIT_RSS},
    {"RLIMIT_NPROC", RLIMIT_NPROC},     {"RLIMIT_NOFILE", RLIMIT_NOFILE},   {"RLIMIT_MEMLOCK", RLIMIT_MEMLOCK},
    {"RLIMIT_AS", RLIMIT_AS},           {"RLIMIT_LOCKS", RLIMIT_LOCKS},     {"RLIMIT_SIGPENDING", RLIMIT_SIGPENDING},
    {"RLIMIT_MSGQUEUE", RLIMIT_MSGQUEUE}, {"RLIMIT_NICE", RLIMIT_NICE},     {"RLIMIT_RTPRIO", RLIMIT_RTPRIO},
    {"RLIMIT_RTTIME", RLIMIT_RTTIME},
};

// One capability list into a bitmask; names we don't know are collected.
Status parse_cap_list(const Node& caps, const char* key, uint64_t& mask, std::vector<std::string>& unknown) {
  std::vector<std::string> names;
  EC_TRY(caps.strs(key, names));
  for (auto& n : names) {
    int c = cap_from_name(n);
    if (c >= 0 && c < 64) {
      mask |= 1ULL << c;
    } else {
      bool seen = false;
      for (auto& u : unknown) seen = seen || u == n;
      if (!seen) unknown.push_back(n);
    }
  }
  return {};
}

Status parse_hook_list(const Node& hooks, const char* key, std::vector<Hook>& out) {
  return hooks.each(key, [&](const Node& h) -> Status {
    EC_TRY(h.expect_object());
    Hook hook;
    EC_TRY(h.str("path", hook.path));
    EC_TRY(h.strs("args", hook.args));
    EC_TRY(h.strs("env", hook.env));
    EC_TRY(h.num("timeout", hook.timeout));
    out.push_back(std::move(hook));
    return {};
  });
}

Status parse_mounts(const Node& root, Spec& s) {
  return root.each("mounts", [&](const Node& m) -> Status {
    EC_TRY(m.expect_object());
    Mount mt;
    EC_TRY(m.str("destination", mt.destination));
    EC_TRY(m.str("type", mt.type));
    EC_TRY(m.str("source", mt.source));
    EC_TRY(m.strs("options", mt.options));
    EC_TRY(specjson::parse_id_mappings(m, "uidMappings", mt.uid_mappings));
    EC_TRY(specjson::parse_id_mappings(m, "gidMappings", mt.gid_mappings));
    // runc accepts a relative destination (old configs) and makes it absolute.
    if (!mt.destination.empty() && mt.destination[0] != '/') {
      std::string fixed = path_clean("/" + mt.destination);
      s.warnings.push_back(m.path() + ".destination: \"" + mt.destination + "\" is not absolute, using \"" +
                           fixed + "\"");
      mt.destination = std::move(fixed);
    }
    s.mounts.push_back(std::move(mt));
    return {};
  });
}

Status parse_hooks(const Node& root, Hooks& h) {
  Node n = root.child("hooks");
  if (!n) return {};
  EC_TRY(n.expect_object());
  EC_TRY(parse_hook_list(n, "prestart", h.prestart));
  EC_TRY(parse_hook_list(n, "createRuntime", h.create_runtime));
  EC_TRY(parse_hook_list(n, "createContainer", h.create_container));
  EC_TRY(parse_hook_list(n, "startContainer", h.start_container));
  EC_TRY(parse_hook_list(n, "poststart", h.poststart));
  EC_TRY(parse_hook_list(n, "poststop", h.poststop));
  return {};
}

Result<Spec> parse_document(const Node& root) {
  EC_TRY(root.expect_object());
  Spec s;
  EC_TRY(root.str("ociVersion", s.oci_version));
  if (Node r = root.child("root")) {
    EC_TRY(r.expect_object());
    EC_TRY(r.str("path", s.root_path));
    EC_TRY(r.boolean("readonly", s.root_readonly));
  }
  if (Node p = root.child("process")) {
    EC_ASSIGN(s.process, specjson::parse_process_node(p));
    if (s.process->capabilities && !s.process->capabilities->unknown.empty())
      s.warnings.push_back("process.capabilities: ignoring unknown capabilities: " +
                           join(s.process->capabilities->unknown, ", "));
  }
  EC_TRY(root.str("hostname", s.hostname));
  EC_TRY(root.str("domainname", s.domainname));
  EC_TRY(parse_mounts(root, s));
  EC_TRY(parse_hooks(root, s.hooks));
  EC_TRY(root.str_map("annotations", s.annotations));
  if (Node l = root.child("linux")) {
    s.linux.emplace();
    EC_TRY(specjson::parse_linux_node(l, *s.linux));
  }
  return s;
}

}  // namespace

namespace specjson {

Result<Process> parse_process_node(const Node& n) {
  EC_TRY(n.expect_object());
  Process p;
  EC_TRY(n.boolean("terminal", p.terminal));
  if (Node cs = n.child("consoleSize")) {
    EC_TRY(cs.expect_object());
    EC_TRY(cs.num("height", p.console_height));
    EC_TRY(cs.num("width", p.console_width));
  }
  if (Node u = n.child("user")) {
    EC_TRY(u.expect_object());
    EC_TRY(u.num("uid", p.user.uid));
    EC_TRY(u.num("gid", p.user.gid));
    EC_TRY(u.num("umask", p.user.umask));
    EC_TRY(u.each("additionalGids", [&](const Node& g) -> Status {
      uint32_t gid = 0;
      EC_TRY(g.get_int(gid));
      p.user.additional_gids.push_back(gid);
      return {};
    }));
  }
  EC_TRY(n.strs("args", p.args));
  EC_TRY(n.str("commandLine", p.command_line));
  EC_TRY(n.strs("env", p.env));
  EC_TRY(n.str("cwd", p.cwd));
  if (Node c = n.child("capabilities")) {
    EC_TRY(c.expect_object());
    Capabilities caps;
    EC_TRY(parse_cap_list(c, "bounding", caps.bounding, caps.unknown));
    EC_TRY(parse_cap_list(c, "effective", caps.effective, caps.unknown));
    EC_TRY(parse_cap_list(c, "inheritable", caps.inheritable, caps.unknown));
    EC_TRY(parse_cap_list(c, "permitted", caps.permitted, caps.unknown));
    EC_TRY(parse_cap_list(c, "ambient", caps.ambient, caps.unknown));
    p.capabilities = std::move(caps);
  }
  EC_TRY(n.each("rlimits", [&](const Node& r) -> Status {
    EC_TRY(r.expect_object());
    Rlimit rl;
    EC_TRY(r.str("type", rl.name));
    rl.resource = rlimit_from_name(rl.name);
    EC_TRY(r.num("soft", rl.soft));
    EC_TRY(r.num("hard", rl.hard));
    p.rlimits.push_back(std::move(rl));
    return {};
  }));
  EC_TRY(n.boolean("noNewPrivileges", p.no_new_privileges));
  EC_TRY(n.str("apparmorProfile", p.apparmor_profile));
  EC_TRY(n.num("oomScoreAdj", p.oom_score_adj));
  EC_TRY(n.str("selinuxLabel", p.selinux_label));
  return p;
}

}  // namespace specjson

bool Spec::has_namespace(int clone_flag) const { return find_namespace(clone_flag) != nullptr; }

const Namespace* Spec::find_namespace(int clone_flag) const {
  if (!linux) return nullptr;
  for (auto& ns : linux->namespaces)
    if (ns.type == clone_flag) return &ns;
  return nullptr;
}

Result<Spec> parse_spec(std::string_view json_text) {
  EC_ASSIGN(JsonPtr doc, json_parse(json_text, "config.json"));
  specjson::NumberTexts nums;
  nums.index(json_text, doc.get());
  return parse_document(Node(&nums, doc.get(), ""));
}

Result<Resources> parse_resources(const cJSON* j) {
  return specjson::parse_resources_node(Node(nullptr, j, ""));
}

Result<Process> parse_process(const cJSON* j) { return specjson::parse_process_node(Node(nullptr, j, "")); }

Result<Spec> load_spec(const std::string& bundle_dir, std::string* text_out) {
  std::string path = path_join(bundle_dir, "config.json");
  EC_ASSIGN(std::string text, read_file(path));
  EC_ASSIGN(Spec s, parse_spec(text));
  if (!s.root_path.empty() && s.root_path[0] != '/') {
    std::string base = bundle_dir;
    if (base.empty() || base[0] != '/') {
      char cwd[4096];
      if (!::getcwd(cwd, sizeof cwd)) return sys_error("getcwd");
      base = path_join(cwd, base);
    }
    s.root_path = path_clean(path_join(base, s.root_path));
  }
  EC_TRY(validate_spec(s));
  if (text_out) *text_out = std::move(text);
  return s;
}

int namespace_flag(std::string_view name) {
  for (auto& n : kNamespaces)
    if (name == n.spec) return n.flag;
  return 0;
}

const char* namespace_proc_name(int clone_flag) {
  for (auto& n : kNamespaces)
    if (clone_flag == n.flag) return n.proc;
  return "";
}

int rlimit_from_name(std::string_view name) {
  for (auto& r : kRlimits)
    if (name == r.name) return r.resource;
  return -1;
}

}  // namespace ec::rt
