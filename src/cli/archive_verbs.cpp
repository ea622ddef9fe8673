// load, save, import: image archives in and out of the store.
#include <fcntl.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/engine.h"
#include "cli/oci.h"
#include "cli/output.h"
#include "core/fd.h"
#include "core/fs.h"
#include "img/archive.h"
#include "img/reader.h"
#include "img/store.h"

namespace ec::cli {


int v_load(const EngineGlobal& g, int argc, char** argv, int start) {
  static const std::vector<Flag> flags = {{"input", 'i', true}, {"quiet", 'q', false}, {"platform", 0, true}};
  auto a = Args::parse(argc, argv, start, flags);
  if (!a) return fail(a.error());
  auto store = open_store(g);
  if (!store) return fail(store.error());
  img::LoadOptions o;
  if (auto p = a->get("platform")) {
    auto pl = img::parse_platform(*p);
    if (!pl) return fail(pl.error());
    o.platform = img::normalize_platform(*pl);
  }
  Result<std::vector<img::LoadedImage>> r = std::vector<img::LoadedImage>{};
  if (auto in = a->get("input")) {
    r = img::load_archive_file(*store, *in, o);
    if (!r) return fail(r.error().context("load " + *in));
  } else {
    if (isatty(0)) return fail(make_error("load: give the archive with -i FILE or on stdin"));
    img::FdReader stdin_reader(0);
    r = img::load_archive(*store, stdin_reader, o);
    if (!r) return fail(r.error().context("load from stdin"));
  }
  if (!a->flag("quiet"))
    for (auto& li : *r) out(li.ref.empty() ? "Loaded image ID: " + li.id + "\n" : "Loaded image: " + li.ref + "\n");
  return 0;
}

int v_save(const EngineGlobal& g, int argc, char** argv, int start) {
  static const std::vector<Flag> flags = {{"output", 'o', true}, {"format", 0, true}};
  auto a = Args::parse(argc, argv, start, flags, false);
  if (!a) return fail(a.error());
  if (a->positional.empty()) return fail(make_error("save: at least one image is required"));
  std::string fmt = a->get_or("format", "docker-archive");
  img::ArchiveFormat f;
  if (fmt == "docker-archive" || fmt == "docker") f = img::ArchiveFormat::DockerArchive;
  else if (fmt == "oci-archive" || fmt == "oci") f = img::ArchiveFormat::OciArchive;
  else return fail(make_error("save: --format must be docker-archive or oci-archive"));
  auto store = open_store(g);
  if (!store) return fail(store.error());
  auto path = a->get("output");
  if (!path) {
    if (isatty(1)) return fail(make_error("save: refusing to write an archive to a terminal; use -o FILE"));
    auto r = img::save_archive(*store, a->positional, f, 1);
    return r ? 0 : fail(r.error());
  }
  // Written beside the target and renamed: a failed save leaves no half archive.
  std::string tmp = *path + ".tmp." + std::to_string(getpid());
  Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
  if (!fd) return fail(sys_error("create " + tmp));
  auto r = img::save_archive(*store, a->positional, f, fd.get());
  if (r && ::fsync(fd.get()) < 0) r = sys_error("fsync " + tmp);
  fd.reset();
  if (r && ::rename(tmp.c_str(), path->c_str()) < 0) r = sys_error("rename " + tmp + " to " + *path);
  if (!r) {
    ::unlink(tmp.c_str());
    return fail(r.error().context("save " + *path));
  }
  return 0;
}

int v_import(const EngineGlobal& g, int argc, char** argv, int start) {
  static const std::vector<Flag> flags = {{"message", 'm', true}, {"platform", 0, true}, {"change", 'c', true}};
  auto a = Args::parse(argc, argv, start, flags);
  if (!a) return fail(a.error());
  if (a->positional.empty() || a->positional.size() > 2)
    return fail(make_error("import: usage: edgectl import FILE|- [REPOSITORY[:TAG]]"));
  if (a->has("change")) return fail(make_error("import --change is not supported"));
  auto store = open_store(g);
  if (!store) return fail(store.error());
  img::ImportOptions o;
  if (a->positional.size() == 2) o.ref = a->positional[1];
  o.message = a->get_or("message", "");
  if (auto p = a->get("platform")) {
    auto pl = img::parse_platform(*p);
    if (!pl) return fail(pl.error());
    o.platform = img::normalize_platform(*pl);
  }
  const std::string& src = a->positional[0];
  Fd fd;
  int in_fd = 0;
  if (src != "-") {
    fd = Fd(::open(src.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd) return fail(sys_error("open " + src));
    in_fd = fd.get();
  }
  img::FdReader reader(in_fd);
  auto r = img::import_rootfs(*store, reader, o);
  if (!r) return fail(r.error().context("import " + src));
  out(r->id + "\n");
  return 0;
}

}  // namespace ec::cli
