// Container /etc files: user resolution against the image, hosts, resolv.conf.
#include "rt/engine/etc_files.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <optional>

#include "core/fs.h"
#include "core/strutil.h"

namespace ec::engine {

namespace {

// runc's bound: ids above 2^31-1 are rejected rather than wrapped.
constexpr uint64_t kMaxId = 0x7fffffff;

std::optional<uint32_t> parse_id(std::string_view s) {
  auto v = parse_u64(s);
  if (!v || *v > kMaxId) return std::nullopt;
  return static_cast<uint32_t>(*v);
}

bool is_number(std::string_view s) { return parse_u64(s).has_value(); }

// An /etc file of the image, confined to the root. nullopt when it (or a
// parent) is missing: images without passwd still run numeric users.
Result<std::optional<std::string>> read_image_file(int rootfd, const char* path) {
  // O_NONBLOCK: a fifo planted at the path must not hang us at open.
  auto fd = open_in_root(rootfd, path, O_RDONLY | O_NONBLOCK | O_NOCTTY);
  if (!fd) {
    if (fd.error().code == ENOENT || fd.error().code == ENOTDIR) return std::optional<std::string>();
    return std::move(fd).error().context(std::string("open image ") + path);
  }
  struct stat st;
  if (::fstat(fd->get(), &st) < 0) return sys_error(std::string("stat image ") + path);
  // A device node (say /dev/zero) would never end; only plain files are read.
  if (!S_ISREG(st.st_mode)) return make_error(std::string("image ") + path + ": not a regular file");
  auto data = read_fd(fd->get());
  if (!data) return std::move(data).error().context(std::string("read image ") + path);
  return std::optional<std::string>(std::move(*data));
}

struct PasswdEntry {
  std::string name, home;
  uint32_t uid, gid;
};
struct GroupEntry {
  std::string name;
  uint32_t gid;
  std::vector<std::string> members;
};

// Lines that carry data: not blank, not comments.
std::vector<std::string_view> data_lines(std::string_view text) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = trim(text.substr(pos, nl - pos));
    if (!line.empty() && line[0] != '#') out.push_back(line);
    pos = nl + 1;
  }
  return out;
}

// name:password:uid:gid:gecos:home:shell; lines without a name or numeric ids are skipped.
std::vector<PasswdEntry> parse_passwd(std::string_view text) {
  std::vector<PasswdEntry> out;
  for (auto line : data_lines(text)) {
    auto f = split(line, ':');
    if (f.size() < 4 || f[0].empty()) continue;
    auto uid = parse_id(f[2]), gid = parse_id(f[3]);
    if (!uid || !gid) continue;
    out.push_back({f[0], f.size() > 5 ? f[5] : std::string(), *uid, *gid});
  }
  return out;
}

// name:password:gid:member,member
std::vector<GroupEntry> parse_group(std::string_view text) {
  std::vector<GroupEntry> out;
  for (auto line : data_lines(text)) {
    auto f = split(line, ':');
    if (f.size() < 3 || f[0].empty()) continue;
    auto gid = parse_id(f[2]);
    if (!gid) continue;
    GroupEntry g{f[0], *gid, {}};
    if (f.size() > 3)
      for (auto& m : split(f[3], ',', true)) g.members.push_back(std::string(trim(m)));
    out.push_back(std::move(g));
  }
  return out;
}

void add_unique(std::vector<uint32_t>& v, uint32_t id) {
  for (uint32_t x : v)
    if (x == id) return;
  v.push_back(id);
}

bool parse_ip(std::string_view s) {
  std::string z(s);
  unsigned char buf[16];
  return ::inet_pton(AF_INET, z.c_str(), buf) == 1 || ::inet_pton(AF_INET6, z.c_str(), buf) == 1;
}

// 127.0.0.0/8, ::1 and the IPv4-mapped form of 127/8.
bool is_loopback_ip(std::string_view s) {
  std::string z(s);
  unsigned char b[16];
  if (::inet_pton(AF_INET, z.c_str(), b) == 1) return b[0] == 127;
  if (::inet_pton(AF_INET6, z.c_str(), b) != 1) return false;
  static const unsigned char one[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
  static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
  if (memcmp(b, one, 16) == 0) return true;
  return memcmp(b, mapped, 12) == 0 && b[12] == 127;
}

}  // namespace

Result<ResolvedUser> resolve_user(int rootfd, std::string_view spec,
                                  const std::vector<std::string>& group_add) {
  std::string_view user_arg = spec, group_arg;
  bool has_group = false;
  if (size_t c = spec.find(':'); c != std::string_view::npos) {
    user_arg = spec.substr(0, c);
    group_arg = spec.substr(c + 1);
    has_group = true;
    if (group_arg.find(':') != std::string_view::npos || group_arg.empty())
      return make_error(strf("invalid user spec \"%.*s\": want user[:group]", int(spec.size()), spec.data()));
  }
  bool user_numeric = is_number(user_arg);
  if (user_numeric && !parse_id(user_arg))
    return make_error(strf("uid %.*s out of range", int(user_arg.size()), user_arg.data()), ERANGE);
  bool group_numeric = is_number(group_arg);
  if (has_group && group_numeric && !parse_id(group_arg))
    return make_error(strf("gid %.*s out of range", int(group_arg.size()), group_arg.data()), ERANGE);

  EC_ASSIGN(auto passwd_text, read_image_file(rootfd, "/etc/passwd"));
  std::vector<PasswdEntry> users = passwd_text ? parse_passwd(*passwd_text) : std::vector<PasswdEntry>();

  ResolvedUser out;
  std::string matched_name;
  // First match wins, like runc. An empty user means uid 0 (root's entry
  // still brings its home and groups).
  for (auto& u : users) {
    bool hit = user_arg.empty() ? u.uid == 0
               : user_numeric   ? u.uid == *parse_id(user_arg)
                                : u.name == user_arg;
    if (!hit) continue;
    matched_name = u.name;
    out.uid = u.uid;
    out.gid = u.gid;
    if (!u.home.empty()) out.home = u.home;
    break;
  }
  if (matched_name.empty() && !user_arg.empty()) {
    if (!user_numeric)
      return make_error(strf("unable to find user %.*s: no matching entries in passwd file",
                             int(user_arg.size()), user_arg.data()),
                        ENOENT);
    out.uid = *parse_id(user_arg);
  }

  std::vector<GroupEntry> groups;
  if (has_group || !matched_name.empty() || !group_add.empty()) {
    EC_ASSIGN(auto group_text, read_image_file(rootfd, "/etc/group"));
    if (group_text) groups = parse_group(*group_text);
  }

  if (has_group) {
    const GroupEntry* g = nullptr;
    for (auto& e : groups) {
      if (group_numeric ? e.gid == *parse_id(group_arg) : e.name == group_arg) {
        g = &e;
        break;
      }
    }
    if (g) {
      out.gid = g->gid;
    } else if (group_numeric) {
      out.gid = *parse_id(group_arg);
    } else {
      return make_error(strf("unable to find group %.*s: no matching entries in group file",
                             int(group_arg.size()), group_arg.data()),
                        ENOENT);
    }
  } else if (!matched_name.empty()) {
    // Supplementary groups only come with the implicit form (docker/runc).
    for (auto& e : groups)
      for (auto& m : e.members)
        if (m == matched_name) {
          add_unique(out.additional_gids, e.gid);
          break;
        }
  }

  for (auto& ag : group_add) {
    const GroupEntry* g = nullptr;
    for (auto& e : groups)
      if (e.name == ag) {
        g = &e;
        break;
      }
    if (g) {
      add_unique(out.additional_gids, g->gid);
    } else if (auto gid = parse_id(ag)) {
      add_unique(out.additional_gids, *gid);
    } else if (is_number(ag)) {
      return make_error("--group-add " + ag + ": gid out of range", ERANGE);
    } else {
      return make_error("unable to find group " + ag + ": no matching entries in group file", ENOENT);
    }
  }
  return out;
}

std::string make_hosts(const std::vector<HostEntry>& own, const std::vector<HostEntry>& extra) {
  std::string s =
      "127.0.0.1\tlocalhost\n"
      "::1\tlocalhost ip6-localhost ip6-loopback\n"
      "fe00::0\tip6-localnet\n"
      "ff00::0\tip6-mcastprefix\n"
      "ff02::1\tip6-allnodes\n"
      "ff02::2\tip6-allrouters\n";
  for (auto* list : {&own, &extra})
    for (auto& e : *list) s += e.ip + "\t" + e.name + "\n";
  return s;
}

Result<HostEntry> parse_add_host(std::string_view v) {
  // '=' first: neither names nor addresses contain it, while IPv6 has ':'.
  size_t sep = v.find('=');
  if (sep == std::string_view::npos) sep = v.find(':');
  auto bad = [&](const char* why) {
    return make_error(strf("invalid --add-host \"%.*s\": %s", int(v.size()), v.data(), why));
  };
  if (sep == std::string_view::npos) return bad("want name:ip");
  std::string name(trim(v.substr(0, sep)));
  std::string_view ip = trim(v.substr(sep + 1));
  if (ip.size() >= 2 && ip.front() == '[' && ip.back() == ']') ip = ip.substr(1, ip.size() - 2);
  if (name.empty()) return bad("empty host name");
  for (char c : name)
    if (c == ' ' || c == '\t' || c == '\n' || c == '#') return bad("bad character in host name");
  if (!parse_ip(ip)) return bad("not an IP address");
  return HostEntry{name, std::string(ip)};
}

Result<std::string> make_resolv_conf(const std::string& host_file, const DnsOptions& o,
                                     bool drop_loopback) {
  for (auto& s : o.servers)
    if (!parse_ip(s)) return make_error("invalid DNS server address: " + s);

  std::vector<std::string> ns, search, opts;
  bool have_host = false;
  auto text = read_file(host_file);
  if (text) {
    have_host = true;
    for (auto line : data_lines(*text)) {
      if (line[0] == ';') continue;
      auto words = split(line, ' ', true);
      // Tabs separate words too.
      std::vector<std::string> w;
      for (auto& x : words)
        for (auto& y : split(x, '\t', true)) w.push_back(y);
      if (w.size() < 2) continue;
      if (w[0] == "nameserver") {
        if (drop_loopback && is_loopback_ip(w[1])) continue;
        ns.push_back("nameserver " + w[1]);
      } else if (w[0] == "search" || w[0] == "domain") {
        search.push_back(join(w, " "));
      } else if (w[0] == "options") {
        opts.push_back(join(w, " "));
      }
    }
  } else if (text.error().code != ENOENT) {
    return std::move(text).error().context("read " + host_file);
  }

  if (!o.servers.empty()) {
    ns.clear();
    for (auto& s : o.servers) ns.push_back("nameserver " + s);
  } else if (have_host && drop_loopback && ns.empty()) {
    // docker's fallback when the host only has a local resolver.
    ns = {"nameserver 8.8.8.8", "nameserver 8.8.4.4"};
  }
  if (!o.search.empty()) {
    search.clear();
    bool none = o.search.size() == 1 && o.search[0] == ".";
    if (!none) search.push_back("search " + join(o.search, " "));
  }
  if (!o.options.empty()) opts = {"options " + join(o.options, " ")};

  std::string out;
  for (auto* group : {&ns, &search, &opts})
    for (auto& l : *group) out += l + "\n";
  return out;
}

Status check_hostname(std::string_view h) {
  auto bad = [&](const char* why) {
    return make_error(strf("invalid hostname \"%.*s\": %s", int(h.size()), h.data(), why));
  };
  if (h.empty()) return bad("empty");
  if (h.size() > 64) return bad("longer than 64 characters");
  size_t start = 0;
  while (start <= h.size()) {
    size_t dot = h.find('.', start);
    if (dot == std::string_view::npos) dot = h.size();
    std::string_view label = h.substr(start, dot - start);
    if (label.empty()) return bad("empty label");
    if (label.size() > 63) return bad("label longer than 63 characters");
    if (label.front() == '-' || label.back() == '-') return bad("label starts or ends with '-'");
    for (char c : label) {
      bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
      if (!ok) return bad("only letters, digits, '-' and '.' are allowed");
    }
    start = dot + 1;
  }
  return {};
}

}  // namespace ec::engine
