// cgroup v2 device filter: a BPF_PROG_TYPE_CGROUP_DEVICE program built from
// the emulated rule set (the same v1 semantics runc keeps on v2), attached
// with BPF_F_ALLOW_MULTI in place of the program we attached before.
#include <linux/bpf.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/fd.h"
#include "core/strutil.h"
#include "rt/cgroup.h"
#include "rt/cgroup_internal.h"

namespace ec::rt::cgroup {
namespace detail {

static_assert(int(kAccMknod) == int(BPF_DEVCG_ACC_MKNOD) && int(kAccRead) == int(BPF_DEVCG_ACC_READ) &&
              int(kAccWrite) == int(BPF_DEVCG_ACC_WRITE));
static_assert(sizeof(struct bpf_insn) == sizeof(uint64_t));

namespace {

// Registers: R1 ctx (struct bpf_cgroup_dev_ctx) then scratch, R2 type,
// R3 access, R4 major, R5 minor, R0 verdict.
bpf_insn insn(uint8_t code, uint8_t dst, uint8_t src, int16_t off, int32_t imm) {
  bpf_insn i;
  memset(&i, 0, sizeof i);
  i.code = code;
  i.dst_reg = dst & 0xf;
  i.src_reg = src & 0xf;
  i.off = off;
  i.imm = imm;
  return i;
}
bpf_insn ldx_w(uint8_t dst, uint8_t src, int16_t off) { return insn(BPF_LDX | BPF_MEM | BPF_W, dst, src, off, 0); }
bpf_insn alu32_k(uint8_t op, uint8_t dst, int32_t imm) { return insn(BPF_ALU | op | BPF_K, dst, 0, 0, imm); }
bpf_insn mov32_x(uint8_t dst, uint8_t src) { return insn(BPF_ALU | BPF_MOV | BPF_X, dst, src, 0, 0); }
bpf_insn jmp_k(uint8_t op, uint8_t dst, int32_t imm) { return insn(BPF_JMP | op | BPF_K, dst, 0, 0, imm); }
bpf_insn jmp_x(uint8_t op, uint8_t dst, uint8_t src) { return insn(BPF_JMP | op | BPF_X, dst, src, 0, 0); }
bpf_insn exit_insn() { return insn(BPF_JMP | BPF_EXIT, 0, 0, 0, 0); }

// One exception: every check jumps to the next block on mismatch.
void emit_block(std::vector<bpf_insn>& p, const DevKey& k, uint8_t acc, bool allow) {
  std::vector<size_t> to_next;
  auto jump = [&](bpf_insn i) {
    to_next.push_back(p.size());
    p.push_back(i);
  };
  jump(jmp_k(BPF_JNE, BPF_REG_2, k.type == 'b' ? BPF_DEVCG_DEV_BLOCK : BPF_DEVCG_DEV_CHAR));
  if (acc != kAccAll) {
    p.push_back(mov32_x(BPF_REG_1, BPF_REG_3));
    p.push_back(alu32_k(BPF_AND, BPF_REG_1, acc));
    if (allow)
      jump(jmp_x(BPF_JNE, BPF_REG_1, BPF_REG_3));  // allowed only if every requested bit is granted
    else
      jump(jmp_k(BPF_JEQ, BPF_REG_1, 0));  // denied if any requested bit is denied (v1's partial match)
  }
  if (k.major >= 0) jump(jmp_k(BPF_JNE, BPF_REG_4, static_cast<int32_t>(k.major)));
  if (k.minor >= 0) jump(jmp_k(BPF_JNE, BPF_REG_5, static_cast<int32_t>(k.minor)));
  p.push_back(alu32_k(BPF_MOV, BPF_REG_0, allow ? 1 : 0));
  p.push_back(exit_insn());
  for (size_t j : to_next) p[j].off = static_cast<int16_t>(p.size() - (j + 1));
}

}  // namespace

Result<std::vector<uint64_t>> device_program(const std::vector<DeviceRule>& rules) {
  // Emulating first gives v1's exact semantics (last rule wins, 'a' resets,
  // partial access) as a list of exceptions that all share one action.
  EC_ASSIGN(DevState st, dev_build(rules));
  std::vector<bpf_insn> p = {
      ldx_w(BPF_REG_2, BPF_REG_1, offsetof(bpf_cgroup_dev_ctx, access_type)),
      alu32_k(BPF_AND, BPF_REG_2, 0xFFFF),
      ldx_w(BPF_REG_3, BPF_REG_1, offsetof(bpf_cgroup_dev_ctx, access_type)),
      alu32_k(BPF_RSH, BPF_REG_3, 16),
      ldx_w(BPF_REG_4, BPF_REG_1, offsetof(bpf_cgroup_dev_ctx, major)),
      ldx_w(BPF_REG_5, BPF_REG_1, offsetof(bpf_cgroup_dev_ctx, minor)),
  };
  // Later rules first, so the program reads as "last match wins" even though
  // the emulated exceptions never conflict.
  for (auto it = st.exceptions.rbegin(); it != st.exceptions.rend(); ++it)
    emit_block(p, it->first, it->second, !st.default_allow);
  p.push_back(alu32_k(BPF_MOV, BPF_REG_0, st.default_allow ? 1 : 0));
  p.push_back(exit_insn());
  std::vector<uint64_t> out(p.size());
  memcpy(out.data(), p.data(), p.size() * sizeof(bpf_insn));
  return out;
}

}  // namespace detail

std::vector<uint64_t> v2_device_program(const std::vector<DeviceRule>& rules) {
  auto r = detail::device_program(rules);
  return r ? std::move(*r) : std::vector<uint64_t>();  // empty: rules refused (see device_program)
}

namespace {

long sys_bpf(int cmd, union bpf_attr* attr) { return syscall(SYS_bpf, cmd, attr, sizeof(*attr)); }

Result<Fd> load_program(const std::vector<uint64_t>& insns) {
  static const char license[] = "Apache";  // device programs need no GPL helpers
  union bpf_attr a;
  auto fill = [&](char* log, uint32_t log_size) {
    memset(&a, 0, sizeof a);
    a.prog_type = BPF_PROG_TYPE_CGROUP_DEVICE;
    a.insns = reinterpret_cast<uintptr_t>(insns.data());
    a.insn_cnt = static_cast<uint32_t>(insns.size());
    a.license = reinterpret_cast<uintptr_t>(license);
    a.log_buf = reinterpret_cast<uintptr_t>(log);
    a.log_size = log_size;
    a.log_level = log ? 1 : 0;
  };
  fill(nullptr, 0);
  long fd = sys_bpf(BPF_PROG_LOAD, &a);  // BPF fds are always close-on-exec
  if (fd < 0 && errno == EPERM) {
    // Kernels before 5.11 charge programs to RLIMIT_MEMLOCK: use the hard limit
    // for the load only, so the container does not inherit a raised limit.
    struct rlimit old;
    if (getrlimit(RLIMIT_MEMLOCK, &old) == 0 && old.rlim_cur < old.rlim_max) {
      struct rlimit raised = {old.rlim_max, old.rlim_max};
      if (setrlimit(RLIMIT_MEMLOCK, &raised) == 0) {
        fd = sys_bpf(BPF_PROG_LOAD, &a);
        int saved = errno;
        setrlimit(RLIMIT_MEMLOCK, &old);
        errno = saved;
      }
    }
  }
  if (fd >= 0) return Fd(static_cast<int>(fd));
  int err = errno;
  // Load again with the verifier log, only to explain the failure.
  std::string log(16384, '\0');
  fill(log.data(), static_cast<uint32_t>(log.size()));
  long again = sys_bpf(BPF_PROG_LOAD, &a);
  if (again >= 0) return Fd(static_cast<int>(again));
  log.resize(strlen(log.c_str()));
  std::string_view tail = trim(log);
  if (tail.size() > 300) tail = tail.substr(tail.size() - 300);
  Error e = sys_error(err, "BPF_PROG_LOAD of the cgroup device filter");
  if (!tail.empty()) e.msg += " (verifier: " + std::string(tail) + ")";
  return e;
}

Result<std::vector<uint32_t>> attached_programs(int dirfd, const std::string& dir) {
  std::vector<uint32_t> ids(16);
  while (true) {
    union bpf_attr a;
    memset(&a, 0, sizeof a);
    a.query.target_fd = dirfd;
    a.query.attach_type = BPF_CGROUP_DEVICE;
    a.query.prog_ids = reinterpret_cast<uintptr_t>(ids.data());
    a.query.prog_cnt = static_cast<uint32_t>(ids.size());
    if (sys_bpf(BPF_PROG_QUERY, &a) == 0) {
      ids.resize(a.query.prog_cnt);
      return ids;
    }
    if (errno == ENOSPC && ids.size() < 4096) {
      ids.resize(std::max<size_t>(a.query.prog_cnt, ids.size() * 2));
      continue;
    }
    return sys_error("BPF_PROG_QUERY (device programs of " + dir + ")");
  }
}

}  // namespace

Status v2_attach_device_filter(const std::string& cgroup_dir, const std::vector<DeviceRule>& rules) {
  EC_ASSIGN(std::vector<uint64_t> insns, detail::device_program(rules));
  Fd dir(::open(cgroup_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!dir) return sys_error("open " + cgroup_dir);
  EC_ASSIGN(std::vector<uint32_t> old, attached_programs(dir.get(), cgroup_dir));
  EC_ASSIGN(Fd prog, load_program(insns));

  union bpf_attr a;
  memset(&a, 0, sizeof a);
  a.target_fd = static_cast<uint32_t>(dir.get());
  a.attach_bpf_fd = static_cast<uint32_t>(prog.get());
  a.attach_type = BPF_CGROUP_DEVICE;
  a.attach_flags = BPF_F_ALLOW_MULTI;
  if (sys_bpf(BPF_PROG_ATTACH, &a) < 0)
    return sys_error("BPF_PROG_ATTACH (BPF_CGROUP_DEVICE, BPF_F_ALLOW_MULTI) to " + cgroup_dir);

  // The new filter is in place; drop the ones it replaces. Both run meanwhile,
  // and a device must pass every attached program, so nothing leaks in between.
  for (uint32_t id : old) {
    memset(&a, 0, sizeof a);
    a.prog_id = id;
    long fd = sys_bpf(BPF_PROG_GET_FD_BY_ID, &a);
    if (fd < 0) {
      if (errno == ENOENT) continue;
      return sys_error(strf("BPF_PROG_GET_FD_BY_ID %u (old device filter of %s)", id, cgroup_dir.c_str()));
    }
    Fd old_prog(static_cast<int>(fd));
    memset(&a, 0, sizeof a);
    a.target_fd = static_cast<uint32_t>(dir.get());
    a.attach_bpf_fd = static_cast<uint32_t>(old_prog.get());
    a.attach_type = BPF_CGROUP_DEVICE;
    if (sys_bpf(BPF_PROG_DETACH, &a) < 0 && errno != ENOENT)
      return sys_error(strf("BPF_PROG_DETACH of old device filter %u from %s", id, cgroup_dir.c_str()));
  }
  return {};
}

}  // namespace ec::rt::cgroup
