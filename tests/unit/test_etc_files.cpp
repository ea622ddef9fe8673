// Container /etc files: -u resolution against the image (confined to its
// root, on both resolver paths), /etc/hosts, --add-host, resolv.conf, hostnames.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cerrno>

#include "core/fs.h"
#include "rt/engine/etc_files.h"

using namespace ec;
using namespace ec::engine;

namespace {

const char* kPasswd =
    "root:x:0:0:root:/root:/bin/sh\n"
    "# a comment\n"
    "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
    "\n"
    "broken line without fields\n"
    "badid:x:abc:1::/bad:/bin/sh\n"
    "app:x:1000:1000:App:/home/app:/bin/sh\n"
    "nohome:x:1001:1001::\n"
    "app:x:2000:2000:second app entry:/other:/bin/sh\n";

const char* kGroup =
    "root:x:0:root\n"
    "bin:x:1:root,bin,daemon\n"
    "wheel:x:10:root, app\n"
    "app:x:1000:\n"
    "audio:x:29:app\n"
    "staff:x:50:\n"
    "bogus:x:notanumber:app\n"
    "short:x\n"
    "dialout:x:20:daemon\n";

}  // namespace

class ResolveUser : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    set_openat2_disabled(GetParam());
    char tmpl[] = "/tmp/edgectl-etc.XXXXXX";
    ASSERT_TRUE(mkdtemp(tmpl));
    top = tmpl;
    root = top + "/root";
    ASSERT_TRUE(mkdir_p(root + "/etc").ok());
    rootfd = ::open(root.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    ASSERT_GE(rootfd, 0);
  }
  void TearDown() override {
    ::close(rootfd);
    (void)remove_all(top);
    set_openat2_disabled(false);
  }
  void write_etc() {
    ASSERT_TRUE(write_file(root + "/etc/passwd", kPasswd).ok());
    ASSERT_TRUE(write_file(root + "/etc/group", kGroup).ok());
  }
  ResolvedUser must(std::string_view spec, const std::vector<std::string>& add = {}) {
    auto r = resolve_user(rootfd, spec, add);
    EXPECT_TRUE(r.ok()) << std::string(spec) << ": " << r.error().msg;
    return r.ok() ? *r : ResolvedUser{};
  }
  std::string top, root;
  int rootfd = -1;
};

using Gids = std::vector<uint32_t>;

TEST_P(ResolveUser, DefaultIsRootWithItsGroups) {
  write_etc();
  auto u = must("");
  EXPECT_EQ(u.uid, 0u);
  EXPECT_EQ(u.gid, 0u);
  EXPECT_EQ(u.home, "/root");
  EXPECT_EQ(u.additional_gids, (Gids{0, 1, 10}));
}

TEST_P(ResolveUser, ByNameAndByNumber) {
  write_etc();
  auto u = must("app");
  EXPECT_EQ(u.uid, 1000u);
  EXPECT_EQ(u.gid, 1000u);
  EXPECT_EQ(u.home, "/home/app");
  // wheel lists " app" with a space: trimmed; the malformed "bogus" line is ignored.
  EXPECT_EQ(u.additional_gids, (Gids{10, 29}));

  auto n = must("1000");  // numeric: same entry, its name brings the groups
  EXPECT_EQ(n.uid, 1000u);
  EXPECT_EQ(n.home, "/home/app");
  EXPECT_EQ(n.additional_gids, (Gids{10, 29}));

  auto d = must("daemon");
  EXPECT_EQ(d.uid, 1u);
  EXPECT_EQ(d.home, "/usr/sbin");
  EXPECT_EQ(d.additional_gids, (Gids{1, 20}));

  auto h = must("nohome");
  EXPECT_EQ(h.uid, 1001u);
  EXPECT_EQ(h.home, "/");
  EXPECT_TRUE(h.additional_gids.empty());
}

TEST_P(ResolveUser, NumericUserNotInPasswd) {
  write_etc();
  auto u = must("4242");
  EXPECT_EQ(u.uid, 4242u);
  EXPECT_EQ(u.gid, 0u);
  EXPECT_EQ(u.home, "/");
  EXPECT_TRUE(u.additional_gids.empty());
  auto g = must("4242:4343");
  EXPECT_EQ(g.uid, 4242u);
  EXPECT_EQ(g.gid, 4343u);
  auto s = must("4242:staff");
  EXPECT_EQ(s.gid, 50u);
}

TEST_P(ResolveUser, ExplicitGroup) {
  write_etc();
  auto a = must("app:staff");
  EXPECT_EQ(a.uid, 1000u);
  EXPECT_EQ(a.gid, 50u);
  EXPECT_EQ(a.home, "/home/app");
  // docker/runc: an explicit group drops the membership list.
  EXPECT_TRUE(a.additional_gids.empty());
  auto b = must("app:29");
  EXPECT_EQ(b.gid, 29u);
  auto c = must("1000:777");
  EXPECT_EQ(c.uid, 1000u);
  EXPECT_EQ(c.gid, 777u);
  auto d = must("daemon:dialout");
  EXPECT_EQ(d.uid, 1u);
  EXPECT_EQ(d.gid, 20u);
}

TEST_P(ResolveUser, GroupAdd) {
  write_etc();
  auto u = must("app", {"staff", "audio", "5000", "wheel"});
  // membership groups first, then additions without duplicates
  EXPECT_EQ(u.additional_gids, (Gids{10, 29, 50, 5000}));
  auto n = must("4242:4343", {"dialout", "7"});
  EXPECT_EQ(n.additional_gids, (Gids{20, 7}));
  auto bad = resolve_user(rootfd, "app", {"nosuchgroup"});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().msg.find("nosuchgroup"), std::string::npos) << bad.error().msg;
}

TEST_P(ResolveUser, MissingNamesAreErrors) {
  write_etc();
  auto r = resolve_user(rootfd, "foo", {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ENOENT);
  EXPECT_EQ(r.error().msg, "unable to find user foo: no matching entries in passwd file");
  auto g = resolve_user(rootfd, "app:nogroup", {});
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.error().msg, "unable to find group nogroup: no matching entries in group file");
  // "abc" in the malformed line's uid field must not make "badid" resolvable.
  EXPECT_FALSE(resolve_user(rootfd, "badid", {}).ok());
}

TEST_P(ResolveUser, BadSpecs) {
  write_etc();
  EXPECT_FALSE(resolve_user(rootfd, "app:", {}).ok());
  EXPECT_FALSE(resolve_user(rootfd, "a:b:c", {}).ok());
  auto big = resolve_user(rootfd, "4294967296", {});
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().code, ERANGE);
  EXPECT_FALSE(resolve_user(rootfd, "1:99999999999", {}).ok());
}

TEST_P(ResolveUser, NoEtcFiles) {
  // An image without /etc/passwd or /etc/group: numbers work, names don't.
  auto u = must("123:456", {"789"});
  EXPECT_EQ(u.uid, 123u);
  EXPECT_EQ(u.gid, 456u);
  EXPECT_EQ(u.additional_gids, (Gids{789}));
  auto r = must("");
  EXPECT_EQ(r.uid, 0u);
  EXPECT_EQ(r.home, "/");
  EXPECT_FALSE(resolve_user(rootfd, "app", {}).ok());
  EXPECT_FALSE(resolve_user(rootfd, "1:staff", {}).ok());
  // Even without /etc at all.
  ASSERT_TRUE(remove_all(root + "/etc").ok());
  EXPECT_EQ(must("5").uid, 5u);
}

TEST_P(ResolveUser, SymlinkToHostFileIsConfined) {
  // The host has a passwd-like file the image must not see.
  std::string host_dir = top + "/host";
  ASSERT_TRUE(mkdir_p(host_dir).ok());
  std::string host_file = host_dir + "/shadow";
  ASSERT_TRUE(write_file(host_file, "evil:x:666:666::/evil:/bin/sh\nroot:x:0:0::/hostroot:/bin/sh\n").ok());
  ASSERT_TRUE(write_file(root + "/etc/group", kGroup).ok());

  // Absolute link to the host path: resolves to <root><host_file>, which does not exist.
  ASSERT_EQ(symlink(host_file.c_str(), (root + "/etc/passwd").c_str()), 0);
  auto r = resolve_user(rootfd, "evil", {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ENOENT);
  EXPECT_EQ(must("").home, "/");

  // Same path inside the root: that file is the one read.
  ASSERT_TRUE(mkdir_p(root + host_dir).ok());
  ASSERT_TRUE(write_file(root + host_file, "inner:x:77:78::/inner:/bin/sh\n").ok());
  auto in = must("inner");
  EXPECT_EQ(in.uid, 77u);
  EXPECT_EQ(in.home, "/inner");
  EXPECT_FALSE(resolve_user(rootfd, "evil", {}).ok());

  // A relative link climbing out is clamped at the root too.
  ASSERT_EQ(unlink((root + "/etc/passwd").c_str()), 0);
  std::string up = "../../../../../../../../.." + host_file;
  ASSERT_EQ(symlink(up.c_str(), (root + "/etc/passwd").c_str()), 0);
  EXPECT_EQ(must("inner").uid, 77u);
  EXPECT_FALSE(resolve_user(rootfd, "evil", {}).ok());
}

TEST_P(ResolveUser, NonRegularPasswdIsAnError) {
  ASSERT_EQ(mkfifo((root + "/etc/passwd").c_str(), 0644), 0);
  auto r = resolve_user(rootfd, "app", {});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().msg.find("/etc/passwd"), std::string::npos) << r.error().msg;
}

INSTANTIATE_TEST_SUITE_P(Resolvers, ResolveUser, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "fallback" : "openat2"; });

TEST(Hosts, LayoutAndOrder) {
  std::string h = make_hosts({{"web", "10.0.0.5"}}, {{"db", "10.0.0.9"}, {"v6", "fd00::1"}});
  EXPECT_EQ(h,
            "127.0.0.1\tlocalhost\n"
            "::1\tlocalhost ip6-localhost ip6-loopback\n"
            "fe00::0\tip6-localnet\n"
            "ff00::0\tip6-mcastprefix\n"
            "ff02::1\tip6-allnodes\n"
            "ff02::2\tip6-allrouters\n"
            "10.0.0.5\tweb\n"
            "10.0.0.9\tdb\n"
            "fd00::1\tv6\n");
  EXPECT_EQ(make_hosts({}, {}).find("127.0.0.1\tlocalhost\n"), 0u);
}

TEST(Hosts, ParseAddHost) {
  auto a = parse_add_host("db:10.1.2.3");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->name, "db");
  EXPECT_EQ(a->ip, "10.1.2.3");
  auto b = parse_add_host("v6host:2001:db8::1");
  ASSERT_TRUE(b.ok()) << b.error().msg;
  EXPECT_EQ(b->name, "v6host");
  EXPECT_EQ(b->ip, "2001:db8::1");
  auto c = parse_add_host("eq=::1");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->name, "eq");
  EXPECT_EQ(c->ip, "::1");
  auto d = parse_add_host("br:[fe80::2]");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->ip, "fe80::2");

  for (const char* bad : {"noip", "db:", ":1.2.3.4", "db:1.2.3", "db:not-an-ip", "db:1.2.3.4.5", "a b:1.2.3.4"}) {
    auto r = parse_add_host(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_NE(r.error().msg.find(bad), std::string::npos) << r.error().msg;
  }
}

class ResolvConf : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/edgectl-resolv.XXXXXX";
    ASSERT_TRUE(mkdtemp(tmpl));
    dir = tmpl;
    file = dir + "/resolv.conf";
  }
  void TearDown() override { (void)remove_all(dir); }
  std::string make(const std::string& content, const DnsOptions& o, bool drop) {
    EXPECT_TRUE(write_file(file, content).ok());
    auto r = make_resolv_conf(file, o, drop);
    EXPECT_TRUE(r.ok()) << r.error().msg;
    return r.ok() ? *r : "";
  }
  std::string dir, file;
};

TEST_F(ResolvConf, KeepsServersSearchOptions) {
  std::string host =
      "# generated by something\n"
      "nameserver 192.168.1.1\n"
      "nameserver\t2001:4860:4860::8888\n"
      "search lan example.com\n"
      "options ndots:2 timeout:1\n"
      "sortlist 10.0.0.0/8\n"
      "; another comment\n";
  EXPECT_EQ(make(host, {}, true),
            "nameserver 192.168.1.1\n"
            "nameserver 2001:4860:4860::8888\n"
            "search lan example.com\n"
            "options ndots:2 timeout:1\n");
}

TEST_F(ResolvConf, LoopbackDroppedWithFallback) {
  std::string host = "nameserver 127.0.0.53\nnameserver ::1\nnameserver 127.1.2.3\nsearch lan\n";
  EXPECT_EQ(make(host, {}, true), "nameserver 8.8.8.8\nnameserver 8.8.4.4\nsearch lan\n");
  // Host network: the host's local resolver is reachable, keep it.
  EXPECT_EQ(make(host, {}, false), "nameserver 127.0.0.53\nnameserver ::1\nnameserver 127.1.2.3\nsearch lan\n");
  // Only loopback ones go; no fallback when a real one remains.
  EXPECT_EQ(make("nameserver 127.0.0.1\nnameserver 9.9.9.9\n", {}, true), "nameserver 9.9.9.9\n");
  // A host file with no servers at all also gets the fallback in a private netns.
  EXPECT_EQ(make("search lan\n", {}, true), "nameserver 8.8.8.8\nnameserver 8.8.4.4\nsearch lan\n");
}

TEST_F(ResolvConf, FlagsReplaceHostLines) {
  std::string host = "nameserver 192.168.1.1\nsearch lan\ndomain corp\noptions ndots:3\n";
  DnsOptions o;
  o.servers = {"1.1.1.1", "2606:4700:4700::1111"};
  EXPECT_EQ(make(host, o, true),
            "nameserver 1.1.1.1\nnameserver 2606:4700:4700::1111\nsearch lan\ndomain corp\noptions ndots:3\n");
  o = {};
  o.search = {"a.example", "b.example"};
  o.options = {"ndots:1", "rotate"};
  EXPECT_EQ(make(host, o, true), "nameserver 192.168.1.1\nsearch a.example b.example\noptions ndots:1 rotate\n");
  // --dns given while the host only has loopback: the flag servers, no fallback.
  o = {};
  o.servers = {"10.0.0.1"};
  EXPECT_EQ(make("nameserver 127.0.0.53\n", o, true), "nameserver 10.0.0.1\n");
  // --dns-search . means no search domains.
  o = {};
  o.search = {"."};
  EXPECT_EQ(make(host, o, true), "nameserver 192.168.1.1\noptions ndots:3\n");
}

TEST_F(ResolvConf, MissingHostFileAndBadServer) {
  DnsOptions o;
  auto empty = make_resolv_conf(dir + "/nope", o, true);
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(*empty, "");
  o.servers = {"10.0.0.1"};
  o.search = {"lan"};
  o.options = {"ndots:1"};
  auto r = make_resolv_conf(dir + "/nope", o, true);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "nameserver 10.0.0.1\nsearch lan\noptions ndots:1\n");
  o.servers = {"dns.example"};
  auto bad = make_resolv_conf(dir + "/nope", o, true);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().msg.find("dns.example"), std::string::npos);
  // An unreadable host file (a directory) is an error, not silently empty.
  EXPECT_FALSE(make_resolv_conf(dir, {}, true).ok());
}

TEST(Hostname, Rules) {
  for (const char* ok : {"a", "web-1", "Gateway01", "host.example.com", "x123.y-z"})
    EXPECT_TRUE(check_hostname(ok).ok()) << ok;
  EXPECT_TRUE(check_hostname(std::string(63, 'a')).ok());
  EXPECT_TRUE(check_hostname(std::string(32, 'a') + "." + std::string(31, 'b')).ok());  // 64
  for (const char* bad : {"", "-web", "web-", "a..b", ".a", "a.", "under_score", "sp ace", "a/b", "ü"})
    EXPECT_FALSE(check_hostname(bad).ok()) << bad;
  EXPECT_FALSE(check_hostname(std::string(64, 'a')).ok());  // label > 63
  EXPECT_FALSE(check_hostname(std::string(32, 'a') + "." + std::string(32, 'b')).ok());  // 65
  auto r = check_hostname("bad_name");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().msg.find("bad_name"), std::string::npos);
}
