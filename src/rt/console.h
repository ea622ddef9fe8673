// Terminals: a pty created inside the container, its master handed to the
// caller over --console-socket (SCM_RIGHTS, as runc does) or relayed to our
// own stdio for a foreground `run`/`exec -t`.
#pragma once
#include <sys/types.h>

#include "core/error.h"
#include "core/fd.h"

namespace ec::rt {

struct Pty {
  Fd master, slave;
};

Result<Fd> connect_console_socket(const std::string& path);
// Open a new pty through the given ptmx fd directory: `ptmx` is an open
// /dev/ptmx (of the container's devpts instance).
Result<Pty> open_pty(Fd ptmx, unsigned rows, unsigned cols);
// setsid + TIOCSCTTY + slave on fds 0,1,2.
Status make_controlling_tty(int slave);
// Relay our stdin/stdout <-> master until the pty closes, forwarding window
// size changes; puts our terminal in raw mode meanwhile. `on_eintr` runs
// whenever poll is interrupted by a signal (used to forward signals).
void relay_pty(int master, void (*on_eintr)(void*) = nullptr, void* ctx = nullptr);

}  // namespace ec::rt
