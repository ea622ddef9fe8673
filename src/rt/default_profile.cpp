// Default container security profile with docker's semantics. The filter is
// data only (names, actions, argument conditions): libseccomp is not needed
// here, so this also builds with -Dseccomp=disabled. Names are kept in
// space-separated strings, one per condition, which is the smallest form.
#include "rt/default_profile.h"

#include <errno.h>
#include <linux/capability.h>

#include <string>
#include <string_view>
#include <vector>

#ifndef CAP_PERFMON
#define CAP_PERFMON 38
#endif
#ifndef CAP_BPF
#define CAP_BPF 39
#endif

namespace ec::rt {
namespace {

constexpr uint64_t bit(int cap) { return uint64_t(1) << cap; }

// Everyone may use these. What they could do that needs privilege the kernel
// checks itself (sched_setscheduler, setuid, mknod, ...), bounded by the caps.
// Not here, so denied: keyring (add_key, keyctl, request_key: not namespaced),
// io_uring (bypasses this filter), userfaultfd, kexec, swapon, and the
// capability-gated groups below.
constexpr const char kAllowAll[] =
    // files and directories
    "access faccessat faccessat2 chdir fchdir getcwd chmod fchmod fchmodat fchmodat2 "
    "chown chown32 fchown fchown32 fchownat lchown lchown32 creat open openat openat2 close close_range "
    "dup dup2 dup3 fcntl fcntl64 flock link linkat symlink symlinkat readlink readlinkat "
    "rename renameat renameat2 unlink unlinkat mkdir mkdirat rmdir mknod mknodat umask "
    "stat stat64 lstat lstat64 fstat fstat64 fstatat64 newfstatat statx statfs statfs64 fstatfs fstatfs64 "
    "getdents getdents64 truncate truncate64 ftruncate ftruncate64 fallocate "
    "utime utimes utimensat utimensat_time64 futimesat name_to_handle_at "
    "getxattr lgetxattr fgetxattr setxattr lsetxattr fsetxattr listxattr llistxattr flistxattr "
    "removexattr lremovexattr fremovexattr inotify_init inotify_init1 inotify_add_watch inotify_rm_watch "
    "fanotify_mark "
    // I/O
    "read write readv writev pread64 pwrite64 preadv pwritev preadv2 pwritev2 lseek _llseek "
    "sendfile sendfile64 splice tee vmsplice copy_file_range readahead fadvise64 fadvise64_64 "
    "fsync fdatasync sync syncfs sync_file_range ioctl cachestat "
    "io_setup io_destroy io_submit io_cancel io_getevents io_pgetevents io_pgetevents_time64 "
    "pipe pipe2 eventfd eventfd2 signalfd signalfd4 memfd_create memfd_secret "
    "select _newselect pselect6 pselect6_time64 poll ppoll ppoll_time64 "
    "epoll_create epoll_create1 epoll_ctl epoll_ctl_old epoll_wait epoll_wait_old epoll_pwait epoll_pwait2 "
    // memory
    "brk mmap mmap2 munmap mremap mprotect madvise mincore msync remap_file_pages map_shadow_stack "
    "mlock mlock2 mlockall munlock munlockall membarrier pkey_alloc pkey_free pkey_mprotect "
    // processes, threads, credentials
    "execve execveat exit exit_group fork vfork wait4 waitid waitpid "
    "getpid getppid gettid getpgid setpgid getpgrp getsid setsid set_tid_address "
    "getuid getuid32 geteuid geteuid32 getgid getgid32 getegid getegid32 getgroups getgroups32 "
    "getresuid getresuid32 getresgid getresgid32 setuid setuid32 setgid setgid32 setreuid setreuid32 "
    "setregid setregid32 setresuid setresuid32 setresgid setresgid32 setfsuid setfsuid32 setfsgid setfsgid32 "
    "setgroups setgroups32 capget capset prctl seccomp landlock_create_ruleset landlock_add_rule "
    "landlock_restrict_self getrlimit ugetrlimit setrlimit prlimit64 getrusage getpriority setpriority "
    "ioprio_get ioprio_set sched_yield sched_getaffinity sched_setaffinity sched_getattr sched_setattr "
    "sched_getparam sched_setparam sched_getscheduler sched_setscheduler sched_get_priority_max "
    "sched_get_priority_min sched_rr_get_interval sched_rr_get_interval_time64 getcpu rseq "
    "futex futex_time64 futex_waitv futex_wake futex_wait futex_requeue "
    "set_robust_list get_robust_list set_thread_area get_thread_area restart_syscall "
    "pidfd_open pidfd_send_signal process_mrelease "
    // signals
    "kill tkill tgkill rt_sigaction rt_sigprocmask rt_sigreturn rt_sigsuspend rt_sigpending "
    "rt_sigtimedwait rt_sigtimedwait_time64 rt_sigqueueinfo rt_tgsigqueueinfo sigaltstack sigprocmask "
    "sigreturn pause alarm "
    // time (reading it; setting it is gated by CAP_SYS_TIME, adjtimex checks itself)
    "time gettimeofday clock_gettime clock_gettime64 clock_getres clock_getres_time64 "
    "clock_nanosleep clock_nanosleep_time64 nanosleep adjtimex clock_adjtime clock_adjtime64 times "
    "getitimer setitimer timer_create timer_delete timer_getoverrun timer_gettime timer_gettime64 "
    "timer_settime timer_settime64 timerfd_create timerfd_gettime timerfd_gettime64 timerfd_settime "
    "timerfd_settime64 "
    // sockets (socket itself is conditional, see below)
    "socketpair bind connect listen accept accept4 getsockname getpeername getsockopt setsockopt "
    "send sendto sendmsg sendmmsg recv recvfrom recvmsg recvmmsg recvmmsg_time64 shutdown socketcall "
    // System V and POSIX IPC (namespaced)
    "ipc msgget msgsnd msgrcv msgctl semget semop semtimedop semtimedop_time64 semctl "
    "shmget shmat shmdt shmctl mq_open mq_unlink mq_timedsend mq_timedsend_time64 mq_timedreceive "
    "mq_timedreceive_time64 mq_notify mq_getsetattr "
    // system information
    "uname sysinfo getrandom "
// Architecture-specific calls (compat ABIs in the same filter resolve them).
#if defined(__x86_64__) || defined(__i386__)
    "modify_ldt "
#endif
#if defined(__x86_64__)
    "arch_prctl "
#endif
#if defined(__aarch64__) || defined(__arm__)
    "arm_fadvise64_64 arm_sync_file_range sync_file_range2 breakpoint cacheflush set_tls "
#endif
#if defined(__mips__)
    // Not in docker's list; flushing the caller's own cache lines is harmless and JITs need it.
    "cacheflush "
#endif
#if defined(__powerpc__) || defined(__powerpc64__)
    "sync_file_range2 "
#endif
#if defined(__s390__)
    "s390_pci_mmio_read s390_pci_mmio_write s390_runtime_instr "
#endif
#if defined(__riscv)
    "riscv_flush_icache "
#endif
    ;

struct CapGroup {
  int cap;
  const char* names;
};
// Allowed only when the bounding set holds the capability: without it the
// kernel would refuse them anyway, and the filter shrinks the attack surface.
constexpr CapGroup kCapGroups[] = {
    {CAP_SYS_ADMIN,
     "bpf clone clone3 fanotify_init fsconfig fsmount fsopen fspick lookup_dcookie mount mount_setattr "
     "move_mount open_tree perf_event_open pivot_root quotactl quotactl_fd setdomainname sethostname "
     "setns syslog umount umount2 unshare"},
    {CAP_SYS_BOOT, "reboot"},
    {CAP_SYS_CHROOT, "chroot"},
    {CAP_SYS_MODULE, "init_module finit_module delete_module"},
    {CAP_SYS_PACCT, "acct"},
    // ptrace could bypass seccomp before kernel 4.8; only for explicit --cap-add.
    {CAP_SYS_PTRACE, "ptrace kcmp pidfd_getfd process_madvise process_vm_readv process_vm_writev"},
    {CAP_SYS_RAWIO, "iopl ioperm"},
    {CAP_SYS_TIME, "settimeofday stime clock_settime clock_settime64"},
    {CAP_SYS_TTY_CONFIG, "vhangup"},
    {CAP_SYS_NICE, "get_mempolicy mbind set_mempolicy set_mempolicy_home_node"},
    {CAP_SYSLOG, "syslog"},
    {CAP_BPF, "bpf"},
    {CAP_PERFMON, "perf_event_open"},
    // "shocker": open_by_handle_at walks out of a bind mount.
    {CAP_DAC_READ_SEARCH, "open_by_handle_at"},
};

// personality(2) values docker allows: PER_LINUX, PER_LINUX32, UNAME26,
// UNAME26|PER_LINUX32, and 0xffffffff (query only).
constexpr uint64_t kPersonalities[] = {0x0, 0x8, 0x20000, 0x20008, 0xffffffff};

// CLONE_NEWNS|NEWCGROUP|NEWUTS|NEWIPC|NEWUSER|NEWPID|NEWNET: creating any of
// these needs CAP_SYS_ADMIN. (CLONE_NEWTIME shares its bit with CSIGNAL, so
// clone(2) can't ask for it; unshare/clone3 are denied anyway.)
constexpr uint64_t kCloneNsFlags = 0x7E020000;
// clone's flags are the second argument on s390 (stack first), the first elsewhere.
#if defined(__s390__)
constexpr unsigned kCloneFlagsArg = 1;
#else
constexpr unsigned kCloneFlagsArg = 0;
#endif

constexpr uint64_t kAfVsock = 40;  // host/guest sockets: not namespaced

// Add each name of the space-separated `list` to `out` once.
void add_names(std::vector<std::string>& out, const char* list) {
  std::string_view s(list);
  while (!s.empty()) {
    size_t sp = s.find(' ');
    std::string_view n = s.substr(0, sp);
    s = sp == std::string_view::npos ? std::string_view() : s.substr(sp + 1);
    if (n.empty()) continue;
    bool seen = false;
    for (const std::string& o : out)
      if (o == n) {
        seen = true;
        break;
      }
    if (!seen) out.emplace_back(n);
  }
}

SeccompRule make_rule(const char* action, std::vector<std::string> names) {
  SeccompRule r;
  r.action = action;
  r.names = std::move(names);
  return r;
}

SeccompArg make_arg(unsigned index, const char* op, uint64_t value, uint64_t value_two = 0) {
  SeccompArg a;
  a.index = index;
  a.op = op;
  a.value = value;
  a.value_two = value_two;
  return a;
}

std::vector<std::string> native_architectures() {
  // The first is the native one; the others are ABIs its kernels also run.
#if defined(__x86_64__) && defined(__ILP32__)
  return {"SCMP_ARCH_X32", "SCMP_ARCH_X86_64", "SCMP_ARCH_X86"};
#elif defined(__x86_64__)
  return {"SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32"};
#elif defined(__i386__)
  return {"SCMP_ARCH_X86"};
#elif defined(__aarch64__)
  return {"SCMP_ARCH_AARCH64", "SCMP_ARCH_ARM"};
#elif defined(__arm__)
  return {"SCMP_ARCH_ARM"};
#elif defined(__mips__) && defined(_MIPS_SIM) && _MIPS_SIM == _ABI64
#if defined(__MIPSEL__)
  return {"SCMP_ARCH_MIPSEL64", "SCMP_ARCH_MIPSEL64N32", "SCMP_ARCH_MIPSEL"};
#else
  return {"SCMP_ARCH_MIPS64", "SCMP_ARCH_MIPS64N32", "SCMP_ARCH_MIPS"};
#endif
#elif defined(__mips__) && defined(_MIPS_SIM) && _MIPS_SIM == _ABIN32
#if defined(__MIPSEL__)
  return {"SCMP_ARCH_MIPSEL64N32", "SCMP_ARCH_MIPSEL64", "SCMP_ARCH_MIPSEL"};
#else
  return {"SCMP_ARCH_MIPS64N32", "SCMP_ARCH_MIPS64", "SCMP_ARCH_MIPS"};
#endif
#elif defined(__mips__)
#if defined(__MIPSEL__)
  return {"SCMP_ARCH_MIPSEL"};
#else
  return {"SCMP_ARCH_MIPS"};
#endif
#elif defined(__powerpc64__) && defined(__LITTLE_ENDIAN__)
  return {"SCMP_ARCH_PPC64LE"};
#elif defined(__powerpc64__)
  return {"SCMP_ARCH_PPC64"};
#elif defined(__powerpc__)
  return {"SCMP_ARCH_PPC"};
#elif defined(__s390x__)
  return {"SCMP_ARCH_S390X", "SCMP_ARCH_S390"};
#elif defined(__s390__)
  return {"SCMP_ARCH_S390"};
#elif defined(__riscv) && __riscv_xlen == 64
  return {"SCMP_ARCH_RISCV64"};
#elif defined(__loongarch64)
  return {"SCMP_ARCH_LOONGARCH64"};
#else
  return {};  // none listed: libseccomp filters for the native architecture only
#endif
}

}  // namespace

uint64_t default_capability_mask() {
  return bit(CAP_CHOWN) | bit(CAP_DAC_OVERRIDE) | bit(CAP_FSETID) | bit(CAP_FOWNER) | bit(CAP_MKNOD) |
         bit(CAP_NET_RAW) | bit(CAP_SETGID) | bit(CAP_SETUID) | bit(CAP_SETFCAP) | bit(CAP_SETPCAP) |
         bit(CAP_NET_BIND_SERVICE) | bit(CAP_SYS_CHROOT) | bit(CAP_KILL) | bit(CAP_AUDIT_WRITE);
}

Seccomp default_seccomp_profile(uint64_t caps) {
  Seccomp s;
  s.default_action = "SCMP_ACT_ERRNO";
  s.default_errno_ret = EPERM;
  s.architectures = native_architectures();

  std::vector<std::string> allow;
  allow.reserve(400);
  add_names(allow, kAllowAll);
  for (const CapGroup& g : kCapGroups)
    if (caps & bit(g.cap)) add_names(allow, g.names);
  s.syscalls.push_back(make_rule("SCMP_ACT_ALLOW", std::move(allow)));

  // One rule per value: alternatives stay explicit for any runtime reading them.
  for (uint64_t p : kPersonalities) {
    SeccompRule r = make_rule("SCMP_ACT_ALLOW", {"personality"});
    r.args.push_back(make_arg(0, "SCMP_CMP_EQ", p));
    s.syscalls.push_back(std::move(r));
  }

  SeccompRule sock = make_rule("SCMP_ACT_ALLOW", {"socket"});
  sock.args.push_back(make_arg(0, "SCMP_CMP_NE", kAfVsock));
  s.syscalls.push_back(std::move(sock));

  if (!(caps & bit(CAP_SYS_ADMIN))) {
    // Threads and fork, but no new namespaces.
    SeccompRule clone = make_rule("SCMP_ACT_ALLOW", {"clone"});
    clone.args.push_back(make_arg(kCloneFlagsArg, "SCMP_CMP_MASKED_EQ", kCloneNsFlags, 0));
    s.syscalls.push_back(std::move(clone));
    // clone3 passes flags in memory, which seccomp can't inspect: ENOSYS makes
    // libc fall back to clone(2), which the rule above can.
    SeccompRule clone3 = make_rule("SCMP_ACT_ERRNO", {"clone3"});
    clone3.errno_ret = ENOSYS;
    s.syscalls.push_back(std::move(clone3));
  }
  return s;
}

}  // namespace ec::rt
