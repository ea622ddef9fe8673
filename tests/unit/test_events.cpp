// The event log: JSON and text forms, append/read, docker's filters, follow,
// rotation at 1 MiB, and appenders in several processes. Unprivileged.
#include <cjson/cJSON.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "core/fs.h"
#include "core/strutil.h"
#include "rt/engine/events.h"
#include "rt/engine/logfile.h"

using namespace ec;
using namespace ec::engine;

namespace {

constexpr int64_t kNs = 1000000000;
constexpr int64_t kT0 = 1795618331LL * kNs + 123456789;  // 2026-11-25T14:52:11.123456789Z
const std::string kId = "4f3c2b1a00000000000000000000000000000000000000000000000000000001";

class EventsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/ec-events-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    root_ = tmpl;
  }
  void TearDown() override { (void)remove_all(root_); }

  std::vector<Event> read_all(const EventFilter& f = {}) {
    std::vector<Event> v;
    auto st = read_events(root_, f, false, [&](const Event& e) { v.push_back(e); }, nullptr);
    EXPECT_TRUE(st.ok()) << st.error().msg;
    return v;
  }
  void add(const Event& e) {
    auto st = append_event(root_, e);
    ASSERT_TRUE(st.ok()) << st.error().msg;
  }
  off_t size_of(const std::string& p) {
    struct stat st;
    return stat(p.c_str(), &st) == 0 ? st.st_size : -1;
  }

  std::string root_;
};

Event ev(const char* type, const char* action, const std::string& id,
         std::map<std::string, std::string> attrs, int64_t t = kT0) {
  Event e;
  e.time_ns = t;
  e.type = type;
  e.action = action;
  e.id = id;
  e.attrs = std::move(attrs);
  return e;
}

TEST(EventFormat, TextIsDockers) {
  Event e = ev("container", "start", kId, {{"name", "web"}, {"image", "busybox"}});
  EXPECT_EQ(format_event(e), "2026-11-25T14:52:11.123456789Z container start " + kId +
                                 " (image=busybox, name=web)");
  Event bare = ev("volume", "create", "data", {});
  EXPECT_EQ(format_event(bare), "2026-11-25T14:52:11.123456789Z volume create data");
}

TEST(EventFormat, JsonIsDockers) {
  Event e = ev("container", "die", kId,
               {{"name", "web"}, {"image", "busybox"}, {"exitCode", "137"}, {"q", "a\"b\n"}});
  std::string j = event_to_json(e);
  EXPECT_EQ(j.find('\n'), std::string::npos);
  cJSON* o = cJSON_Parse(j.c_str());
  ASSERT_NE(o, nullptr) << j;
  EXPECT_STREQ(cJSON_GetObjectItem(o, "Type")->valuestring, "container");
  EXPECT_STREQ(cJSON_GetObjectItem(o, "Action")->valuestring, "die");
  EXPECT_STREQ(cJSON_GetObjectItem(o, "status")->valuestring, "die");
  EXPECT_STREQ(cJSON_GetObjectItem(o, "id")->valuestring, kId.c_str());
  EXPECT_STREQ(cJSON_GetObjectItem(o, "from")->valuestring, "busybox");
  EXPECT_STREQ(cJSON_GetObjectItem(o, "scope")->valuestring, "local");
  cJSON* actor = cJSON_GetObjectItem(o, "Actor");
  ASSERT_NE(actor, nullptr);
  EXPECT_STREQ(cJSON_GetObjectItem(actor, "ID")->valuestring, kId.c_str());
  cJSON* attrs = cJSON_GetObjectItem(actor, "Attributes");
  EXPECT_STREQ(cJSON_GetObjectItem(attrs, "exitCode")->valuestring, "137");
  EXPECT_STREQ(cJSON_GetObjectItem(attrs, "q")->valuestring, "a\"b\n");
  EXPECT_EQ(cJSON_GetObjectItem(o, "time")->valuedouble, 1795618331.0);
  cJSON_Delete(o);
  EXPECT_NE(j.find("\"timeNano\":1795618331123456789}"), std::string::npos) << j;
  // Volumes have no legacy fields.
  std::string v = event_to_json(ev("volume", "create", "data", {}));
  EXPECT_EQ(v.find("status"), std::string::npos);
  EXPECT_EQ(v.find("\"Type\":\"volume\""), 1u);
}

TEST_F(EventsTest, AppendThenReadBack) {
  add(ev("container", "create", kId, {{"name", "web"}, {"image", "busybox"}}, kT0));
  add(ev("container", "health_status: healthy", kId, {{"name", "web"}}, kT0 + 1));
  add(ev("image", "pull", "sha256:abcd", {{"name", "busybox:latest"}}, kT0 + 2));
  auto got = read_all();
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].time_ns, kT0);  // nanoseconds survive (not via a double)
  EXPECT_EQ(got[0].type, "container");
  EXPECT_EQ(got[0].action, "create");
  EXPECT_EQ(got[0].id, kId);
  EXPECT_EQ(got[0].attrs.at("image"), "busybox");
  EXPECT_EQ(got[1].action, "health_status: healthy");
  EXPECT_EQ(got[1].time_ns, kT0 + 1);
  EXPECT_EQ(got[2].attrs.at("name"), "busybox:latest");
  // Each event is exactly one line.
  auto text = read_file(root_ + "/events.log");
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(split(*text, '\n', true).size(), 3u);
}

TEST_F(EventsTest, ZeroTimeMeansNow) {
  int64_t before = now_realtime_ns();
  add(ev("volume", "create", "v1", {}, 0));
  int64_t after = now_realtime_ns();
  auto got = read_all();
  ASSERT_EQ(got.size(), 1u);
  EXPECT_GE(got[0].time_ns, before);
  EXPECT_LE(got[0].time_ns, after);
}

TEST_F(EventsTest, BadLinesSkippedAndMissingLogIsEmpty) {
  EXPECT_TRUE(read_all().empty());
  EXPECT_TRUE(append_event(root_ + "/missing/dir", ev("volume", "create", "v", {})).error().code ==
              ENOENT);
  add(ev("volume", "create", "v1", {}));
  {
    Fd fd(open((root_ + "/events.log").c_str(), O_WRONLY | O_APPEND | O_CLOEXEC));
    ASSERT_TRUE(write_all(fd.get(), "junk\n{\"Type\":\"container\"}\n\n{\"Type\":\"volu").ok());
  }
  auto got = read_all();
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].id, "v1");
}

TEST_F(EventsTest, Filters) {
  const std::string other = "99aa000000000000000000000000000000000000000000000000000000000002";
  add(ev("container", "create", kId, {{"name", "web"}, {"image", "busybox"}, {"env", "prod"}}, kT0));
  add(ev("container", "start", kId, {{"name", "web"}, {"image", "busybox"}, {"env", "prod"}}, kT0 + kNs));
  add(ev("container", "start", other, {{"name", "db"}, {"image", "reg:5000/pg:16"}}, kT0 + 2 * kNs));
  add(ev("container", "health_status: healthy", other, {{"name", "db"}, {"image", "reg:5000/pg:16"}},
         kT0 + 3 * kNs));
  add(ev("image", "pull", "sha256:77aa", {{"name", "busybox:latest"}}, kT0 + 4 * kNs));
  add(ev("image", "tag", "sha256:88bb", {{"name", "reg:5000/pg:16"}}, kT0 + 5 * kNs));
  add(ev("volume", "create", "data", {{"driver", "local"}}, kT0 + 6 * kNs));

  auto ids = [&](std::vector<std::pair<std::string, std::string>> fl, int64_t since = 0,
                 int64_t until = 0) {
    EventFilter f;
    f.filters = std::move(fl);
    f.since_ns = since;
    f.until_ns = until;
    std::string s;
    for (const Event& e : read_all(f)) s += strf("%lld,", (long long)((e.time_ns - kT0) / kNs));
    return s;
  };
  EXPECT_EQ(ids({}), "0,1,2,3,4,5,6,");
  EXPECT_EQ(ids({{"type", "image"}}), "4,5,");
  EXPECT_EQ(ids({{"type", "image"}, {"type", "volume"}}), "4,5,6,");  // same key: or
  EXPECT_EQ(ids({{"event", "start"}}), "1,2,");
  EXPECT_EQ(ids({{"action", "start"}}), "1,2,");
  EXPECT_EQ(ids({{"event", "health_status"}}), "3,");
  EXPECT_EQ(ids({{"event", "health_status: healthy"}}), "3,");
  EXPECT_EQ(ids({{"container", "web"}}), "0,1,");
  EXPECT_EQ(ids({{"container", "99aa"}}), "2,3,");  // id prefix
  EXPECT_EQ(ids({{"container", kId}}), "0,1,");
  EXPECT_EQ(ids({{"container", "we"}}), "");       // names match whole
  EXPECT_EQ(ids({{"container", "web"}, {"event", "start"}}), "1,");  // different keys: and
  EXPECT_EQ(ids({{"image", "busybox"}}), "0,1,4,");
  EXPECT_EQ(ids({{"image", "busybox:latest"}}), "0,1,4,");
  EXPECT_EQ(ids({{"image", "reg:5000/pg"}}), "2,3,5,");
  EXPECT_EQ(ids({{"image", "reg:5000/pg:15"}}), "");
  EXPECT_EQ(ids({{"image", "77aa"}}), "4,");
  EXPECT_EQ(ids({{"volume", "data"}}), "6,");
  EXPECT_EQ(ids({{"label", "env"}}), "0,1,");
  EXPECT_EQ(ids({{"label", "env=prod"}}), "0,1,");
  EXPECT_EQ(ids({{"label", "env=dev"}}), "");
  EXPECT_EQ(ids({}, kT0 + 2 * kNs, kT0 + 4 * kNs), "2,3,4,");
  EXPECT_EQ(ids({{"type", "container"}}, kT0 + 2 * kNs), "2,3,");

  EventFilter bad;
  bad.filters = {{"colour", "red"}};
  auto st = read_events(root_, bad, false, [](const Event&) {}, nullptr);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().msg.find("colour"), std::string::npos);
}

// Events sized so that n of them are about `bytes`.
Event padded(int i, size_t pad, const char* who = "t") {
  return ev("container", "start", strf("%s-%05d", who, i),
            {{"name", strf("%s-%d", who, i)}, {"pad", std::string(pad, 'p')}}, kT0 + i);
}

TEST_F(EventsTest, RotatesPastOneMiB) {
  const int n = 1500;  // ~800 bytes each: ~1.2 MiB, one rotation
  for (int i = 0; i < n; i++) add(padded(i, 700));
  off_t old_size = size_of(root_ + "/events.log.1");
  off_t cur_size = size_of(root_ + "/events.log");
  EXPECT_GE(old_size, 1 << 20);
  EXPECT_LT(old_size, (1 << 20) + 1000);
  EXPECT_GT(cur_size, 0);
  EXPECT_LT(cur_size, 1 << 20);
  auto got = read_all();
  ASSERT_EQ(got.size(), static_cast<size_t>(n));
  for (int i = 0; i < n; i++) ASSERT_EQ(got[i].id, strf("t-%05d", i));

  // A second rotation drops the oldest file's events; the rest stay in order.
  for (int i = n; i < 3 * n; i++) add(padded(i, 700));
  got = read_all();
  ASSERT_FALSE(got.empty());
  EXPECT_LT(got.size(), static_cast<size_t>(2 * n));
  EXPECT_EQ(got.back().id, strf("t-%05d", 3 * n - 1));
  for (size_t k = 1; k < got.size(); k++) ASSERT_LT(got[k - 1].id, got[k].id);
  EXPECT_TRUE(path_exists(root_ + "/locks/events.lock"));
}

TEST_F(EventsTest, ConcurrentAppendersFromProcessesWriteWholeLines) {
  const int procs = 6, each = 300;  // ~1.3 MiB in all: a rotation while they race
  std::vector<pid_t> kids;
  for (int p = 0; p < procs; p++) {
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      std::string who = strf("p%d", p);
      for (int i = 0; i < each; i++) {
        if (!append_event(root_, padded(i, 600 + (i * 37 + p * 11) % 300, who.c_str())).ok())
          _exit(1);
      }
      _exit(0);
    }
    kids.push_back(pid);
  }
  for (pid_t pid : kids) {
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  ASSERT_TRUE(path_exists(root_ + "/events.log.1"));
  // Every line of both files is a whole event.
  size_t lines = 0;
  for (const char* f : {"/events.log.1", "/events.log"}) {
    auto text = read_file(root_ + f);
    ASSERT_TRUE(text.ok());
    ASSERT_EQ(text->back(), '\n');
    for (const std::string& line : split(*text, '\n', true)) {
      cJSON* o = cJSON_Parse(line.c_str());
      ASSERT_NE(o, nullptr) << "torn line: " << line.substr(0, 80);
      cJSON_Delete(o);
      lines++;
    }
  }
  // Exactly one rotation happened, so nothing was lost or doubled.
  EXPECT_EQ(lines, static_cast<size_t>(procs * each));
  std::set<std::string> ids;
  for (const Event& e : read_all()) ids.insert(e.id);
  EXPECT_EQ(ids.size(), static_cast<size_t>(procs * each));
}

TEST_F(EventsTest, OnlyOneOfManyWaitingAppendersRotates) {
  int prefill = 0;
  while (size_of(root_ + "/events.log") < (1 << 20)) add(padded(prefill++, 900, "old"));
  ASSERT_FALSE(path_exists(root_ + "/events.log.1"));
  // A helper process holds the rotation lock so that every appender sees the
  // full file and queues. (Not this process: children would inherit its lock.)
  ASSERT_TRUE(mkdir_p(root_ + "/locks").ok());
  int ready[2], release[2];
  ASSERT_EQ(pipe2(ready, O_CLOEXEC), 0);
  ASSERT_EQ(pipe2(release, O_CLOEXEC), 0);
  pid_t locker = fork();
  ASSERT_GE(locker, 0);
  if (locker == 0) {
    auto lock = FileLock::acquire(root_ + "/locks/events.lock");
    char c = lock.ok() ? 'y' : 'n';
    if (write(ready[1], &c, 1) != 1) _exit(1);
    close(release[1]);
    if (read(release[0], &c, 1) < 0) _exit(1);  // EOF when the parent lets go
    _exit(0);
  }
  close(ready[1]);
  close(release[0]);
  char c = 0;
  ASSERT_EQ(read(ready[0], &c, 1), 1);
  ASSERT_EQ(c, 'y');
  std::vector<pid_t> kids;
  for (int p = 0; p < 4; p++) {
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      close(release[1]);  // only the parent may hold the locker back
      _exit(append_event(root_, padded(p, 10, "new")).ok() ? 0 : 1);
    }
    kids.push_back(pid);
  }
  usleep(300000);
  close(release[1]);
  close(ready[0]);
  kids.push_back(locker);
  for (pid_t pid : kids) {
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  auto got = read_all();
  ASSERT_EQ(got.size(), static_cast<size_t>(prefill + 4));
  for (int i = 0; i < prefill; i++) ASSERT_EQ(got[i].id, strf("old-%05d", i));
  auto cur = read_file(root_ + "/events.log");
  ASSERT_TRUE(cur.ok());
  EXPECT_EQ(split(*cur, '\n', true).size(), 4u);
}

TEST_F(EventsTest, FollowSeesNewEventsAcrossRotation) {
  // Fill close to the limit so the appends below rotate mid-follow.
  for (int i = 0; size_of(root_ + "/events.log") < (1 << 20) - 100000; i++)
    add(padded(i, 800, "old"));
  ASSERT_FALSE(path_exists(root_ + "/events.log.1"));
  int64_t since = now_realtime_ns();
  std::vector<std::string> seen;
  std::atomic<bool> stop{false};
  Status result;
  std::thread th([&] {
    EventFilter f;
    f.since_ns = since;
    result = read_events(root_, f, true, [&](const Event& e) { seen.push_back(e.id); },
                         [&] { return stop.load(); });
  });
  for (int i = 0; i < 200; i++) {
    Event e = padded(i, 800, "new");
    e.time_ns = 0;  // now
    add(e);
    if (i % 20 == 0) usleep(30000);
  }
  ASSERT_TRUE(path_exists(root_ + "/events.log.1"));
  stop = true;
  th.join();
  ASSERT_TRUE(result.ok()) << result.error().msg;
  ASSERT_EQ(seen.size(), 200u);
  for (int i = 0; i < 200; i++) EXPECT_EQ(seen[i], strf("new-%05d", i));
}

TEST_F(EventsTest, FollowEndsWhenUntilPasses) {
  add(ev("volume", "create", "v1", {}, now_realtime_ns()));
  EventFilter f;
  f.until_ns = now_realtime_ns() + 300 * 1000000LL;
  int n = 0;
  int64_t t0 = now_realtime_ns();
  auto st = read_events(root_, f, true, [&](const Event&) { n++; }, [] { return false; });
  int64_t took = now_realtime_ns() - t0;
  EXPECT_TRUE(st.ok());
  EXPECT_EQ(n, 1);
  EXPECT_GE(took, 250 * 1000000LL);
  EXPECT_LT(took, 3 * kNs);
}

TEST_F(EventsTest, FollowWaitsForTheFirstEvent) {
  std::vector<std::string> seen;
  std::atomic<bool> stop{false};
  std::thread th([&] {
    (void)read_events(root_, {}, true, [&](const Event& e) { seen.push_back(e.id); },
                      [&] { return stop.load(); });
  });
  usleep(150000);
  add(ev("volume", "create", "v1", {}));
  add(ev("volume", "create", "v2", {}));
  usleep(150000);
  stop = true;
  th.join();
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[1], "v2");
}

}  // namespace
