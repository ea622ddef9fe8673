// cgroup v1 compiled out (-Dcgroup_v1=disabled): detect_system() leaves the
// v1 hierarchies out, so these are reached only through cgroup paths that
// another build recorded.
#include "core/build_features.h"
#include "rt/cgroup_internal.h"

namespace ec::rt::cgroup::detail {

namespace {
Error no_v1() { return built_without("cgroup v1", "cgroup_v1"); }
}  // namespace

Status v1_memory(const std::string&, const MemoryResources&) { return no_v1(); }
Status v1_cpu(const std::string&, const CpuResources&) { return no_v1(); }
Status v1_blkio(const std::string&, const BlockIoResources&) { return no_v1(); }
Status v1_hugetlb(const std::string&, const std::vector<HugepageLimit>&) { return no_v1(); }
Status v1_net_cls(const std::string&, uint32_t) { return no_v1(); }
Status v1_net_prio(const std::string&, const std::vector<std::pair<std::string, uint32_t>>&) { return no_v1(); }
Status v1_devices(const std::string&, const std::vector<DeviceRule>&) { return no_v1(); }
Status v1_freeze(const std::string&, bool) { return no_v1(); }
Status v1_cpuset_fill(const std::string&) { return no_v1(); }

}  // namespace ec::rt::cgroup::detail
