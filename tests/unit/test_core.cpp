#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <memory>
#include <random>
#include <string>

#include "core/error.h"
#include "core/fs.h"
#include "core/function_ref.h"
#include "core/json.h"
#include "core/sort.h"
#include "core/strutil.h"

using namespace ec;

namespace {
Result<int> half(int x) {
  if (x % 2) return make_error("odd number");
  return x / 2;
}
Result<int> quarter(int x) {
  EC_ASSIGN(int h, half(x));
  EC_ASSIGN(int q, half(h));
  return q;
}
Status open_missing() {
  Fd fd(::open("/nonexistent/edgectl", O_RDONLY | O_CLOEXEC));
  if (!fd) return sys_error("open /nonexistent/edgectl");
  return {};
}
Status outer() {
  EC_TRYC(open_missing(), "load config");
  return {};
}
}  // namespace

TEST(Error, ChainsContextAndKeepsErrno) {
  auto r = outer();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ENOENT);
  EXPECT_EQ(r.error().msg, "load config: open /nonexistent/edgectl: No such file or directory");
}

TEST(Error, AssignPropagates) {
  EXPECT_EQ(*quarter(8), 2);
  auto r = quarter(6);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().msg, "odd number");
}

// A Result keeps its error in a heap box (core/error.h): moves hand the box on,
// copies clone it, a value-holding Result shows an empty error.
TEST(Error, ResultMovesCopiesAndAssigns) {
  Result<std::string> ok = std::string(100, 'x');  // heap-sized, so a bad move shows
  Result<std::string> bad = make_error("broken", EIO);
  EXPECT_EQ(ok.error().code, 0);
  EXPECT_EQ(ok.error().msg, "");

  Result<std::string> bad_copy = bad;  // a clone: both keep the message
  EXPECT_EQ(bad_copy.error().msg, "broken");
  EXPECT_EQ(bad.error().code, EIO);

  Result<std::string> moved = std::move(bad);
  ASSERT_FALSE(moved.ok());
  EXPECT_EQ(moved.error().msg, "broken");
  EXPECT_FALSE(bad.ok());  // moved-from: still failed, message gone with the box

  Result<std::string> ok_copy = ok;
  EXPECT_EQ(*ok_copy, std::string(100, 'x'));
  ok_copy = bad_copy;  // value -> error
  EXPECT_EQ(ok_copy.error().msg, "broken");
  bad_copy = ok;  // error -> value
  ASSERT_TRUE(bad_copy.ok());
  EXPECT_EQ(*bad_copy, *ok);
  bad_copy = std::move(moved);  // value -> error, by move
  EXPECT_EQ(bad_copy.error().code, EIO);
  bad_copy = bad_copy;  // self-assignment keeps it
  EXPECT_EQ(bad_copy.error().msg, "broken");

  Status st = make_error("no");
  Status st2 = std::move(st);
  EXPECT_TRUE(st.ok());
  EXPECT_EQ(st2.error().msg, "no");
  Status st3 = st2;
  st2 = Status();
  EXPECT_TRUE(st2.ok());
  EXPECT_EQ(st3.error().msg, "no");
}

namespace {
struct NoDefault {
  explicit NoDefault(int v) : v(v) {}
  int v;
};
Result<NoDefault> make_nd(int v) {
  if (v < 0) return make_error("negative");
  return NoDefault(v);
}
Result<std::unique_ptr<int>> boxed(int v) {
  EC_ASSIGN(NoDefault nd, make_nd(v));
  return std::make_unique<int>(nd.v);
}
Status boxed_twice(int v) {
  EC_ASSIGN(auto p, boxed(v));
  EC_TRYC(boxed(-*p), "second");
  return {};
}
}  // namespace

TEST(Error, ResultHoldsMoveOnlyAndNoDefaultTypes) {
  auto r = boxed(3);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(**r, 3);
  std::unique_ptr<int> p = std::move(*r);
  EXPECT_EQ(*p, 3);
  EXPECT_EQ(boxed(-1).error().msg, "negative");
  EXPECT_EQ(boxed_twice(2).error().msg, "second: negative");
  EXPECT_EQ(boxed_twice(-2).error().msg, "negative");
}

TEST(Strutil, SplitJoinTrim) {
  EXPECT_EQ(split("a,b,,c", ','), (std::vector<std::string>{"a", "b", "", "c"}));
  EXPECT_EQ(split("a,b,,c", ',', true), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(join({"x", "y"}, "--"), "x--y");
  EXPECT_EQ(trim("  x y \n"), "x y");
}

TEST(Strutil, StrictNumbers) {
  EXPECT_EQ(parse_i64("-12"), -12);
  EXPECT_FALSE(parse_i64("12x"));
  EXPECT_FALSE(parse_i64(""));
  EXPECT_EQ(parse_u64("18446744073709551615"), UINT64_MAX);
  EXPECT_FALSE(parse_u64("18446744073709551616"));
  EXPECT_FALSE(parse_u64("-1"));
}

TEST(Strutil, PathClean) {
  EXPECT_EQ(path_clean("/a/../../b/./c//"), "/b/c");
  EXPECT_EQ(path_clean("a/../.."), "..");
  EXPECT_EQ(path_clean("/"), "/");
  EXPECT_EQ(path_join("/a/", "/b"), "/a/b");
}

TEST(Json, ParseErrorNamesDocument) {
  auto r = json_parse("{\"a\": [1, 2,, 3]}", "config.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().msg.find("config.json: invalid JSON at byte"), std::string::npos) << r.error().msg;
  EXPECT_EQ(json_quote("a\"b\n\x01"), "\"a\\\"b\\n\\u0001\"");
}

TEST(Fs, AtomicWriteReplacesAndLeavesNoTemp) {
  char tmpl[] = "/tmp/edgectl-ut.XXXXXX";
  ASSERT_TRUE(mkdtemp(tmpl));
  std::string dir = tmpl, f = dir + "/state.json";
  ASSERT_TRUE(write_file_atomic(f, "one").ok());
  ASSERT_TRUE(write_file_atomic(f, "two", 0600).ok());
  EXPECT_EQ(*read_file(f), "two");
  struct stat st;
  ASSERT_EQ(stat(f.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_EQ(list_dir(dir)->size(), 1u);
  ASSERT_TRUE(mkdir_p(dir + "/a/b/c").ok());
  EXPECT_TRUE(path_exists(dir + "/a/b/c"));
  ASSERT_TRUE(remove_all(dir).ok());
  EXPECT_FALSE(path_exists(dir));
}

TEST(Fs, ReadMissingNamesPath) {
  auto r = read_file("/nonexistent/x.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ENOENT);
  EXPECT_NE(r.error().msg.find("/nonexistent/x.json"), std::string::npos);
}

TEST(Sort, OrdersLikeStdStableSortAtEverySize) {
  std::mt19937 rng(7);
  for (size_t n : {0u, 1u, 2u, 3u, 5u, 8u, 9u, 31u, 64u, 100u, 1000u}) {
    // Keys with many ties, payload = original position: stability shows.
    std::vector<std::pair<int, size_t>> v;
    for (size_t i = 0; i < n; i++) v.push_back({static_cast<int>(rng() % 7), i});
    auto want = v;
    std::stable_sort(want.begin(), want.end(), [](auto& a, auto& b) { return a.first < b.first; });
    ec::sort(v, [](auto& a, auto& b) { return a.first < b.first; });
    EXPECT_EQ(v, want) << "n=" << n;
  }
}

TEST(Sort, MovesOnlyElementsAndDefaultOrder) {
  std::vector<std::unique_ptr<std::string>> v;
  for (const char* s : {"pear", "apple", "fig", "apple"}) v.push_back(std::make_unique<std::string>(s));
  std::string* first_apple = v[1].get();
  ec::sort(v, [](auto& a, auto& b) { return *a < *b; });
  ASSERT_EQ(v.size(), 4u);
  EXPECT_EQ(v[0].get(), first_apple);
  EXPECT_EQ(*v[1], "apple");
  EXPECT_EQ(*v[2], "fig");
  EXPECT_EQ(*v[3], "pear");
  std::vector<std::string> names = {"b", "c", "a", "b"};
  ec::sort(names);
  EXPECT_EQ(names, (std::vector<std::string>{"a", "b", "b", "c"}));
  std::vector<int> desc = {1, 3, 2};
  ec::sort(desc, [](int a, int b) { return a > b; });
  EXPECT_EQ(desc, (std::vector<int>{3, 2, 1}));
}

namespace {
int apply_twice(ec::FnRef<int(int)> f, int x) { return f ? f(f(x)) : -1; }
}  // namespace

TEST(FnRef, CallsTheCallableItRefersTo) {
  int calls = 0;
  EXPECT_EQ(apply_twice([&](int v) { calls++; return v * 3; }, 2), 18);
  EXPECT_EQ(calls, 2);
  EXPECT_EQ(apply_twice(nullptr, 2), -1);
  EXPECT_EQ(apply_twice({}, 2), -1);
  auto add = [k = 5](int v) mutable { return v + k++; };  // state lives in the lambda
  ec::FnRef<int(int)> r = add;
  EXPECT_EQ(r(1), 6);
  EXPECT_EQ(r(1), 7);
  ec::FnRef<int(int)> copy = r;
  EXPECT_EQ(copy(1), 8);
}

TEST(Fs, RemoveAllDoesNotFollowSymlinks) {
  char tmpl[] = "/tmp/edgectl-ut.XXXXXX";
  ASSERT_TRUE(mkdtemp(tmpl));
  std::string base = tmpl;
  ASSERT_TRUE(mkdir_p(base + "/outside").ok());
  ASSERT_TRUE(write_file_atomic(base + "/outside/keep", "x").ok());
  ASSERT_TRUE(mkdir_p(base + "/tree/a/b").ok());
  ASSERT_EQ(symlink("../../outside", (base + "/tree/a/link").c_str()), 0);
  ASSERT_EQ(chmod((base + "/tree/a/b").c_str(), 0500), 0);  // read-only: still removed
  ASSERT_TRUE(remove_all(base + "/tree").ok());
  EXPECT_FALSE(path_exists(base + "/tree"));
  EXPECT_TRUE(path_exists(base + "/outside/keep"));
  auto missing = remove_all(base + "/tree");
  EXPECT_TRUE(missing.ok());
  ASSERT_TRUE(remove_all(base).ok());
}
