// load and import: image archives and rootfs tarballs into the store
// (save is in export_verbs.cpp, with the other ways out: -Dexport).
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
