// Safe unpacking of an image layer (an uncompressed tar stream).
//
// Containment: every entry is resolved below the layer directory by
// walking one component at a time with openat(O_NOFOLLOW); a symlink met on
// the way is an error, never followed (symlinks are data: created verbatim,
// pointing anywhere, but never written through). Names are cleaned like
// docker does: a leading "/" is dropped and "." / ".." resolved lexically;
// ".." that would leave the layer is rejected. Hardlink targets get the same
// treatment and must already exist inside the layer. An existing entry is
// replaced (unlinked, never opened) unless both it and the new one are
// directories. Paths are limited to PATH_MAX.
//
// Whiteouts: ".wh.NAME" and the opaque marker ".wh..wh..opq" become, in
// Overlay mode, a 0:0 character device (needs CAP_MKNOD) and the xattr
// trusted.overlay.opaque=y on the directory; in Plain mode NAME is deleted
// from the directory (which then holds the lower layers' data) and an opaque
// directory loses everything this layer did not put there. Whiteouts of the
// root or a parent are rejected. AUFS metadata (/.wh..wh.*) is skipped.
//
// Metadata: modes including setuid/setgid/sticky (applied after chown,
// which clears them), uid/gid when running as root (or when asked), mtimes
// with nanoseconds (directories last, after their contents), xattrs from
// PAX SCHILY.xattr.* records. Overlay's own xattrs (trusted.overlay.*,
// user.overlay.*) from an archive are dropped: a layer must not forge
// redirects or opaque markers. Unsupported xattrs (ENOTSUP) and privileged
// namespaces that need root (EPERM on trusted.*/security.*) are skipped.
//
// Device nodes follow DevicePolicy; the default skips them because
// containers get their /dev from the runtime, and old images that ship
// /dev/console et al. must still unpack. FIFOs are always created.
#pragma once
#include <optional>
#include <string>

#include "core/fs.h"
#include "img/reader.h"
#include "img/tar.h"

namespace ec::img {

enum class Whiteouts { Overlay, Plain };
enum class DevicePolicy { Skip, Create, Reject };

struct UnpackOptions {
  Whiteouts whiteouts = Whiteouts::Overlay;
  // Opaque marker as user.overlay.opaque (overlay mounted with "userxattr",
  // e.g. rootless) instead of trusted.overlay.opaque.
  bool overlay_userxattr = false;
  DevicePolicy devices = DevicePolicy::Skip;
  // Apply the archive's uid/gid; unset: only when running as root.
  std::optional<bool> chown;
  // Flush the tree to disk (syncfs + fsync of the directories involved)
  // before reporting success. Tests may turn it off.
  bool sync = true;
  TarLimits tar;
};

// Unpack the tar `stream` into the existing directory dirfd and return the
// diff_id ("sha256:<hex>" of every byte of the stream, read to its end).
// On error the directory holds a partial tree; unpack_layer cleans up.
Result<std::string> unpack_tar(Reader& stream, int dirfd, const UnpackOptions& opt);

// Unpack into "<final_dir>.tmp-<random>", sync, then rename to final_dir
// and sync its parent, so final_dir appears only complete. The temp dir is
// removed on any error. An existing non-empty final_dir is an error with
// code EEXIST (another pull won; the caller decides).
Result<std::string> unpack_layer(Reader& stream, const std::string& final_dir, const UnpackOptions& opt);

// remove_tree_at (rm -rf below a directory fd) is in core/fs.h.
using ec::remove_tree_at;

}  // namespace ec::img
