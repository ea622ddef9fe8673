// Seccomp: compile profiles and run the produced classic BPF in a small
// interpreter against struct seccomp_data (default action, errno carried,
// argument AND/OR semantics, MASKED_EQ, skipped names, errors, flags), then
// load real filters in forked children (no_new_privs: no root needed).
// Built with -Dseccomp=disabled, the stub's behaviour is checked instead.
#include <errno.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "core/fs.h"
#include "core/strutil.h"
#include "edgectl_config.h"
#include "rt/seccomp.h"
#include "rt/spec.h"

#if EDGECTL_HAVE_SECCOMP
#include <seccomp.h>
#endif

using namespace ec;
using namespace ec::rt;

namespace {

Seccomp profile(const char* def, std::vector<SeccompRule> rules = {}, std::optional<uint32_t> def_errno = {}) {
  Seccomp s;
  s.default_action = def;
  s.default_errno_ret = def_errno;
  s.syscalls = std::move(rules);
  return s;
}

// The error text of a compile expected to fail ("" when it succeeded).
std::string compile_error(const Seccomp& s) {
  auto r = seccomp_compile(s);
  return r.ok() ? std::string() : r.error().msg;
}

}  // namespace

#if EDGECTL_HAVE_SECCOMP

namespace {

SeccompArg arg(unsigned index, const char* op, uint64_t value, uint64_t value_two = 0) {
  SeccompArg a;
  a.index = index;
  a.op = op;
  a.value = value;
  a.value_two = value_two;
  return a;
}

SeccompRule rule(std::vector<std::string> names, const char* action, std::vector<SeccompArg> args = {},
                 std::optional<uint32_t> errno_ret = {}) {
  SeccompRule r;
  r.names = std::move(names);
  r.action = action;
  r.args = std::move(args);
  r.errno_ret = errno_ret;
  return r;
}


constexpr uint32_t kBadProgram = 0xdead0001;

// Classic BPF as the kernel runs it for seccomp: A, X, M[16], loads from
// struct seccomp_data. Returns the RET value, or kBadProgram (with a test
// failure) for anything the kernel's checker would refuse.
uint32_t run_bpf(const std::vector<uint64_t>& prog, const seccomp_data& d) {
  std::vector<sock_filter> f(prog.size());
  std::memcpy(f.data(), prog.data(), prog.size() * sizeof(sock_filter));
  uint32_t A = 0, X = 0, M[BPF_MEMWORDS] = {};
  auto bad = [&](size_t pc, const char* why) {
    ADD_FAILURE() << "bad BPF at " << pc << ": " << why << " (code 0x" << std::hex << f[pc].code << ")";
    return kBadProgram;
  };
  for (size_t pc = 0; pc < f.size(); pc++) {
    const sock_filter& i = f[pc];
    uint32_t src = BPF_SRC(i.code) == BPF_X ? X : i.k;
    switch (BPF_CLASS(i.code)) {
      case BPF_LD:
      case BPF_LDX: {
        uint32_t v = 0;
        switch (BPF_MODE(i.code)) {
          case BPF_ABS:
            if (BPF_CLASS(i.code) != BPF_LD || BPF_SIZE(i.code) != BPF_W || i.k % 4 || i.k + 4 > sizeof d)
              return bad(pc, "load outside seccomp_data");
            std::memcpy(&v, reinterpret_cast<const char*>(&d) + i.k, 4);
            break;
          case BPF_IMM: v = i.k; break;
          case BPF_MEM:
            if (i.k >= BPF_MEMWORDS) return bad(pc, "scratch index");
            v = M[i.k];
            break;
          case BPF_LEN: v = sizeof d; break;
          default: return bad(pc, "load mode");
        }
        (BPF_CLASS(i.code) == BPF_LD ? A : X) = v;
        break;
      }
      case BPF_ST:
      case BPF_STX:
        if (i.k >= BPF_MEMWORDS) return bad(pc, "scratch index");
        M[i.k] = BPF_CLASS(i.code) == BPF_ST ? A : X;
        break;
      case BPF_ALU:
        switch (BPF_OP(i.code)) {
          case BPF_ADD: A += src; break;
          case BPF_SUB: A -= src; break;
          case BPF_MUL: A *= src; break;
          case BPF_DIV:
            if (!src) return bad(pc, "division by zero");
            A /= src;
            break;
          case BPF_MOD:
            if (!src) return bad(pc, "division by zero");
            A %= src;
            break;
          case BPF_OR: A |= src; break;
          case BPF_AND: A &= src; break;
          case BPF_XOR: A ^= src; break;
          case BPF_LSH: A <<= src; break;
          case BPF_RSH: A >>= src; break;
          case BPF_NEG: A = -A; break;
          default: return bad(pc, "alu op");
        }
        break;
      case BPF_JMP: {
        size_t off = 0;
        switch (BPF_OP(i.code)) {
          case BPF_JA: off = i.k; break;
          case BPF_JEQ: off = A == src ? i.jt : i.jf; break;
          case BPF_JGT: off = A > src ? i.jt : i.jf; break;
          case BPF_JGE: off = A >= src ? i.jt : i.jf; break;
          case BPF_JSET: off = (A & src) ? i.jt : i.jf; break;
          default: return bad(pc, "jump op");
        }
        if (pc + 1 + off >= f.size()) return bad(pc, "jump past the end");
        pc += off;
        break;
      }
      case BPF_RET: return BPF_RVAL(i.code) == BPF_A ? A : i.k;
      case BPF_MISC:
        if (BPF_MISCOP(i.code) == BPF_TAX)
          X = A;
        else
          A = X;
        break;
      default: return bad(pc, "class");
    }
  }
  ADD_FAILURE() << "BPF program fell off the end";
  return kBadProgram;
}

uint32_t native_arch() { return seccomp_arch_native(); }

uint32_t eval(const SeccompProgram& p, long nr, std::initializer_list<uint64_t> args = {},
              uint32_t arch = native_arch()) {
  seccomp_data d{};
  d.nr = int(nr);
  d.arch = arch;
  d.instruction_pointer = 0x401000;
  size_t k = 0;
  for (uint64_t a : args) d.args[k++] = a;
  return run_bpf(p.insns, d);
}

#define COMPILE(var, spec)                          \
  auto var##_r = seccomp_compile(spec);             \
  ASSERT_TRUE(var##_r.ok()) << var##_r.error().msg; \
  const SeccompProgram& var = *var##_r

constexpr uint32_t kAllow = SECCOMP_RET_ALLOW;
constexpr uint32_t errno_ret(uint32_t e) { return SECCOMP_RET_ERRNO | e; }

TEST(Seccomp, Built) { EXPECT_TRUE(seccomp_built()); }

// Each action as the default, and as a rule action under another default.
TEST(Seccomp, ActionsTable) {
  struct Case {
    const char* action;
    std::optional<uint32_t> errno_ret;
    uint32_t want;
  } cases[] = {
      {"SCMP_ACT_KILL", {}, SECCOMP_RET_KILL_THREAD},
      {"SCMP_ACT_KILL_THREAD", {}, SECCOMP_RET_KILL_THREAD},
      {"SCMP_ACT_KILL_PROCESS", {}, SECCOMP_RET_KILL_PROCESS},
      {"SCMP_ACT_TRAP", {}, SECCOMP_RET_TRAP},
      {"SCMP_ACT_ERRNO", {}, errno_ret(EPERM)},
      {"SCMP_ACT_ERRNO", 38u, errno_ret(38)},
      {"SCMP_ACT_ERRNO", 0u, errno_ret(0)},
      {"SCMP_ACT_TRACE", {}, SECCOMP_RET_TRACE | EPERM},
      {"SCMP_ACT_TRACE", 7u, SECCOMP_RET_TRACE | 7},
      {"SCMP_ACT_ALLOW", {}, kAllow},
      {"SCMP_ACT_LOG", {}, SECCOMP_RET_LOG},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.action);
    COMPILE(def, profile(c.action, {}, c.errno_ret));
    EXPECT_EQ(eval(def, SYS_getpid), c.want);
    EXPECT_EQ(eval(def, SYS_write, {1, 0, 3}), c.want);

    const char* other = c.want == kAllow ? "SCMP_ACT_KILL_PROCESS" : "SCMP_ACT_ALLOW";
    COMPILE(p, profile(other, {rule({"getpid"}, c.action, {}, c.errno_ret)}));
    EXPECT_EQ(eval(p, SYS_getpid), c.want);
    EXPECT_EQ(eval(p, SYS_getppid), c.want == kAllow ? SECCOMP_RET_KILL_PROCESS : kAllow);
  }
}

TEST(Seccomp, ErrnoCarriedAndAllowRules) {
  COMPILE(p, profile("SCMP_ACT_ERRNO",
                     {rule({"getpid", "getppid"}, "SCMP_ACT_ALLOW"), rule({"uname"}, "SCMP_ACT_ERRNO", {}, 95u)}, 38u));
  EXPECT_EQ(eval(p, SYS_getpid), kAllow);
  EXPECT_EQ(eval(p, SYS_getppid), kAllow);
  EXPECT_EQ(eval(p, SYS_uname), errno_ret(95));
  EXPECT_EQ(eval(p, SYS_mkdirat), errno_ret(38));
  EXPECT_EQ(eval(p, SYS_openat), errno_ret(38));
}

// A rule repeating the default action is skipped (libseccomp would reject it).
TEST(Seccomp, RuleWithDefaultActionSkipped) {
  COMPILE(p, profile("SCMP_ACT_ALLOW", {rule({"getpid"}, "SCMP_ACT_ALLOW"), rule({"uname"}, "SCMP_ACT_ERRNO")}));
  EXPECT_EQ(eval(p, SYS_getpid), kAllow);
  EXPECT_EQ(eval(p, SYS_uname), errno_ret(EPERM));
  // Same action but a different errno is not the default: it must apply.
  COMPILE(q, profile("SCMP_ACT_ERRNO", {rule({"uname"}, "SCMP_ACT_ERRNO", {}, 38u)}));
  EXPECT_EQ(eval(q, SYS_uname), errno_ret(38));
  EXPECT_EQ(eval(q, SYS_getpid), errno_ret(EPERM));
}

TEST(Seccomp, UnknownSyscallNameSkipped) {
  COMPILE(p, profile("SCMP_ACT_ERRNO", {rule({"no_such_syscall_2049", "getpid"}, "SCMP_ACT_ALLOW"),
                                        rule({"another_future_syscall"}, "SCMP_ACT_ALLOW")}));
  EXPECT_EQ(eval(p, SYS_getpid), kAllow);
  EXPECT_EQ(eval(p, SYS_getppid), errno_ret(EPERM));
}

TEST(Seccomp, ArgsOnDifferentIndexesAreAnded) {
  COMPILE(p, profile("SCMP_ACT_ERRNO",
                     {rule({"socket"}, "SCMP_ACT_ALLOW", {arg(0, "SCMP_CMP_EQ", 1), arg(1, "SCMP_CMP_EQ", 2)})}));
  EXPECT_EQ(eval(p, SYS_socket, {1, 2, 0}), kAllow);
  EXPECT_EQ(eval(p, SYS_socket, {1, 3, 0}), errno_ret(EPERM));
  EXPECT_EQ(eval(p, SYS_socket, {3, 2, 0}), errno_ret(EPERM));
  EXPECT_EQ(eval(p, SYS_socket, {0, 0, 0}), errno_ret(EPERM));
}

TEST(Seccomp, ArgsOnSameIndexAreOred) {
  COMPILE(p, profile("SCMP_ACT_ERRNO",
                     {rule({"personality"}, "SCMP_ACT_ALLOW", {arg(0, "SCMP_CMP_EQ", 0), arg(0, "SCMP_CMP_EQ", 8)})}));
  EXPECT_EQ(eval(p, SYS_personality, {0}), kAllow);
  EXPECT_EQ(eval(p, SYS_personality, {8}), kAllow);
  EXPECT_EQ(eval(p, SYS_personality, {9}), errno_ret(EPERM));
  // runc: once an index repeats, every arg of the rule is its own alternative.
  COMPILE(q, profile("SCMP_ACT_ERRNO", {rule({"socket"}, "SCMP_ACT_ALLOW",
                                             {arg(0, "SCMP_CMP_EQ", 1), arg(0, "SCMP_CMP_EQ", 10),
                                              arg(1, "SCMP_CMP_EQ", 2)})}));
  EXPECT_EQ(eval(q, SYS_socket, {1, 0}), kAllow);
  EXPECT_EQ(eval(q, SYS_socket, {10, 0}), kAllow);
  EXPECT_EQ(eval(q, SYS_socket, {5, 2}), kAllow);
  EXPECT_EQ(eval(q, SYS_socket, {5, 3}), errno_ret(EPERM));
}

TEST(Seccomp, MaskedEq) {
  // value is the mask, valueTwo the expected result (runtime-spec/runc).
  COMPILE(p, profile("SCMP_ACT_ALLOW", {rule({"clone"}, "SCMP_ACT_ERRNO",
                                             {arg(0, "SCMP_CMP_MASKED_EQ", 0x10000000, 0x10000000)})}));
  EXPECT_EQ(eval(p, SYS_clone, {0x10000000 | 0x11}), errno_ret(EPERM));
  EXPECT_EQ(eval(p, SYS_clone, {0x11}), kAllow);
  COMPILE(q, profile("SCMP_ACT_ERRNO", {rule({"personality"}, "SCMP_ACT_ALLOW",
                                             {arg(0, "SCMP_CMP_MASKED_EQ", 0xff, 0x08)})}));
  EXPECT_EQ(eval(q, SYS_personality, {0x1008}), kAllow);
  EXPECT_EQ(eval(q, SYS_personality, {0x08}), kAllow);
  EXPECT_EQ(eval(q, SYS_personality, {0x09}), errno_ret(EPERM));
}

TEST(Seccomp, ComparisonOperators) {
  const uint64_t big = 0x100000005ULL;  // needs the high word compared too
  struct Case {
    const char* op;
    uint64_t value, input;
    bool match;
  } cases[] = {
      {"SCMP_CMP_EQ", 5, 5, true},     {"SCMP_CMP_EQ", 5, big, false},  {"SCMP_CMP_EQ", big, big, true},
      {"SCMP_CMP_NE", 5, 5, false},    {"SCMP_CMP_NE", 5, big, true},   {"SCMP_CMP_LT", 5, 4, true},
      {"SCMP_CMP_LT", 5, 5, false},    {"SCMP_CMP_LT", big, 5, true},   {"SCMP_CMP_LE", 5, 5, true},
      {"SCMP_CMP_LE", 5, 6, false},    {"SCMP_CMP_GE", 5, 5, true},     {"SCMP_CMP_GE", 5, 4, false},
      {"SCMP_CMP_GE", 5, big, true},   {"SCMP_CMP_GT", 5, 6, true},     {"SCMP_CMP_GT", 5, 5, false},
      {"SCMP_CMP_GT", big, 6, false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.op) + " " + std::to_string(c.value) + " vs " + std::to_string(c.input));
    COMPILE(p, profile("SCMP_ACT_ERRNO", {rule({"read"}, "SCMP_ACT_ALLOW", {arg(2, c.op, c.value)})}));
    EXPECT_EQ(eval(p, SYS_read, {0, 0, c.input}), c.match ? kAllow : errno_ret(EPERM));
  }
}

TEST(Seccomp, Errors) {
  struct Case {
    Seccomp spec;
    const char* want;
  } cases[] = {
      {profile(""), "seccomp: defaultAction is required"},
      {profile("SCMP_ACT_FOO"), "seccomp: unknown syscall action SCMP_ACT_FOO"},
      {profile("SCMP_ACT_ALLOW", {rule({"getpid"}, "SCMP_ACT_FOO")}), "seccomp: unknown syscall action SCMP_ACT_FOO"},
      {profile("SCMP_ACT_NOTIFY"), "seccomp: SCMP_ACT_NOTIFY (listenerPath) is not supported"},
      {profile("SCMP_ACT_ALLOW", {rule({"getpid"}, "SCMP_ACT_NOTIFY")}),
       "seccomp: SCMP_ACT_NOTIFY (listenerPath) is not supported"},
      {profile("SCMP_ACT_ALLOW", {rule({"getpid"}, "SCMP_ACT_KILL", {}, 1u)}),
       "seccomp: syscalls[0]: errnoRet is only valid with SCMP_ACT_ERRNO or SCMP_ACT_TRACE, not SCMP_ACT_KILL"},
      {profile("SCMP_ACT_ALLOW", {}, 1u),
       "seccomp: defaultAction: errnoRet is only valid with SCMP_ACT_ERRNO or SCMP_ACT_TRACE, not SCMP_ACT_ALLOW"},
      {profile("SCMP_ACT_ERRNO", {}, 70000u), "seccomp: defaultAction: errnoRet 70000 out of range (0-65535)"},
      {profile("SCMP_ACT_ERRNO", {rule({"read"}, "SCMP_ACT_ALLOW", {arg(0, "SCMP_CMP_FOO", 1)})}),
       "seccomp: syscalls[0]: unknown operator SCMP_CMP_FOO"},
      {profile("SCMP_ACT_ERRNO", {rule({"read"}, "SCMP_ACT_ALLOW", {arg(6, "SCMP_CMP_EQ", 1)})}),
       "seccomp: syscalls[0]: argument index 6 out of range (0-5)"},
  };
  for (const auto& c : cases) EXPECT_EQ(compile_error(c.spec), c.want);

  Seccomp arch = profile("SCMP_ACT_ALLOW");
  arch.architectures = {"SCMP_ARCH_X86_64", "SCMP_ARCH_VAX"};
  EXPECT_EQ(compile_error(arch), "seccomp: unknown architecture SCMP_ARCH_VAX");
  Seccomp flag = profile("SCMP_ACT_ALLOW");
  flag.flags = {"SECCOMP_FILTER_FLAG_LOG", "SECCOMP_FILTER_FLAG_FOO"};
  EXPECT_EQ(compile_error(flag), "seccomp: unknown flag SECCOMP_FILTER_FLAG_FOO");
  Seccomp listener = profile("SCMP_ACT_ALLOW");
  listener.listener_path = "/run/seccomp.sock";
  EXPECT_EQ(compile_error(listener), "seccomp: SCMP_ACT_NOTIFY (listenerPath) is not supported");
}

TEST(Seccomp, Flags) {
  struct Case {
    std::vector<std::string> flags;
    unsigned want;
  } cases[] = {
      {{}, 0},
      {{"SECCOMP_FILTER_FLAG_TSYNC"}, 1},
      {{"SECCOMP_FILTER_FLAG_LOG"}, 2},
      {{"SECCOMP_FILTER_FLAG_SPEC_ALLOW"}, 4},
      {{"SECCOMP_FILTER_FLAG_TSYNC", "SECCOMP_FILTER_FLAG_LOG", "SECCOMP_FILTER_FLAG_SPEC_ALLOW"}, 7},
      // Meaningful only with a notify listener, which is not supported: accepted, nothing to pass.
      {{"SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV"}, 0},
      {{"SECCOMP_FILTER_FLAG_LOG", "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV"}, 2},
  };
  for (const auto& c : cases) {
    Seccomp s = profile("SCMP_ACT_ALLOW", {rule({"uname"}, "SCMP_ACT_ERRNO")});
    s.flags = c.flags;
    COMPILE(p, s);
    EXPECT_EQ(p.flags, c.want) << join(c.flags, ",");
  }
}

#if defined(__x86_64__) && !defined(__ILP32__)
// Filters check the arch first: a listed sub-architecture gets its own
// syscall table, an unlisted one hits the bad-arch action (kill).
TEST(Seccomp, Architectures) {
  constexpr long kI386Uname = 122, kI386Getpid = 20;
  Seccomp s = profile("SCMP_ACT_ALLOW", {rule({"uname"}, "SCMP_ACT_ERRNO", {}, 38u)});
  COMPILE(native_only, s);
  EXPECT_EQ(eval(native_only, SYS_uname), errno_ret(38));
  EXPECT_EQ(eval(native_only, kI386Uname, {}, AUDIT_ARCH_I386), SECCOMP_RET_KILL_THREAD);

  s.architectures = {"SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32", "SCMP_ARCH_X86"};
  COMPILE(multi, s);
  EXPECT_EQ(eval(multi, SYS_uname), errno_ret(38));
  EXPECT_EQ(eval(multi, kI386Uname, {}, AUDIT_ARCH_I386), errno_ret(38));
  EXPECT_EQ(eval(multi, kI386Getpid, {}, AUDIT_ARCH_I386), kAllow);
  EXPECT_EQ(eval(multi, SYS_uname | 0x40000000, {}, AUDIT_ARCH_X86_64), errno_ret(38));  // x32 ABI
  EXPECT_EQ(eval(multi, SYS_uname, {}, AUDIT_ARCH_AARCH64), SECCOMP_RET_KILL_THREAD);

  // Every little-endian architecture fits in one filter with x86_64; a
  // big-endian one is refused by name (libseccomp can't mix byte orders).
  s.architectures = {"SCMP_ARCH_X86",      "SCMP_ARCH_X32",      "SCMP_ARCH_ARM",         "SCMP_ARCH_AARCH64",
                     "SCMP_ARCH_MIPSEL",   "SCMP_ARCH_MIPSEL64", "SCMP_ARCH_MIPSEL64N32", "SCMP_ARCH_PPC64LE",
                     "SCMP_ARCH_RISCV64"};
  COMPILE(all, s);
  EXPECT_EQ(eval(all, SYS_uname), errno_ret(38));
  EXPECT_EQ(eval(all, kI386Uname, {}, AUDIT_ARCH_I386), errno_ret(38));
  EXPECT_EQ(eval(all, 160 /* aarch64 uname */, {}, AUDIT_ARCH_AARCH64), errno_ret(38));
  EXPECT_EQ(eval(all, 4122 /* mipsel o32 uname */, {}, AUDIT_ARCH_MIPSEL), errno_ret(38));
  s.architectures = {"SCMP_ARCH_X86", "SCMP_ARCH_MIPS"};
  EXPECT_EQ(compile_error(s), "seccomp: add architecture SCMP_ARCH_MIPS: byte order differs from the native architecture");
}
#endif

TEST(Seccomp, KnownLists) {
  auto has = [](const std::vector<std::string>& v, const char* s) {
    for (auto& x : v)
      if (x == s) return true;
    return false;
  };
  auto acts = seccomp_known_actions();
  for (const char* a : {"SCMP_ACT_KILL", "SCMP_ACT_KILL_PROCESS", "SCMP_ACT_KILL_THREAD", "SCMP_ACT_TRAP",
                        "SCMP_ACT_ERRNO", "SCMP_ACT_TRACE", "SCMP_ACT_ALLOW", "SCMP_ACT_LOG"})
    EXPECT_TRUE(has(acts, a)) << a;
  EXPECT_FALSE(has(acts, "SCMP_ACT_NOTIFY"));
  auto ops = seccomp_known_operators();
  EXPECT_EQ(ops.size(), 7u);
  EXPECT_TRUE(has(ops, "SCMP_CMP_MASKED_EQ"));
  auto archs = seccomp_known_archs();
  for (const char* a : {"SCMP_ARCH_X86", "SCMP_ARCH_X86_64", "SCMP_ARCH_ARM", "SCMP_ARCH_AARCH64", "SCMP_ARCH_MIPSEL",
                        "SCMP_ARCH_MIPSEL64N32", "SCMP_ARCH_PPC64LE", "SCMP_ARCH_S390X", "SCMP_ARCH_RISCV64"})
    EXPECT_TRUE(has(archs, a)) << a;
  auto flags = seccomp_known_flags();
  EXPECT_EQ(flags.size(), 4u);
  EXPECT_TRUE(has(flags, "SECCOMP_FILTER_FLAG_SPEC_ALLOW"));
  // Every listed name must compile.
  for (auto& a : acts) EXPECT_EQ(compile_error(profile(a.c_str())), "") << a;
  for (auto& o : ops) EXPECT_EQ(compile_error(profile("SCMP_ACT_ERRNO", {rule({"read"}, "SCMP_ACT_ALLOW", {arg(0, o.c_str(), 1)})})), "") << o;
  Seccomp f = profile("SCMP_ACT_ALLOW");
  f.flags = flags;
  EXPECT_EQ(compile_error(f), "");
}

// Runs fn in a forked child with no_new_privs set; fn returns "" on success or
// a failure text. Returns the child's verdict, or how it died.
template <class Fn>
std::string in_child(Fn fn, int* term_signal = nullptr, bool nnp = true) {
  int p[2];
  if (pipe2(p, O_CLOEXEC) < 0) return "pipe failed";
  pid_t pid = fork();
  if (pid == 0) {
    close(p[0]);
    std::string msg = nnp && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 ? "set no_new_privs failed" : fn();
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
  waitpid(pid, &st, 0);
  if (WIFSIGNALED(st)) {
    if (term_signal) *term_signal = WTERMSIG(st);
    return "killed by signal " + std::to_string(WTERMSIG(st));
  }
  if (WEXITSTATUS(st) != 0 && out.empty()) out = "child exit " + std::to_string(WEXITSTATUS(st));
  return out;
}

TEST(SeccompKernel, LoadedFilterReturnsErrno) {
  // Compiled in the parent, loaded in the child: the runtime's split.
  Seccomp s = profile("SCMP_ACT_ALLOW", {rule({"uname", "mkdirat"}, "SCMP_ACT_ERRNO", {}, 38u),
                                         rule({"personality"}, "SCMP_ACT_ERRNO", {arg(0, "SCMP_CMP_EQ", 0x1234)}, 22u)});
  COMPILE(p, s);
  std::string r = in_child([&]() -> std::string {
    auto st = seccomp_load(p);
    if (!st.ok()) return "load: " + st.error().msg;
    utsname u;
    errno = 0;
    if (uname(&u) != -1 || errno != 38) return "uname: want -1/ENOSYS, got errno " + std::to_string(errno);
    errno = 0;
    if (mkdirat(AT_FDCWD, "/tmp/edgectl-seccomp-never", 0700) != -1 || errno != 38)
      return "mkdirat: want -1/ENOSYS, got errno " + std::to_string(errno);
    errno = 0;
    if (syscall(SYS_personality, 0x1234UL) != -1 || errno != EINVAL) return "personality(0x1234): want EINVAL";
    if (syscall(SYS_personality, 0xffffffffUL) < 0) return "personality(query) was filtered";
    if (getpid() <= 0) return "getpid failed";
    return "";
  });
  EXPECT_EQ(r, "");
}

TEST(SeccompKernel, KillProcessAndFlags) {
  Seccomp s = profile("SCMP_ACT_ALLOW", {rule({"getppid"}, "SCMP_ACT_KILL_PROCESS")});
  s.flags = {"SECCOMP_FILTER_FLAG_LOG", "SECCOMP_FILTER_FLAG_SPEC_ALLOW", "SECCOMP_FILTER_FLAG_TSYNC"};
  COMPILE(p, s);
  int sig = 0;
  std::string r = in_child(
      [&]() -> std::string {
        auto st = seccomp_load(p);
        if (!st.ok()) return "load: " + st.error().msg;
        syscall(SYS_getppid);
        return "getppid survived";
      },
      &sig);
  EXPECT_EQ(sig, SIGSYS) << r;
}

TEST(SeccompKernel, EmptyProgramAndBadFlags) {
  std::string r = in_child([]() -> std::string {
    SeccompProgram empty;
    if (!seccomp_load(empty).ok()) return "empty program failed to load";
    // An invalid flag must fail with an error that names the flags.
    Seccomp s = profile("SCMP_ACT_ALLOW", {rule({"uname"}, "SCMP_ACT_ERRNO")});
    auto p = seccomp_compile(s);
    if (!p.ok()) return p.error().msg;
    p->flags = 1u << 30;
    auto st = seccomp_load(*p);
    if (st.ok()) return "flag 1<<30 accepted";
    if (st.error().code != EINVAL || st.error().msg.find("flags 0x40000000") == std::string::npos)
      return "unexpected error: " + st.error().msg;
    // WAIT_KILLABLE_RECV without a listener is refused by the kernel: why compile() drops it.
    p->flags = 1u << 5;  // SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV
    if (seccomp_load(*p).ok()) return "WAIT_KILLABLE_RECV alone accepted by the kernel";
    return "";
  });
  EXPECT_EQ(r, "");
}

// Without no_new_privs the kernel wants CAP_SYS_ADMIN (why init loads the
// filter before dropping capabilities when noNewPrivileges is false).
TEST(SeccompKernel, WithoutNoNewPrivsNeedsCapSysAdmin) {
  COMPILE(p, profile("SCMP_ACT_ALLOW", {rule({"uname"}, "SCMP_ACT_ERRNO", {}, 38u)}));
  std::string r = in_child(
      [&]() -> std::string {
        if (geteuid() == 0) {
          // Privileged: loads; then as nobody (capabilities gone): refused.
          auto st = seccomp_load(p);
          if (!st.ok()) return "root load: " + st.error().msg;
          utsname u;
          if (uname(&u) != -1 || errno != 38) return "filter loaded as root not in force";
          if (setresgid(65534, 65534, 65534) < 0 || setresuid(65534, 65534, 65534) < 0) return "setresuid failed";
        }
        auto st = seccomp_load(p);
        if (st.ok()) return "loaded without no_new_privs or CAP_SYS_ADMIN";
        if (st.error().code != EACCES || st.error().msg.find("needs no_new_privs or CAP_SYS_ADMIN") == std::string::npos)
          return "unexpected error: " + st.error().msg;
        return "";
      },
      nullptr, /*nnp=*/false);
  EXPECT_EQ(r, "");
}

// A scratch directory removed with everything in it.
struct TempDir {
  std::string path;
  TempDir() {
    char t[] = "/tmp/edgectl-seccomp-XXXXXX";
    path = mkdtemp(t) ? t : "";
  }
  ~TempDir() {
    if (!path.empty()) (void)remove_all(path);
  }
};

std::vector<std::string> bpf_entries(const std::string& dir) {
  std::vector<std::string> out;
  auto names = list_dir(dir);
  if (names.ok())
    for (auto& n : *names)
      if (ends_with(n, ".bpf")) out.push_back(n);
  return out;
}

TEST(SeccompCache, MissStoresHitServesExactFilter) {
  TempDir tmp;
  ASSERT_FALSE(tmp.path.empty());
  std::string dir = tmp.path + "/seccomp-cache";
  Seccomp a = profile("SCMP_ACT_ERRNO", {rule({"getpid"}, "SCMP_ACT_ALLOW")}, 38u);
  a.flags = {"SECCOMP_FILTER_FLAG_LOG"};
  COMPILE(plain, a);

  auto first = seccomp_compile_cached(a, dir);
  ASSERT_TRUE(first.ok()) << first.error().msg;
  EXPECT_EQ(first->insns, plain.insns);
  EXPECT_EQ(first->flags, plain.flags);
  auto entries = bpf_entries(dir);
  ASSERT_EQ(entries.size(), 1u);
  struct stat st;
  ASSERT_EQ(stat(dir.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0700u);

  // A hit is served from the entry: prove it by altering the stored program
  // (same length: the last instruction becomes RET ALLOW).
  std::string file = dir + "/" + entries[0];
  auto data = read_file(file);
  ASSERT_TRUE(data.ok());
  uint64_t ret_allow = 0;
  sock_filter allow = BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
  std::memcpy(&ret_allow, &allow, sizeof allow);
  std::string altered = *data;
  std::memcpy(altered.data() + altered.size() - 8, &ret_allow, 8);
  ASSERT_TRUE(write_file(file, altered, 0600).ok());
  auto hit = seccomp_compile_cached(a, dir);
  ASSERT_TRUE(hit.ok());
  EXPECT_EQ(hit->insns.back(), ret_allow);
  EXPECT_EQ(hit->flags, plain.flags);

  // A different profile never gets that entry, even under the same file name.
  Seccomp b = a;
  b.syscalls[0].names = {"getuid"};  // same key length as a's
  COMPILE(plain_b, b);
  auto other = seccomp_compile_cached(b, dir);
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->insns, plain_b.insns);
  EXPECT_EQ(bpf_entries(dir).size(), 2u);
  std::string b_file;
  for (auto& e : bpf_entries(dir))
    if (e != entries[0]) b_file = dir + "/" + e;
  ASSERT_TRUE(write_file(b_file, altered, 0600).ok());  // a's key under b's name
  auto forged = seccomp_compile_cached(b, dir);
  ASSERT_TRUE(forged.ok());
  EXPECT_EQ(forged->insns, plain_b.insns);
  auto rewritten = read_file(b_file);
  EXPECT_TRUE(rewritten.ok() && *rewritten != altered) << "entry not rewritten after a miss";
}

TEST(SeccompCache, DamagedOrUntrustedEntriesIgnored) {
  TempDir tmp;
  ASSERT_FALSE(tmp.path.empty());
  Seccomp a = profile("SCMP_ACT_ALLOW", {rule({"uname"}, "SCMP_ACT_ERRNO", {}, 38u)});
  COMPILE(plain, a);
  ASSERT_TRUE(seccomp_compile_cached(a, tmp.path).ok());
  auto entries = bpf_entries(tmp.path);
  ASSERT_EQ(entries.size(), 1u);
  std::string file = tmp.path + "/" + entries[0];
  auto data = read_file(file);
  ASSERT_TRUE(data.ok());

  // Torn (e.g. power cut), then group-writable with altered contents.
  ASSERT_TRUE(write_file(file, data->substr(0, data->size() - 3), 0600).ok());
  auto r = seccomp_compile_cached(a, tmp.path);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->insns, plain.insns);
  std::string altered = *data;
  altered[altered.size() - 1] ^= 0x7f;
  ASSERT_TRUE(write_file(file, altered, 0600).ok());
  ASSERT_EQ(chmod(file.c_str(), 0620), 0);
  r = seccomp_compile_cached(a, tmp.path);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->insns, plain.insns);

  // An unusable cache directory only costs the compile; errors still surface.
  std::string not_dir = tmp.path + "/file";
  ASSERT_TRUE(write_file(not_dir, "x").ok());
  r = seccomp_compile_cached(a, not_dir);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(r->insns, plain.insns);
  EXPECT_EQ(seccomp_compile_cached(profile("SCMP_ACT_FOO"), tmp.path).error().msg,
            "seccomp: unknown syscall action SCMP_ACT_FOO");
  r = seccomp_compile_cached(a, "");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->insns, plain.insns);
}

TEST(SeccompCache, Bounded) {
  TempDir tmp;
  ASSERT_FALSE(tmp.path.empty());
  for (int i = 0; i < 70; i++) {
    Seccomp s = profile("SCMP_ACT_ALLOW", {rule({"uname"}, "SCMP_ACT_ERRNO", {}, uint32_t(i + 1))});
    ASSERT_TRUE(seccomp_compile_cached(s, tmp.path).ok());
  }
  auto n = list_dir(tmp.path);
  ASSERT_TRUE(n.ok());
  EXPECT_LE(n->size(), 65u);
  EXPECT_GE(n->size(), 1u);
}

// podman's (containers-common) docker-style default profile, through the
// same path as a bundle's config.json.
TEST(SeccompProfile, ContainersDefaultProfile) {
  const char* path = "/usr/share/containers/seccomp.json";
  auto text = read_file(path);
  if (!text.ok()) GTEST_SKIP() << path << " not present";
  std::string config = R"({"ociVersion":"1.0.2","root":{"path":"rootfs"},"linux":{"seccomp":)" + *text + "}}";
  auto spec = parse_spec(config);
  ASSERT_TRUE(spec.ok()) << spec.error().msg;
  ASSERT_TRUE(spec->linux && spec->linux->seccomp);
  Seccomp sc = *spec->linux->seccomp;
  EXPECT_EQ(sc.default_action, "SCMP_ACT_ERRNO");
  EXPECT_GT(sc.syscalls.size(), 10u);

  auto timed = [](const Seccomp& s, const char* label) -> Result<SeccompProgram> {
    timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    auto r = seccomp_compile(s);
    clock_gettime(CLOCK_MONOTONIC, &b);
    double ms = (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
    std::printf("[ profile  ] %s: compile %.3f ms, %zu instructions\n", label, ms, r.ok() ? r->insns.size() : 0);
    return r;
  };
  auto native = timed(sc, "containers seccomp.json, native arch");
  ASSERT_TRUE(native.ok()) << native.error().msg;
  uint32_t enosys = errno_ret(sc.default_errno_ret.value_or(EPERM));
  EXPECT_EQ(enosys, errno_ret(ENOSYS));
  EXPECT_EQ(eval(*native, SYS_getpid), kAllow);
  EXPECT_EQ(eval(*native, SYS_read, {0, 0, 1}), kAllow);
  EXPECT_EQ(eval(*native, SYS_kexec_load), errno_ret(EPERM));  // listed with errnoRet 1
#ifdef SYS_create_module
  EXPECT_EQ(eval(*native, SYS_create_module), enosys);  // not listed: default
#endif
  EXPECT_EQ(eval(*native, SYS_personality, {8}), kAllow);
  EXPECT_EQ(eval(*native, SYS_personality, {0x1234}), enosys);

  TempDir tmp;
  ASSERT_FALSE(tmp.path.empty());
  for (const char* label : {"cache miss", "cache hit"}) {
    timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    auto r = seccomp_compile_cached(sc, tmp.path);
    clock_gettime(CLOCK_MONOTONIC, &b);
    ASSERT_TRUE(r.ok()) << r.error().msg;
    EXPECT_EQ(r->insns, native->insns);
    std::printf("[ profile  ] %s: %.3f ms\n", label, (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6);
  }

#if defined(__x86_64__) && !defined(__ILP32__)
  // What podman writes into config.json on amd64 (archMap entry).
  sc.architectures = {"SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32"};
  auto multi = timed(sc, "containers seccomp.json, x86_64+x86+x32");
  ASSERT_TRUE(multi.ok()) << multi.error().msg;
  EXPECT_EQ(eval(*multi, SYS_getpid), kAllow);
  EXPECT_EQ(eval(*multi, 20 /* i386 getpid */, {}, AUDIT_ARCH_I386), kAllow);
  EXPECT_EQ(eval(*multi, SYS_kexec_load), errno_ret(EPERM));
  EXPECT_EQ(eval(*multi, SYS_personality, {0x1234}), enosys);
#endif
}

}  // namespace

#else  // !EDGECTL_HAVE_SECCOMP

TEST(SeccompStub, RefusesFilters) {
  EXPECT_FALSE(seccomp_built());
  std::string e = compile_error(profile("SCMP_ACT_ALLOW"));
  EXPECT_NE(e.find("built without seccomp"), std::string::npos) << e;
  EXPECT_TRUE(seccomp_known_actions().empty());
  EXPECT_TRUE(seccomp_known_operators().empty());
  EXPECT_TRUE(seccomp_known_archs().empty());
  EXPECT_TRUE(seccomp_known_flags().empty());
  SeccompProgram empty;
  EXPECT_TRUE(seccomp_load(empty).ok());
  SeccompProgram one;
  one.insns.push_back(0x7fff000000000006ULL);
  EXPECT_FALSE(seccomp_load(one).ok());
}

#endif
