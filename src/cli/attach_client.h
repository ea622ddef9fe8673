// The client side of a shim's attach socket: relay our terminal or stdio to
// a container (run in the foreground, attach).
#pragma once
#include <string>

#include "core/error.h"

namespace ec::cli {

struct AttachOptions {
  bool tty = false;        // put our terminal in raw mode, send window sizes
  bool send_stdin = false;  // -i: forward our stdin ('c' at EOF when close_stdin)
  bool close_stdin = false;
  bool send_go = false;     // foreground run: tell the shim to start the container
  bool proxy_signals = true;
  std::string detach_keys = "ctrl-p,ctrl-q";
  // After the exit ('x'), keep the connection until the shim closes it, at most this
  // long: the shim of an --rm container exits only once it has removed it, so the
  // close is the moment `run --rm` may return (no polling of the store).
  int linger_ms = 0;
};

struct AttachResult {
  bool exited = false, detached = false;
  int exit_code = 0;
  std::string error;  // why the container could not start ('E')
};

// Relay until the container exits ('x'), the user detaches, or the socket closes.
Result<AttachResult> attach_socket(const std::string& path, const AttachOptions& o);

}  // namespace ec::cli
