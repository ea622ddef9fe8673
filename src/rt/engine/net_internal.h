// Pieces shared by the engine's network files (netsetup.cpp, net_state.cpp,
// net_cni.cpp, net_reconcile.cpp).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "net/nat.h"
#include "net/networks.h"
#include "rt/engine/netsetup.h"

namespace ec::engine {

// Host end of a container's n-th veth: "ve" + 9 id chars + 2 hex digits
// (13 characters: under IFNAMSIZ, and unlike docker's "veth*" names).
std::string veth_name(std::string_view id, unsigned n);
bool veth_of(std::string_view ifname, std::string_view id);
// Whether a link name has the shape of one of our veths; its id prefix.
bool is_our_veth(std::string_view ifname, std::string* id_prefix);

Status save_net_state(const std::string& ctr_dir, const NetState& st);

// The NAT backend per the config, picked once per boot (the choice runs
// the tools; it is kept under the run root).
Result<net::NatBackend> nat_backend(const NetEnv& env);
Result<net::NatBackend> backend_from_name(std::string_view name);

// linux.namespaces' network entry of <dir>/config.json gets `path`.
Status set_config_netns(const std::string& dir, const std::string& path);
// Replace a bind-mounted file's content without replacing its inode.
Status rewrite_in_place(const std::string& path, std::string_view data);
// Rewrite /etc/hosts of every running member of these networks.
void refresh_hosts(const NetEnv& env, net::Networks& nets, const std::vector<std::string>& networks);

Status cni_check_config(const NetEnv& env, const std::string& name);
Result<NetState> cni_up(const NetEnv& env, const std::string& name, const ContainerRecord& rec);
Status cni_down(const NetEnv& env, const NetState& st, const std::string& id);

}  // namespace ec::engine
