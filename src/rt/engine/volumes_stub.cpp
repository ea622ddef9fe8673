// Volumes of a build without them (-Dvolumes=disabled): bind mounts and tmpfs
// work; create_container refuses named volumes before it gets here and leaves
// an image's VOLUME paths in the container's filesystem (podman's
// --image-volume=ignore). What remains reaching the store fails or finds nothing.
#include "core/build_features.h"
#include "rt/engine/volumes.h"

namespace ec::engine {

namespace {
Error no_volumes() { return built_without("volumes", "volumes"); }
}  // namespace

Status check_volume_name(std::string_view) { return no_volumes(); }

Result<VolumeStore> VolumeStore::open(const std::string& store_root) { return VolumeStore(store_root + "/volumes"); }

Result<VolumeInfo> VolumeStore::create(std::string_view name, const std::map<std::string, std::string>&, bool) {
  return no_volumes().context("create volume " + std::string(name));
}

Result<VolumeInfo> VolumeStore::get(std::string_view name) const {
  return no_volumes().context("volume " + std::string(name));
}

Result<std::vector<VolumeInfo>> VolumeStore::list() const { return std::vector<VolumeInfo>{}; }

// Nothing was created, so an anonymous volume to remove with its container is not there.
Status VolumeStore::remove(std::string_view, bool force, const std::vector<std::string>&) {
  if (force) return {};
  return no_volumes();
}

Result<std::pair<std::vector<std::string>, uint64_t>> VolumeStore::prune(const std::vector<std::string>&, bool) {
  return std::pair<std::vector<std::string>, uint64_t>{};
}

std::string VolumeStore::data_path(std::string_view name) const { return dir_ + "/" + std::string(name) + "/_data"; }

Status VolumeStore::clean_leftovers() const { return {}; }

Status copy_image_content(int, std::string_view, const std::string&) { return no_volumes(); }

}  // namespace ec::engine
