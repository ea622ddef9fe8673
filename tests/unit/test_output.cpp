#include <gtest/gtest.h>

#include "cli/output.h"
#include "core/rfc3339.h"

using namespace ec::cli;

TEST(Output, TableAligns) {
  std::string t = format_table({{"REPOSITORY", "TAG", "SIZE"}, {"busybox", "latest", "4.26MB"}, {"a", "b", "c"}});
  EXPECT_EQ(t,
            "REPOSITORY   TAG      SIZE\n"
            "busybox      latest   4.26MB\n"
            "a            b        c\n");
}

TEST(Output, HumanSize) {
  EXPECT_EQ(human_size(0), "0B");
  EXPECT_EQ(human_size(999), "999B");
  EXPECT_EQ(human_size(1000), "1kB");
  EXPECT_EQ(human_size(4261234), "4.26MB");
  EXPECT_EQ(human_size(123456789), "123MB");
  EXPECT_EQ(human_size(1500000000), "1.5GB");
}

TEST(Output, HumanAge) {
  EXPECT_EQ(human_age(0), "Less than a second ago");
  EXPECT_EQ(human_age(1), "1 second ago");
  EXPECT_EQ(human_age(59), "59 seconds ago");
  EXPECT_EQ(human_age(60), "About a minute ago");
  EXPECT_EQ(human_age(3 * 60), "3 minutes ago");
  EXPECT_EQ(human_age(3600), "About an hour ago");
  EXPECT_EQ(human_age(5 * 3600), "5 hours ago");
  EXPECT_EQ(human_age(3 * 86400), "3 days ago");
  EXPECT_EQ(human_age(21 * 86400), "3 weeks ago");
  EXPECT_EQ(human_age(400 * 86400), "1 year ago");
}

TEST(Output, Rfc3339) {
  EXPECT_EQ(unix_seconds("1970-01-01T00:00:00Z"), 0);
  EXPECT_EQ(unix_seconds("2026-11-25T13:01:02.123456789Z"), 1795611662);
  EXPECT_EQ(unix_seconds("2026-11-25T14:01:02+01:00"), 1795611662);
  EXPECT_EQ(unix_seconds("yesterday"), -1);
  EXPECT_EQ(unix_seconds("2026-11-25T13:01:02 junk"), -1);
  EXPECT_EQ(unix_seconds("1969-12-31T23:59:58.5Z"), -2);  // rounds down, not towards 0
  EXPECT_EQ(unix_seconds("2026-02-29T00:00:00Z"), -1);    // not a leap year
}

// The one formatter every record and log line uses (core/rfc3339).
TEST(Output, Rfc3339Format) {
  EXPECT_EQ(ec::rfc3339(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(ec::rfc3339(1795611662), "2026-11-25T13:01:02Z");
  EXPECT_EQ(ec::format_time_ns(1795611662LL * 1000000000 + 123), "2026-11-25T13:01:02.000000123Z");
  EXPECT_EQ(ec::format_time_ns(-1), "1969-12-31T23:59:59.999999999Z");
  int64_t ns = 0;
  ASSERT_TRUE(ec::parse_rfc3339(ec::format_time_ns(1795611662LL * 1000000000 + 987654321), ns));
  EXPECT_EQ(ns, 1795611662LL * 1000000000 + 987654321);
  std::string now = ec::now_rfc3339();
  ASSERT_TRUE(ec::parse_rfc3339(now, ns)) << now;
  EXPECT_LE(ns / 1000000000 - ::time(nullptr), 0);
  EXPECT_GE(ns / 1000000000 - ::time(nullptr), -2);
}
