// The engine's event log (`edgectl events`): an append-only file of docker
// event JSON lines under the store, written by every edgectl process and shim.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"
#include "core/function_ref.h"

namespace ec::engine {

struct Event {
  int64_t time_ns = 0;
  std::string type;    // container | image | volume
  std::string action;  // create, start, die, stop, kill, destroy, rename, pause, unpause, restart,
                       // "health_status: healthy", pull, tag, untag, delete, load, save, import ...
  std::string id;
  std::map<std::string, std::string> attrs;  // name, image, exitCode, signal, labels ...
};

// Appends one line to <store_root>/events.log with a single O_APPEND write(2)
// (atomic against other appenders on a local fs). Past 1 MiB the file moves
// to events.log.1 under <store_root>/locks/events.lock, so one appender
// rotates. A time_ns of 0 means now. Callers may ignore the Status: a lost
// event must never fail the operation it describes.
Status append_event(const std::string& store_root, const Event& e);

struct EventFilter {
  int64_t since_ns = 0, until_ns = 0;  // inclusive; 0 none
  // docker's --filter: type=, event= (or action=), container= (id prefix or
  // name), image= (id, name, name without tag), volume=, label=key[=value].
  // Values of one key are OR'ed, different keys AND'ed.
  std::vector<std::pair<std::string, std::string>> filters;
};

// Reads events.log.1 then events.log; bad lines are skipped. With follow,
// waits for new events until until_ns passes or stop() returns true (what was
// written before that is still read). An unknown filter key is an error.
Status read_events(const std::string& store_root, const EventFilter& f, bool follow,
                   FnRef<void(const Event&)> out,
                   FnRef<bool()> stop);

// docker's text form, no newline:
// "2026-11-25T14:52:11.123456789Z container start <id> (image=busybox, name=web)"
std::string format_event(const Event& e);
// The stored line without its newline (docker's JSON, for --format json).
std::string event_to_json(const Event& e);

}  // namespace ec::engine
