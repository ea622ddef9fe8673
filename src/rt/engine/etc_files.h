// What the engine writes or reads in a container's /etc: the user behind
// `-u` (from the image's passwd/group), /etc/hosts, /etc/resolv.conf and
// the hostname check.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace ec::engine {

struct ResolvedUser {
  uint32_t uid = 0, gid = 0;
  std::vector<uint32_t> additional_gids;
  std::string home = "/";
};

// docker's -u semantics against the image's own /etc/passwd and /etc/group,
// both opened with open_in_root(rootfd, ...) so links in the image can't
// reach host files. spec: "" (root), "name", "uid", and either of those
// followed by ":group" or ":gid". A numeric uid/gid missing from the files is
// fine; a missing name is "unable to find user NAME: no matching entries in
// passwd file" (ENOENT). Supplementary gids: when no group was given, the
// groups that list the user by name (as docker/runc do: an explicit group
// drops them); then every group_add entry (a name from /etc/group or a
// number), without duplicates. Missing files count as empty.
Result<ResolvedUser> resolve_user(int rootfd, std::string_view spec,
                                  const std::vector<std::string>& group_add);

struct HostEntry {
  std::string name, ip;
};
// /etc/hosts: docker's localhost block, then "<ip>\t<name>" for `own`, then `extra`.
std::string make_hosts(const std::vector<HostEntry>& own, const std::vector<HostEntry>& extra);
// An --add-host value "name:ip" (split at the first ':', so IPv6 works),
// "name=ip", or with a bracketed IPv6 "[::1]". The ip must parse.
Result<HostEntry> parse_add_host(std::string_view v);

struct DnsOptions {
  std::vector<std::string> servers, search, options;
};
// resolv.conf from the host's file: its nameserver, search/domain and options
// lines, each group replaced by the flag values when those are non-empty
// (search ["."] means none). drop_loopback (private network namespace):
// loopback nameservers can't be reached from inside, so they go, and when the
// host file leaves none, docker's fallback 8.8.8.8 and 8.8.4.4 is used. A
// missing host file yields only the flag values. Flag servers must be IPs.
Result<std::string> make_resolv_conf(const std::string& host_file, const DnsOptions& o,
                                     bool drop_loopback);

// RFC 1123 labels (letters, digits, '-', not at a label's ends, 1..63 each),
// at most 64 characters in all (the UTS nodename field).
Status check_hostname(std::string_view h);

}  // namespace ec::engine
