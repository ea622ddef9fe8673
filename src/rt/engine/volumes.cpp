// Named volumes on disk and the copy-up of image content into a new volume.
#include "rt/engine/volumes.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <set>

#include "core/fd.h"
#include "core/fs.h"
#include "core/json.h"
#include "core/random.h"
#include "core/rfc3339.h"
#include "core/sha256.h"
#include "core/sort.h"
#include "core/strutil.h"

namespace ec::engine {

namespace {

constexpr const char* kTmpPrefix = ".tmp-";



Status fsync_dir(const std::string& dir) {
  Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!fd) return sys_error("open " + dir);
  if (::fsync(fd.get()) < 0 && errno != EINVAL) return sys_error("fsync " + dir);
  return {};
}

cJSON* string_map(const std::map<std::string, std::string>& m) {
  cJSON* o = cJSON_CreateObject();
  for (auto& [k, v] : m) cJSON_AddStringToObject(o, k.c_str(), v.c_str());
  return o;
}

std::map<std::string, std::string> read_string_map(const cJSON* o) {
  std::map<std::string, std::string> m;
  const cJSON* it;
  if (cJSON_IsObject(o))
    cJSON_ArrayForEach(it, o) if (cJSON_IsString(it) && it->string) m[it->string] = it->valuestring;
  return m;
}

std::string meta_json(const VolumeInfo& v) {
  JsonPtr j(cJSON_CreateObject());
  cJSON_AddStringToObject(j.get(), "name", v.name.c_str());
  cJSON_AddStringToObject(j.get(), "driver", v.driver.c_str());
  cJSON_AddStringToObject(j.get(), "created", v.created.c_str());
  cJSON_AddItemToObject(j.get(), "labels", string_map(v.labels));
  cJSON_AddItemToObject(j.get(), "options", string_map(v.options));
  cJSON_AddBoolToObject(j.get(), "anonymous", v.anonymous);
  return json_print(j.get(), true) + "\n";
}

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// Bytes held by the files under dirfd (hardlinked inodes counted once):
// what docker reports as reclaimed space.
void tree_bytes(int dirfd, uint64_t& total, std::set<std::pair<dev_t, ino_t>>& seen) {
  auto names = list_dir_at(dirfd);
  if (!names) return;
  for (auto& n : *names) {
    struct stat st;
    if (::fstatat(dirfd, n.c_str(), &st, AT_SYMLINK_NOFOLLOW) < 0) continue;
    if (S_ISDIR(st.st_mode)) {
      Fd sub(::openat(dirfd, n.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
      if (sub) tree_bytes(sub.get(), total, seen);
      continue;
    }
    if (st.st_nlink > 1 && !seen.insert({st.st_dev, st.st_ino}).second) continue;
    total += static_cast<uint64_t>(st.st_size);
  }
}

// Take the volume out of sight with one rename, then delete at leisure: a
// crash midway leaves only a .tmp- dir, which the next create/prune cleans.
Status remove_volume_dir(const std::string& dir, const std::string& name, uint64_t* bytes) {
  std::string path = dir + "/" + name;
  std::string tmp = dir + "/" + kTmpPrefix + "rm-" + random_hex(8);
  if (::rename(path.c_str(), tmp.c_str()) < 0) return sys_error("rename " + path);
  EC_TRY(fsync_dir(dir));
  if (bytes) {
    // Only the data counts, as in docker; meta.json is bookkeeping.
    Fd fd(::open((tmp + "/_data").c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    std::set<std::pair<dev_t, ino_t>> seen;
    if (fd) tree_bytes(fd.get(), *bytes, seen);
  }
  return remove_all(tmp);
}

}  // namespace

Status check_volume_name(std::string_view name) {
  auto alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  bool ok = name.size() >= 2 && name.size() <= 255 && alnum(name[0]);
  for (size_t i = 1; ok && i < name.size(); i++)
    ok = alnum(name[i]) || name[i] == '_' || name[i] == '.' || name[i] == '-';
  if (!ok)
    return make_error(strf("invalid volume name \"%.*s\": names must match [a-zA-Z0-9][a-zA-Z0-9_.-]+",
                           int(name.size()), name.data()));
  return {};
}

Result<VolumeStore> VolumeStore::open(const std::string& store_root) {
  std::string dir = path_join(store_root, "volumes");
  EC_TRYC(mkdir_p(dir, 0700), "volume store");
  return VolumeStore(dir);
}

std::string VolumeStore::data_path(std::string_view name) const {
  return dir_ + "/" + std::string(name) + "/_data";
}

Status VolumeStore::clean_leftovers() const {
  EC_ASSIGN(auto names, list_dir(dir_));
  for (auto& n : names)
    if (starts_with(n, kTmpPrefix)) EC_TRY(remove_all(dir_ + "/" + n));
  return {};
}

Result<VolumeInfo> VolumeStore::get(std::string_view name) const {
  EC_TRY(check_volume_name(name));
  std::string n(name);
  std::string meta_path = dir_ + "/" + n + "/meta.json";
  auto text = read_file(meta_path);
  if (!text) {
    if (text.error().code == ENOENT) return make_error("no such volume: " + n, ENOENT);
    return std::move(text).error().context("volume " + n);
  }
  EC_ASSIGN(JsonPtr j, json_parse(*text, meta_path));
  auto str = [&](const char* key) {
    const cJSON* it = cJSON_GetObjectItemCaseSensitive(j.get(), key);
    return cJSON_IsString(it) ? std::string(it->valuestring) : std::string();
  };
  VolumeInfo v;
  v.name = n;  // the directory is the truth; meta's copy is informational
  v.driver = str("driver");
  if (v.driver.empty()) v.driver = "local";
  v.created = str("created");
  v.mountpoint = data_path(n);
  v.labels = read_string_map(cJSON_GetObjectItemCaseSensitive(j.get(), "labels"));
  v.options = read_string_map(cJSON_GetObjectItemCaseSensitive(j.get(), "options"));
  v.anonymous = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j.get(), "anonymous"));
  return v;
}

Result<std::vector<VolumeInfo>> VolumeStore::list() const {
  EC_ASSIGN(auto names, list_dir(dir_));
  ec::sort(names);
  std::vector<VolumeInfo> out;
  for (auto& n : names) {
    // Dot names are the store's own (.lock, .tmp-*); other odd names are not volumes.
    if (n[0] == '.' || !check_volume_name(n).ok()) continue;
    auto v = get(n);
    if (!v) {
      if (v.error().code == ENOENT) continue;  // removed meanwhile
      return std::move(v).error();
    }
    out.push_back(std::move(*v));
  }
  return out;
}

Result<VolumeInfo> VolumeStore::create(std::string_view name_in,
                                       const std::map<std::string, std::string>& labels,
                                       bool anonymous) {
  std::string name = name_in.empty() ? random_hex(32) : std::string(name_in);
  EC_TRY(check_volume_name(name));
  EC_ASSIGN(FileLock lock, FileLock::acquire(dir_ + "/.lock"));
  auto existing = get(name);
  if (existing || existing.error().code != ENOENT) return existing;
  // Under the lock no create or remove is in flight: any .tmp- is a crash's.
  EC_TRYC(clean_leftovers(), "clean volume store");

  VolumeInfo v;
  v.name = name;
  v.driver = "local";
  v.created = now_rfc3339();
  v.mountpoint = data_path(name);
  v.labels = labels;
  v.anonymous = anonymous;

  std::string tmp = dir_ + "/" + kTmpPrefix + random_hex(8);
  auto fail = [&](Error e) {
    (void)remove_all(tmp);
    return std::move(e).context("create volume " + name);
  };
  if (::mkdir(tmp.c_str(), 0700) < 0) return sys_error("mkdir " + tmp).context("create volume " + name);
  std::string data = tmp + "/_data";
  if (::mkdir(data.c_str(), 0755) < 0 || ::chmod(data.c_str(), 0755) < 0) return fail(sys_error("mkdir " + data));
  // write_file_atomic fsyncs the file and tmp (which also makes _data's entry durable).
  if (auto st = write_file_atomic(tmp + "/meta.json", meta_json(v), 0644); !st) return fail(std::move(st).error());
  if (::chmod(tmp.c_str(), 0755) < 0) return fail(sys_error("chmod " + tmp));
  std::string final_path = dir_ + "/" + name;
  if (::rename(tmp.c_str(), final_path.c_str()) < 0) {
    int e = errno;
    (void)remove_all(tmp);
    if (e == EEXIST || e == ENOTEMPTY) return get(name);
    return sys_error(e, "rename " + tmp + " to " + final_path).context("create volume " + name);
  }
  EC_TRYC(fsync_dir(dir_), "create volume " + name);
  return v;
}

Status VolumeStore::remove(std::string_view name_in, bool force, const std::vector<std::string>& in_use) {
  EC_TRY(check_volume_name(name_in));
  std::string name(name_in);
  if (!force && contains(in_use, name)) return make_error("volume " + name + " is in use", EBUSY);
  EC_ASSIGN(FileLock lock, FileLock::acquire(dir_ + "/.lock"));
  auto v = get(name);
  if (!v) {
    if (force && v.error().code == ENOENT) return {};
    return std::move(v).error();
  }
  EC_TRYC(remove_volume_dir(dir_, name, nullptr), "remove volume " + name);
  return {};
}

Result<std::pair<std::vector<std::string>, uint64_t>> VolumeStore::prune(const std::vector<std::string>& in_use,
                                                                         bool all) {
  EC_ASSIGN(FileLock lock, FileLock::acquire(dir_ + "/.lock"));
  EC_TRYC(clean_leftovers(), "clean volume store");
  EC_ASSIGN(auto vols, list());
  std::pair<std::vector<std::string>, uint64_t> out{{}, 0};
  for (auto& v : vols) {
    if (contains(in_use, v.name) || (!all && !v.anonymous)) continue;
    EC_TRYC(remove_volume_dir(dir_, v.name, &out.second), "remove volume " + v.name);
    out.first.push_back(v.name);
  }
  return out;
}

// ---- copy-up -------------------------------------------------------------

namespace {

struct VolumeCopier {
  std::string src_name;  // the image path, for messages
  int dst_root = -1;
  // First destination path (relative to dst_root) of each multiply-linked inode.
  std::map<std::pair<dev_t, ino_t>, std::string> links;
  std::vector<char> buf = std::vector<char>(64 * 1024);

  Error err(const std::string& rel, const char* what) {
    return sys_error(std::string(what) + " " + src_name + rel).context("copy image content");
  }

  // Owner first (chown clears set-id bits), then mode, then times.
  Status apply_meta(int fd, const struct stat& st, const std::string& rel) {
    struct stat cur;
    if (::fstat(fd, &cur) < 0) return err(rel, "stat copy of");
    if ((cur.st_uid != st.st_uid || cur.st_gid != st.st_gid) && ::fchown(fd, st.st_uid, st.st_gid) < 0)
      return err(rel, "chown copy of");
    if (::fchmod(fd, st.st_mode & 07777) < 0) return err(rel, "chmod copy of");
    struct timespec ts[2] = {st.st_atim, st.st_mtim};
    if (::futimens(fd, ts) < 0) return err(rel, "set times on copy of");
    return {};
  }

  Status copy_file(int sdir, int ddir, const std::string& name, const struct stat& st, const std::string& rel) {
    // O_NONBLOCK: if the entry was swapped for a fifo since fstatat, open must not hang.
    Fd in(::openat(sdir, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK | O_CLOEXEC));
    if (!in) return err(rel, "open");
    struct stat now;
    if (::fstat(in.get(), &now) < 0) return err(rel, "stat");
    if (!S_ISREG(now.st_mode)) return {};
    Fd out(::openat(ddir, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (!out) return err(rel, "create copy of");
    for (;;) {
      ssize_t n = ::read(in.get(), buf.data(), buf.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return err(rel, "read");
      if (n == 0) break;
      if (auto w = write_all(out.get(), std::string_view(buf.data(), static_cast<size_t>(n))); !w)
        return std::move(w).error().context("copy image content: write copy of " + src_name + rel);
    }
    return apply_meta(out.get(), st, rel);
  }

  Status copy_symlink(int sdir, int ddir, const std::string& name, const struct stat& st, const std::string& rel) {
    std::string target(static_cast<size_t>(st.st_size) + 1, '\0');
    ssize_t n = ::readlinkat(sdir, name.c_str(), target.data(), target.size());
    if (n < 0) return err(rel, "readlink");
    target.resize(static_cast<size_t>(n));
    if (::symlinkat(target.c_str(), ddir, name.c_str()) < 0) return err(rel, "symlink copy of");
    struct stat cur;
    if (::fstatat(ddir, name.c_str(), &cur, AT_SYMLINK_NOFOLLOW) < 0) return err(rel, "stat copy of");
    if ((cur.st_uid != st.st_uid || cur.st_gid != st.st_gid) &&
        ::fchownat(ddir, name.c_str(), st.st_uid, st.st_gid, AT_SYMLINK_NOFOLLOW) < 0)
      return err(rel, "chown copy of");
    struct timespec ts[2] = {st.st_atim, st.st_mtim};
    if (::utimensat(ddir, name.c_str(), ts, AT_SYMLINK_NOFOLLOW) < 0) return err(rel, "set times on copy of");
    return {};
  }

  // Copies the entries of sdir into ddir; rel is the path below the copy's top ("" or "/a/b").
  Status copy_dir(int sdir, int ddir, const std::string& rel) {
    auto names = list_dir_at(sdir);
    if (!names) return std::move(names).error().context("copy image content: list " + src_name + rel);
    for (auto& name : *names) {
      std::string crel = rel + "/" + name;
      struct stat st;
      if (::fstatat(sdir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) < 0) return err(crel, "stat");
      if (S_ISDIR(st.st_mode)) {
        if (::mkdirat(ddir, name.c_str(), 0700) < 0) return err(crel, "mkdir copy of");
        Fd s(::openat(sdir, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!s) return err(crel, "open");
        Fd d(::openat(ddir, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!d) return err(crel, "open copy of");
        EC_TRY(copy_dir(s.get(), d.get(), crel));
        // After the children: creating them moved the directory's mtime.
        EC_TRY(apply_meta(d.get(), st, crel));
      } else if (S_ISREG(st.st_mode)) {
        if (st.st_nlink > 1) {
          auto key = std::make_pair(st.st_dev, st.st_ino);
          auto it = links.find(key);
          if (it != links.end()) {
            if (::linkat(dst_root, it->second.c_str(), ddir, name.c_str(), 0) < 0) return err(crel, "link copy of");
            continue;
          }
          links[key] = crel.substr(1);
        }
        EC_TRY(copy_file(sdir, ddir, name, st, crel));
      } else if (S_ISLNK(st.st_mode)) {
        EC_TRY(copy_symlink(sdir, ddir, name, st, crel));
      }
      // Device nodes, sockets and fifos are not volume content.
    }
    return {};
  }
};

}  // namespace

Status copy_image_content(int rootfd, std::string_view path, const std::string& dst) {
  Fd d(::open(dst.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
  if (!d) return sys_error("open " + dst).context("copy image content");
  EC_ASSIGN(auto present, list_dir_at(d.get()));
  if (!present.empty()) return {};  // already filled: the volume's data wins
  auto s = open_in_root(rootfd, path, O_RDONLY | O_DIRECTORY);
  if (!s) {
    int e = s.error().code;
    if (e == ENOENT || e == ENOTDIR) return {};
    return std::move(s).error().context("copy image content");
  }
  struct stat st;
  if (::fstat(s->get(), &st) < 0) return sys_error("stat image " + std::string(path));
  VolumeCopier c;
  c.src_name = std::string(path);
  c.dst_root = d.get();
  EC_TRY(c.copy_dir(s->get(), d.get(), ""));
  return c.apply_meta(d.get(), st, "");
}

}  // namespace ec::engine
