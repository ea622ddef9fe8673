// OCI spec: parsing every field, validation rules, big numbers, the default
// spec of `spec [--rootless]`, and the bare documents of update/exec.
#include <gtest/gtest.h>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/fs.h"
#include "core/json.h"
#include "rt/caps.h"
#include "rt/spec.h"
#include "rt/spec_gen.h"

using namespace ec;
using namespace ec::rt;

namespace {

// A config.json in the style of runc/containerd with every section filled.
const char* kFullConfig = R"({
  "ociVersion": "1.1.0",
  "process": {
    "terminal": true,
    "consoleSize": {"height": 25, "width": 80},
    "user": {"uid": 1000, "gid": 1001, "umask": 18, "additionalGids": [5, 6, 4294967295]},
    "args": ["/bin/sh", "-c", "echo hi"],
    "env": ["PATH=/usr/bin:/bin", "TERM=xterm"],
    "cwd": "/work",
    "capabilities": {
      "bounding": ["CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE", "CAP_CHECKPOINT_RESTORE"],
      "effective": ["CAP_KILL", "cap_chown"],
      "inheritable": ["KILL"],
      "permitted": ["CAP_KILL", "CAP_CHOWN", "CAP_NOT_A_CAP"],
      "ambient": ["CAP_KILL"]
    },
    "rlimits": [
      {"type": "RLIMIT_NOFILE", "hard": 1024, "soft": 512},
      {"type": "RLIMIT_CORE", "hard": 18446744073709551615, "soft": 18446744073709551615}
    ],
    "noNewPrivileges": true,
    "apparmorProfile": "docker-default",
    "oomScoreAdj": -500,
    "selinuxLabel": "system_u:system_r:container_t:s0"
  },
  "root": {"path": "rootfs", "readonly": true},
  "hostname": "box",
  "domainname": "example.org",
  "mounts": [
    {"destination": "/proc", "type": "proc", "source": "proc"},
    {"destination": "/dev", "type": "tmpfs", "source": "tmpfs",
     "options": ["nosuid", "strictatime", "mode=755", "size=65536k"]},
    {"destination": "data", "type": "bind", "source": "/srv/data", "options": ["rbind", "ro"]}
  ],
  "hooks": {
    "prestart": [{"path": "/usr/bin/old-hook", "args": ["old-hook", "x"]}],
    "createRuntime": [{"path": "/usr/bin/net-setup", "env": ["A=1"], "timeout": 5}],
    "createContainer": [{"path": "/bin/cc"}],
    "startContainer": [{"path": "/bin/sc"}],
    "poststart": [{"path": "/bin/ps1"}, {"path": "/bin/ps2"}],
    "poststop": [{"path": "/bin/cleanup", "timeout": 30}]
  },
  "annotations": {"org.example.key": "value", "io.kubernetes.cri.container-type": "container"},
  "linux": {
    "uidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}],
    "gidMappings": [{"containerID": 0, "hostID": 200000, "size": 65536}],
    "sysctl": {"net.ipv4.ip_forward": "1", "kernel.shmmax": "4096", "fs.mqueue.msg_max": "20"},
    "resources": {
      "devices": [
        {"allow": false, "access": "rwm"},
        {"allow": true, "type": "c", "major": 1, "minor": 3, "access": "rw"},
        {"allow": true, "type": "b", "major": 8, "access": "r"}
      ],
      "memory": {"limit": 1099511627776, "reservation": 536870912, "swap": -1, "kernel": -1,
                 "kernelTCP": 1048576, "swappiness": 60, "disableOOMKiller": true,
                 "useHierarchy": false, "checkBeforeUpdate": true},
      "cpu": {"shares": 1024, "quota": 50000, "burst": 1000, "period": 100000,
              "realtimeRuntime": 950000, "realtimePeriod": 1000000, "cpus": "0-1", "mems": "0", "idle": 1},
      "pids": {"limit": 4096},
      "blockIO": {
        "weight": 500, "leafWeight": 300,
        "weightDevice": [{"major": 8, "minor": 0, "weight": 600, "leafWeight": 100}],
        "throttleReadBpsDevice": [{"major": 8, "minor": 0, "rate": 1048576}],
        "throttleWriteBpsDevice": [{"major": 8, "minor": 16, "rate": 2097152}],
        "throttleReadIOPSDevice": [{"major": 8, "minor": 0, "rate": 100}],
        "throttleWriteIOPSDevice": [{"major": 8, "minor": 0, "rate": 200}, {"major": 8, "minor": 16, "rate": 300}]
      },
      "hugepageLimits": [{"pageSize": "2MB", "limit": 209715200}, {"pageSize": "1GB", "limit": 0}],
      "network": {"classID": 1048577, "priorities": [{"name": "eth0", "priority": 500}, {"name": "lo", "priority": 1}]},
      "unified": {"memory.high": "max", "io.weight": "default 100"}
    },
    "cgroupsPath": "/edge/box",
    "namespaces": [
      {"type": "pid"}, {"type": "network", "path": "/var/run/netns/box"}, {"type": "ipc"},
      {"type": "uts"}, {"type": "mount"}, {"type": "user"}, {"type": "cgroup"}, {"type": "time"}
    ],
    "devices": [
      {"path": "/dev/fuse", "type": "c", "major": 10, "minor": 229, "fileMode": 438, "uid": 0, "gid": 0},
      {"path": "/dev/sda", "type": "b", "major": 8, "minor": 0},
      {"path": "/dev/fifo0", "type": "p"}
    ],
    "seccomp": {
      "defaultAction": "SCMP_ACT_ERRNO",
      "defaultErrnoRet": 1,
      "architectures": ["SCMP_ARCH_X86_64", "SCMP_ARCH_X86"],
      "flags": ["SECCOMP_FILTER_FLAG_LOG"],
      "listenerPath": "/run/seccomp.sock",
      "listenerMetadata": "meta",
      "syscalls": [
        {"names": ["read", "write"], "action": "SCMP_ACT_ALLOW"},
        {"names": ["personality"], "action": "SCMP_ACT_ALLOW",
         "args": [{"index": 0, "value": 18446744073709551615, "valueTwo": 7, "op": "SCMP_CMP_MASKED_EQ"}]},
        {"names": ["mkdir"], "action": "SCMP_ACT_ERRNO", "errnoRet": 38}
      ]
    },
    "rootfsPropagation": "rslave",
    "maskedPaths": ["/proc/kcore", "/sys/firmware"],
    "readonlyPaths": ["/proc/sys"],
    "mountLabel": "system_u:object_r:container_file_t:s0",
    "personality": {"domain": "LINUX32"},
    "intelRdt": {"closID": "x"}
  },
  "vm": {"hypervisor": {"path": "/usr/bin/qemu"}},
  "someFutureField": [1, 2, {"x": 3}]
})";

// Valid minimal config; tests change it with a JSON merge patch (RFC 7386).
const char* kBase = R"({
  "ociVersion": "1.0.2",
  "root": {"path": "rootfs"},
  "process": {"args": ["sh"], "cwd": "/", "user": {"uid": 0, "gid": 0}},
  "hostname": "h",
  "mounts": [{"destination": "/proc", "type": "proc", "source": "proc"}],
  "linux": {"namespaces": [{"type": "pid"}, {"type": "network"}, {"type": "ipc"}, {"type": "uts"}, {"type": "mount"}]}
})";

void merge_patch(cJSON* target, const cJSON* patch) {
  for (const cJSON* p = patch->child; p; p = p->next) {
    if (cJSON_IsNull(p)) {
      cJSON_DeleteItemFromObjectCaseSensitive(target, p->string);
      continue;
    }
    cJSON* t = cJSON_GetObjectItemCaseSensitive(target, p->string);
    if (cJSON_IsObject(p) && cJSON_IsObject(t)) {
      merge_patch(t, p);
      continue;
    }
    cJSON* dup = cJSON_Duplicate(p, 1);
    if (t)
      cJSON_ReplaceItemInObjectCaseSensitive(target, p->string, dup);
    else
      cJSON_AddItemToObject(target, p->string, dup);
  }
}

std::string patched(const char* patch) {
  JsonPtr base(cJSON_Parse(kBase));
  JsonPtr p(cJSON_Parse(patch));
  EXPECT_TRUE(base && p) << patch;
  if (!base || !p) return "";
  merge_patch(base.get(), p.get());
  return json_print(base.get());
}

// Parse + validate; the error message, or "" when the config is accepted.
std::string check(const std::string& text) {
  auto s = parse_spec(text);
  if (!s) return s.error().msg;
  auto v = validate_spec(*s);
  return v ? "" : v.error().msg;
}

std::string check_patch(const char* patch) { return check(patched(patch)); }

#define EXPECT_REJECTED(patch, fragment)                                                  \
  do {                                                                                    \
    std::string _msg = check_patch(patch);                                                \
    EXPECT_NE(_msg.find(fragment), std::string::npos) << "patch " << (patch) << "\n got: \"" << _msg << "\""; \
  } while (0)

uint64_t bit(int cap) { return 1ULL << cap; }

}  // namespace

TEST(SpecParse, FullConfig) {
  auto r = parse_spec(kFullConfig);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  Spec& s = *r;
  EXPECT_EQ(s.oci_version, "1.1.0");
  EXPECT_EQ(s.root_path, "rootfs");
  EXPECT_TRUE(s.root_readonly);
  EXPECT_EQ(s.hostname, "box");
  EXPECT_EQ(s.domainname, "example.org");

  ASSERT_TRUE(s.process.has_value());
  const Process& p = *s.process;
  EXPECT_TRUE(p.terminal);
  EXPECT_EQ(p.console_height, 25u);
  EXPECT_EQ(p.console_width, 80u);
  EXPECT_EQ(p.user.uid, 1000u);
  EXPECT_EQ(p.user.gid, 1001u);
  ASSERT_TRUE(p.user.umask.has_value());
  EXPECT_EQ(*p.user.umask, 18u);
  EXPECT_EQ(p.user.additional_gids, (std::vector<uint32_t>{5, 6, 4294967295u}));
  EXPECT_EQ(p.args, (std::vector<std::string>{"/bin/sh", "-c", "echo hi"}));
  EXPECT_EQ(p.env.size(), 2u);
  EXPECT_EQ(p.cwd, "/work");
  ASSERT_TRUE(p.capabilities.has_value());
  const Capabilities& c = *p.capabilities;
  EXPECT_EQ(c.bounding, bit(29) | bit(5) | bit(10) | bit(40));
  EXPECT_EQ(c.effective, bit(5) | bit(0));
  EXPECT_EQ(c.inheritable, bit(5));
  EXPECT_EQ(c.permitted, bit(5) | bit(0));
  EXPECT_EQ(c.ambient, bit(5));
  EXPECT_EQ(c.unknown, (std::vector<std::string>{"CAP_NOT_A_CAP"}));
  ASSERT_EQ(s.warnings.size(), 2u);  // unknown capability, relative mount destination
  EXPECT_NE(s.warnings[0].find("CAP_NOT_A_CAP"), std::string::npos);
  ASSERT_EQ(p.rlimits.size(), 2u);
  EXPECT_EQ(p.rlimits[0].name, "RLIMIT_NOFILE");
  EXPECT_EQ(p.rlimits[0].resource, RLIMIT_NOFILE);
  EXPECT_EQ(p.rlimits[0].soft, 512u);
  EXPECT_EQ(p.rlimits[0].hard, 1024u);
  EXPECT_EQ(p.rlimits[1].resource, RLIMIT_CORE);
  EXPECT_EQ(p.rlimits[1].hard, UINT64_MAX);
  EXPECT_EQ(p.rlimits[1].soft, UINT64_MAX);
  EXPECT_TRUE(p.no_new_privileges);
  EXPECT_EQ(p.apparmor_profile, "docker-default");
  ASSERT_TRUE(p.oom_score_adj.has_value());
  EXPECT_EQ(*p.oom_score_adj, -500);
  EXPECT_EQ(p.selinux_label, "system_u:system_r:container_t:s0");

  ASSERT_EQ(s.mounts.size(), 3u);
  EXPECT_EQ(s.mounts[0].destination, "/proc");
  EXPECT_TRUE(s.mounts[0].options.empty());
  EXPECT_EQ(s.mounts[1].type, "tmpfs");
  EXPECT_EQ(s.mounts[1].options, (std::vector<std::string>{"nosuid", "strictatime", "mode=755", "size=65536k"}));
  EXPECT_EQ(s.mounts[2].destination, "/data");  // made absolute, as runc does
  EXPECT_EQ(s.mounts[2].source, "/srv/data");
  EXPECT_NE(s.warnings[1].find("mounts[2].destination"), std::string::npos);

  ASSERT_EQ(s.hooks.prestart.size(), 1u);
  EXPECT_EQ(s.hooks.prestart[0].args, (std::vector<std::string>{"old-hook", "x"}));
  ASSERT_EQ(s.hooks.create_runtime.size(), 1u);
  EXPECT_EQ(s.hooks.create_runtime[0].env, (std::vector<std::string>{"A=1"}));
  ASSERT_TRUE(s.hooks.create_runtime[0].timeout.has_value());
  EXPECT_EQ(*s.hooks.create_runtime[0].timeout, 5);
  EXPECT_EQ(s.hooks.create_container.at(0).path, "/bin/cc");
  EXPECT_EQ(s.hooks.start_container.at(0).path, "/bin/sc");
  EXPECT_EQ(s.hooks.poststart.size(), 2u);
  EXPECT_EQ(*s.hooks.poststop.at(0).timeout, 30);
  EXPECT_FALSE(s.hooks.poststart[0].timeout.has_value());
  EXPECT_EQ(s.annotations.at("org.example.key"), "value");
  EXPECT_EQ(s.annotations.size(), 2u);

  ASSERT_TRUE(s.linux.has_value());
  const Linux& lx = *s.linux;
  ASSERT_EQ(lx.uid_mappings.size(), 1u);
  EXPECT_EQ(lx.uid_mappings[0].host_id, 100000u);
  EXPECT_EQ(lx.uid_mappings[0].size, 65536u);
  EXPECT_EQ(lx.gid_mappings.at(0).host_id, 200000u);
  EXPECT_EQ(lx.sysctl.at("net.ipv4.ip_forward"), "1");
  EXPECT_EQ(lx.sysctl.size(), 3u);
  EXPECT_EQ(lx.cgroups_path, "/edge/box");
  ASSERT_EQ(lx.namespaces.size(), 8u);
  EXPECT_EQ(lx.namespaces[1].type, CLONE_NEWNET);
  EXPECT_EQ(lx.namespaces[1].name, "network");
  EXPECT_EQ(lx.namespaces[1].path, "/var/run/netns/box");
  EXPECT_EQ(lx.namespaces[7].type, 0x80);
  EXPECT_TRUE(s.has_namespace(CLONE_NEWCGROUP));
  EXPECT_TRUE(s.has_namespace(CLONE_NEWUSER));
  ASSERT_NE(s.find_namespace(CLONE_NEWNET), nullptr);
  EXPECT_EQ(s.find_namespace(CLONE_NEWNET)->path, "/var/run/netns/box");

  ASSERT_EQ(lx.devices.size(), 3u);
  EXPECT_EQ(lx.devices[0].type, 'c');
  EXPECT_EQ(lx.devices[0].major, 10);
  EXPECT_EQ(lx.devices[0].minor, 229);
  EXPECT_EQ(*lx.devices[0].file_mode, 0666u);
  EXPECT_EQ(*lx.devices[0].uid, 0u);
  EXPECT_EQ(lx.devices[1].type, 'b');
  EXPECT_FALSE(lx.devices[1].file_mode.has_value());
  EXPECT_EQ(lx.devices[2].type, 'p');

  ASSERT_TRUE(lx.resources.has_value());
  const Resources& res = *lx.resources;
  ASSERT_EQ(res.devices.size(), 3u);
  EXPECT_FALSE(res.devices[0].allow);
  EXPECT_EQ(res.devices[0].type, 'a');
  EXPECT_EQ(res.devices[0].major, -1);
  EXPECT_EQ(res.devices[0].access, "rwm");
  EXPECT_EQ(res.devices[1].type, 'c');
  EXPECT_EQ(res.devices[1].minor, 3);
  EXPECT_EQ(res.devices[1].access, "rw");
  EXPECT_EQ(res.devices[2].major, 8);
  EXPECT_EQ(res.devices[2].minor, -1);
  ASSERT_TRUE(res.memory.has_value());
  EXPECT_EQ(*res.memory->limit, 1099511627776LL);
  EXPECT_EQ(*res.memory->reservation, 536870912LL);
  EXPECT_EQ(*res.memory->swap, -1);
  EXPECT_EQ(*res.memory->kernel, -1);
  EXPECT_EQ(*res.memory->kernel_tcp, 1048576);
  EXPECT_EQ(*res.memory->swappiness, 60u);
  EXPECT_TRUE(*res.memory->disable_oom_killer);
  EXPECT_FALSE(*res.memory->use_hierarchy);
  EXPECT_TRUE(*res.memory->check_before_update);
  ASSERT_TRUE(res.cpu.has_value());
  EXPECT_EQ(*res.cpu->shares, 1024u);
  EXPECT_EQ(*res.cpu->quota, 50000);
  EXPECT_EQ(*res.cpu->burst, 1000u);
  EXPECT_EQ(*res.cpu->period, 100000u);
  EXPECT_EQ(*res.cpu->realtime_runtime, 950000);
  EXPECT_EQ(*res.cpu->realtime_period, 1000000u);
  EXPECT_EQ(res.cpu->cpus, "0-1");
  EXPECT_EQ(res.cpu->mems, "0");
  EXPECT_EQ(*res.cpu->idle, 1);
  EXPECT_EQ(*res.pids->limit, 4096);
  ASSERT_TRUE(res.block_io.has_value());
  EXPECT_EQ(*res.block_io->weight, 500);
  EXPECT_EQ(*res.block_io->leaf_weight, 300);
  ASSERT_EQ(res.block_io->weight_device.size(), 1u);
  EXPECT_EQ(*res.block_io->weight_device[0].weight, 600);
  EXPECT_EQ(*res.block_io->weight_device[0].leaf_weight, 100);
  EXPECT_EQ(res.block_io->throttle_read_bps.at(0).rate, 1048576u);
  EXPECT_EQ(res.block_io->throttle_write_bps.at(0).minor, 16);
  EXPECT_EQ(res.block_io->throttle_read_iops.at(0).rate, 100u);
  ASSERT_EQ(res.block_io->throttle_write_iops.size(), 2u);
  EXPECT_EQ(res.block_io->throttle_write_iops[1].rate, 300u);
  ASSERT_EQ(res.hugepage_limits.size(), 2u);
  EXPECT_EQ(res.hugepage_limits[0].page_size, "2MB");
  EXPECT_EQ(res.hugepage_limits[0].limit, 209715200u);
  ASSERT_TRUE(res.network.has_value());
  EXPECT_EQ(*res.network->class_id, 1048577u);
  ASSERT_EQ(res.network->priorities.size(), 2u);
  EXPECT_EQ(res.network->priorities[0].first, "eth0");
  EXPECT_EQ(res.network->priorities[0].second, 500u);
  EXPECT_EQ(res.unified.at("io.weight"), "default 100");

  ASSERT_TRUE(lx.seccomp.has_value());
  const Seccomp& sc = *lx.seccomp;
  EXPECT_EQ(sc.default_action, "SCMP_ACT_ERRNO");
  EXPECT_EQ(*sc.default_errno_ret, 1u);
  EXPECT_EQ(sc.architectures, (std::vector<std::string>{"SCMP_ARCH_X86_64", "SCMP_ARCH_X86"}));
  EXPECT_EQ(sc.flags, (std::vector<std::string>{"SECCOMP_FILTER_FLAG_LOG"}));
  EXPECT_EQ(sc.listener_path, "/run/seccomp.sock");
  EXPECT_EQ(sc.listener_metadata, "meta");
  ASSERT_EQ(sc.syscalls.size(), 3u);
  EXPECT_EQ(sc.syscalls[0].names, (std::vector<std::string>{"read", "write"}));
  EXPECT_FALSE(sc.syscalls[0].errno_ret.has_value());
  ASSERT_EQ(sc.syscalls[1].args.size(), 1u);
  EXPECT_EQ(sc.syscalls[1].args[0].index, 0u);
  EXPECT_EQ(sc.syscalls[1].args[0].value, UINT64_MAX);
  EXPECT_EQ(sc.syscalls[1].args[0].value_two, 7u);
  EXPECT_EQ(sc.syscalls[1].args[0].op, "SCMP_CMP_MASKED_EQ");
  EXPECT_EQ(*sc.syscalls[2].errno_ret, 38u);
  EXPECT_EQ(lx.rootfs_propagation, "rslave");
  EXPECT_EQ(lx.masked_paths, (std::vector<std::string>{"/proc/kcore", "/sys/firmware"}));
  EXPECT_EQ(lx.readonly_paths, (std::vector<std::string>{"/proc/sys"}));
  EXPECT_EQ(lx.mount_label, "system_u:object_r:container_file_t:s0");
  EXPECT_EQ(lx.personality_domain.value_or(""), "LINUX32");

  // The joined network namespace is not ours, so the whole document is valid.
  auto v = validate_spec(s);
  EXPECT_TRUE(v.ok()) << v.error().msg;
}

TEST(SpecParse, MinimalConfigDefaults) {
  auto r = parse_spec(R"({"ociVersion":"1.0.0","root":{"path":"/r"},"process":{"args":["x"],"cwd":"/"}})");
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_FALSE(r->root_readonly);
  EXPECT_FALSE(r->process->capabilities.has_value());
  EXPECT_FALSE(r->process->oom_score_adj.has_value());
  EXPECT_FALSE(r->linux.has_value());
  EXPECT_TRUE(r->warnings.empty());
  EXPECT_FALSE(r->has_namespace(CLONE_NEWPID));
  EXPECT_EQ(r->find_namespace(CLONE_NEWPID), nullptr);
  EXPECT_TRUE(validate_spec(*r).ok());
}

TEST(SpecParse, NullMembersAreAbsent) {
  auto r = parse_spec(
      R"({"ociVersion":"1.0.0","root":{"path":"/r"},"process":{"args":["x"],"cwd":"/","capabilities":null,"oomScoreAdj":null},"linux":null,"hooks":null})");
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_FALSE(r->process->capabilities.has_value());
  EXPECT_FALSE(r->linux.has_value());
}

TEST(SpecParse, TypeErrorsNameThePath) {
  struct Case {
    const char* patch;
    const char* msg;
  } cases[] = {
      {R"({"linux":{"resources":{"memory":{"limit":"1G"}}}})", "linux.resources.memory.limit: expected a number"},
      {R"({"process":{"user":{"uid":"root"}}})", "process.user.uid: expected a number"},
      {R"({"process":{"args":"sh"}})", "process.args: expected an array"},
      {R"({"process":{"args":["sh", 1]}})", "process.args[1]: expected a string"},
      {R"({"linux":{"namespaces":["pid"]}})", "linux.namespaces[0]: expected an object"},
      {R"({"root":"rootfs"})", "root: expected an object"},
      {R"({"process":{"terminal":"yes"}})", "process.terminal: expected a boolean"},
      {R"({"annotations":{"a":1}})", "annotations.a: expected a string"},
      {R"({"linux":{"seccomp":{"syscalls":[{"names":["read"],"action":"SCMP_ACT_ALLOW","args":[{"index":"0"}]}]}}})",
       "linux.seccomp.syscalls[0].args[0].index: expected a number"},
      {R"({"linux":{"resources":{"blockIO":{"throttleReadBpsDevice":[{"major":8,"minor":0,"rate":-1}]}}}})",
       "linux.resources.blockIO.throttleReadBpsDevice[0].rate: -1 is out of range"},
      {R"({"process":{"user":{"uid":-1}}})", "process.user.uid: -1 is out of range (0..4294967295)"},
      {R"({"process":{"user":{"gid":4294967296}}})", "process.user.gid: 4294967296 is out of range"},
      {R"({"process":{"user":{"uid":1.5}}})", "process.user.uid: expected an integer, got 1.5"},
      {R"({"linux":{"resources":{"blockIO":{"weight":70000}}}})", "linux.resources.blockIO.weight: 70000 is out of range"},
      {R"({"mounts":[{"destination":"/x","options":"ro"}]})", "mounts[0].options: expected an array"},
  };
  for (auto& c : cases) EXPECT_REJECTED(c.patch, c.msg);
  // Exponent notation of an integer is still an integer.
  EXPECT_EQ(check_patch(R"({"process":{"user":{"uid":1e3}}})"), "");
}

TEST(SpecParse, InvalidJson) {
  auto r = parse_spec("{\"ociVersion\": ");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().msg.find("invalid JSON"), std::string::npos) << r.error().msg;
  r = parse_spec("[1,2]");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().msg.find("expected an object"), std::string::npos) << r.error().msg;
}

TEST(SpecParse, BigNumbersSurvive) {
  const char* text = R"({"ociVersion":"1.2.0","root":{"path":"r"},
    "process":{"args":["x"],"cwd":"/","rlimits":[
      {"type":"RLIMIT_NOFILE","hard":18446744073709551615,"soft":18446744073709551614},
      {"type":"RLIMIT_STACK","hard":9007199254740993,"soft":9223372036854775807}]},
    "linux":{"resources":{"memory":{"limit":1099511627776,"swap":-1,"reservation":9223372036854775807,"kernel":-9223372036854775808},
                          "cpu":{"quota":-1,"period":18446744073709551615}}}})";
  auto r = parse_spec(text);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  auto& rl = r->process->rlimits;
  EXPECT_EQ(rl[0].hard, UINT64_MAX);
  EXPECT_EQ(rl[0].soft, UINT64_MAX - 1);
  EXPECT_EQ(rl[1].hard, 9007199254740993ULL);  // 2^53+1: not representable as a double
  EXPECT_EQ(rl[1].soft, 9223372036854775807ULL);
  auto& mem = *r->linux->resources->memory;
  EXPECT_EQ(*mem.limit, 1LL << 40);
  EXPECT_EQ(*mem.swap, -1);
  EXPECT_EQ(*mem.reservation, INT64_MAX);
  EXPECT_EQ(*mem.kernel, INT64_MIN);
  EXPECT_EQ(*r->linux->resources->cpu->quota, -1);
  EXPECT_EQ(*r->linux->resources->cpu->period, UINT64_MAX);

  // One past the maximum is an error, not a silent wrap.
  auto bad = parse_spec(R"({"process":{"rlimits":[{"type":"RLIMIT_CORE","hard":18446744073709551616}]}})");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().msg.find("process.rlimits[0].hard: 18446744073709551616 is out of range"), std::string::npos)
      << bad.error().msg;
  bad = parse_spec(R"({"linux":{"resources":{"memory":{"limit":9223372036854775808}}}})");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().msg.find("linux.resources.memory.limit: 9223372036854775808 is out of range"), std::string::npos)
      << bad.error().msg;
}

TEST(SpecParse, NumbersInsideStringsDoNotConfuseTheIndex) {
  // Digits and escaped quotes in strings must not shift the number tokens.
  const char* text = R"({"ociVersion":"1.0.0","hostname":"a\"1 2 3\\","root":{"path":"r 42"},
    "annotations":{"n-1":"-5e3"},"process":{"args":["7"],"cwd":"/",
    "rlimits":[{"type":"RLIMIT_CORE","hard":18446744073709551615,"soft":3}]}})";
  auto r = parse_spec(text);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(r->hostname, "a\"1 2 3\\");
  EXPECT_EQ(r->process->rlimits[0].hard, UINT64_MAX);
  EXPECT_EQ(r->process->rlimits[0].soft, 3u);
}

TEST(SpecValidate, AcceptsEveryOneDotXVersion) {
  for (const char* v : {"1.0.0", "1.0.1", "1.0.2", "1.0.2-dev", "1.1.0", "1.1.0-rc.1", "1.2.0", "1.2.1", "1.3.0"}) {
    std::string patch = std::string(R"({"ociVersion":")") + v + "\"}";
    EXPECT_EQ(check_patch(patch.c_str()), "") << v;
  }
  EXPECT_REJECTED(R"({"ociVersion":"0.5"})", "ociVersion: unsupported version \"0.5\"");
  EXPECT_REJECTED(R"({"ociVersion":"2.0.0"})", "ociVersion: unsupported version \"2.0.0\"");
  EXPECT_REJECTED(R"({"ociVersion":"1.x"})", "ociVersion: unsupported version");
  EXPECT_REJECTED(R"({"ociVersion":null})", "ociVersion: required");
}

TEST(SpecValidate, BaseIsValid) { EXPECT_EQ(check(patched("{}")), ""); }

TEST(SpecValidate, RootAndProcess) {
  EXPECT_REJECTED(R"({"root":null})", "root.path: required");
  EXPECT_REJECTED(R"({"process":null})", "process: required");
  EXPECT_REJECTED(R"({"process":{"args":[]}})", "process.args: must not be empty");
  EXPECT_REJECTED(R"({"process":{"cwd":"work"}})", "process.cwd: must be an absolute path");
  EXPECT_REJECTED(R"({"process":{"cwd":""}})", "process.cwd: required");
  EXPECT_REJECTED(R"({"process":{"commandLine":"cmd.exe /c dir"}})", "process.commandLine: not supported");
  EXPECT_REJECTED(R"({"process":{"oomScoreAdj":1001}})", "process.oomScoreAdj: 1001 is out of range");
  EXPECT_REJECTED(R"({"process":{"oomScoreAdj":-1001}})", "process.oomScoreAdj");
  EXPECT_EQ(check_patch(R"({"process":{"oomScoreAdj":-1000}})"), "");
  EXPECT_EQ(check_patch(R"({"process":{"oomScoreAdj":1000}})"), "");
}

TEST(SpecValidate, Rlimits) {
  EXPECT_REJECTED(R"({"process":{"rlimits":[{"type":"RLIMIT_BOGUS","soft":1,"hard":1}]}})",
                  "process.rlimits[0].type: unknown rlimit \"RLIMIT_BOGUS\"");
  EXPECT_REJECTED(
      R"({"process":{"rlimits":[{"type":"RLIMIT_NOFILE","soft":1,"hard":1},{"type":"RLIMIT_NOFILE","soft":2,"hard":2}]}})",
      "process.rlimits[1].type: duplicate rlimit RLIMIT_NOFILE");
  EXPECT_REJECTED(R"({"process":{"rlimits":[{"type":"RLIMIT_NPROC","soft":20,"hard":10}]}})",
                  "process.rlimits[0]: soft limit 20 is above the hard limit 10");
  EXPECT_EQ(check_patch(R"({"process":{"rlimits":[{"type":"RLIMIT_NPROC","soft":10,"hard":10}]}})"), "");
}

TEST(SpecValidate, Mounts) {
  EXPECT_REJECTED(R"({"mounts":[{"type":"tmpfs","source":"tmpfs"}]})", "mounts[0].destination: required");
  EXPECT_REJECTED(
      R"({"mounts":[{"destination":"/proc","type":"proc","source":"proc"},{"destination":"/data","type":"bind","source":"/d","options":["bind"],"uidMappings":[{"containerID":0,"hostID":1000,"size":1}]}]})",
      "mounts[1]: idmapped mounts are not supported");
  auto r = parse_spec(patched(R"({"mounts":[{"destination":"var/lib/x","type":"tmpfs","source":"tmpfs"}]})"));
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(r->mounts[0].destination, "/var/lib/x");
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_NE(r->warnings[0].find("not absolute"), std::string::npos) << r->warnings[0];
  EXPECT_TRUE(validate_spec(*r).ok());
}

TEST(SpecValidate, Namespaces) {
  EXPECT_REJECTED(R"({"linux":{"namespaces":[{"type":"pid"},{"type":"bogus"}]}})",
                  "linux.namespaces[1].type: unknown namespace type \"bogus\"");
  EXPECT_REJECTED(R"({"linux":{"namespaces":[{"type":"pid"},{"type":"uts"},{"type":"pid"}]}})",
                  "linux.namespaces[2].type: duplicate namespace \"pid\"");
  EXPECT_REJECTED(R"({"linux":{"namespaces":[{"type":"uts"},{"type":"network","path":"run/netns/x"}]}})",
                  "linux.namespaces[1].path: must be an absolute path");
  EXPECT_REJECTED(R"({"linux":{"namespaces":[{"type":"uts"},{"type":"user"}]}})",
                  "a new user namespace needs both uidMappings and gidMappings");
  EXPECT_REJECTED(
      R"({"linux":{"namespaces":[{"type":"uts"},{"type":"user"}],"uidMappings":[{"containerID":0,"hostID":1000,"size":1}]}})",
      "linux.gidMappings: a new user namespace needs both");
  EXPECT_REJECTED(R"({"linux":{"uidMappings":[{"containerID":0,"hostID":1000,"size":1}],
                                "gidMappings":[{"containerID":0,"hostID":1000,"size":1}]}})",
                  "linux.uidMappings: uid/gid mappings need a user namespace");
  EXPECT_REJECTED(R"({"linux":{"namespaces":[{"type":"uts"},{"type":"user"}],
                                "uidMappings":[{"containerID":0,"hostID":1000,"size":0}],
                                "gidMappings":[{"containerID":0,"hostID":1000,"size":1}]}})",
                  "linux.uidMappings[0].size: must be greater than zero");
  EXPECT_EQ(check_patch(R"({"linux":{"namespaces":[{"type":"uts"},{"type":"user"}],
                                "uidMappings":[{"containerID":0,"hostID":1000,"size":1}],
                                "gidMappings":[{"containerID":0,"hostID":1000,"size":1}]}})"),
            "");
  // Joining an existing user namespace needs no mappings.
  EXPECT_EQ(check_patch(R"({"linux":{"namespaces":[{"type":"uts"},{"type":"user","path":"/proc/1/ns/user"}]}})"), "");
}

TEST(SpecValidate, HostnameNeedsUts) {
  EXPECT_REJECTED(R"({"linux":{"namespaces":[{"type":"pid"},{"type":"mount"}]}})",
                  "hostname: setting the hostname needs a private uts namespace");
  EXPECT_REJECTED(R"({"hostname":null,"domainname":"d","linux":{"namespaces":[{"type":"mount"}]}})",
                  "domainname: setting the domainname needs a private uts namespace");
  EXPECT_REJECTED(R"({"linux":null})", "hostname: setting the hostname needs");
  EXPECT_EQ(check_patch(R"({"hostname":null,"linux":{"namespaces":[{"type":"mount"}]}})"), "");
}

TEST(SpecValidate, Sysctls) {
  EXPECT_REJECTED(R"({"linux":{"sysctl":{"kernel.panic":"1"}}})", "sysctl kernel.panic is not namespaced");
  EXPECT_REJECTED(R"({"linux":{"sysctl":{"vm.swappiness":"1"}}})", "sysctl vm.swappiness is not namespaced");
  EXPECT_REJECTED(R"({"linux":{"namespaces":[{"type":"uts"}],"sysctl":{"net.ipv4.ip_forward":"1"}}})",
                  "linux.sysctl.net.ipv4.ip_forward: sysctl net.ipv4.ip_forward needs a private network namespace");
  EXPECT_REJECTED(R"({"linux":{"namespaces":[{"type":"uts"}],"sysctl":{"kernel.shmmax":"1"}}})",
                  "needs a private ipc namespace");
  EXPECT_REJECTED(R"({"linux":{"namespaces":[{"type":"uts"}],"sysctl":{"fs.mqueue.msg_max":"1"}}})",
                  "needs a private ipc namespace");
  EXPECT_REJECTED(R"({"hostname":null,"linux":{"namespaces":[{"type":"ipc"}],"sysctl":{"kernel.domainname":"x"}}})",
                  "needs a private uts namespace");
  EXPECT_REJECTED(R"({"linux":{"sysctl":{"kernel.hostname":"x"}}})", "conflicts with the hostname field");
  EXPECT_REJECTED(R"({"linux":{"namespaces":[{"type":"uts"},{"type":"network","path":"/proc/self/ns/net"}],
                                "sysctl":{"net.core.somaxconn":"1"}}})",
                  "not allowed in the host network namespace");
  EXPECT_EQ(check_patch(R"({"linux":{"sysctl":{"net.ipv4.ip_forward":"1","net/core/somaxconn":"4096",
                                     "kernel.msgmax":"1","kernel.msgmnb":"1","kernel.msgmni":"1","kernel.sem":"1 2 3 4",
                                     "kernel.shmall":"1","kernel.shmmax":"1","kernel.shmmni":"1",
                                     "kernel.shm_rmid_forced":"1","fs.mqueue.queues_max":"1"}}})"),
            "");
  EXPECT_EQ(check_patch(R"({"hostname":null,"linux":{"sysctl":{"kernel.hostname":"x","kernel.domainname":"y"}}})"), "");
}

TEST(SpecValidate, Hooks) {
  EXPECT_REJECTED(R"({"hooks":{"prestart":[{"path":"hook.sh"}]}})",
                  "hooks.prestart[0].path: must be an absolute path");
  EXPECT_REJECTED(R"({"hooks":{"poststop":[{"path":"/bin/true"},{"args":["x"]}]}})", "hooks.poststop[1].path: required");
  EXPECT_REJECTED(R"({"hooks":{"createRuntime":[{"path":"/bin/true","timeout":0}]}})",
                  "hooks.createRuntime[0].timeout: must be greater than zero");
  EXPECT_REJECTED(R"({"hooks":{"startContainer":[{"path":"/bin/true","timeout":-3}]}})",
                  "hooks.startContainer[0].timeout");
  EXPECT_REJECTED(R"({"hooks":{"createContainer":[{"path":"rel"}]}})", "hooks.createContainer[0].path");
  EXPECT_REJECTED(R"({"hooks":{"poststart":[{"path":"rel"}]}})", "hooks.poststart[0].path");
  EXPECT_EQ(check_patch(R"({"hooks":{"poststart":[{"path":"/bin/true","timeout":1}]}})"), "");
}

TEST(SpecValidate, Devices) {
  EXPECT_REJECTED(R"({"linux":{"devices":[{"path":"/dev/x","type":"x","major":1,"minor":1}]}})",
                  "linux.devices[0].type: invalid device type");
  EXPECT_REJECTED(R"({"linux":{"devices":[{"path":"/dev/x","type":"cc","major":1,"minor":1}]}})",
                  "linux.devices[0].type: invalid device type");
  EXPECT_REJECTED(R"({"linux":{"devices":[{"path":"/dev/x","major":1,"minor":1}]}})",
                  "linux.devices[0].type: invalid device type");
  EXPECT_REJECTED(R"({"linux":{"devices":[{"path":"dev/x","type":"c","major":1,"minor":1}]}})",
                  "linux.devices[0].path: must be an absolute path");
  for (const char* t : {"c", "b", "u", "p"}) {
    std::string patch = std::string(R"({"linux":{"devices":[{"path":"/dev/x","type":")") + t +
                        R"(","major":1,"minor":1}]}})";
    EXPECT_EQ(check_patch(patch.c_str()), "") << t;
  }
  EXPECT_REJECTED(R"({"linux":{"resources":{"devices":[{"allow":true,"type":"u"}]}}})",
                  "linux.resources.devices[0].type: invalid device rule type");
  EXPECT_REJECTED(R"({"linux":{"resources":{"devices":[{"allow":true,"type":"c","access":"rx"}]}}})",
                  "linux.resources.devices[0].access: invalid access");
}

TEST(SpecValidate, LinuxMisc) {
  EXPECT_REJECTED(R"({"linux":{"rootfsPropagation":"sideways"}})", "linux.rootfsPropagation: invalid propagation");
  EXPECT_EQ(check_patch(R"({"linux":{"rootfsPropagation":"rprivate"}})"), "");
  EXPECT_REJECTED(R"({"linux":{"personality":{"domain":"WINDOWS"}}})", "linux.personality.domain: unsupported domain");
  EXPECT_EQ(check_patch(R"({"linux":{"personality":{"domain":"LINUX"}}})"), "");
}

TEST(SpecValidate, ValidateProcessAlone) {
  Process p;
  EXPECT_NE(validate_process(p).error().msg.find("process.args"), std::string::npos);
  p.args = {"ls"};
  EXPECT_TRUE(validate_process(p).ok());
  p.cwd = "rel";
  EXPECT_FALSE(validate_process(p).ok());
}

TEST(SpecGen, DefaultRoundTrips) {
  std::string text = default_spec_json(false);
  auto r = parse_spec(text);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  ASSERT_TRUE(validate_spec(*r).ok()) << validate_spec(*r).error().msg;
  const Spec& s = *r;
  EXPECT_EQ(s.oci_version, "1.2.0");
  EXPECT_EQ(s.root_path, "rootfs");
  EXPECT_TRUE(s.root_readonly);
  EXPECT_EQ(s.hostname, "edgectl");
  EXPECT_TRUE(s.process->terminal);
  EXPECT_EQ(s.process->args, (std::vector<std::string>{"sh"}));
  EXPECT_TRUE(s.process->no_new_privileges);
  uint64_t def = bit(cap_from_name("CAP_AUDIT_WRITE")) | bit(cap_from_name("CAP_KILL")) |
                 bit(cap_from_name("CAP_NET_BIND_SERVICE"));
  EXPECT_EQ(s.process->capabilities->bounding, def);
  EXPECT_EQ(s.process->capabilities->effective, def);
  EXPECT_EQ(s.process->capabilities->permitted, def);
  EXPECT_EQ(s.process->capabilities->inheritable, 0u);
  EXPECT_EQ(s.process->capabilities->ambient, 0u);
  ASSERT_EQ(s.process->rlimits.size(), 1u);
  EXPECT_EQ(s.process->rlimits[0].resource, RLIMIT_NOFILE);
  EXPECT_EQ(s.process->rlimits[0].soft, 1024u);
  EXPECT_EQ(s.process->rlimits[0].hard, 1024u);
  ASSERT_EQ(s.mounts.size(), 7u);
  const char* dests[] = {"/proc", "/dev", "/dev/pts", "/dev/shm", "/dev/mqueue", "/sys", "/sys/fs/cgroup"};
  for (size_t i = 0; i < 7; i++) EXPECT_EQ(s.mounts[i].destination, dests[i]);
  EXPECT_EQ(s.mounts[1].options, (std::vector<std::string>{"nosuid", "strictatime", "mode=755", "size=65536k"}));
  EXPECT_EQ(s.mounts[2].options.back(), "gid=5");
  EXPECT_EQ(s.mounts[5].type, "sysfs");
  ASSERT_TRUE(s.linux->resources.has_value());
  ASSERT_EQ(s.linux->resources->devices.size(), 1u);
  EXPECT_FALSE(s.linux->resources->devices[0].allow);
  EXPECT_EQ(s.linux->resources->devices[0].access, "rwm");
  for (int ns : {CLONE_NEWPID, CLONE_NEWNET, CLONE_NEWIPC, CLONE_NEWUTS, CLONE_NEWNS})
    EXPECT_TRUE(s.has_namespace(ns)) << ns;
  EXPECT_FALSE(s.has_namespace(CLONE_NEWUSER));
  EXPECT_EQ(s.linux->masked_paths.front(), "/proc/acpi");
  EXPECT_GE(s.linux->masked_paths.size(), 10u);
  EXPECT_EQ(s.linux->readonly_paths,
            (std::vector<std::string>{"/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"}));
  EXPECT_TRUE(s.warnings.empty());
  EXPECT_NE(text.find("\n"), std::string::npos);  // pretty-printed
}

TEST(SpecGen, RootlessRoundTrips) {
  auto r = parse_spec(default_spec_json(true));
  ASSERT_TRUE(r.ok()) << r.error().msg;
  ASSERT_TRUE(validate_spec(*r).ok()) << validate_spec(*r).error().msg;
  const Spec& s = *r;
  EXPECT_TRUE(s.has_namespace(CLONE_NEWUSER));
  EXPECT_FALSE(s.has_namespace(CLONE_NEWNET));
  ASSERT_EQ(s.linux->uid_mappings.size(), 1u);
  EXPECT_EQ(s.linux->uid_mappings[0].container_id, 0u);
  EXPECT_EQ(s.linux->uid_mappings[0].host_id, static_cast<uint32_t>(geteuid()));
  EXPECT_EQ(s.linux->uid_mappings[0].size, 1u);
  ASSERT_EQ(s.linux->gid_mappings.size(), 1u);
  EXPECT_EQ(s.linux->gid_mappings[0].host_id, static_cast<uint32_t>(getegid()));
  EXPECT_FALSE(s.linux->resources.has_value());
  const Mount* sys = nullptr;
  for (auto& m : s.mounts) {
    if (m.destination == "/sys") sys = &m;
    for (auto& o : m.options) EXPECT_NE(o.rfind("gid=", 0), 0u) << m.destination << " " << o;
  }
  ASSERT_NE(sys, nullptr);
  EXPECT_EQ(sys->source, "/sys");
  EXPECT_EQ(sys->options, (std::vector<std::string>{"rbind", "nosuid", "noexec", "nodev", "ro"}));
}

TEST(SpecParse, UpdateResourcesDocument) {
  // What `update --resources FILE` passes: a bare LinuxResources object.
  const char* text = R"({"memory":{"limit":536870912,"reservation":268435456,"swap":-1},
    "cpu":{"shares":512,"quota":50000,"period":100000,"cpus":"0","mems":"0"},
    "pids":{"limit":64},"blockIO":{"weight":300},
    "unified":{"pids.max":"64"}})";
  auto j = json_parse(text, "resources.json");
  ASSERT_TRUE(j.ok());
  auto r = parse_resources(j->get());
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(*r->memory->limit, 536870912);
  EXPECT_EQ(*r->memory->reservation, 268435456);
  EXPECT_EQ(*r->memory->swap, -1);
  EXPECT_FALSE(r->memory->kernel.has_value());
  EXPECT_EQ(*r->cpu->shares, 512u);
  EXPECT_EQ(*r->cpu->quota, 50000);
  EXPECT_EQ(*r->cpu->period, 100000u);
  EXPECT_EQ(r->cpu->cpus, "0");
  EXPECT_EQ(*r->pids->limit, 64);
  EXPECT_EQ(*r->block_io->weight, 300);
  EXPECT_EQ(r->unified.at("pids.max"), "64");
  EXPECT_FALSE(r->network.has_value());
  EXPECT_TRUE(r->devices.empty());

  // Without the source text the double is used; the maxima still come out exact.
  auto j2 = json_parse(R"({"memory":{"limit":9223372036854775807},"cpu":{"period":18446744073709551615}})", "r");
  ASSERT_TRUE(j2.ok());
  auto r2 = parse_resources(j2->get());
  ASSERT_TRUE(r2.ok()) << r2.error().msg;
  EXPECT_EQ(*r2->memory->limit, INT64_MAX);
  EXPECT_EQ(*r2->cpu->period, UINT64_MAX);

  auto j3 = json_parse(R"({"memory":{"limit":"1G"}})", "r");
  ASSERT_TRUE(j3.ok());
  auto r3 = parse_resources(j3->get());
  ASSERT_FALSE(r3.ok());
  EXPECT_EQ(r3.error().msg, "memory.limit: expected a number");
}

TEST(SpecParse, ExecProcessDocument) {
  auto j = json_parse(R"({"args":["ps","aux"],"cwd":"/tmp","env":["A=b"],"user":{"uid":5,"gid":6},
    "capabilities":{"bounding":["CAP_KILL"],"effective":["CAP_KILL","CAP_BOGUS"]},"terminal":false})",
                      "process.json");
  ASSERT_TRUE(j.ok());
  auto p = parse_process(j->get());
  ASSERT_TRUE(p.ok()) << p.error().msg;
  EXPECT_EQ(p->args, (std::vector<std::string>{"ps", "aux"}));
  EXPECT_EQ(p->cwd, "/tmp");
  EXPECT_EQ(p->user.uid, 5u);
  EXPECT_EQ(p->capabilities->effective, bit(5));
  EXPECT_EQ(p->capabilities->unknown, (std::vector<std::string>{"CAP_BOGUS"}));
  EXPECT_TRUE(validate_process(*p).ok());

  auto j2 = json_parse(R"({"args":["x"],"user":{"uid":"me"}})", "process.json");
  ASSERT_TRUE(j2.ok());
  auto p2 = parse_process(j2->get());
  ASSERT_FALSE(p2.ok());
  EXPECT_EQ(p2.error().msg, "user.uid: expected a number");
}

TEST(SpecLoad, BundleRootAndMissingConfig) {
  char tmpl[] = "/tmp/edgectl-spec-XXXXXX";
  ASSERT_NE(mkdtemp(tmpl), nullptr);
  std::string dir = tmpl;
  auto missing = load_spec(dir);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().msg, "open " + dir + "/config.json: No such file or directory");

  ASSERT_TRUE(write_file(dir + "/config.json", patched(R"({"root":{"path":"./rootfs/../rootfs"}})")).ok());
  auto s = load_spec(dir);
  ASSERT_TRUE(s.ok()) << s.error().msg;
  EXPECT_EQ(s->root_path, dir + "/rootfs");

  ASSERT_TRUE(write_file(dir + "/config.json", patched(R"({"root":{"path":"/abs/root"}})")).ok());
  s = load_spec(dir);
  ASSERT_TRUE(s.ok()) << s.error().msg;
  EXPECT_EQ(s->root_path, "/abs/root");

  // load_spec validates.
  ASSERT_TRUE(write_file(dir + "/config.json", patched(R"({"ociVersion":"2.0.0"})")).ok());
  s = load_spec(dir);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().msg.find("ociVersion"), std::string::npos);
  ASSERT_TRUE(remove_all(dir).ok());
}

TEST(SpecNames, NamespacesAndRlimits) {
  EXPECT_EQ(namespace_flag("pid"), CLONE_NEWPID);
  EXPECT_EQ(namespace_flag("network"), CLONE_NEWNET);
  EXPECT_EQ(namespace_flag("mount"), CLONE_NEWNS);
  EXPECT_EQ(namespace_flag("ipc"), CLONE_NEWIPC);
  EXPECT_EQ(namespace_flag("uts"), CLONE_NEWUTS);
  EXPECT_EQ(namespace_flag("user"), CLONE_NEWUSER);
  EXPECT_EQ(namespace_flag("cgroup"), CLONE_NEWCGROUP);
  EXPECT_EQ(namespace_flag("time"), 0x80);
  EXPECT_EQ(namespace_flag("net"), 0);
  EXPECT_EQ(namespace_flag(""), 0);
  EXPECT_STREQ(namespace_proc_name(CLONE_NEWNET), "net");
  EXPECT_STREQ(namespace_proc_name(CLONE_NEWNS), "mnt");
  EXPECT_STREQ(namespace_proc_name(CLONE_NEWPID), "pid");
  EXPECT_STREQ(namespace_proc_name(0x80), "time");
  EXPECT_STREQ(namespace_proc_name(CLONE_NEWCGROUP), "cgroup");
  EXPECT_EQ(rlimit_from_name("RLIMIT_NOFILE"), RLIMIT_NOFILE);
  EXPECT_EQ(rlimit_from_name("RLIMIT_RTTIME"), RLIMIT_RTTIME);
  EXPECT_EQ(rlimit_from_name("RLIMIT_AS"), RLIMIT_AS);
  EXPECT_EQ(rlimit_from_name("NOFILE"), -1);
  EXPECT_EQ(rlimit_from_name("RLIMIT_FOO"), -1);
}
