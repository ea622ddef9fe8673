// cgroup v2 compiled out (-Dcgroup_v2=disabled): detect_system() leaves the
// cgroup2 hierarchy out, so these are reached only through cgroup paths that
// another build recorded. No BPF device filter either (cgroup_bpf.cpp is out).
#include "core/build_features.h"
#include "rt/cgroup.h"
#include "rt/cgroup_internal.h"

namespace ec::rt::cgroup {

namespace detail {

namespace {
Error no_v2() { return built_without("cgroup v2", "cgroup_v2"); }
}  // namespace

Status v2_enable_controller(const std::string&, const std::string&) { return no_v2(); }
Status v2_memory(const std::string&, const MemoryResources&) { return no_v2(); }
Status v2_cpu(const std::string&, const CpuResources&) { return no_v2(); }
Status v2_io(const std::string&, const BlockIoResources&) { return no_v2(); }
Status v2_hugetlb(const std::string&, const std::vector<HugepageLimit>&) { return no_v2(); }
Status v2_unified(const std::string&, const std::map<std::string, std::string>&) { return no_v2(); }
Status v2_freeze(const std::string&, bool) { return no_v2(); }

}  // namespace detail

Status v2_attach_device_filter(const std::string&, const std::vector<DeviceRule>&) { return detail::no_v2(); }

}  // namespace ec::rt::cgroup
