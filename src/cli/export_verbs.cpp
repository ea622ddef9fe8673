// save, export and cp: images as archives, a container's filesystem as a tar,
// files between containers and the host (-Dexport; the stub is
// export_verbs_stub.cpp). The work is in img/archive_save and rt/engine/ctr_copy.
#include <fcntl.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/engine.h"
#include "cli/oci.h"
#include "cli/output.h"
#include "core/fd.h"
#include "core/function_ref.h"
#include "img/archive.h"
#include "img/store.h"
#include "rt/engine/ctr_copy.h"
#include "rt/engine/ops.h"

namespace ec::cli {

namespace {

const char kCpUsage[] =
    "usage: edgectl cp [-a] [-L] CONTAINER:SRC_PATH DEST_PATH|-\n"
    "       edgectl cp [-a] [-L] SRC_PATH|- CONTAINER:DEST_PATH\n"
    "\n"
    "Copy files and directories between a container and the host (running or\n"
    "stopped; a stopped container's filesystem is mounted for the copy).\n"
    "\n"
    "  -a, --archive      keep uid/gid; otherwise files copied into the container\n"
    "                     belong to its root (0:0), files copied out to you, and\n"
    "                     setuid/setgid bits and file capabilities are dropped\n"
    "                     from files copied out\n"
    "  -L, --follow-link  copy what a symlink SRC_PATH points to, not the link\n"
    "  -q, --quiet        accepted for docker compatibility (cp prints nothing)\n"
    "\n"
    "Like docker cp: a directory copied to an existing directory goes inside it;\n"
    "SRC_PATH ending in /. copies the directory's contents; a file copied to an\n"
    "existing directory goes inside it; DEST_PATH's parent must exist. '-' as\n"
    "SRC_PATH extracts a tar archive from stdin into the directory DEST_PATH; '-'\n"
    "as DEST_PATH writes a tar archive of SRC_PATH to stdout.\n"
    "Container paths are relative to its root, and symlinks in them resolve\n"
    "inside the container's filesystem, never to the host.\n"
    "Only the container's root filesystem is copied: volumes, bind mounts and\n"
    "tmpfs mounts of a running container are not seen (copy those on the host or\n"
    "with edgectl exec). Device nodes are not copied out of a container.\n";

const char kExportUsage[] =
    "usage: edgectl export [-o FILE] CONTAINER\n"
    "\n"
    "Write the container's filesystem as a tar archive to FILE or stdout.\n"
    "  -o, --output FILE  write to FILE (replaced only once the archive is complete)\n"
    "Volumes and bind mounts of a running container are not included.\n";

Result<std::string> resolve_id(engine::Engine& e, const std::string& name) { return e.ctrs.resolve(name); }

// An archive for -o PATH is written to a file beside it and renamed once
// complete and synced: a failed or killed save/export leaves no half archive.
Status write_beside(const std::string& path, FnRef<Status(int fd)> write) {
  std::string tmp = path + ".tmp." + std::to_string(getpid());
  Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644));
  if (!fd) return sys_error("create " + tmp);
  Status r = write(fd.get());
  if (r && ::fsync(fd.get()) < 0) r = sys_error("fsync " + tmp);
  fd.reset();
  if (r && ::rename(tmp.c_str(), path.c_str()) < 0) r = sys_error("rename " + tmp + " to " + path);
  if (!r) ::unlink(tmp.c_str());
  return r;
}

}  // namespace

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
  auto r = write_beside(*path, [&](int fd) { return img::save_archive(*store, a->positional, f, fd); });
  return r ? 0 : fail(r.error().context("save " + *path));
}

int v_cp(const EngineGlobal& g, int argc, char** argv, int start) {
  static const std::vector<Flag> flags = {
      {"archive", 'a', false}, {"follow-link", 'L', false}, {"quiet", 'q', false}, {"help", 'h', false}};
  auto a = Args::parse(argc, argv, start, flags, false);
  if (!a) return fail(a.error());
  if (a->flag("help")) {
    out(kCpUsage);
    return 0;
  }
  if (a->positional.size() != 2)
    return fail(make_error("cp: want 2 arguments: CONTAINER:SRC_PATH DEST_PATH or SRC_PATH CONTAINER:DEST_PATH (see edgectl cp --help)"));
  engine::CopyArg src = engine::split_copy_arg(a->positional[0]);
  engine::CopyArg dst = engine::split_copy_arg(a->positional[1]);
  if (!src.container.empty() && !dst.container.empty())
    return fail(make_error("cp: copying between containers is not supported"));
  if (src.container.empty() && dst.container.empty())
    return fail(make_error("cp: must specify at least one container source (CONTAINER:PATH)"));
  const engine::CopyArg& in_ctr = src.container.empty() ? dst : src;
  if (in_ctr.path.empty()) return fail(make_error("cp: a path is required after \"" + in_ctr.container + ":\""));
  if (!src.container.empty() && dst.path == "-" && isatty(1))
    return fail(make_error("cp: cowardly refusing to write a tar archive to a terminal"));
  if (src.container.empty() && src.path == "-" && isatty(0))
    return fail(make_error("cp: cowardly refusing to read a tar archive from a terminal"));

  engine::CopyOptions o;
  o.archive = a->flag("archive");
  o.follow_link = a->flag("follow-link");
  auto e = engine::open_engine(g.cfg, g.config_path);
  if (!e) return fail(e.error());
  auto id = resolve_id(*e, in_ctr.container);
  if (!id) return fail(id.error());
  Status r = !src.container.empty() ? engine::copy_from_container(*e, *id, src.path, dst.path, o)
                                    : engine::copy_to_container(*e, *id, src.path, dst.path, o);
  if (!r) return fail(r.error().context("cp"));
  return 0;
}

int v_export(const EngineGlobal& g, int argc, char** argv, int start) {
  static const std::vector<Flag> flags = {{"output", 'o', true}, {"help", 'h', false}};
  auto a = Args::parse(argc, argv, start, flags, false);
  if (!a) return fail(a.error());
  if (a->flag("help")) {
    out(kExportUsage);
    return 0;
  }
  if (a->positional.size() != 1) return fail(make_error("export: want one CONTAINER (see edgectl export --help)"));
  auto path = a->get("output");
  if (!path && isatty(1))
    return fail(make_error("export: cowardly refusing to write to a terminal; use -o FILE or redirect stdout"));
  auto e = engine::open_engine(g.cfg, g.config_path);
  if (!e) return fail(e.error());
  auto id = resolve_id(*e, a->positional[0]);
  if (!id) return fail(id.error());
  if (!path) {
    auto r = engine::export_container(*e, *id, 1);
    return r ? 0 : fail(r.error().context("export"));
  }
  auto r = write_beside(*path, [&](int fd) { return engine::export_container(*e, *id, fd); });
  return r ? 0 : fail(r.error().context("export " + *path));
}

}  // namespace ec::cli
