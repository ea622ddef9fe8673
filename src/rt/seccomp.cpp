// Seccomp with libseccomp: the spec's filter is compiled to classic BPF in the
// parent (before clone) and exported as raw instructions, so the container
// init only has to hand them to seccomp(2) — no library calls, no allocation.
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstring>
#include <memory>

#include "core/fd.h"
#include "rt/seccomp.h"

// Flag values from the kernel ABI, for builds against older headers.
#ifndef SECCOMP_FILTER_FLAG_TSYNC
#define SECCOMP_FILTER_FLAG_TSYNC (1UL << 0)
#endif
#ifndef SECCOMP_FILTER_FLAG_LOG
#define SECCOMP_FILTER_FLAG_LOG (1UL << 1)
#endif
#ifndef SECCOMP_FILTER_FLAG_SPEC_ALLOW
#define SECCOMP_FILTER_FLAG_SPEC_ALLOW (1UL << 2)
#endif
#ifndef SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV
#define SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV (1UL << 5)
#endif
#ifndef BPF_MAXINSNS
#define BPF_MAXINSNS 4096
#endif

namespace ec::rt {
namespace {

constexpr const char* kNotifyMsg = "seccomp: SCMP_ACT_NOTIFY (listenerPath) is not supported";

struct ArchName {
  const char* name;
  uint32_t token;
};
// Every architecture this libseccomp knows; newer ones only when its header has them.
constexpr ArchName kArchs[] = {
    {"SCMP_ARCH_X86", SCMP_ARCH_X86},
    {"SCMP_ARCH_X86_64", SCMP_ARCH_X86_64},
    {"SCMP_ARCH_X32", SCMP_ARCH_X32},
    {"SCMP_ARCH_ARM", SCMP_ARCH_ARM},
    {"SCMP_ARCH_AARCH64", SCMP_ARCH_AARCH64},
    {"SCMP_ARCH_MIPS", SCMP_ARCH_MIPS},
    {"SCMP_ARCH_MIPS64", SCMP_ARCH_MIPS64},
    {"SCMP_ARCH_MIPS64N32", SCMP_ARCH_MIPS64N32},
    {"SCMP_ARCH_MIPSEL", SCMP_ARCH_MIPSEL},
    {"SCMP_ARCH_MIPSEL64", SCMP_ARCH_MIPSEL64},
    {"SCMP_ARCH_MIPSEL64N32", SCMP_ARCH_MIPSEL64N32},
    {"SCMP_ARCH_PPC", SCMP_ARCH_PPC},
    {"SCMP_ARCH_PPC64", SCMP_ARCH_PPC64},
    {"SCMP_ARCH_PPC64LE", SCMP_ARCH_PPC64LE},
    {"SCMP_ARCH_S390", SCMP_ARCH_S390},
    {"SCMP_ARCH_S390X", SCMP_ARCH_S390X},
#ifdef SCMP_ARCH_PARISC
    {"SCMP_ARCH_PARISC", SCMP_ARCH_PARISC},
    {"SCMP_ARCH_PARISC64", SCMP_ARCH_PARISC64},
#endif
#ifdef SCMP_ARCH_RISCV64
    {"SCMP_ARCH_RISCV64", SCMP_ARCH_RISCV64},
#endif
#ifdef SCMP_ARCH_LOONGARCH64
    {"SCMP_ARCH_LOONGARCH64", SCMP_ARCH_LOONGARCH64},
#endif
#ifdef SCMP_ARCH_M68K
    {"SCMP_ARCH_M68K", SCMP_ARCH_M68K},
#endif
#ifdef SCMP_ARCH_SH
    {"SCMP_ARCH_SH", SCMP_ARCH_SH},
    {"SCMP_ARCH_SHEB", SCMP_ARCH_SHEB},
#endif
};

struct OpName {
  const char* name;
  scmp_compare op;
};
constexpr OpName kOps[] = {
    {"SCMP_CMP_NE", SCMP_CMP_NE}, {"SCMP_CMP_LT", SCMP_CMP_LT}, {"SCMP_CMP_LE", SCMP_CMP_LE},
    {"SCMP_CMP_EQ", SCMP_CMP_EQ}, {"SCMP_CMP_GE", SCMP_CMP_GE}, {"SCMP_CMP_GT", SCMP_CMP_GT},
    {"SCMP_CMP_MASKED_EQ", SCMP_CMP_MASKED_EQ},
};

struct FlagName {
  const char* name;
  unsigned bit;
};
// WAIT_KILLABLE_RECV only modifies NEW_LISTENER (the kernel rejects it alone
// with EINVAL); without notify support it is accepted and has nothing to do,
// as libseccomp does when no listener is used.
constexpr FlagName kFlags[] = {
    {"SECCOMP_FILTER_FLAG_TSYNC", SECCOMP_FILTER_FLAG_TSYNC},
    {"SECCOMP_FILTER_FLAG_LOG", SECCOMP_FILTER_FLAG_LOG},
    {"SECCOMP_FILTER_FLAG_SPEC_ALLOW", SECCOMP_FILTER_FLAG_SPEC_ALLOW},
    {"SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV", 0},
};

struct ActName {
  const char* name;
  uint32_t action;  // ERRNO/TRACE: base value, the errno is OR-ed in
  bool takes_errno;
};
constexpr ActName kActions[] = {
    {"SCMP_ACT_KILL", SCMP_ACT_KILL, false},
    {"SCMP_ACT_KILL_PROCESS", SCMP_ACT_KILL_PROCESS, false},
    {"SCMP_ACT_KILL_THREAD", SCMP_ACT_KILL_THREAD, false},
    {"SCMP_ACT_TRAP", SCMP_ACT_TRAP, false},
    {"SCMP_ACT_ERRNO", SCMP_ACT_ERRNO(0), true},
    {"SCMP_ACT_TRACE", SCMP_ACT_TRACE(0), true},
    {"SCMP_ACT_ALLOW", SCMP_ACT_ALLOW, false},
    {"SCMP_ACT_LOG", SCMP_ACT_LOG, false},
};

// Action name (+ errnoRet) to libseccomp action. `where` names the spec item.
Result<uint32_t> resolve_action(const std::string& name, const std::optional<uint32_t>& errno_ret,
                                const char* where) {
  if (name == "SCMP_ACT_NOTIFY") return make_error(kNotifyMsg, ENOTSUP);
  for (const auto& a : kActions) {
    if (name != a.name) continue;
    if (!a.takes_errno) {
      if (errno_ret)
        return make_error(strf("seccomp: %s: errnoRet is only valid with SCMP_ACT_ERRNO or SCMP_ACT_TRACE, not %s",
                               where, a.name));
      return a.action;
    }
    // runc's default for both ERRNO and TRACE.
    uint32_t e = errno_ret.value_or(EPERM);
    if (e > 0xffff) return make_error(strf("seccomp: %s: errnoRet %u out of range (0-65535)", where, e));
    return a.action | e;
  }
  return make_error("seccomp: unknown syscall action " + name);
}

struct CtxRelease {
  void operator()(void* c) const { seccomp_release(c); }
};
using FilterCtx = std::unique_ptr<void, CtxRelease>;

std::string rc_text(int rc) { return std::strerror(rc < 0 ? -rc : rc); }

// memfd first; a pipe on kernels before 3.17 (a valid filter, at most
// 4096 * 8 bytes, fits a pipe's buffer; O_NONBLOCK turns an oversized one
// into an error instead of a hang).
Result<std::vector<uint64_t>> export_bpf(scmp_filter_ctx ctx) {
  Fd rd, wr;
  bool pipe_mode = false;
  if (int m = ::memfd_create("seccomp", MFD_CLOEXEC); m >= 0) {
    wr.reset(m);
  } else {
    int p[2];
    if (errno != ENOSYS) return sys_error("seccomp: memfd_create");
    if (::pipe2(p, O_CLOEXEC | O_NONBLOCK) < 0) return sys_error("seccomp: pipe");
    rd.reset(p[0]);
    wr.reset(p[1]);
    pipe_mode = true;
  }
  if (int rc = seccomp_export_bpf(ctx, wr.get()); rc < 0) return sys_error(-rc, "seccomp: export filter");
  if (pipe_mode) {
    wr.reset();
  } else {
    if (::lseek(wr.get(), 0, SEEK_SET) < 0) return sys_error("seccomp: lseek memfd");
    rd = std::move(wr);
  }
  std::string bytes;
  char buf[8192];
  for (;;) {
    ssize_t n = ::read(rd.get(), buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return sys_error("seccomp: read exported filter");
    if (n == 0) break;
    bytes.append(buf, size_t(n));
  }
  if (bytes.size() % sizeof(sock_filter) != 0)
    return make_error(strf("seccomp: exported filter has %zu bytes, not a whole number of instructions", bytes.size()));
  std::vector<uint64_t> insns(bytes.size() / sizeof(sock_filter));
  std::memcpy(insns.data(), bytes.data(), bytes.size());
  return insns;
}

// runc semantics: several args on the same index are alternatives (OR).
bool args_repeat_index(const std::vector<scmp_arg_cmp>& c) {
  for (size_t i = 0; i < c.size(); i++)
    for (size_t j = i + 1; j < c.size(); j++)
      if (c[i].arg == c[j].arg) return true;
  return false;
}

Status add_rules(scmp_filter_ctx ctx, uint32_t def, const std::vector<SeccompRule>& rules) {
  std::vector<scmp_arg_cmp> conds;  // reused across rules
  for (size_t i = 0; i < rules.size(); i++) {
    const SeccompRule& r = rules[i];
    std::string where = strf("syscalls[%zu]", i);
    EC_ASSIGN(uint32_t act, resolve_action(r.action, r.errno_ret, where.c_str()));
    conds.clear();
    for (const SeccompArg& a : r.args) {
      if (a.index > 5) return make_error(strf("seccomp: %s: argument index %u out of range (0-5)", where.c_str(), a.index));
      const OpName* op = nullptr;
      for (const auto& o : kOps)
        if (a.op == o.name) op = &o;
      if (!op) return make_error(strf("seccomp: %s: unknown operator %s", where.c_str(), a.op.c_str()));
      // MASKED_EQ: datum_a is the mask (value), datum_b the expected (valueTwo).
      conds.push_back(scmp_arg_cmp{a.index, op->op, a.value, a.value_two});
    }
    // libseccomp rejects rules that repeat the default action; they change nothing.
    if (act == def) continue;
    bool or_args = args_repeat_index(conds);
    for (const std::string& name : r.names) {
      int nr = seccomp_syscall_resolve_name(name.c_str());
      // Profiles list syscalls newer than this libseccomp: skip them, as runc does.
      if (nr == __NR_SCMP_ERROR) continue;
      int rc = 0;
      if (!or_args) {
        rc = seccomp_rule_add_array(ctx, act, nr, unsigned(conds.size()), conds.empty() ? nullptr : conds.data());
      } else {
        for (const auto& c : conds)
          if ((rc = seccomp_rule_add_array(ctx, act, nr, 1, &c)) < 0) break;
      }
      if (rc < 0) return sys_error(-rc, "seccomp: add rule for " + name);
    }
  }
  return {};
}

}  // namespace

bool seccomp_built() { return true; }

Result<SeccompProgram> seccomp_compile(const Seccomp& s) {
  if (s.default_action.empty()) return make_error("seccomp: defaultAction is required");
  if (!s.listener_path.empty()) return make_error(kNotifyMsg, ENOTSUP);
  EC_ASSIGN(uint32_t def, resolve_action(s.default_action, s.default_errno_ret, "defaultAction"));

  SeccompProgram prog;
  for (const std::string& f : s.flags) {
    const FlagName* found = nullptr;
    for (const auto& k : kFlags)
      if (f == k.name) found = &k;
    if (!found) return make_error("seccomp: unknown flag " + f);
    prog.flags |= found->bit;
  }
  uint32_t archs[sizeof kArchs / sizeof kArchs[0]];
  size_t n_archs = 0;
  for (const std::string& a : s.architectures) {
    const ArchName* found = nullptr;
    for (const auto& k : kArchs)
      if (a == k.name) found = &k;
    if (!found) return make_error("seccomp: unknown architecture " + a);
    bool dup = false;
    for (size_t i = 0; i < n_archs; i++) dup = dup || archs[i] == found->token;
    if (!dup) archs[n_archs++] = found->token;
  }

  FilterCtx ctx(seccomp_init(def));
  if (!ctx) return make_error("seccomp: init filter with default action " + s.default_action + " failed");
  // We set no_new_privs ourselves and load the exported program ourselves.
  if (int rc = seccomp_attr_set(ctx.get(), SCMP_FLTATR_CTL_NNP, 0); rc < 0)
    return sys_error(-rc, "seccomp: clear NNP attribute");
  if (int rc = seccomp_attr_set(ctx.get(), SCMP_FLTATR_CTL_TSYNC, 0); rc < 0)
    return sys_error(-rc, "seccomp: clear TSYNC attribute");
  for (size_t i = 0; i < n_archs; i++) {
    int rc = seccomp_arch_add(ctx.get(), archs[i]);
    if (rc < 0 && rc != -EEXIST) {
      const char* name = "?";
      for (const auto& k : kArchs)
        if (k.token == archs[i]) name = k.name;
      // libseccomp cannot mix byte orders in one filter (e.g. MIPS with x86).
      std::string why = rc == -EDOM ? "byte order differs from the native architecture" : rc_text(rc);
      return make_error(strf("seccomp: add architecture %s: %s", name, why.c_str()), -rc);
    }
  }
  EC_TRY(add_rules(ctx.get(), def, s.syscalls));
  EC_ASSIGN(prog.insns, export_bpf(ctx.get()));
  if (prog.insns.size() > BPF_MAXINSNS)
    return make_error(strf("seccomp: filter has %zu instructions, the kernel accepts at most %d", prog.insns.size(),
                           BPF_MAXINSNS));
  return prog;
}

Status seccomp_load(const SeccompProgram& prog) {
  if (prog.empty()) return {};
  // On the stack, pointing into prog: nothing allocated on the success path.
  sock_fprog fprog{};
  fprog.len = static_cast<unsigned short>(prog.insns.size());
  fprog.filter = reinterpret_cast<sock_filter*>(const_cast<uint64_t*>(prog.insns.data()));
  long rc = -1;
  errno = ENOSYS;
#ifdef SYS_seccomp
  rc = ::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, prog.flags, &fprog);
#endif
  // Kernels before 3.17 only have the prctl, which takes no flags.
  if (rc < 0 && errno == ENOSYS && prog.flags == 0) rc = ::prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &fprog, 0, 0);
  if (rc == 0) return {};
  if (rc > 0) return make_error(strf("seccomp: load filter: thread %ld could not be synchronized (TSYNC)", rc));
  int err = errno;
  if (err == EINVAL && prog.flags != 0)
    return sys_error(err, strf("seccomp: load filter with flags 0x%x (flags not supported by this kernel?)", prog.flags));
  if (err == EACCES) return sys_error(err, "seccomp: load filter (needs no_new_privs or CAP_SYS_ADMIN)");
  return sys_error(err, "seccomp: load filter");
}

std::vector<std::string> seccomp_known_actions() {
  std::vector<std::string> v;
  for (const auto& a : kActions) v.emplace_back(a.name);
  return v;
}

std::vector<std::string> seccomp_known_operators() {
  std::vector<std::string> v;
  for (const auto& o : kOps) v.emplace_back(o.name);
  return v;
}

std::vector<std::string> seccomp_known_archs() {
  std::vector<std::string> v;
  for (const auto& a : kArchs) v.emplace_back(a.name);
  return v;
}

std::vector<std::string> seccomp_known_flags() {
  std::vector<std::string> v;
  for (const auto& f : kFlags) v.emplace_back(f.name);
  return v;
}

}  // namespace ec::rt
