// Default security profile: docker's 14 capabilities, and the default seccomp
// filter, checked three ways: its structure (names, gating by caps, argument
// rules), its compiled BPF run in a small interpreter (any architecture of the
// filter, no kernel needed), and loaded for real in forked children with
// no_new_privs (no root needed) where ordinary programs must keep working.
#include <errno.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <set>
#include <string>
#include <vector>

#include "edgectl_config.h"
#include "rt/caps.h"
#include "rt/default_profile.h"
#include "rt/seccomp.h"
#include "rt/spec.h"

#if EDGECTL_HAVE_SECCOMP
#include <seccomp.h>
#endif

using namespace ec;
using namespace ec::rt;

extern char** environ;

namespace {

uint64_t cap_bit(const char* name) {
  int n = cap_from_name(name);
  EXPECT_GE(n, 0) << name;
  return n < 0 ? 0 : uint64_t(1) << n;
}

const SeccompRule* find_unconditional_allow(const Seccomp& s) {
  for (const SeccompRule& r : s.syscalls)
    if (r.action == "SCMP_ACT_ALLOW" && r.args.empty()) return &r;
  return nullptr;
}

// Every rule that names `name`.
std::vector<const SeccompRule*> rules_for(const Seccomp& s, const std::string& name) {
  std::vector<const SeccompRule*> v;
  for (const SeccompRule& r : s.syscalls)
    for (const std::string& n : r.names)
      if (n == name) v.push_back(&r);
  return v;
}

// Allowed with no condition at all.
bool plainly_allowed(const Seccomp& s, const std::string& name) {
  for (const SeccompRule* r : rules_for(s, name))
    if (r->action == "SCMP_ACT_ALLOW" && r->args.empty()) return true;
  return false;
}

}  // namespace

TEST(DefaultCaps, ExactlyDockersFourteen) {
  const char* names[] = {"CAP_CHOWN",  "CAP_DAC_OVERRIDE", "CAP_FSETID",  "CAP_FOWNER",           "CAP_MKNOD",
                         "CAP_NET_RAW", "CAP_SETGID",      "CAP_SETUID",  "CAP_SETFCAP",          "CAP_SETPCAP",
                         "CAP_NET_BIND_SERVICE", "CAP_SYS_CHROOT", "CAP_KILL", "CAP_AUDIT_WRITE"};
  uint64_t want = 0;
  for (const char* n : names) want |= cap_bit(n);
  EXPECT_EQ(default_capability_mask(), want);
  EXPECT_EQ(__builtin_popcountll(default_capability_mask()), 14);
  for (const char* n : {"CAP_SYS_ADMIN", "CAP_NET_ADMIN", "CAP_SYS_PTRACE", "CAP_SYS_MODULE", "CAP_DAC_READ_SEARCH",
                        "CAP_SYS_TIME", "CAP_SYS_BOOT", "CAP_BPF", "CAP_PERFMON", "CAP_SYS_NICE"})
    EXPECT_EQ(default_capability_mask() & cap_bit(n), 0u) << n;
}

TEST(DefaultSeccomp, Structure) {
  Seccomp s = default_seccomp_profile(default_capability_mask());
  EXPECT_EQ(s.default_action, "SCMP_ACT_ERRNO");
  ASSERT_TRUE(s.default_errno_ret.has_value());
  EXPECT_EQ(*s.default_errno_ret, uint32_t(EPERM));
  EXPECT_TRUE(s.flags.empty());
  EXPECT_TRUE(s.listener_path.empty());
#if defined(__x86_64__) && !defined(__ILP32__)
  EXPECT_EQ(s.architectures, (std::vector<std::string>{"SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32"}));
#elif defined(__aarch64__)
  EXPECT_EQ(s.architectures, (std::vector<std::string>{"SCMP_ARCH_AARCH64", "SCMP_ARCH_ARM"}));
#elif defined(__arm__)
  EXPECT_EQ(s.architectures, (std::vector<std::string>{"SCMP_ARCH_ARM"}));
#endif
  // Every architecture named is one the project's compiler accepts.
  std::vector<std::string> known = seccomp_known_archs();
  if (seccomp_built()) {
    for (const std::string& a : s.architectures)
      EXPECT_NE(std::find(known.begin(), known.end(), a), known.end()) << a;
  }

  const SeccompRule* allow = find_unconditional_allow(s);
  ASSERT_NE(allow, nullptr);
  std::printf("[ profile  ] default caps: %zu syscalls allowed unconditionally, %zu rules\n", allow->names.size(),
              s.syscalls.size());
  EXPECT_GT(allow->names.size(), 300u);
  // Names are syscall-shaped and listed once (a typo would be skipped silently at compile).
  std::set<std::string> seen;
  for (const SeccompRule& r : s.syscalls) {
    EXPECT_FALSE(r.names.empty());
    for (const std::string& n : r.names) {
      EXPECT_FALSE(n.empty());
      for (char c : n) EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') << n;
      if (&r == allow) {
        EXPECT_TRUE(seen.insert(n).second) << "listed twice: " << n;
      }
    }
  }

  for (const char* n : {"read", "write", "openat", "execve", "exit_group", "getpid", "futex", "mmap", "fork", "wait4",
                        "rt_sigreturn", "statx", "chown", "setuid", "capset", "name_to_handle_at"})
    EXPECT_TRUE(plainly_allowed(s, n)) << n;
  // Capability-gated and always-denied syscalls are nowhere in the default profile.
  for (const char* n : {"mount", "umount2", "unshare", "setns", "pivot_root", "bpf", "perf_event_open", "ptrace",
                        "process_vm_readv", "kcmp", "reboot", "init_module", "finit_module", "delete_module", "acct",
                        "iopl", "ioperm", "settimeofday", "clock_settime", "vhangup", "mbind", "syslog",
                        "open_by_handle_at", "sethostname", "keyctl", "add_key", "request_key", "kexec_load",
                        "io_uring_setup", "userfaultfd", "swapon"})
    EXPECT_TRUE(rules_for(s, n).empty()) << n;
  // Default caps include SYS_CHROOT: chroot is allowed.
  EXPECT_TRUE(plainly_allowed(s, "chroot"));

  // clone: only with a masked-equality check that no namespace flag is set.
  auto clone = rules_for(s, "clone");
  ASSERT_EQ(clone.size(), 1u);
  EXPECT_EQ(clone[0]->action, "SCMP_ACT_ALLOW");
  ASSERT_EQ(clone[0]->args.size(), 1u);
  EXPECT_EQ(clone[0]->args[0].op, "SCMP_CMP_MASKED_EQ");
  EXPECT_EQ(clone[0]->args[0].value, uint64_t(CLONE_NEWNS | CLONE_NEWCGROUP | CLONE_NEWUTS | CLONE_NEWIPC |
                                              CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET));
  EXPECT_EQ(clone[0]->args[0].value_two, 0u);
#if defined(__s390__)
  EXPECT_EQ(clone[0]->args[0].index, 1u);
#else
  EXPECT_EQ(clone[0]->args[0].index, 0u);
#endif
  auto clone3 = rules_for(s, "clone3");
  ASSERT_EQ(clone3.size(), 1u);
  EXPECT_EQ(clone3[0]->action, "SCMP_ACT_ERRNO");
  EXPECT_EQ(clone3[0]->errno_ret.value_or(0), uint32_t(ENOSYS));

  // personality: one rule per harmless value.
  std::set<uint64_t> pers;
  for (const SeccompRule* r : rules_for(s, "personality")) {
    EXPECT_EQ(r->action, "SCMP_ACT_ALLOW");
    ASSERT_EQ(r->args.size(), 1u);
    EXPECT_EQ(r->args[0].index, 0u);
    EXPECT_EQ(r->args[0].op, "SCMP_CMP_EQ");
    pers.insert(r->args[0].value);
  }
  EXPECT_EQ(pers, (std::set<uint64_t>{0x0, 0x8, 0x20000, 0x20008, 0xffffffff}));

  auto sock = rules_for(s, "socket");
  ASSERT_EQ(sock.size(), 1u);
  ASSERT_EQ(sock[0]->args.size(), 1u);
  EXPECT_EQ(sock[0]->args[0].index, 0u);
  EXPECT_EQ(sock[0]->args[0].op, "SCMP_CMP_NE");
  EXPECT_EQ(sock[0]->args[0].value, 40u);  // AF_VSOCK
}

TEST(DefaultSeccomp, CapabilitiesOpenTheirGroups) {
  const uint64_t def = default_capability_mask();
  Seccomp base = default_seccomp_profile(def);
  size_t base_n = find_unconditional_allow(base)->names.size();

  Seccomp admin = default_seccomp_profile(def | cap_bit("CAP_SYS_ADMIN"));
  for (const char* n : {"mount", "umount2", "unshare", "setns", "clone", "clone3", "bpf", "perf_event_open", "syslog",
                        "sethostname", "pivot_root"})
    EXPECT_TRUE(plainly_allowed(admin, n)) << n;
  // With CAP_SYS_ADMIN clone needs no condition and clone3 is not an error.
  EXPECT_EQ(rules_for(admin, "clone").size(), 1u);
  EXPECT_EQ(rules_for(admin, "clone3").size(), 1u);
  EXPECT_FALSE(plainly_allowed(admin, "ptrace"));
  EXPECT_FALSE(plainly_allowed(admin, "reboot"));

  struct Case {
    const char* cap;
    std::vector<const char*> opens;
  };
  const Case cases[] = {
      {"CAP_SYS_BOOT", {"reboot"}},
      {"CAP_SYS_MODULE", {"init_module", "finit_module", "delete_module"}},
      {"CAP_SYS_PACCT", {"acct"}},
      {"CAP_SYS_PTRACE", {"ptrace", "kcmp", "pidfd_getfd", "process_madvise", "process_vm_readv", "process_vm_writev"}},
      {"CAP_SYS_RAWIO", {"iopl", "ioperm"}},
      {"CAP_SYS_TIME", {"settimeofday", "clock_settime"}},
      {"CAP_SYS_TTY_CONFIG", {"vhangup"}},
      {"CAP_SYS_NICE", {"get_mempolicy", "mbind", "set_mempolicy"}},
      {"CAP_SYSLOG", {"syslog"}},
      {"CAP_BPF", {"bpf"}},
      {"CAP_PERFMON", {"perf_event_open"}},
      {"CAP_DAC_READ_SEARCH", {"open_by_handle_at"}},
  };
  for (const Case& c : cases) {
    Seccomp s = default_seccomp_profile(def | cap_bit(c.cap));
    for (const char* n : c.opens) EXPECT_TRUE(plainly_allowed(s, n)) << c.cap << " " << n;
    EXPECT_FALSE(plainly_allowed(s, "mount")) << c.cap;
    EXPECT_EQ(find_unconditional_allow(s)->names.size(), base_n + c.opens.size() +
                                                               (std::string(c.cap) == "CAP_SYS_TIME" ? 2 : 0) +
                                                               (std::string(c.cap) == "CAP_SYS_NICE" ? 1 : 0))
        << c.cap;  // SYS_TIME also has stime, clock_settime64; SYS_NICE set_mempolicy_home_node
  }
  // Without CAP_SYS_CHROOT (a narrowed bounding set), chroot goes.
  Seccomp nochroot = default_seccomp_profile(def & ~cap_bit("CAP_SYS_CHROOT"));
  EXPECT_TRUE(rules_for(nochroot, "chroot").empty());

  // Everything: each name appears once even when two caps open it (bpf, syslog, perf_event_open).
  Seccomp all = default_seccomp_profile(~uint64_t(0));
  std::set<std::string> seen;
  for (const std::string& n : find_unconditional_allow(all)->names) EXPECT_TRUE(seen.insert(n).second) << n;
  std::printf("[ profile  ] all caps: %zu syscalls allowed unconditionally\n", seen.size());
}

#if EDGECTL_HAVE_SECCOMP

namespace {

// Classic BPF as seccomp runs it, over struct seccomp_data. Anything the
// kernel's checker would refuse fails the test.
uint32_t run_bpf(const std::vector<uint64_t>& insns, const seccomp_data& d) {
  std::vector<sock_filter> f(insns.size());
  std::memcpy(f.data(), insns.data(), insns.size() * sizeof(sock_filter));
  uint32_t A = 0, X = 0, M[BPF_MEMWORDS] = {};
  for (size_t pc = 0; pc < f.size(); pc++) {
    const sock_filter& in = f[pc];
    const uint32_t k = BPF_SRC(in.code) == BPF_X ? X : in.k;
    switch (BPF_CLASS(in.code)) {
      case BPF_LD:
      case BPF_LDX: {
        uint32_t v;
        if (BPF_MODE(in.code) == BPF_ABS && BPF_SIZE(in.code) == BPF_W && in.k % 4 == 0 && in.k + 4 <= sizeof d)
          std::memcpy(&v, reinterpret_cast<const char*>(&d) + in.k, 4);
        else if (BPF_MODE(in.code) == BPF_IMM)
          v = in.k;
        else if (BPF_MODE(in.code) == BPF_MEM && in.k < BPF_MEMWORDS)
          v = M[in.k];
        else if (BPF_MODE(in.code) == BPF_LEN)
          v = sizeof d;
        else {
          ADD_FAILURE() << "bad load at " << pc;
          return 0xdead;
        }
        (BPF_CLASS(in.code) == BPF_LD ? A : X) = v;
        break;
      }
      case BPF_ST:
      case BPF_STX:
        if (in.k >= BPF_MEMWORDS) {
          ADD_FAILURE() << "bad store at " << pc;
          return 0xdead;
        }
        M[in.k] = BPF_CLASS(in.code) == BPF_ST ? A : X;
        break;
      case BPF_ALU:
        switch (BPF_OP(in.code)) {
          case BPF_ADD: A += k; break;
          case BPF_SUB: A -= k; break;
          case BPF_MUL: A *= k; break;
          case BPF_AND: A &= k; break;
          case BPF_OR: A |= k; break;
          case BPF_XOR: A ^= k; break;
          case BPF_LSH: A <<= k; break;
          case BPF_RSH: A >>= k; break;
          case BPF_NEG: A = -A; break;
          case BPF_DIV:
          case BPF_MOD:
            if (k == 0) {
              ADD_FAILURE() << "division by zero at " << pc;
              return 0xdead;
            }
            A = BPF_OP(in.code) == BPF_DIV ? A / k : A % k;
            break;
          default: ADD_FAILURE() << "bad alu op at " << pc; return 0xdead;
        }
        break;
      case BPF_JMP: {
        uint32_t off;
        switch (BPF_OP(in.code)) {
          case BPF_JA: off = in.k; break;
          case BPF_JEQ: off = A == k ? in.jt : in.jf; break;
          case BPF_JGT: off = A > k ? in.jt : in.jf; break;
          case BPF_JGE: off = A >= k ? in.jt : in.jf; break;
          case BPF_JSET: off = (A & k) ? in.jt : in.jf; break;
          default: ADD_FAILURE() << "bad jump op at " << pc; return 0xdead;
        }
        if (pc + 1 + off >= f.size()) {
          ADD_FAILURE() << "jump past the end at " << pc;
          return 0xdead;
        }
        pc += off;
        break;
      }
      case BPF_RET: return BPF_RVAL(in.code) == BPF_A ? A : in.k;
      case BPF_MISC: (BPF_MISCOP(in.code) == BPF_TAX ? X : A) = BPF_MISCOP(in.code) == BPF_TAX ? A : X; break;
      default: ADD_FAILURE() << "bad class at " << pc; return 0xdead;
    }
  }
  ADD_FAILURE() << "program fell off the end";
  return 0xdead;
}

constexpr uint32_t kAllow = SECCOMP_RET_ALLOW;
constexpr uint32_t kEperm = SECCOMP_RET_ERRNO | EPERM;
constexpr uint32_t kEnosys = SECCOMP_RET_ERRNO | ENOSYS;

// Verdict for syscall `name` (resolved for `arch`) with `args`.
uint32_t verdict(const SeccompProgram& p, const char* name, std::initializer_list<uint64_t> args = {},
                 uint32_t arch = seccomp_arch_native()) {
  int nr = seccomp_syscall_resolve_name_arch(arch, name);
  EXPECT_GE(nr, 0) << name << " unknown on arch 0x" << std::hex << arch;
  seccomp_data d{};
  d.nr = nr;  // x32: the number carries __X32_SYSCALL_BIT
  // The kernel reports x32 calls as AUDIT_ARCH_X86_64; SCMP_ARCH_X32 is libseccomp's own token.
  d.arch = arch == SCMP_ARCH_X32 ? SCMP_ARCH_X86_64 : arch;
  d.instruction_pointer = 0x400000;
  size_t i = 0;
  for (uint64_t a : args) d.args[i++] = a;
  return run_bpf(p.insns, d);
}

#define COMPILE(var, seccomp)                        \
  auto var##_r = seccomp_compile(seccomp);           \
  ASSERT_TRUE(var##_r.ok()) << var##_r.error().msg; \
  const SeccompProgram& var = *var##_r

// A fork-and-check helper: runs fn in a child after no_new_privs; "" is success.
std::string in_child(const std::function<std::string()>& fn) {
  int p[2];
  if (pipe2(p, O_CLOEXEC) < 0) return "pipe failed";
  pid_t pid = fork();
  if (pid < 0) return "fork failed";
  if (pid == 0) {
    close(p[0]);
    std::string msg = prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 ? "set no_new_privs failed" : fn();
    if (!msg.empty() && write(p[1], msg.data(), msg.size()) < 0) _exit(3);
    _exit(msg.empty() ? 0 : 1);
  }
  close(p[1]);
  std::string out;
  char buf[512];
  ssize_t n;
  while ((n = read(p[0], buf, sizeof buf)) > 0) out.append(buf, size_t(n));
  close(p[0]);
  int st = 0;
  if (waitpid(pid, &st, 0) != pid) return "waitpid failed";
  if (WIFSIGNALED(st)) return out + " (killed by signal " + std::to_string(WTERMSIG(st)) + ")";
  if (WEXITSTATUS(st) != 0 && out.empty()) out = "child exit " + std::to_string(WEXITSTATUS(st));
  return out;
}

// "" when `call` returned -1 with errno `want`.
std::string expect_errno(const char* what, long rc, int want) {
  int e = errno;
  if (rc == -1 && e == want) return "";
  return std::string(what) + ": want -1/errno " + std::to_string(want) + ", got " + std::to_string(rc) + "/errno " +
         std::to_string(e) + " (" + strerror(e) + "); ";
}

// Wait for a child and report how it ended ("" for exit 0).
std::string reap(pid_t pid, const char* what) {
  int st = 0;
  if (waitpid(pid, &st, 0) != pid) return std::string(what) + ": waitpid failed; ";
  if (WIFEXITED(st) && WEXITSTATUS(st) == 0) return "";
  return std::string(what) + ": status " + std::to_string(st) + "; ";
}

void* thread_fn(void* arg) {
  *static_cast<int*>(arg) = 42;
  return nullptr;
}

}  // namespace

TEST(DefaultSeccompCompiled, EveryNameKnownToSomeArchitecture) {
  // A misspelt name would be skipped silently. Names libseccomp doesn't know
  // at all must be syscalls newer than it (listed here by hand).
  const std::set<std::string> newer = {"map_shadow_stack", "futex_wake",  "futex_wait", "futex_requeue",
                                       "cachestat",        "fchmodat2",   "mseal",      "riscv_hwprobe",
                                       "set_mempolicy_home_node", "process_mrelease", "memfd_secret",
                                       "futex_waitv", "quotactl_fd", "landlock_create_ruleset",
                                       "landlock_add_rule", "landlock_restrict_self", "epoll_pwait2",
                                       "mount_setattr", "process_madvise"};
  const uint32_t archs[] = {SCMP_ARCH_X86_64, SCMP_ARCH_X86,     SCMP_ARCH_X32,  SCMP_ARCH_ARM,
                            SCMP_ARCH_AARCH64, SCMP_ARCH_MIPS, SCMP_ARCH_MIPS64, SCMP_ARCH_MIPS64N32,
                            SCMP_ARCH_PPC,    SCMP_ARCH_PPC64,   SCMP_ARCH_S390, SCMP_ARCH_S390X};
  Seccomp all = default_seccomp_profile(~uint64_t(0));
  Seccomp def = default_seccomp_profile(default_capability_mask());
  all.syscalls.insert(all.syscalls.end(), def.syscalls.begin(), def.syscalls.end());
  unsigned n_unknown = 0;
  std::string unknown_list;
  for (const SeccompRule& r : all.syscalls)
    for (const std::string& n : r.names) {
      bool known = false;
      for (uint32_t a : archs) known = known || seccomp_syscall_resolve_name_arch(a, n.c_str()) >= 0;
      if (known) continue;
      n_unknown++;
      unknown_list += " " + n;
      EXPECT_TRUE(newer.count(n)) << n << " is unknown to libseccomp on every architecture (typo?)";
    }
  const scmp_version* v = seccomp_version();
  std::printf("[ profile  ] libseccomp %u.%u.%u: %u names unknown, skipped at compile:%s\n", v->major, v->minor,
              v->micro, n_unknown, unknown_list.c_str());
}

TEST(DefaultSeccompCompiled, VerdictsWithDefaultCaps) {
  Seccomp s = default_seccomp_profile(default_capability_mask());
  COMPILE(p, s);
  std::printf("[ profile  ] default profile: %zu BPF instructions\n", p.insns.size());
  for (const char* n : {"read", "write", "openat", "execve", "close", "getpid", "exit_group", "futex", "mmap",
                        "rt_sigaction", "wait4", "chroot", "setuid", "fchown"})
    EXPECT_EQ(verdict(p, n, {3, 0, 0}), kAllow) << n;
  for (const char* n : {"mount", "umount2", "ptrace", "reboot", "unshare", "setns", "bpf", "init_module", "acct",
                        "kexec_load", "keyctl", "add_key", "open_by_handle_at", "settimeofday", "syslog",
                        "process_vm_readv", "io_uring_setup", "swapon", "userfaultfd"})
    EXPECT_EQ(verdict(p, n), kEperm) << n;

  // clone: plain fork and threads yes, any new namespace no.
  const uint64_t thread_flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM |
                                CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID;
#if defined(__s390__)
#define CLONE_ARGS(f) {0, (f)}
#else
#define CLONE_ARGS(f) {(f)}
#endif
  EXPECT_EQ(verdict(p, "clone", CLONE_ARGS(SIGCHLD)), kAllow);
  EXPECT_EQ(verdict(p, "clone", CLONE_ARGS(thread_flags)), kAllow);
  for (uint64_t ns : {CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET,
                      CLONE_NEWCGROUP})
    EXPECT_EQ(verdict(p, "clone", CLONE_ARGS(SIGCHLD | ns)), kEperm) << std::hex << ns;
  EXPECT_EQ(verdict(p, "clone3"), kEnosys);

  EXPECT_EQ(verdict(p, "personality", {0}), kAllow);
  EXPECT_EQ(verdict(p, "personality", {8}), kAllow);
  EXPECT_EQ(verdict(p, "personality", {0xffffffff}), kAllow);
  EXPECT_EQ(verdict(p, "personality", {0x0040000}), kEperm);  // ADDR_NO_RANDOMIZE
  EXPECT_EQ(verdict(p, "personality", {0x1234}), kEperm);
  EXPECT_EQ(verdict(p, "socket", {AF_INET, SOCK_STREAM, 0}), kAllow);
  EXPECT_EQ(verdict(p, "socket", {AF_UNIX, SOCK_DGRAM, 0}), kAllow);
  EXPECT_EQ(verdict(p, "socket", {40, SOCK_STREAM, 0}), kEperm);  // AF_VSOCK

#if defined(__x86_64__) && !defined(__ILP32__)
  // The compat ABIs are filtered too, not left open (or killed).
  EXPECT_EQ(verdict(p, "getpid", {}, SCMP_ARCH_X86), kAllow);
  EXPECT_EQ(verdict(p, "socketcall", {1}, SCMP_ARCH_X86), kAllow);
  EXPECT_EQ(verdict(p, "mount", {}, SCMP_ARCH_X86), kEperm);
  EXPECT_EQ(verdict(p, "clone", {SIGCHLD}, SCMP_ARCH_X86), kAllow);
  EXPECT_EQ(verdict(p, "clone", {SIGCHLD | CLONE_NEWNS}, SCMP_ARCH_X86), kEperm);
  EXPECT_EQ(verdict(p, "read", {}, SCMP_ARCH_X32), kAllow);
  EXPECT_EQ(verdict(p, "ptrace", {}, SCMP_ARCH_X32), kEperm);
  // An architecture not in the filter is killed, as libseccomp does.
  uint32_t foreign = verdict(p, "getpid", {}, SCMP_ARCH_AARCH64);
  EXPECT_NE(foreign, kAllow);
#endif
}

TEST(DefaultSeccompCompiled, VerdictsWithAddedCaps) {
  const uint64_t def = default_capability_mask();
  Seccomp admin = default_seccomp_profile(def | cap_bit("CAP_SYS_ADMIN"));
  COMPILE(a, admin);
  EXPECT_EQ(verdict(a, "mount"), kAllow);
  EXPECT_EQ(verdict(a, "unshare", {CLONE_NEWNS}), kAllow);
  EXPECT_EQ(verdict(a, "setns"), kAllow);
  EXPECT_EQ(verdict(a, "clone3"), kAllow);
#if !defined(__s390__)
  EXPECT_EQ(verdict(a, "clone", {SIGCHLD | CLONE_NEWNET}), kAllow);
#endif
  EXPECT_EQ(verdict(a, "ptrace"), kEperm);
  EXPECT_EQ(verdict(a, "reboot"), kEperm);

  Seccomp ptrace = default_seccomp_profile(def | cap_bit("CAP_SYS_PTRACE"));
  COMPILE(t, ptrace);
  EXPECT_EQ(verdict(t, "ptrace"), kAllow);
  EXPECT_EQ(verdict(t, "process_vm_readv"), kAllow);
  EXPECT_EQ(verdict(t, "mount"), kEperm);

  Seccomp boot = default_seccomp_profile(def | cap_bit("CAP_SYS_BOOT"));
  COMPILE(b, boot);
  EXPECT_EQ(verdict(b, "reboot"), kAllow);
  EXPECT_EQ(verdict(b, "mount"), kEperm);

  Seccomp all = default_seccomp_profile(~uint64_t(0));
  COMPILE(everything, all);
  std::printf("[ profile  ] all caps: %zu BPF instructions\n", everything.insns.size());
  for (const char* n : {"mount", "ptrace", "reboot", "init_module", "bpf", "perf_event_open", "open_by_handle_at",
                        "syslog", "settimeofday", "vhangup", "iopl", "acct", "mbind"})
    EXPECT_EQ(verdict(everything, n), kAllow) << n;
  // Never allowed, whatever the caps.
  for (const char* n : {"kexec_load", "keyctl", "io_uring_setup", "userfaultfd", "swapon"})
    EXPECT_EQ(verdict(everything, n), kEperm) << n;
  // Still no AF_VSOCK.
  EXPECT_EQ(verdict(everything, "socket", {40, 1, 0}), kEperm);
}

TEST(DefaultSeccompKernel, LoadedFilterDeniesAndAllows) {
  COMPILE(p, default_seccomp_profile(default_capability_mask()));
  std::string r = in_child([&]() -> std::string {
    auto st = seccomp_load(p);
    if (!st.ok()) return "load: " + st.error().msg;
    std::string bad;
    if (getpid() <= 0) bad += "getpid failed; ";
    errno = 0;
    // A target that doesn't exist: were the filter to let mount through (as
    // root), the kernel says ENOENT and nothing is mounted anywhere.
    bad += expect_errno("mount", mount("none", "/nonexistent/edgectl-profile-test", "tmpfs", 0, nullptr), EPERM);
    bad += expect_errno("unshare(0)", unshare(0), EPERM);
    bad += expect_errno("ptrace", syscall(SYS_ptrace, 0 /* PTRACE_TRACEME */, 0, 0, 0), EPERM);
    bad += expect_errno("reboot", syscall(SYS_reboot, 0, 0, 0, nullptr), EPERM);
#ifdef SYS_clone3
    bad += expect_errno("clone3", syscall(SYS_clone3, nullptr, 0), ENOSYS);
#else
    bad += expect_errno("clone3", syscall(435, nullptr, 0), ENOSYS);
#endif
    // A new namespace via clone(2): refused by the filter before the kernel looks.
    long c = syscall(SYS_clone, CLONE_NEWUTS | SIGCHLD, 0, 0, 0, 0);
    if (c == 0) _exit(0);
    if (c > 0) waitpid(pid_t(c), nullptr, 0);
    bad += expect_errno("clone(CLONE_NEWUTS)", c, EPERM);
    bad += expect_errno("personality(0x1234)", syscall(SYS_personality, 0x1234UL), EPERM);
    if (syscall(SYS_personality, 0xffffffffUL) < 0) bad += "personality(query) filtered; ";
    bad += expect_errno("socket(AF_VSOCK)", socket(40, SOCK_STREAM | SOCK_CLOEXEC, 0), EPERM);
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) bad += "socket(AF_UNIX) failed; ";
    close(fd);
    int pf[2];
    if (pipe2(pf, O_CLOEXEC) < 0) bad += "pipe2 failed; ";
    return bad;
  });
  EXPECT_EQ(r, "");
}

TEST(DefaultSeccompKernel, OrdinaryProgramsKeepWorking) {
  COMPILE(p, default_seccomp_profile(default_capability_mask()));
  std::string r = in_child([&]() -> std::string {
    auto st = seccomp_load(p);
    if (!st.ok()) return "load: " + st.error().msg;
    std::string bad;
    // fork + exec (libc's fork uses clone(2) with SIGCHLD).
    pid_t pid = fork();
    if (pid < 0) return "fork failed: " + std::string(strerror(errno));
    if (pid == 0) {
      execl("/bin/true", "true", (char*)nullptr);
      _exit(127);
    }
    bad += reap(pid, "fork+exec /bin/true");
    // posix_spawn tries clone3 first and must fall back to clone on ENOSYS.
    const char* argv[] = {"sh", "-c",
                          "ls -la / >/dev/null && cat /proc/self/status >/dev/null && "
                          "x=$(echo hi | tr a-z A-Z) && test \"$x\" = HI && sleep 0.01 && date >/dev/null",
                          nullptr};
    pid_t sp = 0;
    int rc = posix_spawn(&sp, "/bin/sh", nullptr, nullptr, const_cast<char**>(argv), environ);
    if (rc != 0)
      bad += "posix_spawn /bin/sh: " + std::string(strerror(rc)) + "; ";
    else
      bad += reap(sp, "posix_spawn sh -c 'ls; cat; pipes; sleep; date'");
    // Threads (pthread_create also tries clone3 first).
    pthread_t th;
    int v = 0;
    if ((rc = pthread_create(&th, nullptr, thread_fn, &v)) != 0)
      bad += "pthread_create: " + std::string(strerror(rc)) + "; ";
    else if (pthread_join(th, nullptr) != 0 || v != 42)
      bad += "thread did not run; ";
    return bad;
  });
  EXPECT_EQ(r, "");
}

TEST(DefaultSeccompKernel, SysAdminProfileAllowsUnshare) {
  COMPILE(p, default_seccomp_profile(default_capability_mask() | cap_bit("CAP_SYS_ADMIN")));
  std::string r = in_child([&]() -> std::string {
    auto st = seccomp_load(p);
    if (!st.ok()) return "load: " + st.error().msg;
    // unshare(0) needs no privilege: only the filter could refuse it.
    if (unshare(0) != 0) return "unshare(0): " + std::string(strerror(errno));
    // clone3 reaches the kernel now: a NULL args pointer gives EFAULT or EINVAL, not ENOSYS.
#ifdef SYS_clone3
    long c = syscall(SYS_clone3, nullptr, 0);
#else
    long c = syscall(435, nullptr, 0);
#endif
    if (c != -1 || errno == ENOSYS || errno == EPERM) return "clone3 still filtered: errno " + std::to_string(errno);
    pid_t pid = fork();
    if (pid == 0) {
      execl("/bin/true", "true", (char*)nullptr);
      _exit(127);
    }
    return reap(pid, "fork+exec /bin/true");
  });
  EXPECT_EQ(r, "");
}

#endif  // EDGECTL_HAVE_SECCOMP
