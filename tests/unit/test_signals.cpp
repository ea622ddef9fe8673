#include <gtest/gtest.h>

#include <csignal>

#include "rt/signals.h"

using ec::rt::parse_signal;

TEST(Signals, NamesNumbersAndCase) {
  EXPECT_EQ(*parse_signal("KILL"), SIGKILL);
  EXPECT_EQ(*parse_signal("SIGKILL"), SIGKILL);
  EXPECT_EQ(*parse_signal("sigterm"), SIGTERM);
  EXPECT_EQ(*parse_signal("9"), 9);
  EXPECT_EQ(*parse_signal("HUP"), SIGHUP);
  EXPECT_EQ(*parse_signal("SIGWINCH"), SIGWINCH);
  EXPECT_EQ(*parse_signal("USR1"), SIGUSR1);
}

TEST(Signals, RealTime) {
  EXPECT_EQ(*parse_signal("RTMIN"), SIGRTMIN);
  EXPECT_EQ(*parse_signal("SIGRTMIN+3"), SIGRTMIN + 3);
  EXPECT_EQ(*parse_signal("RTMAX-1"), SIGRTMAX - 1);
  EXPECT_FALSE(parse_signal("RTMIN+100").ok());
}

TEST(Signals, Rejects) {
  for (const char* bad : {"", "0", "-1", "65", "SIGNOPE", "KILLX", "RTMIN-1"}) {
    auto r = parse_signal(bad);
    EXPECT_FALSE(r.ok()) << bad;
  }
  EXPECT_NE(parse_signal("NOPE").error().msg.find("NOPE"), std::string::npos);
}
