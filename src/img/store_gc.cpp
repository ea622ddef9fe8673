// Store maintenance: garbage collection, consistency check, disk usage.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>
#include <map>

#include "core/fs.h"
#include "core/log.h"
#include "core/sha256.h"
#include "core/strutil.h"
#include "img/store.h"
#include "img/store_internal.h"

namespace ec::img {

using namespace store_detail;

namespace store_detail {

Result<Reach> reachable(const Store& s, const std::vector<ImageRecord>& images, const std::vector<std::string>& keep,
                        bool strict) {
  Reach r;
  auto soft = [&](const Error& e, const ImageRecord& rec) -> Status {
    if (!strict || e.code == ENOENT) return {};
    return make_error("image " + (rec.ref.empty() ? rec.config : rec.ref) + ": " + e.msg +
                          " (run check with repair first)",
                      e.code);
  };
  for (auto& rec : images) {
    r.blobs.insert(rec.manifest);
    r.blobs.insert(rec.config);
    if (!rec.index.empty()) r.blobs.insert(rec.index);
    // Compressed layer blobs some caller chose to keep belong to the image too.
    auto m = s.image_manifest(rec);
    if (m) {
      for (auto& l : m->layers) r.blobs.insert(l.digest);
    } else {
      EC_TRY(soft(m.error(), rec));
    }
    auto chains = s.image_layers(rec);
    if (chains) {
      for (auto& c : *chains) r.chains.insert(c);
    } else {
      EC_TRY(soft(chains.error(), rec));
    }
  }
  std::vector<std::string> todo(r.chains.begin(), r.chains.end());
  for (auto& k : keep) {
    if (!is_sha256_hex(std::string_view(k).substr(k.size() < 7 ? 0 : 7)) || !starts_with(k, "sha256:"))
      return make_error("gc: keep: invalid chain id \"" + k + "\"");
    if (r.chains.insert(k).second) todo.push_back(k);
  }
  // Parents of kept layers stay too (a container's chain from meta.json).
  while (!todo.empty()) {
    std::string c = std::move(todo.back());
    todo.pop_back();
    auto info = s.layer_info(c);
    if (info && !info->parent.empty() && r.chains.insert(info->parent).second) todo.push_back(info->parent);
  }
  return r;
}

}  // namespace store_detail

namespace {

// File times come from a coarse clock that may lag the wall clock, and the
// start time is known to the second: a margin keeps what this process (or
// one started with it) just made.
constexpr int64_t kClockSlack = 2;

bool older_than_start(const std::string& p) {
  int64_t m = mtime_of(p);
  return m >= 0 && m + kClockSlack < process_start();
}

// Try to take a lock without waiting; the lock (when got) is returned. (Not
// named try_lock: with a std::string argument, ADL would pick std::try_lock.)
Result<Fd> try_lock_file(const Store& s, const std::string& name) {
  return lock_path(s.path("locks/" + name), true, false);
}

uint64_t file_size(const std::string& p) {
  struct stat st;
  return ::lstat(p.c_str(), &st) == 0 ? static_cast<uint64_t>(st.st_size) : 0;
}

bool is_dir(const std::string& p) {
  struct stat st;
  return ::lstat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

Result<std::string> hash_file(const std::string& p) {
  Fd fd(::open(p.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
  if (!fd) return sys_error("open " + p);
  FdReader in(fd.get());
  DigestReader digest(in);
  EC_TRYC(drain(digest), p);
  return digest.digest();
}

// Remove a tree or file below `dir` (store-relative), for leftovers.
Status remove_leftover(const Store& s, const std::string& rel) {
  std::string p = s.path(rel);
  if (is_dir(p)) {
    size_t slash = p.rfind('/');
    Fd parent(::open(p.substr(0, slash).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!parent) return sys_error("open " + p.substr(0, slash));
    return remove_tree_at(parent.get(), p.substr(slash + 1));
  }
  if (::unlink(p.c_str()) < 0 && errno != ENOENT) return sys_error("unlink " + p);
  return {};
}

std::string name_of(const ImageRecord& r) { return r.ref.empty() ? r.config : r.ref; }

}  // namespace

Result<GcReport> Store::gc(const GcOptions& opt) {
  GcReport rep;
  EC_ASSIGN(Fd gc_lock, lock("gc.lock", true));
  EC_ASSIGN(Fd images_lock, lock("images.lock", true));
  EC_ASSIGN(std::vector<ImageRecord> recs, load_images());
  EC_ASSIGN(Reach reach, reachable(*this, recs, opt.keep_layers, true));
  bool dry = opt.dry_run;

  auto leftover = [&](const std::string& rel) -> Status {
    if (!dry) EC_TRY(remove_leftover(*this, rel));
    rep.removed_temp.push_back(rel);
    return {};
  };

  // Layers nobody reaches, and builds that died.
  EC_ASSIGN(std::vector<std::string> layers, list_dir(path("layers")));
  for (auto& n : layers) {
    if (is_sha256_hex(n)) {
      std::string chain = "sha256:" + n;
      if (reach.chains.count(chain)) continue;
      auto held = try_lock_file(*this, "layer-" + n + ".lock");
      if (!held) continue;  // being built or checked right now
      auto info = layer_info(chain);
      if (!dry) EC_TRY(remove_layer_dir(*this, n));
      rep.removed_layers.push_back(chain);
      rep.bytes_freed += info ? info->size : 0;
      continue;
    }
    size_t t = n.find(".tmp-");
    if (t == std::string::npos) continue;
    std::string owner = n.substr(0, t);
    // A builder holds the layer's lock while its .tmp- dir exists, so a lock
    // we can take proves the dir is a leftover, however recent (mtimes have
    // whole-second granularity against our start time).
    if (!is_sha256_hex(owner) && !older_than_start(path("layers/" + n))) continue;
    Fd held;
    if (is_sha256_hex(owner)) {
      auto l = try_lock_file(*this, "layer-" + owner + ".lock");
      if (!l) continue;
      held = std::move(*l);
    }
    EC_TRY(leftover("layers/" + n));
  }

  // Blobs nobody reaches, and temp files of interrupted writes.
  EC_ASSIGN(std::vector<std::string> blobs, list_dir(path("blobs/sha256")));
  for (auto& n : blobs) {
    std::string p = path("blobs/sha256/" + n);
    if (is_sha256_hex(n)) {
      if (reach.blobs.count("sha256:" + n)) continue;
      rep.bytes_freed += file_size(p);
      if (!dry && ::unlink(p.c_str()) < 0 && errno != ENOENT) return sys_error("unlink " + p);
      rep.removed_blobs.push_back("sha256:" + n);
    } else if (n.find(".tmp.") != std::string::npos && older_than_start(p)) {
      rep.bytes_freed += file_size(p);
      EC_TRY(leftover("blobs/sha256/" + n));
    }
  }

  // Partial downloads nobody is resuming right now. A recent one is the
  // progress of a killed or failed pull that the next pull resumes: it
  // stays until its record is kPartialKeepSeconds old. Temp files of
  // atomic writes, records without a partial and partials without a record
  // (nothing of them is trusted on resume) are garbage at any age.
  EC_ASSIGN(std::vector<std::string> ingests, list_dir(path("ingest")));
  std::map<std::string, std::vector<std::string>> by_hex;
  for (auto& n : ingests) by_hex[n.substr(0, n.find('.'))].push_back(n);
  int64_t now = static_cast<int64_t>(::time(nullptr));
  for (auto& [hex, files] : by_hex) {
    Fd held;
    bool keep = false;
    if (is_sha256_hex(hex)) {
      auto l = try_lock_file(*this, "ingest-" + hex + ".lock");
      if (!l) continue;  // a pull is writing it
      held = std::move(*l);
      int64_t updated = mtime_of(path("ingest/" + hex + ".json"));
      // A record from the future (the clock was set back) counts as recent.
      keep = updated >= 0 && now - updated < kPartialKeepSeconds && path_exists(path("ingest/" + hex + ".partial"));
    } else {
      // Not a name the store makes: remove it once no running command can own it.
      bool stale = true;
      for (auto& f : files) stale &= older_than_start(path("ingest/" + f));
      if (!stale) continue;
    }
    for (auto& f : files) {
      if (keep && f.find(".tmp.") == std::string::npos) continue;
      rep.bytes_freed += file_size(path("ingest/" + f));
      EC_TRY(leftover("ingest/" + f));
    }
  }

  // Scratch space of interrupted loads (a running load holds a lease).
  EC_ASSIGN(std::vector<std::string> tmps, list_dir(path("tmp")));
  for (auto& n : tmps)
    if (older_than_start(path("tmp/" + n))) EC_TRY(leftover("tmp/" + n));

  // images.json temp files of interrupted writers.
  EC_ASSIGN(std::vector<std::string> top, list_dir(root_));
  for (auto& n : top)
    if (starts_with(n, "images.json.tmp.") && older_than_start(path(n))) EC_TRY(leftover(n));

  // Lock files of layers and partials that are gone (not reported).
  if (!dry) {
    EC_ASSIGN(std::vector<std::string> locks, list_dir(path("locks")));
    for (auto& n : locks) {
      std::string hex;
      bool gone = false;
      if (starts_with(n, "layer-") && ends_with(n, ".lock")) {
        hex = n.substr(6, n.size() - 11);
        gone = !path_exists(path("layers/" + hex));
      } else if (starts_with(n, "ingest-") && ends_with(n, ".lock")) {
        hex = n.substr(7, n.size() - 12);
        gone = !path_exists(path("ingest/" + hex + ".partial"));
      }
      if (!gone || !is_sha256_hex(hex)) continue;
      auto held = try_lock_file(*this, n);
      // Unlinked while held: a waiter notices (lock_path re-checks the inode).
      if (held) ::unlink(path("locks/" + n).c_str());
    }
  }
  return rep;
}

Result<CheckReport> Store::check(bool repair) {
  CheckReport rep;
  Fd gc_lock;
  if (repair) {
    // Repair deletes: not while a pull or load is adding content.
    EC_ASSIGN(gc_lock, lock("gc.lock", true));
  }

  EC_ASSIGN(std::vector<std::string> blobs, list_dir(path("blobs/sha256")));
  for (auto& n : blobs) {
    std::string p = path("blobs/sha256/" + n);
    if (!is_sha256_hex(n)) {
      if (n.find(".tmp.") == std::string::npos) rep.problems.push_back("unexpected file blobs/sha256/" + n);
      continue;
    }
    auto got = hash_file(p);
    if (got && *got == "sha256:" + n) continue;
    rep.problems.push_back("blob sha256:" + n + ": " + (got ? "corrupt (content is " + *got + ")" : got.error().msg));
    if (repair) {
      if (::unlink(p.c_str()) < 0 && errno != ENOENT) return sys_error("unlink " + p);
      rep.repaired.push_back("removed corrupt blob sha256:" + n);
    }
  }

  EC_ASSIGN(std::vector<std::string> layers, list_dir(path("layers")));
  for (auto& n : layers) {
    if (n.find(".tmp-") != std::string::npos) continue;  // a build in progress or a leftover for gc
    if (!is_sha256_hex(n)) {
      rep.problems.push_back("unexpected entry layers/" + n);
      continue;
    }
    std::string chain = "sha256:" + n;
    std::string problem;
    auto info = layer_info(chain);
    if (!info) problem = info.error().code == ENOENT ? "meta.json missing" : info.error().msg;
    else if (!is_dir(path("layers/" + n + "/diff"))) problem = "diff/ missing";
    else if (chain_id(info->parent, info->diff_id) != chain)
      problem = "meta.json parent and diff_id give chain " + chain_id(info->parent, info->diff_id);
    if (problem.empty()) continue;
    rep.problems.push_back("layer " + chain + ": " + problem);
    if (repair) {
      EC_ASSIGN(Fd held, lock("layer-" + n + ".lock", true));
      EC_TRY(remove_layer_dir(*this, n));
      rep.repaired.push_back("removed broken layer " + chain);
    }
  }

  auto recs = load_images();
  if (!recs) {
    rep.problems.push_back(recs.error().msg);
    return rep;
  }
  std::vector<std::string> broken;
  for (auto& r : *recs) {
    std::string problem;
    auto m = image_manifest(r);
    auto c = m ? image_config(r) : Result<ImageConfig>(m.error());
    if (!m) problem = m.error().msg;
    else if (!c) problem = c.error().msg;
    else if (auto st = check_config_matches(*c, *m); !st) problem = st.error().msg;
    else if (!r.index.empty() && !has_blob(r.index)) problem = "index " + r.index + " missing";
    if (problem.empty()) {
      for (auto& chain : chain_ids(c->diff_ids))
        if (!layer_exists(chain)) {
          problem = "layer " + chain + " missing";
          break;
        }
    }
    if (problem.empty()) continue;
    rep.problems.push_back("image " + name_of(r) + ": " + problem);
    broken.push_back(name_of(r));
  }
  if (repair && !broken.empty()) {
    EC_TRY(update_images([&](std::vector<ImageRecord>& all) -> Status {
      std::erase_if(all, [&](const ImageRecord& r) {
        for (auto& b : broken)
          if (b == name_of(r)) return true;
        return false;
      });
      return {};
    }));
    for (auto& b : broken) rep.repaired.push_back("removed image " + b + ": pull or load it again");
  }
  return rep;
}

Result<DiskUsage> Store::disk_usage() const {
  DiskUsage du;
  EC_ASSIGN(std::vector<ImageRecord> recs, load_images());
  EC_ASSIGN(Reach reach, reachable(*this, recs, {}, false));
  std::set<std::string> ids;
  for (auto& r : recs) ids.insert(r.config);
  du.images = ids.size();
  du.names = recs.size();

  EC_ASSIGN(std::vector<std::string> layers, list_dir(path("layers")));
  for (auto& n : layers) {
    if (!is_sha256_hex(n)) {
      if (n.find(".tmp-") != std::string::npos) du.partials++;
      continue;
    }
    auto info = layer_info("sha256:" + n);
    if (!info) continue;
    du.layers++;
    du.layers_bytes += info->size;
    if (!reach.chains.count(info->chain_id)) {
      du.reclaimable_layers++;
      du.reclaimable_bytes += info->size;
    }
  }
  EC_ASSIGN(std::vector<std::string> blobs, list_dir(path("blobs/sha256")));
  for (auto& n : blobs) {
    if (!is_sha256_hex(n)) continue;
    uint64_t sz = file_size(path("blobs/sha256/" + n));
    du.blobs++;
    du.blobs_bytes += sz;
    if (!reach.blobs.count("sha256:" + n)) {
      du.reclaimable_blobs++;
      du.reclaimable_bytes += sz;
    }
  }
  EC_ASSIGN(std::vector<std::string> ingests, list_dir(path("ingest")));
  for (auto& n : ingests) {
    if (!ends_with(n, ".partial")) continue;
    du.partials++;
    du.partial_bytes += file_size(path("ingest/" + n));
  }
  EC_ASSIGN(std::vector<std::string> tmps, list_dir(path("tmp")));
  du.partials += tmps.size();
  return du;
}

}  // namespace ec::img
