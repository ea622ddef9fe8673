// CNI runner against fake plugins (shell scripts that record their
// environment and stdin and print canned results), plus one root-only run
// of Debian's real bridge + host-local plugins inside a private netns.
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/fd.h"
#include "core/fs.h"
#include "core/json.h"
#include "core/strutil.h"
#include "net/cni.h"

using namespace ec;
using namespace ec::net;

namespace {

class TempDir {
 public:
  TempDir() {
    const char* t = getenv("TMPDIR");
    std::string tmpl = std::string(t && *t ? t : "/tmp") + "/edgectl-cni-XXXXXX";
    char* p = mkdtemp(tmpl.data());
    if (p) path = p;
  }
  ~TempDir() {
    if (!path.empty()) (void)remove_all(path);
  }
  std::string path;
};

std::string slurp(const std::string& path) {
  auto r = read_file(path);
  return r ? *r : std::string();
}

JsonPtr parse(const std::string& s) {
  auto j = json_parse(s, "test");
  EXPECT_TRUE(j.ok()) << s;
  return j ? std::move(*j) : JsonPtr(cJSON_CreateNull());
}

std::string get_str(const cJSON* o, const char* key) {
  const cJSON* v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsString(v) ? v->valuestring : "";
}

// The canonical (unformatted, as cJSON prints it) form of a JSON text.
std::string canon(const std::string& s) { return json_print(parse(s).get()); }

const char* kR1 =
    R"({"cniVersion":"1.0.0","interfaces":[{"name":"eth0","sandbox":"/ns"}],)"
    R"("ips":[{"address":"10.0.0.5/24","gateway":"10.0.0.1","interface":0}]})";
const char* kR2 =
    R"({"cniVersion":"1.0.0","interfaces":[{"name":"eth0","sandbox":"/ns"}],)"
    R"("ips":[{"address":"10.0.0.5/24","gateway":"10.0.0.1","interface":0},{"address":"fd00::5/64"}],)"
    R"("dns":{"nameservers":["10.0.0.53"],"search":["corp.example"]}})";

class Cni : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_FALSE(tmp.path.empty());
    bin = tmp.path + "/bin";
    conf = tmp.path + "/net.d";
    log = tmp.path + "/log";
    for (auto& d : {bin, conf, log}) ASSERT_TRUE(mkdir_p(d).ok());
    paths.conf_dirs = {conf};
    paths.bin_dirs = {tmp.path + "/nobin", bin};
    paths.cache_dir = tmp.path + "/cache";
    rt.container_id = "c1";
    rt.netns_path = "/var/run/netns/fake";
    rt.ifname = "eth0";
  }

  // A plugin named `type`: appends "<type> <cmd>" to log/order, records its
  // environment and stdin, prints log/<type>.<cmd>.out, exits with .rc.
  void fake(const std::string& type, const std::string& extra = "") {
    std::string s = "#!/bin/sh\nd='" + log + "'; t='" + type + "'\n" +
                    "echo \"$t $CNI_COMMAND\" >> \"$d/order\"\n"
                    "env | sort > \"$d/$t.$CNI_COMMAND.env\"\n" +
                    extra +
                    "cat > \"$d/$t.$CNI_COMMAND.stdin\"\n"
                    "[ -f \"$d/$t.$CNI_COMMAND.out\" ] && cat \"$d/$t.$CNI_COMMAND.out\"\n"
                    "[ -f \"$d/$t.$CNI_COMMAND.rc\" ] && exit \"$(cat \"$d/$t.$CNI_COMMAND.rc\")\"\n"
                    "exit 0\n";
    ASSERT_TRUE(write_file(bin + "/" + type, s, 0755).ok());
  }
  void raw_plugin(const std::string& type, const std::string& script) {
    ASSERT_TRUE(write_file(bin + "/" + type, "#!/bin/sh\n" + script, 0755).ok());
  }
  void reply(const std::string& type, const std::string& cmd, const std::string& out, int rc = 0) {
    ASSERT_TRUE(write_file(log + "/" + type + "." + cmd + ".out", out).ok());
    if (rc) {
      ASSERT_TRUE(write_file(log + "/" + type + "." + cmd + ".rc", std::to_string(rc)).ok());
    }
  }
  std::string stdin_of(const std::string& type, const std::string& cmd) {
    return slurp(log + "/" + type + "." + cmd + ".stdin");
  }
  std::map<std::string, std::string> env_of(const std::string& type, const std::string& cmd) {
    std::map<std::string, std::string> m;
    for (auto& l : split(slurp(log + "/" + type + "." + cmd + ".env"), '\n', true)) {
      auto eq = l.find('=');
      if (eq != std::string::npos) m[l.substr(0, eq)] = l.substr(eq + 1);
    }
    return m;
  }
  std::vector<std::string> order() {
    auto v = split(slurp(log + "/order"), '\n', true);
    (void)remove_all(log + "/order");
    return v;
  }
  void conf_file(const std::string& name, const std::string& text) {
    ASSERT_TRUE(write_file(conf + "/" + name, text).ok());
  }
  // A two-plugin list: p1 declares the portMappings capability, p2 not.
  CniNetwork two_plugins(const std::string& version = "1.0.0") {
    conf_file("10-net.conflist", R"({"cniVersion":")" + version + R"(","name":"net","plugins":[)"
                                     R"({"type":"p1","capabilities":{"portMappings":true}},)"
                                     R"({"type":"p2","opt":1}]})");
    fake("p1");
    fake("p2");
    auto n = cni_load("net", paths);
    EXPECT_TRUE(n.ok()) << n.error().msg;
    return n ? *n : CniNetwork{};
  }
  std::string cache_file() { return paths.cache_dir + "/net-c1.json"; }

  TempDir tmp;
  std::string bin, conf, log;
  CniPaths paths;
  CniRuntime rt;
};

// ---------------- loading ----------------

TEST_F(Cni, LoadsConflistConfAndJson) {
  conf_file("05-broken.conf", "{\"cniVersion\": ");  // unrelated and broken: skipped
  conf_file("10-a.conflist", R"({"cniVersion":"0.4.0","name":"a","disableCheck":true,"plugins":[)"
                             R"({"type":"bridge","name":"other","cniVersion":"0.3.0","bridge":"br9"},{"type":"portmap"}]})");
  conf_file("20-b.conf", R"({"cniVersion":"0.3.1","name":"b","type":"ptp"})");
  conf_file("30-c.json", R"({"cniVersion":"1.0.0","name":"c","type":"macvlan"})");
  conf_file("40-d.txt", R"({"cniVersion":"1.0.0","name":"d","type":"macvlan"})");

  auto a = cni_load("a", paths);
  ASSERT_TRUE(a.ok()) << a.error().msg;
  EXPECT_EQ(a->name, "a");
  EXPECT_EQ(a->cni_version, "0.4.0");
  EXPECT_EQ(a->source, conf + "/10-a.conflist");
  EXPECT_TRUE(a->disable_check);
  ASSERT_EQ(a->plugin_confs.size(), 2u);
  auto p0 = parse(a->plugin_confs[0]);
  EXPECT_EQ(get_str(p0.get(), "name"), "a");  // the list's name and version win
  EXPECT_EQ(get_str(p0.get(), "cniVersion"), "0.4.0");
  EXPECT_EQ(get_str(p0.get(), "bridge"), "br9");
  auto p1 = parse(a->plugin_confs[1]);
  EXPECT_EQ(get_str(p1.get(), "type"), "portmap");
  EXPECT_EQ(get_str(p1.get(), "name"), "a");

  auto b = cni_load("b", paths);
  ASSERT_TRUE(b.ok()) << b.error().msg;
  EXPECT_FALSE(b->disable_check);
  ASSERT_EQ(b->plugin_confs.size(), 1u);
  EXPECT_EQ(b->cni_version, "0.3.1");
  EXPECT_EQ(get_str(parse(b->plugin_confs[0]).get(), "type"), "ptp");

  auto c = cni_load("c", paths);
  ASSERT_TRUE(c.ok()) << c.error().msg;
  EXPECT_EQ(c->source, conf + "/30-c.json");

  auto d = cni_load("d", paths);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().code, ENOENT);
  EXPECT_NE(d.error().msg.find("cni network d not found in " + conf), std::string::npos) << d.error().msg;
  EXPECT_NE(d.error().msg.find("05-broken.conf"), std::string::npos) << d.error().msg;
}

TEST_F(Cni, NameMatchingOrderAndDirs) {
  std::string conf2 = tmp.path + "/net2.d";
  ASSERT_TRUE(mkdir_p(conf2).ok());
  paths.conf_dirs = {conf, tmp.path + "/missing.d", conf2};
  conf_file("20-x.conf", R"({"cniVersion":"1.0.0","name":"dup","type":"second"})");
  conf_file("10-y.conflist", R"({"cniVersion":"1.0.0","name":"dup","plugins":[{"type":"first"}]})");
  ASSERT_TRUE(write_file(conf2 + "/00-z.conf", R"({"cniVersion":"1.0.0","name":"dup","type":"third"})").ok());
  ASSERT_TRUE(write_file(conf2 + "/50-only.conf", R"({"cniVersion":"1.0.0","name":"only","type":"fourth"})").ok());

  auto dup = cni_load("dup", paths);
  ASSERT_TRUE(dup.ok()) << dup.error().msg;
  EXPECT_EQ(dup->source, conf + "/10-y.conflist");
  auto only = cni_load("only", paths);
  ASSERT_TRUE(only.ok()) << only.error().msg;
  EXPECT_EQ(get_str(parse(only->plugin_confs[0]).get(), "type"), "fourth");

  auto none = cni_load("nope", paths);
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().msg, "cni network nope not found in " + conf + ":" + tmp.path + "/missing.d:" + conf2);
}

TEST_F(Cni, LoadErrorsNameTheFile) {
  conf_file("01-x.conflist", "{\"cniVersion\":\"1.0.0\",\"name\":\"x\",\"plugins\":[");
  auto x = cni_load("x", paths);
  ASSERT_FALSE(x.ok());
  EXPECT_NE(x.error().msg.find(conf + "/01-x.conflist: invalid JSON"), std::string::npos) << x.error().msg;

  conf_file("02-y.conflist", R"({"cniVersion":"1.0.0","name":"y","plugins":[{"bridge":"b"}]})");
  auto y = cni_load("y", paths);
  ASSERT_FALSE(y.ok());
  EXPECT_NE(y.error().msg.find("02-y.conflist: plugins[0]: \"type\" missing"), std::string::npos) << y.error().msg;

  conf_file("03-z.conflist", R"({"name":"z","plugins":[{"type":"b"}]})");
  auto z = cni_load("z", paths);
  ASSERT_FALSE(z.ok());
  EXPECT_NE(z.error().msg.find("cniVersion"), std::string::npos) << z.error().msg;

  conf_file("04-w.conflist", R"({"cniVersion":"1.0.0","name":"w","plugins":[]})");
  EXPECT_FALSE(cni_load("w", paths).ok());
}

// ---------------- ADD ----------------

TEST_F(Cni, AddChainsPluginsWithEnvAndCapabilities) {
  auto n = two_plugins();
  reply("p1", "ADD", kR1);
  reply("p2", "ADD", std::string(kR2) + "\n");
  rt.args = {"IgnoreUnknown=1", "K8S_POD_NAME=web"};
  rt.port_mappings_json = R"([{"hostPort":8080,"containerPort":80,"protocol":"tcp"}])";
  setenv("EC_CNI_LEAK", "1", 1);
  auto r = cni_add(n, rt, paths);
  unsetenv("EC_CNI_LEAK");
  ASSERT_TRUE(r.ok()) << r.error().msg;

  EXPECT_EQ(order(), (std::vector<std::string>{"p1 ADD", "p2 ADD"}));
  ASSERT_EQ(r->ips.size(), 2u);
  EXPECT_EQ(r->ips[0].address, "10.0.0.5/24");
  EXPECT_EQ(r->ips[0].gateway, "10.0.0.1");
  EXPECT_EQ(r->ips[1].address, "fd00::5/64");
  EXPECT_EQ(r->ips[1].gateway, "");
  EXPECT_EQ(r->dns_servers, (std::vector<std::string>{"10.0.0.53"}));
  EXPECT_EQ(r->dns_search, (std::vector<std::string>{"corp.example"}));
  EXPECT_EQ(canon(r->json), canon(kR2));

  auto env = env_of("p1", "ADD");
  EXPECT_EQ(env["CNI_COMMAND"], "ADD");
  EXPECT_EQ(env["CNI_CONTAINERID"], "c1");
  EXPECT_EQ(env["CNI_NETNS"], "/var/run/netns/fake");
  EXPECT_EQ(env["CNI_IFNAME"], "eth0");
  EXPECT_EQ(env["CNI_ARGS"], "IgnoreUnknown=1;K8S_POD_NAME=web");
  EXPECT_EQ(env["CNI_PATH"], tmp.path + "/nobin:" + bin);
  EXPECT_FALSE(env["PATH"].empty());
  for (auto& [k, v] : env)
    EXPECT_TRUE(starts_with(k, "CNI_") || k == "PATH" || k == "PWD" || k == "SHLVL" || k == "_")
        << "leaked into the plugin: " << k << "=" << v;

  // p1: no prevResult, the port mappings (it declared the capability).
  auto in1 = parse(stdin_of("p1", "ADD"));
  EXPECT_EQ(get_str(in1.get(), "name"), "net");
  EXPECT_EQ(get_str(in1.get(), "cniVersion"), "1.0.0");
  EXPECT_EQ(cJSON_GetObjectItemCaseSensitive(in1.get(), "prevResult"), nullptr);
  const cJSON* rc = cJSON_GetObjectItemCaseSensitive(in1.get(), "runtimeConfig");
  ASSERT_TRUE(cJSON_IsObject(rc));
  const cJSON* pm = cJSON_GetObjectItemCaseSensitive(rc, "portMappings");
  ASSERT_TRUE(cJSON_IsArray(pm));
  EXPECT_EQ(cJSON_GetObjectItemCaseSensitive(pm->child, "hostPort")->valueint, 8080);
  // p2: p1's result as prevResult, no runtimeConfig, its own options kept.
  auto in2 = parse(stdin_of("p2", "ADD"));
  const cJSON* prev = cJSON_GetObjectItemCaseSensitive(in2.get(), "prevResult");
  ASSERT_NE(prev, nullptr);
  EXPECT_EQ(json_print(prev), canon(kR1));
  EXPECT_EQ(cJSON_GetObjectItemCaseSensitive(in2.get(), "runtimeConfig"), nullptr);
  EXPECT_EQ(cJSON_GetObjectItemCaseSensitive(in2.get(), "opt")->valueint, 1);

  EXPECT_EQ(canon(slurp(cache_file())), canon(kR2));
  struct stat st;
  ASSERT_EQ(stat(cache_file().c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST_F(Cni, AddWithoutPortMappingsSendsNoRuntimeConfig) {
  auto n = two_plugins();
  reply("p1", "ADD", kR1);
  reply("p2", "ADD", kR2);
  ASSERT_TRUE(cni_add(n, rt, paths).ok());
  EXPECT_EQ(cJSON_GetObjectItemCaseSensitive(parse(stdin_of("p1", "ADD")).get(), "runtimeConfig"), nullptr);

  rt.port_mappings_json = "{\"hostPort\":1}";  // not an array
  auto bad = cni_add(n, rt, paths);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().msg.find("want a JSON array"), std::string::npos) << bad.error().msg;
}

TEST_F(Cni, AddFailureRunsDelAndParsesTheErrorJson) {
  auto n = two_plugins();
  reply("p1", "ADD", kR1);
  reply("p2", "ADD", R"({"cniVersion":"1.0.0","code":11,"msg":"no luck","details":"pool busy"})", 1);
  auto r = cni_add(n, rt, paths);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().msg, "cni network net: cni plugin p2: ADD failed: no luck: pool busy (code 11)");
  EXPECT_EQ(r.error().code, EAGAIN);
  EXPECT_EQ(order(), (std::vector<std::string>{"p1 ADD", "p2 ADD", "p2 DEL", "p1 DEL"}));
  EXPECT_FALSE(path_exists(cache_file()));
  // The rollback DEL has no result to pass on.
  EXPECT_EQ(cJSON_GetObjectItemCaseSensitive(parse(stdin_of("p1", "DEL")).get(), "prevResult"), nullptr);
}

TEST_F(Cni, AddRejectsAnInvalidResult) {
  auto n = two_plugins();
  reply("p1", "ADD", "all good!");
  auto r = cni_add(n, rt, paths);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().msg.find("plugin 0 ADD result: invalid JSON"), std::string::npos) << r.error().msg;
  EXPECT_EQ(order(), (std::vector<std::string>{"p1 ADD", "p2 DEL", "p1 DEL"}));
}

TEST_F(Cni, PluginErrorsWithoutErrorJson) {
  conf_file("a.conf", R"({"cniVersion":"1.0.0","name":"a","type":"err"})");
  auto n = cni_load("a", paths);
  ASSERT_TRUE(n.ok());
  raw_plugin("err", "echo 'level=debug starting' >&2; echo 'cannot open the thing' >&2; exit 2\n");
  auto r = cni_del(*n, rt, paths);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().msg, "cni network a: cni plugin err: DEL failed: cannot open the thing");
  EXPECT_EQ(r.error().code, EIO);

  raw_plugin("err", "exit 4\n");
  r = cni_del(*n, rt, paths);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().msg, "cni network a: cni plugin err: DEL failed: exit status 4");

  raw_plugin("err", "kill -9 $$\n");
  r = cni_del(*n, rt, paths);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().msg, "cni network a: cni plugin err: DEL failed: killed by signal 9");

  // Error JSON with a code but no details.
  raw_plugin("err", "echo '{\"cniVersion\":\"1.0.0\",\"code\":7,\"msg\":\"bad conf\"}'; exit 1\n");
  r = cni_del(*n, rt, paths);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().msg, "cni network a: cni plugin err: DEL failed: bad conf (code 7)");
}

TEST_F(Cni, PluginNotFound) {
  conf_file("a.conf", R"({"cniVersion":"1.0.0","name":"a","type":"bridge"})");
  auto n = cni_load("a", paths);
  ASSERT_TRUE(n.ok());
  auto r = cni_add(*n, rt, paths);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().msg, "cni network a: cni plugin bridge not found in " + tmp.path + "/nobin:" + bin);
  EXPECT_EQ(r.error().code, ENOENT);

  // A directory or a non-executable file of that name doesn't count.
  ASSERT_TRUE(mkdir_p(tmp.path + "/nobin/bridge").ok());
  ASSERT_TRUE(write_file(bin + "/bridge", "#!/bin/sh\nexit 0\n", 0644).ok());
  EXPECT_EQ(cni_add(*n, rt, paths).error().code, ENOENT);

  conf_file("b.conf", R"({"cniVersion":"1.0.0","name":"b","type":"../bin/sh"})");
  auto b = cni_load("b", paths);
  ASSERT_TRUE(b.ok());
  auto rb = cni_add(*b, rt, paths);
  ASSERT_FALSE(rb.ok());
  EXPECT_NE(rb.error().msg.find("is not a plain name"), std::string::npos) << rb.error().msg;
}

TEST_F(Cni, RejectsBadIds) {
  auto n = two_plugins();
  rt.container_id = "../etc";
  EXPECT_FALSE(cni_add(n, rt, paths).ok());
  EXPECT_FALSE(cni_del(n, rt, paths).ok());
  rt.container_id = "c1";
  rt.ifname = "a-very-long-interface";
  EXPECT_FALSE(cni_add(n, rt, paths).ok());
  rt.ifname = "eth0";
  rt.netns_path = "";
  EXPECT_FALSE(cni_add(n, rt, paths).ok());
  EXPECT_TRUE(order().empty());
}

// ---------------- DEL ----------------

TEST_F(Cni, DelRunsInReverseWithTheCachedResult) {
  auto n = two_plugins("0.4.0");
  reply("p1", "ADD", kR1);
  reply("p2", "ADD", kR2);
  ASSERT_TRUE(cni_add(n, rt, paths).ok());
  order();
  rt.netns_path = "";  // the netns may be gone already: DEL must still work
  ASSERT_TRUE(cni_del(n, rt, paths).ok());
  EXPECT_EQ(order(), (std::vector<std::string>{"p2 DEL", "p1 DEL"}));
  for (const char* p : {"p1", "p2"}) {
    auto in = parse(stdin_of(p, "DEL"));
    const cJSON* prev = cJSON_GetObjectItemCaseSensitive(in.get(), "prevResult");
    ASSERT_NE(prev, nullptr) << p;
    EXPECT_EQ(json_print(prev), canon(kR2));
  }
  EXPECT_EQ(env_of("p1", "DEL")["CNI_NETNS"], "");
  EXPECT_FALSE(path_exists(cache_file()));

  // Again, without a cached result: runs, no prevResult.
  ASSERT_TRUE(cni_del(n, rt, paths).ok());
  EXPECT_EQ(order(), (std::vector<std::string>{"p2 DEL", "p1 DEL"}));
  EXPECT_EQ(cJSON_GetObjectItemCaseSensitive(parse(stdin_of("p2", "DEL")).get(), "prevResult"), nullptr);
}

TEST_F(Cni, DelBefore040SendsNoPrevResult) {
  auto n = two_plugins("0.3.1");
  reply("p1", "ADD", kR1);
  reply("p2", "ADD", kR2);
  ASSERT_TRUE(cni_add(n, rt, paths).ok());
  ASSERT_TRUE(cni_del(n, rt, paths).ok());
  EXPECT_EQ(cJSON_GetObjectItemCaseSensitive(parse(stdin_of("p2", "DEL")).get(), "prevResult"), nullptr);
  EXPECT_FALSE(path_exists(cache_file()));
}

TEST_F(Cni, DelGoesOnAfterErrorsAndReturnsTheFirst) {
  auto n = two_plugins();
  reply("p1", "ADD", kR1);
  reply("p2", "ADD", kR2);
  ASSERT_TRUE(cni_add(n, rt, paths).ok());
  order();
  ASSERT_TRUE(remove_all(bin + "/p2").ok());
  reply("p1", "DEL", R"({"code":5,"msg":"io"})", 1);
  auto r = cni_del(n, rt, paths);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().msg, "cni network net: cni plugin p2 not found in " + tmp.path + "/nobin:" + bin);
  EXPECT_EQ(order(), (std::vector<std::string>{"p1 DEL"}));
  EXPECT_TRUE(path_exists(cache_file()));  // kept for the retry
}

// ---------------- CHECK ----------------

TEST_F(Cni, CheckNeeds040AndTheCachedResult) {
  auto old = two_plugins("0.3.1");
  auto r = cni_check(old, rt, paths);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().msg.find("CHECK needs cniVersion 0.4.0 or later"), std::string::npos) << r.error().msg;

  auto n = two_plugins("0.4.0");
  r = cni_check(n, rt, paths);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().msg.find("cached result"), std::string::npos) << r.error().msg;
  EXPECT_TRUE(order().empty());

  reply("p1", "ADD", kR1);
  reply("p2", "ADD", kR2);
  ASSERT_TRUE(cni_add(n, rt, paths).ok());
  order();
  ASSERT_TRUE(cni_check(n, rt, paths).ok());
  EXPECT_EQ(order(), (std::vector<std::string>{"p1 CHECK", "p2 CHECK"}));
  EXPECT_EQ(json_print(cJSON_GetObjectItemCaseSensitive(parse(stdin_of("p1", "CHECK")).get(), "prevResult")),
            canon(kR2));

  reply("p2", "CHECK", R"({"code":3,"msg":"interface eth0 gone"})", 1);
  r = cni_check(n, rt, paths);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().msg, "cni network net: cni plugin p2: CHECK failed: interface eth0 gone (code 3)");

  n.disable_check = true;
  order();
  EXPECT_TRUE(cni_check(n, rt, paths).ok());
  EXPECT_TRUE(order().empty());
}

// ---------------- running ----------------

TEST_F(Cni, TimeoutKillsThePluginAndItsChildren) {
  conf_file("a.conf", R"({"cniVersion":"1.0.0","name":"a","type":"slow"})");
  auto n = cni_load("a", paths);
  ASSERT_TRUE(n.ok());
  raw_plugin("slow", "sleep 30 & echo $! > '" + log + "/sleep.pid'\nwait\n");
  rt.timeout_s = 1;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  auto r = cni_del(*n, rt, paths);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ETIMEDOUT);
  EXPECT_NE(r.error().msg.find("cni plugin slow: DEL timed out after 1 s"), std::string::npos) << r.error().msg;
  EXPECT_LT(t1.tv_sec - t0.tv_sec, 10);
  auto pid = parse_i64(trim(slurp(log + "/sleep.pid")));
  ASSERT_TRUE(pid.has_value());
  // The orphaned sleep is gone (or a zombie its new parent has yet to reap).
  bool gone = false;
  for (int i = 0; i < 100 && !gone; i++) {
    std::string st = slurp(strf("/proc/%lld/stat", static_cast<long long>(*pid)));
    gone = st.empty() || st.find(") Z ") != std::string::npos;
    if (!gone) usleep(20000);
  }
  EXPECT_TRUE(gone);
}

TEST_F(Cni, PluginThatIgnoresALargeStdin) {
  // More than a pipe buffer on stdin, never read: no SIGPIPE death, no hang.
  std::string big(300000, 'x');
  conf_file("a.conf", R"({"cniVersion":"1.0.0","name":"a","type":"lazy","blob":")" + big + "\"}");
  auto n = cni_load("a", paths);
  ASSERT_TRUE(n.ok());
  raw_plugin("lazy", std::string("echo '") + kR1 + "'\n");
  auto r = cni_add(*n, rt, paths);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  EXPECT_EQ(r->ips.size(), 1u);
}

// ---------------- the real plugins ----------------

std::string sh(const std::string& cmd, int* status = nullptr) {
  std::string out;
  FILE* f = popen((cmd + " 2>&1").c_str(), "r");
  if (!f) return out;
  char buf[512];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  int st = pclose(f);
  if (status) *status = st;
  return out;
}

// Runs in a private network namespace (this thread only), so the bridge,
// its gateway address and the ip_forward sysctl the bridge plugin sets never
// reach the host; the container netns is a real `ip netns` one.
TEST(CniReal, BridgeAndHostLocal) {
  if (geteuid() != 0) GTEST_SKIP() << "needs root";
  if (access("/usr/lib/cni/bridge", X_OK) != 0 || access("/usr/lib/cni/host-local", X_OK) != 0)
    GTEST_SKIP() << "containernetworking-plugins not installed";
  int st = 0;
  sh("ip -V", &st);
  if (st != 0) GTEST_SKIP() << "no ip command";

  Fd host_ns(open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC));
  ASSERT_TRUE(host_ns.valid());
  ASSERT_EQ(unshare(CLONE_NEWNET), 0);
  struct Back {
    int fd;
    ~Back() { EXPECT_EQ(setns(fd, CLONE_NEWNET), 0); }
  } back{host_ns.get()};

  TempDir tmp;
  ASSERT_FALSE(tmp.path.empty());
  std::string ns = strf("cnitest-%d", getpid());
  ASSERT_EQ(system(("ip netns add " + ns).c_str()), 0);
  struct DropNs {
    std::string ns;
    ~DropNs() { (void)!system(("ip netns del " + ns + " 2>/dev/null").c_str()); }
  } drop{ns};

  CniPaths p;
  p.conf_dirs = {tmp.path + "/net.d"};
  p.bin_dirs = {"/usr/lib/cni"};
  p.cache_dir = tmp.path + "/cache";
  ASSERT_TRUE(mkdir_p(p.conf_dirs[0]).ok());
  ASSERT_TRUE(write_file(p.conf_dirs[0] + "/10-cnitest.conflist",
                         R"({"cniVersion":"1.0.0","name":"cnitest","plugins":[{"type":"bridge",)"
                         R"("bridge":"cnitest0","isGateway":true,"ipMasq":false,"ipam":{"type":"host-local",)"
                         R"("subnet":"10.250.77.0/24","routes":[{"dst":"0.0.0.0/0"}],"dataDir":")" +
                             tmp.path + R"(/ipam"}}]})")
                  .ok());
  auto n = cni_load("cnitest", p);
  ASSERT_TRUE(n.ok()) << n.error().msg;
  CniRuntime rt;
  rt.container_id = "cnitest1";
  rt.netns_path = "/run/netns/" + ns;

  auto r = cni_add(*n, rt, p);
  ASSERT_TRUE(r.ok()) << r.error().msg;
  ASSERT_EQ(r->ips.size(), 1u);
  EXPECT_TRUE(starts_with(r->ips[0].address, "10.250.77.")) << r->ips[0].address;
  EXPECT_EQ(r->ips[0].gateway, "10.250.77.1");
  std::string addr = sh("ip netns exec " + ns + " ip -4 addr show dev eth0");
  EXPECT_NE(addr.find("inet " + r->ips[0].address), std::string::npos) << addr;
  std::string route = sh("ip netns exec " + ns + " ip -4 route");
  EXPECT_NE(route.find("default via 10.250.77.1"), std::string::npos) << route;

  auto c = cni_check(*n, rt, p);
  EXPECT_TRUE(c.ok()) << c.error().msg;

  auto d = cni_del(*n, rt, p);
  EXPECT_TRUE(d.ok()) << d.error().msg;
  sh("ip netns exec " + ns + " ip link show eth0", &st);
  EXPECT_NE(st, 0) << "eth0 still in the netns after DEL";
  EXPECT_FALSE(path_exists(tmp.path + "/ipam/cnitest/" + r->ips[0].address.substr(0, r->ips[0].address.find('/'))));
  EXPECT_FALSE(path_exists(p.cache_dir + "/cnitest-cnitest1.json"));
  (void)!system("ip link del cnitest0 2>/dev/null");
}

}  // namespace
