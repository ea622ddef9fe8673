// Compiled filters cached by content. libseccomp needs ~13 ms for a
// docker-style profile on x86_64+x86+x32 (~1.5 ms native only); a hit costs a
// small file read (crun caches the same way). The whole key is stored in the
// entry and compared on a hit, so a hash collision (or a crafted profile)
// can never hand out another profile's filter. Any cache problem only costs
// the compile.
#include <dirent.h>
#include <fcntl.h>
#include <seccomp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <optional>

#include "core/fs.h"
#include "core/strutil.h"
#include "edgectl_config.h"
#include "rt/seccomp.h"

namespace ec::rt {
namespace {

constexpr char kMagic[8] = {'E', 'C', 'S', 'C', 'B', 'P', 'F', '1'};
// Bump when seccomp_compile's output for the same input changes.
constexpr unsigned kRevision = 1;
constexpr size_t kMaxEntries = 64;
constexpr size_t kMaxInsns = 4096;

struct CacheHeader {
  char magic[8];
  uint32_t key_len, flags, n_insns, reserved;
};

void put_str(std::string& k, std::string_view s) {
  k += std::to_string(s.size());
  k += ':';
  k += s;
}
void put_num(std::string& k, uint64_t v) {
  k += std::to_string(v);
  k += ';';
}
void put_opt(std::string& k, const std::optional<uint32_t>& v) {
  if (v)
    put_num(k, *v);
  else
    k += "-;";
}
void put_strs(std::string& k, const std::vector<std::string>& v) {
  put_num(k, v.size());
  for (const auto& s : v) put_str(k, s);
}

// Everything the compiled program depends on, unambiguously (length-prefixed).
std::string cache_key(const Seccomp& s) {
  const scmp_version* v = seccomp_version();
  std::string k = strf("edgectl %s rev %u libseccomp %u.%u.%u native %u\n", EDGECTL_VERSION, kRevision,
                       v ? v->major : 0, v ? v->minor : 0, v ? v->micro : 0, seccomp_arch_native());
  put_str(k, s.default_action);
  put_opt(k, s.default_errno_ret);
  put_strs(k, s.architectures);
  put_strs(k, s.flags);
  put_str(k, s.listener_path);
  put_str(k, s.listener_metadata);
  put_num(k, s.syscalls.size());
  for (const auto& r : s.syscalls) {
    put_strs(k, r.names);
    put_str(k, r.action);
    put_opt(k, r.errno_ret);
    put_num(k, r.args.size());
    for (const auto& a : r.args) {
      put_num(k, a.index);
      put_num(k, a.value);
      put_num(k, a.value_two);
      put_str(k, a.op);
    }
  }
  return k;
}

uint64_t fnv1a(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

// Only entries and directories nobody else could have planted.
bool trusted(const struct stat& st) { return st.st_uid == ::geteuid() && !(st.st_mode & (S_IWGRP | S_IWOTH)); }

Fd open_cache_dir(const std::string& path) {
  if (!mkdir_p(path, 0700).ok()) return Fd();
  Fd dir(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
  struct stat st;
  if (!dir || ::fstat(dir.get(), &st) < 0 || !trusted(st)) return Fd();
  return dir;
}

std::optional<SeccompProgram> lookup(int dirfd, const std::string& name, const std::string& key) {
  Fd fd(::openat(dirfd, name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
  struct stat st;
  if (!fd || ::fstat(fd.get(), &st) < 0 || !S_ISREG(st.st_mode) || !trusted(st)) return std::nullopt;
  size_t want_max = sizeof(CacheHeader) + key.size() + kMaxInsns * sizeof(uint64_t);
  if (size_t(st.st_size) < sizeof(CacheHeader) || size_t(st.st_size) > want_max) return std::nullopt;
  auto data = read_fd(fd.get());
  if (!data.ok() || data->size() < sizeof(CacheHeader)) return std::nullopt;
  CacheHeader h;
  std::memcpy(&h, data->data(), sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.key_len != key.size() || h.n_insns == 0 ||
      h.n_insns > kMaxInsns || data->size() != sizeof h + key.size() + size_t(h.n_insns) * sizeof(uint64_t))
    return std::nullopt;
  if (std::memcmp(data->data() + sizeof h, key.data(), key.size()) != 0) return std::nullopt;
  SeccompProgram p;
  p.flags = h.flags;
  p.insns.resize(h.n_insns);
  std::memcpy(p.insns.data(), data->data() + sizeof h + key.size(), h.n_insns * sizeof(uint64_t));
  return p;
}

// Keeps the cache bounded when profiles vary a lot: past kMaxEntries, start over.
void prune(const std::string& dir, int dirfd, const std::string& keep) {
  auto names = list_dir(dir);
  if (!names.ok() || names->size() <= kMaxEntries) return;
  for (const auto& n : *names)
    if (n != keep) ::unlinkat(dirfd, n.c_str(), 0);
}

// Atomic publish (temp + rename): readers see a whole entry or none. No
// fsync: a torn entry after a power cut fails the checks and is rewritten.
void store(const std::string& dir, int dirfd, const std::string& name, const std::string& key,
           const SeccompProgram& p) {
  CacheHeader h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.key_len = uint32_t(key.size());
  h.flags = p.flags;
  h.n_insns = uint32_t(p.insns.size());
  std::string data(reinterpret_cast<const char*>(&h), sizeof h);
  data += key;
  data.append(reinterpret_cast<const char*>(p.insns.data()), p.insns.size() * sizeof(uint64_t));
  std::string tmp = strf(".%s.%d.tmp", name.c_str(), int(::getpid()));
  Fd fd(::openat(dirfd, tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
  if (!fd) return;
  bool ok = write_all(fd.get(), data).ok();
  fd.reset();
  if (!ok || ::renameat(dirfd, tmp.c_str(), dirfd, name.c_str()) < 0) {
    ::unlinkat(dirfd, tmp.c_str(), 0);
    return;
  }
  prune(dir, dirfd, name);
}

}  // namespace

Result<SeccompProgram> seccomp_compile_cached(const Seccomp& s, const std::string& cache_dir) {
  if (cache_dir.empty()) return seccomp_compile(s);
  std::string key = cache_key(s);
  std::string name = strf("%016llx.bpf", static_cast<unsigned long long>(fnv1a(key)));
  Fd dir = open_cache_dir(cache_dir);
  if (dir)
    if (auto hit = lookup(dir.get(), name, key)) return std::move(*hit);
  EC_ASSIGN(SeccompProgram prog, seccomp_compile(s));
  if (dir) store(cache_dir, dir.get(), name, key, prog);
  return prog;
}

}  // namespace ec::rt
