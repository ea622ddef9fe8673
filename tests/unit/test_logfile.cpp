// json-file logs: the shim's writer (splitting, escaping, rotation, torn
// lines), the reader (tail, since/until, streams, follow across rotation) and
// the time helpers. Unprivileged.
#include <cjson/cJSON.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "core/fs.h"
#include "core/strutil.h"
#include "rt/engine/logfile.h"

using namespace ec;
using namespace ec::engine;

namespace {

constexpr int64_t kNs = 1000000000;
constexpr int64_t kT0 = 1795618331LL * kNs + 123456789;  // 2026-11-25T14:52:11.123456789Z

class LogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/ec-logfile-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    path_ = dir_ + "/abc-json.log";
  }
  void TearDown() override { (void)remove_all(dir_); }

  struct Item {
    bool err;
    std::string text;
  };
  std::vector<Item> read_all(const LogReadOptions& o = {}) {
    std::vector<Item> v;
    auto st = read_logs(
        path_, o, [&](bool err, std::string_view t) { v.push_back({err, std::string(t)}); },
        [] { return true; });
    EXPECT_TRUE(st.ok()) << st.error().msg;
    return v;
  }
  std::string slurp(const std::string& p) {
    auto r = read_file(p);
    return r ? *r : std::string("<missing>");
  }
  static std::string joined(const std::vector<Item>& v) {
    std::string s;
    for (auto& i : v) s += i.text;
    return s;
  }
  // "line 0042\n" -> 42, -1 when not of that form.
  static int num(const std::string& t) {
    int n = -1;
    if (sscanf(t.c_str(), "line %d", &n) != 1) return -1;
    return n;
  }

  std::string dir_, path_;
};

LogWriter open_writer(const std::string& path, LogOptions o = {}) {
  auto w = LogWriter::open(path, o);
  EXPECT_TRUE(w.ok()) << (w ? "" : w.error().msg);
  return std::move(*w);
}

void put(LogWriter& w, std::string_view s, bool err = false, int64_t t = kT0) {
  auto st = w.write(err, s.data(), s.size(), t);
  ASSERT_TRUE(st.ok()) << st.error().msg;
}

std::string line_for(int i) { return strf("line %04d\n", i); }

// ---- time ---------------------------------------------------------------

TEST(LogTime, FormatsNanosecondsUtc) {
  EXPECT_EQ(format_time_ns(0), "1970-01-01T00:00:00.000000000Z");
  EXPECT_EQ(format_time_ns(kT0), "2026-11-25T14:52:11.123456789Z");
  EXPECT_EQ(format_time_ns(1795618331LL * kNs + 5), "2026-11-25T14:52:11.000000005Z");
  EXPECT_EQ(format_time_ns(-1), "1969-12-31T23:59:59.999999999Z");
  int64_t now = now_realtime_ns();
  EXPECT_GT(now, 1700000000LL * kNs);
}

TEST(LogTime, ParsesRfc3339Forms) {
  const int64_t now = 1800000000LL * kNs;
  auto p = [&](const char* s) {
    auto r = parse_time_arg(s, now);
    EXPECT_TRUE(r.ok()) << s << ": " << (r ? "" : r.error().msg);
    return r ? *r : INT64_MIN;
  };
  const int64_t s0 = 1795618331LL * kNs;
  EXPECT_EQ(p("2026-11-25T14:52:11.123456789Z"), kT0);
  EXPECT_EQ(p("2026-11-25T14:52:11Z"), s0);
  EXPECT_EQ(p("2026-11-25t14:52:11z"), s0);
  EXPECT_EQ(p("2026-11-25T14:52:11.5Z"), s0 + kNs / 2);
  EXPECT_EQ(p("2026-11-25T14:52:11.1234567891234Z"), kT0);  // digits past 9 dropped
  EXPECT_EQ(p("2026-11-25T16:52:11+02:00"), s0);
  EXPECT_EQ(p("2026-11-25T12:22:11.123456789-02:30"), kT0);
  EXPECT_EQ(p("2026-11-25T16:52:11+0200"), s0);
  EXPECT_EQ(p("2026-11-25T14:52Z"), s0 - 11 * kNs);
  EXPECT_EQ(p("2026-11-25Z"), 1795564800LL * kNs);
  EXPECT_EQ(p(" 2026-11-25T14:52:11Z "), s0);
  EXPECT_EQ(p("2024-02-29T00:00:00Z"), 1709164800LL * kNs);  // leap day
}

TEST(LogTime, NoZoneMeansLocalTime) {
  const char* old = getenv("TZ");
  std::string saved = old ? old : "";
  setenv("TZ", "UTC", 1);
  tzset();
  auto a = parse_time_arg("2026-11-25T14:52:11", 0);
  setenv("TZ", "XXX-2", 1);  // POSIX: two hours east of UTC
  tzset();
  auto b = parse_time_arg("2026-11-25T16:52:11.123456789", 0);
  auto c = parse_time_arg("2026-11-25", 0);
  if (old) setenv("TZ", saved.c_str(), 1);
  else unsetenv("TZ");
  tzset();
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  EXPECT_EQ(*a, 1795618331LL * kNs);
  EXPECT_EQ(*b, kT0);
  EXPECT_EQ(*c, (1795564800LL - 2 * 3600) * kNs);
}

TEST(LogTime, ParsesUnixSecondsAndDurations) {
  const int64_t now = 1800000000LL * kNs + 777;
  auto p = [&](const char* s) {
    auto r = parse_time_arg(s, now);
    EXPECT_TRUE(r.ok()) << s << ": " << (r ? "" : r.error().msg);
    return r ? *r : INT64_MIN;
  };
  EXPECT_EQ(p("1700000000"), 1700000000LL * kNs);
  EXPECT_EQ(p("1700000000.123"), 1700000000LL * kNs + 123000000);
  EXPECT_EQ(p("1700000000.000000001"), 1700000000LL * kNs + 1);
  EXPECT_EQ(p("0"), 0);
  EXPECT_EQ(p("10m"), now - 600 * kNs);
  EXPECT_EQ(p("1h30m"), now - 5400 * kNs);
  EXPECT_EQ(p("45s"), now - 45 * kNs);
  EXPECT_EQ(p("1.5h"), now - 5400 * kNs);
  EXPECT_EQ(p("300ms"), now - 300000000);
  EXPECT_EQ(p("2h45m30.5s"), now - (2 * 3600 + 45 * 60 + 30) * kNs - kNs / 2);
  EXPECT_EQ(p("1us"), now - 1000);
  EXPECT_EQ(p("1\xc2\xb5s"), now - 1000);
  EXPECT_EQ(p("7ns"), now - 7);
  EXPECT_EQ(p(".5s"), now - kNs / 2);
  EXPECT_EQ(p("-1m"), now + 60 * kNs);  // docker: a negative duration is in the future
}

TEST(LogTime, RejectsNonsense) {
  for (const char* s : {"", "abc", "10x", "10", "1h-", "m", "1.", "1700000000.", "1700000000.5x",
                        "2026-13-01", "2026-02-30T00:00:00Z", "2026-11-25T25:00:00Z",
                        "2026-11-25T14:61:00Z", "2026-11-25T14:52:11+25:00", "2026-11-25T14",
                        "2026-11-25T14:52:11Zjunk", "99999999999999999999", "9999999999h"}) {
    if (std::string(s) == "10") continue;  // a Unix timestamp, valid
    auto r = parse_time_arg(s, 1800000000LL * kNs);
    EXPECT_FALSE(r.ok()) << "accepted \"" << s << "\"";
    if (!r.ok()) {
      EXPECT_NE(r.error().msg.find(s), std::string::npos) << r.error().msg;
    }
  }
}

// ---- options ------------------------------------------------------------

TEST(LogOpts, ParsesDockerForms) {
  auto o = parse_log_opts({"max-size=10m", "max-file=3"});
  ASSERT_TRUE(o.ok()) << o.error().msg;
  EXPECT_EQ(o->max_size, 10000000u);  // decimal, as docker's json-file
  EXPECT_EQ(o->max_file, 3u);
  auto d = parse_log_opts({});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->max_size, 0u);
  EXPECT_EQ(d->max_file, 1u);
  struct {
    const char* in;
    uint64_t want;
  } sizes[] = {{"1024", 1024},       {"1k", 1000},    {"1KB", 1000},       {"2MiB", 2u << 20},
               {"1.5m", 1500000},    {"1g", 1000000000}, {"3 kb", 3000}, {"-1", 0}};
  for (auto& c : sizes) {
    auto r = parse_log_opts({std::string("max-size=") + c.in});
    ASSERT_TRUE(r.ok()) << c.in << ": " << r.error().msg;
    EXPECT_EQ(r->max_size, c.want) << c.in;
  }
}

TEST(LogOpts, ErrorsNameTheOption) {
  struct {
    std::vector<std::string> in;
    const char* mentions;
  } bad[] = {
      {{"max-size=lots"}, "max-size"}, {{"max-size=0"}, "max-size"},
      {{"max-size=10q"}, "max-size"},  {{"max-size=1m", "max-file=0"}, "max-file"},
      {{"max-size=1m", "max-file=x"}, "max-file"}, {{"max-file=3"}, "max-file"},
      {{"max-size=-1", "max-file=3"}, "max-file"}, {{"compress=true"}, "compress"},
      {{"max-size"}, "max-size"},
  };
  for (auto& c : bad) {
    auto r = parse_log_opts(c.in);
    ASSERT_FALSE(r.ok()) << c.in[0];
    EXPECT_NE(r.error().msg.find(c.mentions), std::string::npos) << r.error().msg;
  }
}

// ---- writer -------------------------------------------------------------

TEST_F(LogTest, SplitsChunkIntoEntries) {
  auto w = open_writer(path_);
  put(w, "a\nb\nc");
  put(w, "");  // nothing
  put(w, "\n", true);
  std::string ts = format_time_ns(kT0);
  std::string want = "{\"log\":\"a\\n\",\"stream\":\"stdout\",\"time\":\"" + ts + "\"}\n" +
                     "{\"log\":\"b\\n\",\"stream\":\"stdout\",\"time\":\"" + ts + "\"}\n" +
                     "{\"log\":\"c\",\"stream\":\"stdout\",\"time\":\"" + ts + "\"}\n" +
                     "{\"log\":\"\\n\",\"stream\":\"stderr\",\"time\":\"" + ts + "\"}\n";
  EXPECT_EQ(slurp(path_), want);
  EXPECT_EQ(w.size(), static_cast<int64_t>(want.size()));
  auto got = read_all();
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[0].text, "a\n");
  EXPECT_EQ(got[2].text, "c");
  EXPECT_FALSE(got[2].err);
  EXPECT_TRUE(got[3].err);
  EXPECT_EQ(got[3].text, "\n");
}

TEST_F(LogTest, EmptyChunkWritesNothing) {
  auto w = open_writer(path_);
  put(w, "");
  EXPECT_EQ(w.size(), 0);
  EXPECT_EQ(slurp(path_), "");
  EXPECT_TRUE(read_all().empty());
}

TEST_F(LogTest, BinaryUtf8AndControlCharsRoundTrip) {
  std::string data;
  for (int r = 0; r < 3; r++)
    for (int c = 0; c < 256; c++) data += static_cast<char>(c);
  data += "h\xc3\xa9llo \xe2\x9c\x93 \xf0\x9f\x98\x80 \"quoted\" back\\slash\t\r\n";
  data += std::string("nul\0inside\n", 11);
  data += "\xff\xfe invalid utf-8 \xc3(\n";
  auto w = open_writer(path_);
  for (size_t off = 0; off < data.size(); off += 333) {
    std::string_view part = std::string_view(data).substr(off, 333);
    put(w, part, true);
  }
  auto got = read_all();
  EXPECT_EQ(joined(got), data);
  for (auto& g : got) EXPECT_TRUE(g.err);

  // On disk: valid UTF-8 stays raw (as docker writes it), no raw control
  // bytes except line ends, and every line is a JSON object with the 3 fields.
  std::string file = slurp(path_);
  EXPECT_NE(file.find("h\xc3\xa9llo \xe2\x9c\x93"), std::string::npos);
  EXPECT_NE(file.find("\\u0000"), std::string::npos);
  EXPECT_NE(file.find("\\u001b"), std::string::npos);
  for (char c : file) {
    if (c == '\n') continue;
    EXPECT_GE(static_cast<unsigned char>(c), 0x20) << "raw control byte in file";
  }
  for (const std::string& line : split(file, '\n', true)) {
    cJSON* j = cJSON_ParseWithLength(line.data(), line.size());
    ASSERT_NE(j, nullptr) << line;
    EXPECT_TRUE(cJSON_IsString(cJSON_GetObjectItem(j, "log")));
    EXPECT_STREQ(cJSON_GetObjectItem(j, "stream")->valuestring, "stderr");
    EXPECT_TRUE(cJSON_IsString(cJSON_GetObjectItem(j, "time")));
    cJSON_Delete(j);
  }
}

TEST_F(LogTest, ReadsOtherWritersEscapesAndFields) {
  // As docker (Go) may write it: \u escapes for <>&, surrogate pairs, "\/",
  // trimmed fraction, extra attrs, other key order.
  std::string f =
      "{\"log\":\"\\u003cb\\u003e \\ud83d\\ude00 a\\/b\\n\",\"stream\":\"stdout\","
      "\"attrs\":{\"tag\":\"x\",\"n\":[1,2,{\"k\":null}]},\"time\":\"2026-11-25T14:52:11.5Z\"}\n"
      "{\"time\":\"2026-11-25T14:52:12Z\",\"stream\":\"stderr\",\"log\":\"e\\n\"}\n";
  ASSERT_TRUE(write_file(path_, f).ok());
  LogReadOptions o;
  o.timestamps = true;
  auto got = read_all(o);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].text, "2026-11-25T14:52:11.500000000Z <b> \xf0\x9f\x98\x80 a/b\n");
  EXPECT_FALSE(got[0].err);
  EXPECT_EQ(got[1].text, "2026-11-25T14:52:12.000000000Z e\n");
  EXPECT_TRUE(got[1].err);
}

TEST_F(LogTest, LongLinesBecomePartialEntries) {
  std::string big(40000, 'x');
  big += "\nend\n";
  auto w = open_writer(path_);
  put(w, big);
  auto got = read_all();
  ASSERT_EQ(got.size(), 4u);  // 16384 + 16384 + 7232+\n, "end\n"
  EXPECT_EQ(got[0].text.size(), 16384u);
  EXPECT_EQ(got[1].text.size(), 16384u);
  EXPECT_EQ(got[2].text, std::string(40000 - 2 * 16384, 'x') + "\n");
  EXPECT_EQ(joined(got), big);
}

TEST_F(LogTest, RotationKeepsAtMostMaxFilesAndNewestContent) {
  LogOptions o;
  o.max_size = 1000;
  o.max_file = 3;
  auto w = open_writer(path_, o);
  for (int i = 0; i < 300; i++) put(w, line_for(i), i % 2, kT0 + i);
  EXPECT_TRUE(path_exists(path_));
  EXPECT_TRUE(path_exists(path_ + ".1"));
  EXPECT_TRUE(path_exists(path_ + ".2"));
  EXPECT_FALSE(path_exists(path_ + ".3"));
  size_t lines_on_disk = 0;
  for (const char* suf : {"", ".1", ".2"}) {
    struct stat st;
    ASSERT_EQ(stat((path_ + suf).c_str(), &st), 0);
    EXPECT_LE(st.st_size, 1000) << suf;
    EXPECT_GT(st.st_size, 800) << suf;  // rotated only when the next entry would not fit
    for (char c : slurp(path_ + suf)) lines_on_disk += c == '\n';
  }
  EXPECT_EQ(w.size(), static_cast<int64_t>(slurp(path_).size()));

  auto got = read_all();
  ASSERT_EQ(got.size(), lines_on_disk);
  ASSERT_GT(got.size(), 25u);
  for (size_t k = 0; k < got.size(); k++) {
    int want = 300 - static_cast<int>(got.size()) + static_cast<int>(k);
    EXPECT_EQ(num(got[k].text), want);
    EXPECT_EQ(got[k].err, want % 2 == 1);
  }
  // The newest entry is in the current file.
  EXPECT_NE(slurp(path_).find("line 0299"), std::string::npos);
}

TEST_F(LogTest, SingleFileRotationStartsOver) {
  LogOptions o;
  o.max_size = 500;
  o.max_file = 1;
  auto w = open_writer(path_, o);
  for (int i = 0; i < 100; i++) put(w, line_for(i));
  EXPECT_FALSE(path_exists(path_ + ".1"));
  std::string f = slurp(path_);
  EXPECT_LE(f.size(), 500u);
  auto got = read_all();
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(num(got.back().text), 99);
  EXPECT_EQ(num(got.front().text), 100 - static_cast<int>(got.size()));
}

TEST_F(LogTest, EntryLargerThanMaxSizeIsStillWritten) {
  LogOptions o;
  o.max_size = 100;
  o.max_file = 2;
  auto w = open_writer(path_, o);
  put(w, std::string(300, 'y') + "\n");
  put(w, std::string(300, 'z') + "\n");
  put(w, "small\n");
  auto got = read_all();
  ASSERT_EQ(got.size(), 2u);  // the 'y' entry rotated out
  EXPECT_EQ(got[0].text, std::string(300, 'z') + "\n");
  EXPECT_EQ(got[1].text, "small\n");
}

TEST_F(LogTest, RotatedFilesFromALargerMaxFileAreReadInOrder) {
  // Files left by an earlier, larger max-file are still older than .1.
  LogOptions o;
  o.max_size = 300;
  o.max_file = 5;
  {
    auto w = open_writer(path_, o);
    for (int i = 0; i < 40; i++) put(w, line_for(i));
  }
  auto got = read_all();
  ASSERT_FALSE(got.empty());
  for (size_t k = 1; k < got.size(); k++) EXPECT_EQ(num(got[k].text), num(got[k - 1].text) + 1);
  EXPECT_EQ(num(got.back().text), 39);
}

TEST_F(LogTest, TailAcrossRotatedFiles) {
  LogOptions o;
  o.max_size = 1000;
  o.max_file = 4;
  auto w = open_writer(path_, o);
  for (int i = 0; i < 200; i++) put(w, line_for(i), i % 3 == 0);
  ASSERT_TRUE(path_exists(path_ + ".3"));
  auto all = read_all();
  ASSERT_GT(all.size(), 25u);

  LogReadOptions r;
  r.tail = 25;
  auto got = read_all(r);
  ASSERT_EQ(got.size(), 25u);
  for (int k = 0; k < 25; k++) EXPECT_EQ(num(got[k].text), 175 + k);

  r.tail = 0;
  EXPECT_TRUE(read_all(r).empty());
  r.tail = 100000;
  auto many = read_all(r);
  ASSERT_EQ(many.size(), all.size());
  for (size_t k = 0; k < all.size(); k++) EXPECT_EQ(many[k].text, all[k].text);

  // The tail counts the entries that pass the filters.
  r.tail = 4;
  r.want_stdout = false;
  got = read_all(r);
  ASSERT_EQ(got.size(), 4u);
  int want[] = {189, 192, 195, 198};
  for (int k = 0; k < 4; k++) {
    EXPECT_EQ(num(got[k].text), want[k]);
    EXPECT_TRUE(got[k].err);
  }
}

TEST_F(LogTest, SinceUntilAndTimestamps) {
  auto w = open_writer(path_);
  for (int i = 0; i < 50; i++) put(w, line_for(i), false, kT0 + i * kNs);
  LogReadOptions o;
  o.since_ns = kT0 + 10 * kNs;
  o.until_ns = kT0 + 20 * kNs;
  auto got = read_all(o);
  ASSERT_EQ(got.size(), 11u);
  EXPECT_EQ(num(got.front().text), 10);
  EXPECT_EQ(num(got.back().text), 20);

  o.tail = 3;
  o.timestamps = true;
  got = read_all(o);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].text, format_time_ns(kT0 + 18 * kNs) + " line 0018\n");
  EXPECT_EQ(got[2].text, "2026-11-25T14:52:31.123456789Z line 0020\n");

  LogReadOptions s;
  s.since_ns = kT0 + 49 * kNs + 1;
  EXPECT_TRUE(read_all(s).empty());
}

TEST_F(LogTest, StreamSelection) {
  auto w = open_writer(path_);
  put(w, "o1\no2\n", false);
  put(w, "e1\n", true);
  put(w, "o3\n", false);
  LogReadOptions o;
  o.want_stdout = false;
  auto got = read_all(o);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "e1\n");
  o.want_stdout = true;
  o.want_stderr = false;
  EXPECT_EQ(joined(read_all(o)), "o1\no2\no3\n");
}

TEST_F(LogTest, BadAndTornLinesAreSkipped) {
  {
    auto w = open_writer(path_);
    put(w, "one\ntwo\n");
  }
  std::string junk =
      "garbage\n"
      "\n"
      "{\"log\":\"no time\\n\",\"stream\":\"stdout\"}\n"
      "{\"log\":\"bad stream\\n\",\"stream\":\"stdin\",\"time\":\"2026-11-25T14:52:11Z\"}\n"
      "{\"log\":\"bad time\\n\",\"stream\":\"stdout\",\"time\":\"yesterday\"}\n"
      "{\"log\":\"trailing\\n\",\"stream\":\"stdout\",\"time\":\"2026-11-25T14:52:11Z\"} x\n";
  {
    Fd fd(open(path_.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC));
    ASSERT_TRUE(write_all(fd.get(), junk).ok());
  }
  {
    auto w = open_writer(path_);
    put(w, "three\n");
  }
  // The torn last line of a power cut.
  {
    Fd fd(open(path_.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC));
    ASSERT_TRUE(write_all(fd.get(), "{\"log\":\"par").ok());
  }
  EXPECT_EQ(joined(read_all()), "one\ntwo\nthree\n");
  LogReadOptions t;
  t.tail = 2;
  EXPECT_EQ(joined(read_all(t)), "two\nthree\n");

  // A new writer (restarted shim) ends the torn line first, so its entry is whole.
  auto w = open_writer(path_);
  put(w, "four\n");
  EXPECT_NE(slurp(path_).find("{\"log\":\"par\n{\"log\":\"four"), std::string::npos);
  EXPECT_EQ(joined(read_all()), "one\ntwo\nthree\nfour\n");
  t.tail = 1;
  EXPECT_EQ(joined(read_all(t)), "four\n");
}

TEST_F(LogTest, HugeGarbageRunIsSkipped) {
  // A power cut can leave megabytes of NULs without a newline.
  {
    auto w = open_writer(path_);
    put(w, "before\n");
  }
  {
    Fd fd(open(path_.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC));
    ASSERT_TRUE(write_all(fd.get(), std::string(3 << 20, '\0')).ok());
  }
  {
    auto w = open_writer(path_);
    put(w, "after\n");
  }
  EXPECT_EQ(joined(read_all()), "before\nafter\n");
  LogReadOptions t;
  t.tail = 2;
  EXPECT_EQ(joined(read_all(t)), "before\nafter\n");
}

TEST_F(LogTest, MissingLogIsEmpty) { EXPECT_TRUE(read_all().empty()); }

TEST_F(LogTest, WriterReportsErrorsAndStaysUsable) {
  // ENOSPC needs a full fs; a broken path shows the same error path: the
  // failed write returns an error, the next one works once the cause is gone.
  LogOptions o;
  o.max_size = 200;
  o.max_file = 2;
  auto w = open_writer(path_, o);
  put(w, std::string(150, 'a') + "\n");
  // Make the rotation fail: path.1 is a non-empty directory.
  ASSERT_TRUE(mkdir_p(path_ + ".1/x").ok());
  std::string s = std::string(150, 'b') + "\n";
  auto st = w.write(false, s.data(), s.size(), kT0);
  EXPECT_FALSE(st.ok());
  if (!st.ok()) {
    EXPECT_NE(st.error().msg.find("abc-json.log"), std::string::npos) << st.error().msg;
  }
  ASSERT_TRUE(remove_all(path_ + ".1").ok());
  put(w, std::string(150, 'c') + "\n");
  auto got = read_all();
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].text[0], 'a');
  EXPECT_EQ(got[1].text[0], 'c');
}

// ---- follow -------------------------------------------------------------

struct Follower {
  std::vector<std::string> seen;
  std::atomic<bool> stop{false};
  Status result;
  std::thread th;
  void start(const std::string& path, LogReadOptions o) {
    o.follow = true;
    th = std::thread([this, path, o] {
      result = read_logs(
          path, o, [&](bool, std::string_view t) { seen.emplace_back(t); },
          [&] { return stop.load(); });
    });
  }
  void finish() {
    stop = true;
    th.join();
  }
};

// Every entry 0..n-1 exactly once, in order.
void expect_sequence(const std::vector<std::string>& seen, int from, int n) {
  ASSERT_EQ(seen.size(), static_cast<size_t>(n - from));
  for (int i = from; i < n; i++) {
    int got = -1;
    sscanf(seen[i - from].c_str(), "line %d", &got);
    ASSERT_EQ(got, i) << "at " << i - from;
  }
}

TEST_F(LogTest, FollowSeesEveryEntryOnceAcrossRotation) {
  LogOptions lo;
  lo.max_size = 8192;
  lo.max_file = 3;
  auto w = open_writer(path_, lo);
  for (int i = 0; i < 50; i++) put(w, line_for(i));
  Follower f;
  f.start(path_, {});
  for (int i = 50; i < 700; i++) {
    put(w, line_for(i), i % 5 == 0);
    if (i % 10 == 0) usleep(10000);
  }
  ASSERT_TRUE(path_exists(path_ + ".2"));
  f.finish();
  ASSERT_TRUE(f.result.ok()) << f.result.error().msg;
  expect_sequence(f.seen, 0, 700);
}

TEST_F(LogTest, FollowKeepsUpWithSeveralRotationsPerPoll) {
  // ~25 entries per file, a rotation every ~20 ms: the follower (100 ms
  // polls) finds several new files at once and must read them in order.
  LogOptions lo;
  lo.max_size = 2000;
  lo.max_file = 30;
  auto w = open_writer(path_, lo);
  Follower f;
  f.start(path_, {});
  for (int i = 0; i < 1500; i++) {
    put(w, line_for(i));
    if (i % 25 == 0) usleep(20000);
  }
  f.finish();
  ASSERT_TRUE(f.result.ok()) << f.result.error().msg;
  expect_sequence(f.seen, 0, 1500);
}

TEST_F(LogTest, FollowDrainsWhatWasWrittenBeforeStop) {
  auto w = open_writer(path_);
  for (int i = 0; i < 10; i++) put(w, line_for(i));
  Follower f;
  f.stop = true;  // already stopping: read what is there and return
  f.start(path_, {});
  f.th.join();
  ASSERT_TRUE(f.result.ok());
  expect_sequence(f.seen, 0, 10);
}

TEST_F(LogTest, FollowWithTailThenNewEntries) {
  auto w = open_writer(path_);
  for (int i = 0; i < 10; i++) put(w, line_for(i));
  put(w, "partial without newline");  // its own entry, counted by the tail
  LogReadOptions o;
  o.tail = 3;
  Follower f;
  f.start(path_, o);
  usleep(150000);
  for (int i = 10; i < 20; i++) put(w, line_for(i));
  usleep(150000);
  f.finish();
  ASSERT_EQ(f.seen.size(), 13u);
  EXPECT_EQ(f.seen[0], line_for(8));
  EXPECT_EQ(f.seen[2], "partial without newline");
  EXPECT_EQ(f.seen[3], line_for(10));
  EXPECT_EQ(f.seen[12], line_for(19));
}

TEST_F(LogTest, FollowWaitsForTheFileToAppear) {
  Follower f;
  f.start(path_, {});
  usleep(150000);
  auto w = open_writer(path_);
  for (int i = 0; i < 5; i++) put(w, line_for(i));
  usleep(150000);
  f.finish();
  expect_sequence(f.seen, 0, 5);
}

TEST_F(LogTest, FollowEndsWhenUntilPasses) {
  auto w = open_writer(path_);
  put(w, "x\n", false, now_realtime_ns());
  LogReadOptions o;
  o.follow = true;
  o.until_ns = now_realtime_ns() + 300 * 1000000LL;
  int n = 0;
  int64_t t0 = now_realtime_ns();
  auto st = read_logs(path_, o, [&](bool, std::string_view) { n++; }, [] { return false; });
  int64_t took = now_realtime_ns() - t0;
  EXPECT_TRUE(st.ok());
  EXPECT_EQ(n, 1);
  EXPECT_GE(took, 250 * 1000000LL);
  EXPECT_LT(took, 3 * kNs);
}

}  // namespace
