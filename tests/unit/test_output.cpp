#include <gtest/gtest.h>

#include "cli/output.h"

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
  EXPECT_EQ(parse_rfc3339("1970-01-01T00:00:00Z"), 0);
  EXPECT_EQ(parse_rfc3339("2026-11-25T13:01:02.123456789Z"), 1795611662);
  EXPECT_EQ(parse_rfc3339("2026-11-25T14:01:02+01:00"), 1795611662);
  EXPECT_EQ(parse_rfc3339("yesterday"), -1);
  EXPECT_EQ(parse_rfc3339("2026-11-25T13:01:02 junk"), -1);
}
