// Address leases of the networks: one JSON file per network, changed only
// under the store lock so concurrent `run`s never share an address.
#include <algorithm>
#include <cerrno>
#include <set>

#include "core/fs.h"
#include "core/function_ref.h"
#include "core/json.h"
#include "core/sort.h"
#include "core/strutil.h"
#include "img/json_fields.h"
#include "net/networks.h"
#include "net/networks_internal.h"

namespace ec::net {

namespace jf = img::jf;

namespace detail {

Result<std::vector<Lease>> load_leases(const StoreDir& s, const std::string& network) {
  std::vector<Lease> out;
  std::string path = s.leases_path(network);
  auto t = read_file(path);
  if (!t) {
    if (t.error().code == ENOENT) return out;
    return std::move(t).error();
  }
  std::string where = "network file " + path;
  EC_ASSIGN(JsonPtr doc, json_parse(*t, where));
  if (!cJSON_IsObject(doc.get())) return make_error(where + ": want an object");
  for (const cJSON* e = doc->child; e; e = e->next) {
    std::string key = jf::json_key(e);
    auto ip = parse_ip4(key);
    if (!ip) return make_error(where + ": invalid address \"" + key + "\"");
    std::string at = where + ": " + key;
    if (!cJSON_IsObject(e)) return make_error(at + ": want an object");
    Lease l{*ip, {}, {}};
    EC_ASSIGN(l.container_id, jf::str(e, "id", at, true));
    if (l.container_id.empty()) return make_error(at + ": empty container id");
    EC_ASSIGN(l.container_name, jf::str(e, "name", at));
    out.push_back(std::move(l));
  }
  ec::sort(out, [](auto& a, auto& b) { return a.ip < b.ip; });
  return out;
}

Status save_leases(const StoreDir& s, const std::string& network, const std::vector<Lease>& leases) {
  JsonPtr o(cJSON_CreateObject());
  for (auto& l : leases) {
    cJSON* e = cJSON_CreateObject();
    jf::add_str(e, "id", l.container_id);
    jf::add_str(e, "name", l.container_name);
    cJSON_AddItemToObject(o.get(), to_string(l.ip).c_str(), e);
  }
  // In the run root a lease outlives no reboot, and neither do the containers holding them: no fsync.
  return write_file_atomic(s.leases_path(network), json_print(o.get(), true) + "\n", 0644,
                           s.lease_dir.empty() ? Sync::Durable : Sync::Volatile);
}

namespace {

std::string who(const Lease& l) { return l.container_name.empty() ? l.container_id.substr(0, 12) : l.container_name; }

// `want` checked against the network: a host address, not the gateway, free.
Status check_wanted(const NetworkDef& d, const std::vector<Lease>& leases, Ip4 want) {
  std::string a = to_string(want);
  if (!d.subnet.contains(want))
    return make_error("address " + a + " is not in subnet " + to_string(d.subnet) + " of network " + d.name);
  if (want == d.subnet.network() || want == d.subnet.broadcast())
    return make_error("address " + a + " is the network or broadcast address of network " + d.name);
  if (want == d.gateway) return make_error("address " + a + " is the gateway of network " + d.name, EADDRINUSE);
  for (auto& l : leases)
    if (l.ip == want)
      return make_error("address " + a + " is in use on network " + d.name + " by container " + who(l), EADDRINUSE);
  return {};
}

}  // namespace

}  // namespace detail

Result<Ip4> Networks::allocate(const std::string& network, const std::string& container_id,
                               const std::string& container_name, std::optional<Ip4> want) {
  if (container_id.empty()) return make_error("allocate an address: empty container id");
  detail::StoreDir s{dir_, lease_dir_};
  EC_ASSIGN(FileLock lk, FileLock::acquire(s.lock_path()));
  EC_ASSIGN(NetworkDef d, detail::resolve_or_create_locked(s, network));
  EC_ASSIGN(auto leases, detail::load_leases(s, d.name));

  for (auto& l : leases) {
    if (l.container_id != container_id) continue;
    if (want && *want != l.ip)
      return make_error("container " + detail::who(l) + " already has address " + to_string(l.ip) + " on network " +
                            d.name,
                        EEXIST);
    if (l.container_name != container_name) {  // renamed since: peers' /etc/hosts follow
      l.container_name = container_name;
      EC_TRY(detail::save_leases(s, d.name, leases));
    }
    return l.ip;
  }

  Ip4 ip{};
  if (want) {
    EC_TRY(detail::check_wanted(d, leases, *want));
    ip = *want;
  } else {
    std::set<uint32_t> used;
    for (auto& l : leases) used.insert(l.ip.v);
    used.insert(d.gateway.v);
    const uint32_t first = d.subnet.network().v + 1, last = d.subnet.broadcast().v - 1;
    uint32_t a = first;
    while (a <= last && used.count(a)) a++;
    if (a > last) return make_error("network " + d.name + " has no free addresses", ENOSPC);
    ip = Ip4{a};
  }
  leases.push_back(Lease{ip, container_id, container_name});
  ec::sort(leases, [](auto& a, auto& b) { return a.ip < b.ip; });
  EC_TRY(detail::save_leases(s, d.name, leases));
  return ip;
}

Status Networks::release(const std::string& network, const std::string& container_id) {
  detail::StoreDir s{dir_, lease_dir_};
  EC_ASSIGN(FileLock lk, FileLock::acquire(s.lock_path()));
  auto d = detail::resolve(s, network);
  if (!d) {
    if (d.error().code == ENOENT) return {};  // no network, nothing leased on it
    return std::move(d).error();
  }
  EC_ASSIGN(auto leases, detail::load_leases(s, d->name));
  auto gone = std::remove_if(leases.begin(), leases.end(), [&](auto& l) { return l.container_id == container_id; });
  if (gone == leases.end()) return {};
  leases.erase(gone, leases.end());
  return detail::save_leases(s, d->name, leases);
}

Result<std::vector<Lease>> Networks::leases(const std::string& network) {
  detail::StoreDir s{dir_, lease_dir_};
  auto d = detail::resolve(s, network);
  if (!d) {
    // The default network not made yet has no leases either.
    if (d.error().code == ENOENT && network == "bridge") return std::vector<Lease>{};
    return std::move(d).error();
  }
  return detail::load_leases(s, d->name);
}

Status Networks::reconcile(FnRef<bool(const std::string& container_id)> alive) {
  detail::StoreDir s{dir_, lease_dir_};
  EC_ASSIGN(FileLock lk, FileLock::acquire(s.lock_path()));
  EC_ASSIGN(auto defs, detail::load_all(s));
  for (auto& d : defs) {
    EC_ASSIGN(auto leases, detail::load_leases(s, d.name));
    auto dead = std::remove_if(leases.begin(), leases.end(), [&](auto& l) { return !alive(l.container_id); });
    if (dead == leases.end()) continue;
    leases.erase(dead, leases.end());
    EC_TRY(detail::save_leases(s, d.name, leases));
  }
  return {};
}

}  // namespace ec::net
