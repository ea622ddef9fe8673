// The containers of a store: records and state under <root>/containers,
// names under <root>/names (one symlink per name, pointing at the id), the
// volatile side (shim sockets) under <run-root>/containers.
//
// Creation is crash-safe and concurrent-safe: under locks/containers.lock
// the name link is made first, then the fully written temp dir is renamed
// to its id. A name link whose container dir is missing (a crash in
// between) is stale and reused; a dir is only visible complete.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/random.h"
#include "core/fs.h"
#include "core/function_ref.h"
#include "rt/engine/container.h"

namespace ec::engine {

class Containers {
 public:
  static Result<Containers> open(const std::string& root, const std::string& run_root);

  const std::string& root() const { return root_; }
  std::string dir(std::string_view id) const;      // <root>/containers/<id>
  std::string run_dir(std::string_view id) const;  // <run-root>/containers/<id>
  std::string runtime_root(std::string_view runtime) const;  // <run-root>/runtime/<name>

  // Give `rec` a fresh 64-hex id (and a generated name when empty), then
  // build the container dir: container.json, state.json ("created"), and
  // whatever fill(dir, rec) writes (it runs before the dir becomes visible,
  // with the id set; it may complete the record).
  // A taken name: EEXIST 'the container name "/x" is already in use by <id>'.
  Result<ContainerRecord> create(ContainerRecord rec, FnRef<Status(const std::string& dir, ContainerRecord& rec)> fill);

  // By full id, unique id prefix, or name. ENOENT "no such container: x".
  Result<std::string> resolve(std::string_view name_or_id) const;
  Result<ContainerRecord> record(std::string_view id) const;
  Status save_record(const ContainerRecord& r);
  // The state as stored, except that a container whose shim is gone (killed,
  // or the host rebooted) reads as "exited" with code 255.
  Result<ContainerState> state(std::string_view id) const;
  Result<ContainerState> raw_state(std::string_view id) const;
  // Read-modify-write of state.json under the container's lock. The shim's
  // transitions are Volatile (a power cut kills the shim, and a dead shim
  // reads as exited anyway); what a user asked for (stop, rm) is Durable.
  Status update_state(std::string_view id, FnRef<Status(ContainerState&)> fn,
                      Sync sync = Sync::Durable);
  Result<FileLock> lock(std::string_view id) const;

  Result<std::vector<std::string>> ids() const;  // sorted
  Status rename(std::string_view id, std::string_view new_name);
  // Delete the container dir and its name (the caller made sure nothing runs).
  Status remove(std::string_view id);

 private:
  Containers(std::string root, std::string run_root) : root_(std::move(root)), run_root_(std::move(run_root)) {}
  Result<FileLock> names_lock() const;
  std::string root_, run_root_;
};

// [a-zA-Z0-9][a-zA-Z0-9_.-]* (docker's rule); a leading "/" is accepted and dropped.
Result<std::string> check_name(std::string_view name);

}  // namespace ec::engine
