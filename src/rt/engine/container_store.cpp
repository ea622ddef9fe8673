#include "rt/engine/container_store.h"

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "core/rfc3339.h"
#include "core/sort.h"
#include "core/strutil.h"
#include "img/store.h"

namespace ec::engine {

namespace {

bool is_hex64(std::string_view s) {
  if (s.size() != 64) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

// Docker-style generated names: adjective_noun (+ a counter on collision).
const char* const kAdjectives[] = {"brave", "calm", "eager", "fond", "gentle", "happy", "keen", "lucid",
                                   "merry", "nifty", "proud", "quiet", "sharp", "steady", "swift", "tender",
                                   "upbeat", "vivid", "wise", "zen"};
const char* const kNouns[] = {"babbage", "curie", "darwin", "euler", "fermi", "gauss", "hopper", "kepler",
                              "lovelace", "meitner", "newton", "noether", "pascal", "ritchie", "shannon",
                              "tesla", "thompson", "turing", "volta", "wozniak"};

std::string generated_name(unsigned attempt) {
  unsigned char r[2];
  if (::getrandom(r, sizeof r, 0) != sizeof r) r[0] = r[1] = static_cast<unsigned char>(attempt);
  std::string n = std::string(kAdjectives[r[0] % 20]) + "_" + kNouns[r[1] % 20];
  if (attempt > 3) n += strf("%u", attempt);
  return n;
}

}  // namespace


Result<std::string> check_name(std::string_view name) {
  if (!name.empty() && name[0] == '/') name.remove_prefix(1);
  bool ok = !name.empty() && name.size() <= 128;
  for (size_t i = 0; ok && i < name.size(); i++) {
    char c = name[i];
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    ok = alnum || (i > 0 && (c == '_' || c == '.' || c == '-'));
  }
  if (!ok) return make_error("invalid container name \"" + std::string(name) + "\": only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
  return std::string(name);
}

Result<Containers> Containers::open(const std::string& root, const std::string& run_root) {
  for (const char* d : {"/containers", "/names", "/locks"})
    EC_TRYC(mkdir_p(root + d, 0700), "create " + root + d);
  return Containers(root, run_root);
}

std::string Containers::dir(std::string_view id) const { return root_ + "/containers/" + std::string(id); }
std::string Containers::run_dir(std::string_view id) const { return run_root_ + "/containers/" + std::string(id); }
std::string Containers::runtime_root(std::string_view rt) const { return run_root_ + "/runtime/" + std::string(rt); }

Result<FileLock> Containers::names_lock() const { return FileLock::acquire(root_ + "/locks/containers.lock", true); }

Result<FileLock> Containers::lock(std::string_view id) const {
  return FileLock::acquire(dir(id) + "/.lock", true);
}

Result<ContainerRecord> Containers::create(ContainerRecord rec, FnRef<Status(const std::string&, ContainerRecord&)> fill) {
  rec.id = random_hex(32);
  if (rec.created.empty()) rec.created = now_rfc3339();
  bool generated = rec.name.empty();
  if (!generated) {
    EC_ASSIGN(rec.name, check_name(rec.name));
  }
  // The slow part (fill: config, /etc files, vfs copies) runs unlocked in a temp dir.
  std::string tmp = root_ + "/containers/.tmp-" + rec.id;
  if (::mkdir(tmp.c_str(), 0700) < 0) return sys_error("mkdir " + tmp);
  struct Cleanup {
    std::string path;
    ~Cleanup() {
      if (path.empty()) return;
      ::umount2((path + "/rootfs").c_str(), MNT_DETACH);  // never delete through a mounted rootfs
      (void)remove_all(path);
    }
  } cleanup{tmp};
  EC_TRY(write_file(tmp + "/.lock", "", 0600));
  EC_TRY(fill(tmp, rec));
  // An --rm container is gone after its run: a power cut loses nothing worth
  // an fsync (and a half-written one is cleaned up as a leftover).
  const Sync sync = rec.auto_remove ? Sync::Volatile : Sync::Durable;
  ContainerState st;
  EC_TRY(write_file_atomic(tmp + "/state.json", state_to_json(st), 0600, sync));

  EC_ASSIGN(FileLock lk, names_lock());
  for (unsigned attempt = 0;; attempt++) {
    if (generated) rec.name = generated_name(attempt);
    std::string link = root_ + "/names/" + rec.name;
    char target[80];
    ssize_t n = ::readlink(link.c_str(), target, sizeof target - 1);
    if (n > 0) {
      std::string other(target, static_cast<size_t>(n));
      if (path_exists(dir(other))) {
        if (generated && attempt < 50) continue;
        return make_error("the container name \"/" + rec.name + "\" is already in use by container " + other, EEXIST);
      }
      ::unlink(link.c_str());  // stale: its container never became visible
    }
    EC_TRY(write_file_atomic(tmp + "/container.json", record_to_json(rec), 0600, sync));
    if (::symlink(rec.id.c_str(), link.c_str()) < 0) return sys_error("create name link " + link);
    break;
  }
  if (::rename(tmp.c_str(), dir(rec.id).c_str()) < 0) {
    Error e = sys_error("rename " + tmp);
    ::unlink((root_ + "/names/" + rec.name).c_str());
    return e;
  }
  cleanup.path.clear();
  if (sync == Sync::Durable) {
    Fd d(::open((root_ + "/containers").c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (d) ::fsync(d.get());
  }
  return rec;
}

Result<std::string> Containers::resolve(std::string_view q) const {
  if (q.empty()) return make_error("no such container: \"\"", ENOENT);
  if (is_hex64(q) && path_exists(dir(q))) return std::string(q);
  std::string name(q[0] == '/' ? q.substr(1) : q);
  if (name.find('/') == std::string::npos && name != "." && name != "..") {
    char target[80];
    ssize_t n = ::readlink((root_ + "/names/" + name).c_str(), target, sizeof target - 1);
    if (n > 0) {
      std::string id(target, static_cast<size_t>(n));
      // A link left by a rename/create that crashed half-way names another container.
      auto r = record(id);
      if (r && r->name == name) return id;
    }
  }
  // A unique id prefix.
  bool hex = q.size() >= 1 && q.size() < 64;
  for (char c : q) hex = hex && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  if (hex) {
    EC_ASSIGN(auto all, ids());
    std::string found;
    for (auto& id : all) {
      if (!starts_with(id, q)) continue;
      if (!found.empty()) return make_error("multiple containers match the prefix " + std::string(q), EINVAL);
      found = id;
    }
    if (!found.empty()) return found;
  }
  return make_error("no such container: " + std::string(q), ENOENT);
}

Result<ContainerRecord> Containers::record(std::string_view id) const {
  auto t = read_file(dir(id) + "/container.json");
  if (!t) {
    if (t.error().code == ENOENT) return make_error("no such container: " + std::string(id), ENOENT);
    return std::move(t).error();
  }
  auto r = record_from_json(*t);
  if (!r) return std::move(r).error().context("container " + std::string(id).substr(0, 12));
  return r;
}

Status Containers::save_record(const ContainerRecord& r) {
  return write_file_atomic(dir(r.id) + "/container.json", record_to_json(r), 0600);
}

Result<ContainerState> Containers::raw_state(std::string_view id) const {
  auto t = read_file(dir(id) + "/state.json");
  if (!t) {
    if (t.error().code == ENOENT) return make_error("no such container: " + std::string(id), ENOENT);
    return std::move(t).error();
  }
  auto s = state_from_json(*t);
  if (!s) return std::move(s).error().context("container " + std::string(id).substr(0, 12));
  return s;
}

Result<ContainerState> Containers::state(std::string_view id) const {
  EC_ASSIGN(ContainerState s, raw_state(id));
  if (has_shim(s) && !shim_alive(s)) {
    s.status = "exited";
    s.exit_code = 255;
    s.error = "the container's monitor is gone (killed, or the host restarted)";
    s.pid = 0;
  }
  return s;
}

Status Containers::update_state(std::string_view id, FnRef<Status(ContainerState&)> fn, Sync sync) {
  EC_ASSIGN(FileLock lk, lock(id));
  EC_ASSIGN(ContainerState s, raw_state(id));
  EC_TRY(fn(s));
  return write_file_atomic(dir(id) + "/state.json", state_to_json(s), 0600, sync);
}

Result<std::vector<std::string>> Containers::ids() const {
  EC_ASSIGN(auto names, list_dir(root_ + "/containers"));
  std::vector<std::string> out;
  for (auto& n : names)
    if (is_hex64(n)) out.push_back(n);
  ec::sort(out);
  return out;
}

Status Containers::rename(std::string_view id, std::string_view new_name) {
  EC_ASSIGN(std::string name, check_name(new_name));
  EC_ASSIGN(FileLock lk, names_lock());
  EC_ASSIGN(ContainerRecord r, record(id));
  if (r.name == name) return make_error("renaming a container with the same name as its current name", EINVAL);
  std::string link = root_ + "/names/" + name;
  char target[80];
  ssize_t n = ::readlink(link.c_str(), target, sizeof target - 1);
  if (n > 0) {
    std::string other(target, static_cast<size_t>(n));
    auto o = record(other);
    if (o && o->name == name)
      return make_error("the container name \"/" + name + "\" is already in use by container " + other, EEXIST);
    ::unlink(link.c_str());
  }
  // New link, then the record, then drop the old link: a crash leaves at
  // most an extra link that resolve() ignores (the record names the truth).
  if (::symlink(r.id.c_str(), link.c_str()) < 0) return sys_error("create name link " + link);
  std::string old = r.name;
  r.name = name;
  EC_TRY(save_record(r));
  ::unlink((root_ + "/names/" + old).c_str());
  return {};
}

Status Containers::remove(std::string_view id) {
  EC_ASSIGN(FileLock lk, names_lock());
  auto r = record(id);
  // Move the dir out of sight first: a crash mid-delete leaves a .tmp- dir, not half a container.
  std::string gone = root_ + "/containers/.tmp-rm-" + std::string(id);
  if (::rename(dir(id).c_str(), gone.c_str()) < 0 && errno != ENOENT) return sys_error("remove container " + std::string(id));
  if (r) {
    std::string link = root_ + "/names/" + r->name;
    char target[80];
    ssize_t n = ::readlink(link.c_str(), target, sizeof target - 1);
    if (n > 0 && std::string_view(target, static_cast<size_t>(n)) == id) ::unlink(link.c_str());
  }
  (void)remove_all(run_dir(id));
  ::umount2((gone + "/rootfs").c_str(), MNT_DETACH);
  return remove_all(gone);
}

}  // namespace ec::engine
