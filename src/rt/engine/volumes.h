// Named volumes: <root>/volumes/<name>/{_data,meta.json}, created atomically
// (temp dir + rename) and removed by renaming away first, so a crash never
// leaves a half volume visible. Names starting with '.' are the store's own
// (.lock, .tmp-*), never volumes.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"

namespace ec::engine {

struct VolumeInfo {
  std::string name, driver, created, mountpoint;
  std::map<std::string, std::string> labels, options;
  bool anonymous = false;
};

// docker's rule for local volume names: [a-zA-Z0-9][a-zA-Z0-9_.-]+ (and at most 255 bytes).
Status check_volume_name(std::string_view name);

class VolumeStore {
 public:
  // Creates <store_root>/volumes when missing.
  static Result<VolumeStore> open(const std::string& store_root);

  // name "" = a random 64-hex name. Creating an existing volume returns it
  // unchanged (as docker does). Leftover temp dirs of crashed creates or
  // removes are cleaned here and in prune.
  Result<VolumeInfo> create(std::string_view name, const std::map<std::string, std::string>& labels,
                            bool anonymous = false);
  // ENOENT "no such volume: NAME".
  Result<VolumeInfo> get(std::string_view name) const;
  // Sorted by name.
  Result<std::vector<VolumeInfo>> list() const;
  // A volume named in in_use is refused with EBUSY "volume NAME is in use"
  // unless force. A missing volume is ENOENT unless force (docker's rm -f).
  Status remove(std::string_view name, bool force, const std::vector<std::string>& in_use);
  // Removes every volume not in in_use: the anonymous ones, or all with
  // all=true. Returns the names removed (sorted) and the bytes their files held.
  Result<std::pair<std::vector<std::string>, uint64_t>> prune(const std::vector<std::string>& in_use,
                                                              bool all);
  // <root>/volumes/<name>/_data
  std::string data_path(std::string_view name) const;
  const std::string& dir() const { return dir_; }

 private:
  explicit VolumeStore(std::string dir) : dir_(std::move(dir)) {}
  Status clean_leftovers() const;
  std::string dir_;  // <root>/volumes
};

// Fill an empty volume with what the image has at `path` (docker's
// copy-up on first mount): the tree under `path` inside the rootfs dir fd
// `rootfd` (resolved with open_in_root, so links in the image stay inside)
// is copied into the existing directory `dst` with modes, owners and mtimes;
// symlinks are copied as links, never followed; hardlinks inside the tree
// stay linked; device nodes, sockets and fifos are skipped. dst itself takes
// the mode, owner and mtime of `path`. Nothing happens when dst is not empty
// or `path` is missing or not a directory in the image.
Status copy_image_content(int rootfd, std::string_view path, const std::string& dst);

}  // namespace ec::engine
