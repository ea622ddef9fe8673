// Capabilities: the name table, and caps_prepare/caps_apply in a forked
// child (as root directly; otherwise inside a fresh user namespace, where the
// child holds every capability of that namespace).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>

#include "core/fs.h"
#include "core/strutil.h"
#include "rt/caps.h"

using namespace ec;
using namespace ec::rt;

namespace {

uint64_t bit(int cap) { return 1ULL << cap; }

// "CapEff" etc. from /proc/self/status.
uint64_t status_mask(const std::string& status, const char* field) {
  std::string key = std::string(field) + ":";
  for (auto& line : split(status, '\n')) {
    if (!starts_with(line, key)) continue;
    return strtoull(std::string(trim(std::string_view(line).substr(key.size()))).c_str(), nullptr, 16);
  }
  return ~0ULL;
}

// Runs fn in a forked child; fn returns "" on success or a failure text.
// Returns "SKIP: ..." when the child could not get the privileges it needs.
std::string in_child(const std::function<std::string()>& fn) {
  int p[2];
  if (pipe2(p, O_CLOEXEC) < 0) return "pipe failed";
  pid_t pid = fork();
  if (pid < 0) return "fork failed";
  if (pid == 0) {
    close(p[0]);
    std::string msg;
    if (geteuid() != 0 && unshare(CLONE_NEWUSER) < 0)
      msg = std::string("SKIP: unshare(CLONE_NEWUSER): ") + strerror(errno);
    else
      msg = fn();
    (void)!write(p[1], msg.data(), msg.size());
    _exit(msg.empty() ? 0 : 1);
  }
  close(p[1]);
  std::string out;
  char buf[512];
  ssize_t n;
  while ((n = read(p[0], buf, sizeof buf)) > 0) out.append(buf, n);
  close(p[0]);
  int st = 0;
  waitpid(pid, &st, 0);
  if (out.empty() && !(WIFEXITED(st) && WEXITSTATUS(st) == 0)) out = "child died";
  return out;
}

#define RUN_IN_CHILD(...)                                \
  do {                                                   \
    std::string _r = in_child(__VA_ARGS__);              \
    if (starts_with(_r, "SKIP")) GTEST_SKIP() << _r;     \
    EXPECT_EQ(_r, "");                                   \
  } while (0)

std::string expect_masks(uint64_t bnd, uint64_t eff, uint64_t prm, uint64_t inh, uint64_t amb) {
  auto st = read_file("/proc/self/status");
  if (!st) return "read /proc/self/status: " + st.error().msg;
  struct {
    const char* name;
    uint64_t want;
  } f[] = {{"CapBnd", bnd}, {"CapEff", eff}, {"CapPrm", prm}, {"CapInh", inh}, {"CapAmb", amb}};
  std::string bad;
  for (auto& x : f) {
    uint64_t got = status_mask(*st, x.name);
    if (got != x.want) bad += strf("%s=%llx want %llx; ", x.name, (unsigned long long)got, (unsigned long long)x.want);
  }
  return bad;
}

struct RawHdr {
  uint32_t version;
  int pid;
};
struct RawData {
  uint32_t effective, permitted, inheritable;
};

// Take `cap` out of the bounding, permitted and effective sets, as on a host
// whose init already lacks it (this VM has no CAP_SYS_RESOURCE).
std::string lose_cap(int cap) {
  if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) < 0) return std::string("PR_CAPBSET_DROP: ") + strerror(errno);
  RawHdr h = {0x20080522, 0};
  RawData d[2];
  if (syscall(SYS_capget, &h, d) < 0) return std::string("capget: ") + strerror(errno);
  d[cap / 32].permitted &= ~(1u << (cap % 32));
  d[cap / 32].effective &= ~(1u << (cap % 32));
  d[cap / 32].inheritable &= ~(1u << (cap % 32));
  if (syscall(SYS_capset, &h, d) < 0) return std::string("capset: ") + strerror(errno);
  return "";
}

}  // namespace

TEST(CapsNames, RoundTripAll) {
  EXPECT_EQ(cap_max_known(), 40);
  auto names = cap_all_names();
  ASSERT_EQ(names.size(), 41u);
  for (int i = 0; i <= cap_max_known(); i++) {
    ASSERT_NE(cap_name(i), nullptr) << i;
    EXPECT_EQ(names[i], cap_name(i));
    EXPECT_EQ(cap_from_name(cap_name(i)), i) << cap_name(i);
    EXPECT_EQ(cap_from_name(std::string(cap_name(i)).substr(4)), i) << cap_name(i);
  }
  EXPECT_STREQ(cap_name(0), "CAP_CHOWN");
  EXPECT_STREQ(cap_name(21), "CAP_SYS_ADMIN");
  EXPECT_STREQ(cap_name(24), "CAP_SYS_RESOURCE");
  EXPECT_STREQ(cap_name(37), "CAP_AUDIT_READ");
  EXPECT_STREQ(cap_name(38), "CAP_PERFMON");
  EXPECT_STREQ(cap_name(39), "CAP_BPF");
  EXPECT_STREQ(cap_name(40), "CAP_CHECKPOINT_RESTORE");
  EXPECT_EQ(cap_name(41), nullptr);
  EXPECT_EQ(cap_name(-1), nullptr);
}

TEST(CapsNames, CaseAndPrefix) {
  EXPECT_EQ(cap_from_name("CAP_SYS_ADMIN"), 21);
  EXPECT_EQ(cap_from_name("cap_sys_admin"), 21);
  EXPECT_EQ(cap_from_name("Sys_Admin"), 21);
  EXPECT_EQ(cap_from_name("SYS_ADMIN"), 21);
  EXPECT_EQ(cap_from_name("kill"), 5);
  EXPECT_EQ(cap_from_name("Cap_Net_Bind_Service"), 10);
  EXPECT_EQ(cap_from_name("CAP_FOO"), -1);
  EXPECT_EQ(cap_from_name(""), -1);
  EXPECT_EQ(cap_from_name("CAP_"), -1);
  EXPECT_EQ(cap_from_name("CAP_CAP_KILL"), -1);
  EXPECT_EQ(cap_from_name("CAP_KILL "), -1);
  EXPECT_EQ(cap_from_name("SYS"), -1);
}

TEST(CapsNames, LastCapMatchesKernel) {
  int last = cap_last_cap();
  EXPECT_GE(last, 30);
  EXPECT_LT(last, 64);
  auto t = read_file("/proc/sys/kernel/cap_last_cap");
  if (t) {
    EXPECT_EQ(std::to_string(last), std::string(trim(*t)));
  }
}

TEST(CapsApply, KeepsOnlyTheRequestedSets) {
  RUN_IN_CHILD([]() -> std::string {
    Capabilities c;
    c.bounding = c.effective = c.permitted = bit(0) | bit(5);  // CHOWN, KILL
    c.inheritable = bit(5);
    c.ambient = bit(5);
    if (auto r = caps_prepare(c); !r) return "caps_prepare: " + r.error().msg;
    if (prctl(PR_GET_KEEPCAPS, 0, 0, 0, 0) != 1) return "PR_SET_KEEPCAPS not set by caps_prepare";
    if (auto r = caps_apply(c); !r) return "caps_apply: " + r.error().msg;
    if (prctl(PR_GET_KEEPCAPS, 0, 0, 0, 0) != 0) return "PR_SET_KEEPCAPS not cleared by caps_apply";
    return expect_masks(0x21, 0x21, 0x21, 0x20, 0x20);
  });
}

TEST(CapsApply, EmptySetDropsEverything) {
  RUN_IN_CHILD([]() -> std::string {
    Capabilities none;
    if (auto r = caps_prepare(none); !r) return "caps_prepare: " + r.error().msg;
    if (auto r = caps_apply(none); !r) return "caps_apply: " + r.error().msg;
    return expect_masks(0, 0, 0, 0, 0);
  });
}

TEST(CapsApply, CapMissingFromBoundingIsSkipped) {
  RUN_IN_CHILD([]() -> std::string {
    const int res = 24;  // CAP_SYS_RESOURCE
    if (std::string e = lose_cap(res); !e.empty()) return e;
    Capabilities c;
    c.bounding = c.effective = c.permitted = bit(0) | bit(5) | bit(res);
    c.inheritable = c.ambient = bit(res);
    if (auto r = caps_prepare(c); !r) return "caps_prepare: " + r.error().msg;
    if (auto r = caps_apply(c); !r) return "caps_apply: " + r.error().msg;
    return expect_masks(0x21, 0x21, 0x21, 0, 0);
  });
}

TEST(CapsApply, AmbientOutsideInheritableIsSkipped) {
  RUN_IN_CHILD([]() -> std::string {
    Capabilities c;
    c.bounding = c.effective = c.permitted = bit(5) | bit(10);
    c.inheritable = bit(10);
    c.ambient = bit(5) | bit(10);  // KILL is not inheritable: cannot be ambient
    if (auto r = caps_prepare(c); !r) return "caps_prepare: " + r.error().msg;
    if (auto r = caps_apply(c); !r) return "caps_apply: " + r.error().msg;
    return expect_masks(bit(5) | bit(10), bit(5) | bit(10), bit(5) | bit(10), bit(10), bit(10));
  });
}

TEST(CapsApply, CannotGainWhatIsNotPermitted) {
  RUN_IN_CHILD([]() -> std::string {
    // With CAP_KILL in the bounding set but not in permitted, capset fails:
    // a real error, reported, not silently ignored.
    RawHdr h = {0x20080522, 0};
    RawData d[2];
    if (syscall(SYS_capget, &h, d) < 0) return "capget failed";
    d[0].permitted &= ~(1u << 5);
    d[0].effective &= ~(1u << 5);
    d[0].inheritable &= ~(1u << 5);
    if (syscall(SYS_capset, &h, d) < 0) return "capset failed";
    Capabilities c;
    c.bounding = c.effective = c.permitted = bit(0) | bit(5);
    if (auto r = caps_prepare(c); !r) return "caps_prepare: " + r.error().msg;
    auto r = caps_apply(c);
    if (r) return "caps_apply succeeded raising CAP_KILL into permitted";
    if (r.error().msg.find("capset") == std::string::npos) return "unexpected error: " + r.error().msg;
    return "";
  });
}
