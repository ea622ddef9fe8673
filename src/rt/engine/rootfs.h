// A container's root filesystem from the image's layers.
//   overlay: lowerdir = the layers' diff/ dirs (top first), upperdir/workdir
//            in the container dir, mounted on <dir>/rootfs while it runs.
//   vfs:     a private copy of all layers applied bottom up (whiteouts and
//            opaque dirs honoured), for kernels or filesystems without overlay.
#pragma once
#include <string>
#include <vector>

#include "core/error.h"

namespace ec::engine {

// "overlay" when the kernel has it (/proc/filesystems), else "vfs"; an
// explicit choice is checked. A driver compiled out (-Doverlay/-Dvfs=disabled)
// is never chosen; asking for it fails with "built without".
Result<std::string> choose_storage_driver(const std::string& requested);

// Create the dirs (overlay) or the copy (vfs) in a new container dir.
// layer_diffs: the layers' diff/ paths, bottom first.
Status rootfs_prepare(const std::string& driver, const std::vector<std::string>& layer_diffs, const std::string& dir);
// Mount the overlay on <dir>/rootfs unless it is mounted already (vfs: no-op).
Status rootfs_mount(const std::string& driver, const std::vector<std::string>& layer_diffs, const std::string& dir);
// Undo rootfs_mount (lazy detach if busy); fine when not mounted.
Status rootfs_unmount(const std::string& dir);
bool rootfs_mounted(const std::string& dir);

// The overlay driver's parts (rootfs_overlay.cpp): upper/work dirs, the mount.
Status overlay_prepare(const std::vector<std::string>& layer_diffs, const std::string& dir);
Status overlay_mount(const std::vector<std::string>& layer_diffs, const std::string& dir);

// For vfs (rootfs_vfs.cpp): apply one overlay-form layer tree onto dst (whiteout devices
// delete, opaque dirs are emptied first), preserving owners, modes, times,
// xattrs, hardlinks inside the layer, devices and fifos.
Status apply_layer_copy(const std::string& layer_diff, const std::string& dst);

}  // namespace ec::engine
