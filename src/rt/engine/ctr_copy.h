// `cp` and `export`: files between a container's root filesystem and the
// host, with docker's rules, and a tar of a container's whole filesystem.
//
// Containment: everything that touches the container's files runs in a
// child process chrooted into the rootfs (so not even a ".." of a directory
// the container moves mid-copy leaves it), resolves paths with open_in_root
// and works below directory fds without following symlinks. The host side
// only sees a tar stream over a pipe from/to that child; entries extracted
// on the host are confined to the destination by img::unpack_tar.
//
// A stopped overlay container's rootfs is mounted for the operation and
// unmounted after (unless it was mounted before or the container started
// meanwhile). Only the rootfs is seen: volumes, bind mounts and tmpfs mounts
// of a running container live in its mount namespace and are not copied.
#pragma once
#include <string>

#include "core/error.h"
#include "rt/engine/ops.h"

namespace ec::engine {

struct CopyOptions {
  // -a: keep uid/gid. Without it, files copied into a container belong to
  // its root (0:0) and files copied out to the caller; setuid/setgid bits are
  // then dropped from files copied out (the caller is usually root).
  bool archive = false;
  bool follow_link = false;  // -L: copy what a symlink SRC_PATH points to
};

// docker's split of a cp argument: "name:path" is in a container unless the
// argument is an absolute path or the part before ':' starts with '.'.
struct CopyArg {
  std::string container;  // "" = a host path (or "-")
  std::string path;
};
CopyArg split_copy_arg(const std::string& arg);

// CONTAINER:src to the host path dest. dest "-": a tar of src on out_fd.
// src ending in "/." copies a directory's contents; a symlink src is copied
// as the link unless follow_link. Device nodes are not copied out.
Status copy_from_container(Engine& e, const std::string& id, const std::string& src, const std::string& dest,
                           const CopyOptions& o, int out_fd = 1);
// The host path src to CONTAINER:dest. src "-": a tar read from in_fd is
// extracted into dest, which must be a directory.
Status copy_to_container(Engine& e, const std::string& id, const std::string& src, const std::string& dest,
                         const CopyOptions& o, int in_fd = 0);
// A tar of the container's root filesystem (the merged view) on fd.
Status export_container(Engine& e, const std::string& id, int fd);

}  // namespace ec::engine
