// Capability names and applying the five capability sets of the container
// process. Raw capset(2)/prctl(2): no libcap dependency.
#include "rt/caps.h"

#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/fs.h"
#include "core/log.h"
#include "core/strutil.h"

#ifndef PR_CAP_AMBIENT
#define PR_CAP_AMBIENT 47
#define PR_CAP_AMBIENT_RAISE 2
#define PR_CAP_AMBIENT_CLEAR_ALL 4
#endif

namespace ec::rt {
namespace {

// Index = capability number (linux/capability.h).
const char* const kCapNames[] = {
    "CAP_CHOWN",            "CAP_DAC_OVERRIDE",   "CAP_DAC_READ_SEARCH", "CAP_FOWNER",
    "CAP_FSETID",           "CAP_KILL",           "CAP_SETGID",          "CAP_SETUID",
    "CAP_SETPCAP",          "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE", "CAP_NET_BROADCAST",
    "CAP_NET_ADMIN",        "CAP_NET_RAW",        "CAP_IPC_LOCK",        "CAP_IPC_OWNER",
    "CAP_SYS_MODULE",       "CAP_SYS_RAWIO",      "CAP_SYS_CHROOT",      "CAP_SYS_PTRACE",
    "CAP_SYS_PACCT",        "CAP_SYS_ADMIN",      "CAP_SYS_BOOT",        "CAP_SYS_NICE",
    "CAP_SYS_RESOURCE",     "CAP_SYS_TIME",       "CAP_SYS_TTY_CONFIG",  "CAP_MKNOD",
    "CAP_LEASE",            "CAP_AUDIT_WRITE",    "CAP_AUDIT_CONTROL",   "CAP_SETFCAP",
    "CAP_MAC_OVERRIDE",     "CAP_MAC_ADMIN",      "CAP_SYSLOG",          "CAP_WAKE_ALARM",
    "CAP_BLOCK_SUSPEND",    "CAP_AUDIT_READ",     "CAP_PERFMON",         "CAP_BPF",
    "CAP_CHECKPOINT_RESTORE",
};
constexpr int kNumCaps = sizeof kCapNames / sizeof kCapNames[0];

// capset(2) ABI, version 3: two 32-bit words per set.
struct CapHeader {
  uint32_t version;
  int pid;
};
struct CapData {
  uint32_t effective, permitted, inheritable;
};
constexpr uint32_t kCapVersion3 = 0x20080522;

bool ieq(char a, char b) {
  if (a >= 'a' && a <= 'z') a = static_cast<char>(a - 'a' + 'A');
  if (b >= 'a' && b <= 'z') b = static_cast<char>(b - 'a' + 'A');
  return a == b;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); i++)
    if (!ieq(a[i], b[i])) return false;
  return true;
}

// Highest capability the kernel knows, probed with PR_CAPBSET_READ (EINVAL
// past the end) when /proc/sys is not readable.
int probe_last_cap() {
  int last = -1;
  for (int c = 0; c < 64; c++) {
    if (::prctl(PR_CAPBSET_READ, c, 0, 0, 0) < 0) break;
    last = c;
  }
  return last >= 0 ? last : cap_max_known();
}

int read_last_cap() {
  auto t = read_file("/proc/sys/kernel/cap_last_cap");
  if (t) {
    auto v = parse_i64(trim(*t));
    if (v && *v >= 0 && *v < 64) return static_cast<int>(*v);
  }
  return probe_last_cap();
}

std::string cap_label(int c) {
  const char* n = cap_name(c);
  return n ? std::string(n) : strf("capability %d", c);
}

uint64_t bits_upto(int last) { return last >= 63 ? ~0ULL : ((1ULL << (last + 1)) - 1); }

// The bounding set this thread still holds.
uint64_t read_bounding(int last) {
  uint64_t b = 0;
  for (int c = 0; c <= last; c++)
    if (::prctl(PR_CAPBSET_READ, c, 0, 0, 0) == 1) b |= 1ULL << c;
  return b;
}

std::string names_of(uint64_t mask) {
  std::string out;
  for (int c = 0; c < 64; c++) {
    if (!(mask & (1ULL << c))) continue;
    if (!out.empty()) out += ",";
    out += cap_label(c);
  }
  return out;
}

}  // namespace

int cap_from_name(std::string_view name) {
  if (name.size() > 4 && iequals(name.substr(0, 4), "CAP_")) name.remove_prefix(4);
  for (int i = 0; i < kNumCaps; i++)
    if (iequals(name, std::string_view(kCapNames[i]).substr(4))) return i;
  return -1;
}

const char* cap_name(int cap) { return cap >= 0 && cap < kNumCaps ? kCapNames[cap] : nullptr; }

int cap_max_known() { return kNumCaps - 1; }

int cap_last_cap() {
  static const int last = read_last_cap();
  return last;
}

std::vector<std::string> cap_all_names() { return std::vector<std::string>(kCapNames, kCapNames + kNumCaps); }

Status caps_prepare(const Capabilities& caps) {
  int last = cap_last_cap();
  for (int c = 0; c <= last; c++) {
    if (caps.bounding & (1ULL << c)) continue;
    // 0: already gone; <0: the kernel does not know this capability.
    if (::prctl(PR_CAPBSET_READ, c, 0, 0, 0) != 1) continue;
    if (::prctl(PR_CAPBSET_DROP, c, 0, 0, 0) < 0) {
      if (errno == EINVAL) continue;
      return sys_error("drop " + cap_label(c) + " from the bounding set");
    }
  }
  // Keep the permitted set across setresuid() to the container user.
  if (::prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0) < 0) return sys_error("prctl(PR_SET_KEEPCAPS, 1)");
  return {};
}

Status caps_apply(const Capabilities& caps) {
  int last = cap_last_cap();
  uint64_t known = bits_upto(last);
  // A capability missing from our bounding set can never be gained (this
  // host lacks CAP_SYS_RESOURCE, for one): leave it out instead of failing.
  uint64_t avail = read_bounding(last) & known;
  uint64_t wanted = caps.effective | caps.permitted | caps.inheritable | caps.ambient;
  if (uint64_t missing = wanted & ~avail; missing && log_debug_enabled())
    logf(LogLevel::Debug, "capabilities not in the bounding set, skipped: %s", names_of(missing).c_str());

  uint64_t eff = caps.effective & avail, prm = caps.permitted & avail, inh = caps.inheritable & avail;
  CapHeader hdr = {kCapVersion3, 0};
  CapData data[2];
  memset(data, 0, sizeof data);
  data[0].effective = static_cast<uint32_t>(eff);
  data[0].permitted = static_cast<uint32_t>(prm);
  data[0].inheritable = static_cast<uint32_t>(inh);
  data[1].effective = static_cast<uint32_t>(eff >> 32);
  data[1].permitted = static_cast<uint32_t>(prm >> 32);
  data[1].inheritable = static_cast<uint32_t>(inh >> 32);
  if (::syscall(SYS_capset, &hdr, data) < 0) return sys_error("capset");

  // The kernel only lets a capability into the ambient set when it is both
  // permitted and inheritable; like runc, others are skipped, not fatal.
  uint64_t amb = caps.ambient & prm & inh;
  if (uint64_t skipped = (caps.ambient & avail) & ~amb; skipped && log_debug_enabled())
    logf(LogLevel::Debug, "ambient capabilities not permitted+inheritable, skipped: %s", names_of(skipped).c_str());
  if (::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) < 0) {
    // Kernels before 4.3 have no ambient set.
    if (errno != EINVAL) return sys_error("clear the ambient capability set");
    if (amb && log_debug_enabled()) logf(LogLevel::Debug, "kernel has no ambient capabilities, skipped");
    amb = 0;
  }
  for (int c = 0; c <= last; c++) {
    if (!(amb & (1ULL << c))) continue;
    if (::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, c, 0, 0) < 0)
      return sys_error("raise ambient " + cap_label(c));
  }
  if (::prctl(PR_SET_KEEPCAPS, 0, 0, 0, 0) < 0) return sys_error("prctl(PR_SET_KEEPCAPS, 0)");
  return {};
}

}  // namespace ec::rt
