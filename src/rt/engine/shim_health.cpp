// Healthchecks run by the shim: `runtime exec` of the check command every
// interval, a timeout, a streak of failures before "unhealthy", failures in
// the start period not counted — docker's rules.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/clock.h"
#include "core/fs.h"
#include "core/strutil.h"
#include "rt/engine/shim_internal.h"

namespace ec::engine {

namespace {


constexpr size_t kHealthOutputMax = 4096;

}  // namespace

void Shim::health_arm() {
  health_stop();
  if (!rec_.health || rec_.health->test.empty()) return;
  health_armed_ms_ = monotonic_ms();
  health_next_ms_ = health_armed_ms_ + rec_.health->interval_ns / 1000000;
}

int Shim::health_timeout_ms() const {
  if (!rec_.health || health_next_ms_ == 0) return -1;
  int64_t at = health_pid_ ? health_deadline_ms_ : health_next_ms_;
  int64_t d = at - monotonic_ms();
  return d < 0 ? 0 : static_cast<int>(d > 60000 ? 60000 : d);
}

void Shim::health_tick() {
  if (!rec_.health || health_next_ms_ == 0 || init_ <= 0) return;
  int64_t now = monotonic_ms();
  if (health_pid_) {
    if (now < health_deadline_ms_) return;
    // Timed out: kill the check inside the container and our runtime client.
    if (auto t = read_file(ctrs_.run_dir(rec_.id) + "/health.pid")) {
      auto p = parse_i64(trim(*t));
      if (p && *p > 0) ::kill(static_cast<pid_t>(*p), SIGKILL);
    }
    ::kill(health_pid_, SIGKILL);
    ::waitpid(health_pid_, nullptr, 0);
    health_pid_ = 0;
    health_out_.reset();
    health_record(-1, strf("Health check exceeded timeout (%llds)", static_cast<long long>(rec_.health->timeout_ns / 1000000000)));
    return;
  }
  if (now < health_next_ms_) return;
  const auto& t = rec_.health->test;
  std::vector<std::string> args = {"exec", "--pid-file", ctrs_.run_dir(rec_.id) + "/health.pid", rec_.id};
  if (t[0] == "CMD-SHELL" && t.size() >= 2) {
    args.insert(args.end(), {"/bin/sh", "-c", t[1]});
  } else if (t[0] == "CMD" && t.size() >= 2) {
    args.insert(args.end(), t.begin() + 1, t.end());
  } else {
    health_next_ms_ = 0;  // NONE or malformed: no checks
    return;
  }
  int p[2];
  if (::pipe2(p, O_CLOEXEC) < 0) return;
  Fd rd(p[0]), wr(p[1]);
  auto pid = spawn(runtime_argv(rt_, args), -1, wr.get(), wr.get());
  if (!pid) {
    health_record(-1, pid.error().msg);
    health_next_ms_ = now + rec_.health->interval_ns / 1000000;
    return;
  }
  ::fcntl(rd.get(), F_SETFL, O_NONBLOCK);
  health_out_ = std::move(rd);
  health_pid_ = *pid;
  health_text_.clear();
  health_start_ = format_time_ns(now_realtime_ns());
  health_started_ms_ = now;
  health_deadline_ms_ = now + rec_.health->timeout_ns / 1000000;
}

void Shim::health_output() {
  char buf[1024];
  ssize_t n;
  while ((n = ::read(health_out_.get(), buf, sizeof buf)) > 0)
    if (health_text_.size() < kHealthOutputMax)
      health_text_.append(buf, std::min(static_cast<size_t>(n), kHealthOutputMax - health_text_.size()));
  if (n == 0) health_out_.reset();
}

void Shim::health_done(int status) {
  if (health_out_) health_output();
  health_out_.reset();
  health_pid_ = 0;
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  health_record(code, health_text_);
  health_text_.clear();
}

void Shim::health_record(int code, const std::string& output) {
  int64_t now = monotonic_ms();
  if (rec_.health) health_next_ms_ = now + rec_.health->interval_ns / 1000000;
  bool in_start_period = rec_.health && now - health_armed_ms_ < rec_.health->start_period_ns / 1000000;
  std::string before, after;
  HealthResult r;
  r.start = health_start_;
  r.end = format_time_ns(now_realtime_ns());
  r.exit_code = code;
  r.output = output;
  (void)set_state([&](ContainerState& s) {
    before = s.health.status;
    s.health.log.push_back(r);
    if (s.health.log.size() > 5) s.health.log.erase(s.health.log.begin());
    if (code == 0) {
      s.health.failing_streak = 0;
      s.health.status = "healthy";
    } else if (!in_start_period || s.health.status == "healthy") {
      s.health.failing_streak++;
      if (s.health.failing_streak >= (rec_.health ? rec_.health->retries : 3)) s.health.status = "unhealthy";
    }
    after = s.health.status;
  });
  if (before != after && (after == "healthy" || after == "unhealthy")) event(("health_status: " + after).c_str());
}

void Shim::health_stop() {
  if (health_pid_) {
    ::kill(health_pid_, SIGKILL);
    ::waitpid(health_pid_, nullptr, 0);
  }
  health_pid_ = 0;
  health_out_.reset();
  health_next_ms_ = 0;
}

}  // namespace ec::engine
