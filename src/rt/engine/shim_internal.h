// The shim's state machine, shared by shim.cpp (lifecycle, stdio, attach)
// and shim_health.cpp (healthchecks).
#pragma once
#include <poll.h>
#include <sys/types.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/fd.h"
#include "core/function_ref.h"
#include "rt/engine/attach_proto.h"
#include "rt/engine/container.h"
#include "rt/engine/container_store.h"
#include "rt/engine/logfile.h"
#include "rt/engine/runtime_ref.h"
#include "rt/engine/shim.h"

namespace ec::engine {

class Shim {
 public:
  Shim(ShimArgs a, Containers c);
  int run();

 private:
  struct Client {
    Fd fd;
    FrameReader rd;
  };

  Result<pid_t> start_once();
  Status runtime_start();
  void cleanup_run();
  bool restart_wanted(int code, int count) const;
  bool oom_killed() const;
  void remove_container();
  bool should_stop();
  Status set_state(FnRef<void(ContainerState&)> fn);
  void event(const char* action, std::map<std::string, std::string> extra = {});

  void serve(int timeout_ms, bool* init_exited);
  void reap(bool* init_exited);
  void on_output(int fd, bool is_stderr, bool* open);
  void broadcast(char type, const void* data, size_t len);
  void accept_clients();
  void read_client(std::unique_ptr<Client>& c);
  void on_client_frame(char type, const unsigned char* p, size_t n);
  int stdin_fd() const { return rec_.tty ? pty_.get() : in_w_.get(); }

  // Dropping the text pages it ran through setup from our page tables
  // (shim_trim.cpp): an idle shim then maps only the few it touches.
  void find_text();
  int wait_events(pollfd* fds, size_t n, int timeout_ms);

  // Healthchecks (shim_health.cpp).
  void health_arm();
  int health_timeout_ms() const;
  void health_tick();
  void health_done(int status);
  void health_output();
  void health_stop();
  void health_record(int code, const std::string& output);

  ShimArgs a_;
  Containers ctrs_;
  EngineConfig cfg_;
  bool net_ = false;              // net_up made a namespace: net_down at the end
  std::vector<Fd> held_ports_;    // published host ports kept reserved
  ContainerRecord rec_;
  RuntimeRef rt_;
  std::vector<std::string> diffs_;
  std::optional<LogWriter> log_;
  Fd sig_, listen_;
  std::vector<std::unique_ptr<Client>> clients_;
  Fd out_r_, err_r_, in_w_, pty_;
  bool out_open_ = false, err_open_ = false, pty_open_ = false;
  unsigned char pending_[kMaxFrame];
  size_t pending_len_ = 0;
  pid_t init_ = 0;
  int exit_code_ = 0;
  bool go_ = false, wake_ = false, stale_ = false, oom_ = false;

  std::vector<std::pair<uintptr_t, size_t>> text_;
  int64_t last_trim_ms_ = 0;
  uintptr_t stack_lo_ = 0, page_ = 4096;

  // Healthcheck state.
  // Unused by health_stub.cpp (-Dhealthcheck=disabled).
  [[maybe_unused]] int64_t health_next_ms_ = 0, health_deadline_ms_ = 0, health_started_ms_ = 0, health_armed_ms_ = 0;
  pid_t health_pid_ = 0;
  Fd health_out_;
  std::string health_text_, health_start_;
};

}  // namespace ec::engine
