// config.json "linux" section: namespaces, id mappings, devices, resources
// (also `update --resources`), seccomp and the smaller fields.
#include "rt/spec.h"
#include "rt/spec_json.h"

namespace ec::rt::specjson {
namespace {

// "c" -> 'c'; anything that is not one character becomes '\0' (rejected by validate_spec).
char type_char(const std::string& s, char dflt) {
  if (s.empty()) return dflt;
  return s.size() == 1 ? s[0] : '\0';
}

Status parse_devices(const Node& n, std::vector<Device>& out) {
  return n.each("devices", [&](const Node& d) -> Status {
    EC_TRY(d.expect_object());
    Device dev;
    std::string type;
    EC_TRY(d.str("type", type));
    dev.type = type_char(type, '\0');
    EC_TRY(d.str("path", dev.path));
    EC_TRY(d.num("major", dev.major));
    EC_TRY(d.num("minor", dev.minor));
    EC_TRY(d.num("fileMode", dev.file_mode));
    EC_TRY(d.num("uid", dev.uid));
    EC_TRY(d.num("gid", dev.gid));
    out.push_back(std::move(dev));
    return {};
  });
}

Status parse_throttle(const Node& n, const char* key, std::vector<ThrottleDevice>& out) {
  return n.each(key, [&](const Node& d) -> Status {
    EC_TRY(d.expect_object());
    ThrottleDevice t;
    EC_TRY(d.num("major", t.major));
    EC_TRY(d.num("minor", t.minor));
    EC_TRY(d.num("rate", t.rate));
    out.push_back(t);
    return {};
  });
}

Status parse_memory(const Node& n, MemoryResources& m) {
  EC_TRY(n.expect_object());
  EC_TRY(n.num("limit", m.limit));
  EC_TRY(n.num("reservation", m.reservation));
  EC_TRY(n.num("swap", m.swap));
  EC_TRY(n.num("kernel", m.kernel));
  EC_TRY(n.num("kernelTCP", m.kernel_tcp));
  EC_TRY(n.num("swappiness", m.swappiness));
  EC_TRY(n.boolean("disableOOMKiller", m.disable_oom_killer));
  EC_TRY(n.boolean("useHierarchy", m.use_hierarchy));
  EC_TRY(n.boolean("checkBeforeUpdate", m.check_before_update));
  return {};
}

Status parse_cpu(const Node& n, CpuResources& c) {
  EC_TRY(n.expect_object());
  EC_TRY(n.num("shares", c.shares));
  EC_TRY(n.num("quota", c.quota));
  EC_TRY(n.num("burst", c.burst));
  EC_TRY(n.num("period", c.period));
  EC_TRY(n.num("realtimeRuntime", c.realtime_runtime));
  EC_TRY(n.num("realtimePeriod", c.realtime_period));
  EC_TRY(n.str("cpus", c.cpus));
  EC_TRY(n.str("mems", c.mems));
  EC_TRY(n.num("idle", c.idle));
  return {};
}

Status parse_block_io(const Node& n, BlockIoResources& b) {
  EC_TRY(n.expect_object());
  EC_TRY(n.num("weight", b.weight));
  EC_TRY(n.num("leafWeight", b.leaf_weight));
  EC_TRY(n.each("weightDevice", [&](const Node& d) -> Status {
    EC_TRY(d.expect_object());
    WeightDevice w;
    EC_TRY(d.num("major", w.major));
    EC_TRY(d.num("minor", w.minor));
    EC_TRY(d.num("weight", w.weight));
    EC_TRY(d.num("leafWeight", w.leaf_weight));
    b.weight_device.push_back(w);
    return {};
  }));
  EC_TRY(parse_throttle(n, "throttleReadBpsDevice", b.throttle_read_bps));
  EC_TRY(parse_throttle(n, "throttleWriteBpsDevice", b.throttle_write_bps));
  EC_TRY(parse_throttle(n, "throttleReadIOPSDevice", b.throttle_read_iops));
  EC_TRY(parse_throttle(n, "throttleWriteIOPSDevice", b.throttle_write_iops));
  return {};
}

Status parse_network(const Node& n, NetworkResources& net) {
  EC_TRY(n.expect_object());
  EC_TRY(n.num("classID", net.class_id));
  return n.each("priorities", [&](const Node& p) -> Status {
    EC_TRY(p.expect_object());
    std::string name;
    uint32_t prio = 0;
    EC_TRY(p.str("name", name));
    EC_TRY(p.num("priority", prio));
    net.priorities.emplace_back(std::move(name), prio);
    return {};
  });
}

Status parse_seccomp(const Node& n, Seccomp& sc) {
  EC_TRY(n.expect_object());
  EC_TRY(n.str("defaultAction", sc.default_action));
  EC_TRY(n.num("defaultErrnoRet", sc.default_errno_ret));
  EC_TRY(n.strs("architectures", sc.architectures));
  EC_TRY(n.strs("flags", sc.flags));
  EC_TRY(n.str("listenerPath", sc.listener_path));
  EC_TRY(n.str("listenerMetadata", sc.listener_metadata));
  return n.each("syscalls", [&](const Node& s) -> Status {
    EC_TRY(s.expect_object());
    SeccompRule rule;
    EC_TRY(s.strs("names", rule.names));
    EC_TRY(s.str("action", rule.action));
    EC_TRY(s.num("errnoRet", rule.errno_ret));
    EC_TRY(s.each("args", [&](const Node& a) -> Status {
      EC_TRY(a.expect_object());
      SeccompArg arg;
      EC_TRY(a.num("index", arg.index));
      EC_TRY(a.num("value", arg.value));
      EC_TRY(a.num("valueTwo", arg.value_two));
      EC_TRY(a.str("op", arg.op));
      rule.args.push_back(std::move(arg));
      return {};
    }));
    sc.syscalls.push_back(std::move(rule));
    return {};
  });
}

}  // namespace

Status parse_id_mappings(const Node& parent, const char* key, std::vector<IdMapping>& out) {
  return parent.each(key, [&](const Node& m) -> Status {
    EC_TRY(m.expect_object());
    IdMapping im;
    EC_TRY(m.num("containerID", im.container_id));
    EC_TRY(m.num("hostID", im.host_id));
    EC_TRY(m.num("size", im.size));
    out.push_back(im);
    return {};
  });
}

Result<Resources> parse_resources_node(const Node& n) {
  EC_TRY(n.expect_object());
  Resources r;
  EC_TRY(n.each("devices", [&](const Node& d) -> Status {
    EC_TRY(d.expect_object());
    DeviceRule rule;
    std::string type;
    EC_TRY(d.boolean("allow", rule.allow));
    EC_TRY(d.str("type", type));
    rule.type = type_char(type, 'a');
    EC_TRY(d.num("major", rule.major));
    EC_TRY(d.num("minor", rule.minor));
    EC_TRY(d.str("access", rule.access));
    r.devices.push_back(std::move(rule));
    return {};
  }));
  if (Node m = n.child("memory")) EC_TRY(parse_memory(m, r.memory.emplace()));
  if (Node c = n.child("cpu")) EC_TRY(parse_cpu(c, r.cpu.emplace()));
  if (Node p = n.child("pids")) {
    EC_TRY(p.expect_object());
    EC_TRY(p.num("limit", r.pids.emplace().limit));
  }
  if (Node b = n.child("blockIO")) EC_TRY(parse_block_io(b, r.block_io.emplace()));
  EC_TRY(n.each("hugepageLimits", [&](const Node& h) -> Status {
    EC_TRY(h.expect_object());
    HugepageLimit hl;
    EC_TRY(h.str("pageSize", hl.page_size));
    EC_TRY(h.num("limit", hl.limit));
    r.hugepage_limits.push_back(std::move(hl));
    return {};
  }));
  if (Node net = n.child("network")) EC_TRY(parse_network(net, r.network.emplace()));
  EC_TRY(n.str_map("unified", r.unified));
  return r;
}

Status parse_linux_node(const Node& n, Linux& lx) {
  EC_TRY(n.expect_object());
  EC_TRY(n.each("namespaces", [&](const Node& ns) -> Status {
    EC_TRY(ns.expect_object());
    Namespace x;
    EC_TRY(ns.str("type", x.name));
    x.type = namespace_flag(x.name);
    EC_TRY(ns.str("path", x.path));
    lx.namespaces.push_back(std::move(x));
    return {};
  }));
  EC_TRY(parse_id_mappings(n, "uidMappings", lx.uid_mappings));
  EC_TRY(parse_id_mappings(n, "gidMappings", lx.gid_mappings));
  EC_TRY(parse_devices(n, lx.devices));
  EC_TRY(n.str("cgroupsPath", lx.cgroups_path));
  if (Node r = n.child("resources")) {
    EC_ASSIGN(lx.resources, parse_resources_node(r));
  }
  EC_TRY(n.str("rootfsPropagation", lx.rootfs_propagation));
  EC_TRY(n.strs("maskedPaths", lx.masked_paths));
  EC_TRY(n.strs("readonlyPaths", lx.readonly_paths));
  EC_TRY(n.str_map("sysctl", lx.sysctl));
  if (Node s = n.child("seccomp")) EC_TRY(parse_seccomp(s, lx.seccomp.emplace()));
  EC_TRY(n.str("mountLabel", lx.mount_label));
  if (Node p = n.child("personality")) {
    EC_TRY(p.expect_object());
    std::string domain;
    EC_TRY(p.str("domain", domain));
    lx.personality_domain = std::move(domain);
  }
  return {};
}

}  // namespace ec::rt::specjson
