// The parent <-> container-init channel: a SOCK_SEQPACKET socketpair
// carrying small typed messages, so each setup step is an explicit
// handshake and a child error travels back as an ec::Error.
#pragma once
#include <string>
#include <string_view>

#include "core/error.h"
#include "core/fd.h"

namespace ec::rt {

enum class Msg : uint32_t {
  UserMapRequest = 1,  // child: write my uid_map/gid_map
  UserMapDone,         // parent: maps written
  InitPid,             // intermediate child: the init's pid (payload: decimal)
  Go,                  // parent: cgroups joined; payload = state JSON for hooks
  RuntimeHooks,        // child: mounts ready, run prestart/createRuntime now
  RuntimeHooksDone,    // parent: hooks ran
  Created,             // child: set up, waiting for start
  Error,               // child: failed; code + message
  Ready,               // exec child: about to execve
};

struct Message {
  Msg type{};
  int32_t code = 0;
  std::string payload;
};

class SyncChannel {
 public:
  SyncChannel() = default;
  explicit SyncChannel(Fd fd) : fd_(std::move(fd)) {}
  static Result<std::pair<SyncChannel, SyncChannel>> make_pair();

  Status send(Msg type, std::string_view payload = {}, int32_t code = 0) const;
  Status send_error(const ec::Error& e) const { return send(Msg::Error, e.msg, e.code); }
  // Receive one message; EOF gives an error with code EPIPE.
  Result<Message> recv() const;
  // Receive and require `want`; a child Error message becomes our error.
  Result<Message> expect(Msg want) const;
  int fd() const { return fd_.get(); }
  void close() { fd_.reset(); }

 private:
  Fd fd_;
};

// Pass / receive an fd over a unix socket (SCM_RIGHTS), as runc's --console-socket.
Status send_fd(int sock, int fd, std::string_view name);
Result<Fd> recv_fd(int sock);

}  // namespace ec::rt
