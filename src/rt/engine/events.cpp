// The event log: append (one O_APPEND write per event, rotation under a lock),
// read with docker's filters, follow.
#include "rt/engine/events.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <ctime>
#include <set>

#include "core/clock.h"
#include "core/fd.h"
#include "core/fs.h"
#include "core/json.h"
#include "core/strutil.h"
#include "rt/engine/logfile.h"

namespace ec::engine {

namespace {

constexpr int64_t kNsPerSec = 1000000000;
constexpr off_t kMaxLogSize = 1 << 20;
constexpr size_t kReadBlock = 64 * 1024;
constexpr size_t kMaxEventLine = 1 << 20;  // longer "lines" are garbage, dropped

std::string log_path(const std::string& root) { return root + "/events.log"; }
std::string old_path(const std::string& root) { return root + "/events.log.1"; }

// "busybox:1.36" -> "busybox", "reg:5000/a@sha256:.." -> "reg:5000/a".
std::string strip_tag(const std::string& ref) {
  std::string r = ref.substr(0, ref.find('@'));
  size_t colon = r.rfind(':'), slash = r.rfind('/');
  if (colon != std::string::npos && (slash == std::string::npos || colon > slash))
    r.resize(colon);
  return r;
}

// A reference without tag or digest means ":latest".
std::string with_tag(const std::string& ref) {
  return strip_tag(ref) == ref ? ref + ":latest" : ref;
}

std::string attr(const Event& e, const char* key) {
  auto it = e.attrs.find(key);
  return it == e.attrs.end() ? std::string() : it->second;
}

bool match_image(const Event& e, const std::string& v) {
  std::vector<std::string> cands;
  if (e.type == "image") {
    if (starts_with(e.id, v) || starts_with(e.id, "sha256:" + v)) return true;
    cands.push_back(attr(e, "name"));
  } else if (e.type == "container") {
    cands.push_back(attr(e, "image"));
  }
  for (const std::string& c : cands) {
    if (c.empty()) continue;
    if (c == v || strip_tag(c) == v || with_tag(c) == with_tag(v)) return true;
  }
  return false;
}

bool match_one(const Event& e, const std::string& key, const std::string& v) {
  if (key == "type") return e.type == v;
  if (key == "event" || key == "action") {
    // "health_status" matches "health_status: healthy" too, as in docker.
    return e.action == v ||
           (v.find(':') == std::string::npos && starts_with(e.action, v + ":"));
  }
  if (key == "container")
    return e.type == "container" && !v.empty() && (starts_with(e.id, v) || attr(e, "name") == v);
  if (key == "image") return match_image(e, v);
  if (key == "volume") return e.type == "volume" && e.id == v;
  if (key == "label") {
    size_t eq = v.find('=');
    auto it = e.attrs.find(v.substr(0, eq));
    if (it == e.attrs.end()) return false;
    return eq == std::string::npos || it->second == v.substr(eq + 1);
  }
  return false;
}

Status check_filters(const EventFilter& f) {
  static const char* const kKeys[] = {"type", "event", "action", "container",
                                      "image", "volume", "label"};
  for (const auto& [k, v] : f.filters) {
    bool known = false;
    for (const char* key : kKeys) known = known || k == key;
    if (!known) return make_error("invalid filter \"" + k + "\"");
  }
  return {};
}

bool matches(const Event& e, const EventFilter& f) {
  if (f.since_ns && e.time_ns < f.since_ns) return false;
  if (f.until_ns && e.time_ns > f.until_ns) return false;
  std::set<std::string> keys;
  for (const auto& kv : f.filters) keys.insert(kv.first == "action" ? "event" : kv.first);
  for (const std::string& key : keys) {
    bool any = false;
    for (const auto& [k, v] : f.filters) {
      std::string kk = k == "action" ? "event" : k;
      if (kk == key && match_one(e, key, v)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

const char* json_string(const cJSON* o, const char* key) {
  const cJSON* v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsString(v) ? v->valuestring : nullptr;
}

// cJSON keeps numbers as doubles, too coarse for nanoseconds since 1970: take
// "timeNano" from the text. It is written last, and an attribute holding the
// same characters would have its quotes escaped, so the last bare match is it.
bool raw_time_nano(std::string_view line, int64_t& ns) {
  static const std::string_view kKey = "\"timeNano\":";
  size_t at = line.rfind(kKey);
  if (at == std::string_view::npos) return false;
  std::string_view rest = line.substr(at + kKey.size());
  rest = trim(rest);
  size_t n = 0;
  while (n < rest.size() && (isdigit(static_cast<unsigned char>(rest[n])) || (n == 0 && rest[n] == '-')))
    n++;
  auto v = parse_i64(rest.substr(0, n));
  if (!v) return false;
  ns = *v;
  return true;
}

bool parse_event(std::string_view line, Event& e) {
  auto j = json_parse(line, "event");
  if (!j || !cJSON_IsObject(j->get())) return false;
  const cJSON* o = j->get();
  const char* type = json_string(o, "Type");
  const char* action = json_string(o, "Action");
  const cJSON* actor = cJSON_GetObjectItemCaseSensitive(o, "Actor");
  if (!type || !action || !cJSON_IsObject(actor)) return false;
  e = Event{};
  e.type = type;
  e.action = action;
  if (const char* id = json_string(actor, "ID")) e.id = id;
  const cJSON* attrs = cJSON_GetObjectItemCaseSensitive(actor, "Attributes");
  const cJSON* it;
  cJSON_ArrayForEach(it, attrs) {
    if (cJSON_IsString(it) && it->string) e.attrs[it->string] = it->valuestring;
  }
  if (!raw_time_nano(line, e.time_ns)) {
    const cJSON* t = cJSON_GetObjectItemCaseSensitive(o, "time");
    if (!cJSON_IsNumber(t)) return false;
    e.time_ns = static_cast<int64_t>(t->valuedouble) * kNsPerSec;
  }
  return true;
}

struct EventFile {
  Fd fd;
  dev_t dev = 0;
  ino_t ino = 0;
  off_t offset = 0;
  std::string pending;    // an unterminated line (an append in progress)
  bool skipping = false;  // inside an over-long garbage line
};

bool open_event_file(const std::string& path, EventFile& f) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat st;
  if (fd < 0) return false;
  if (::fstat(fd, &st) < 0) {
    ::close(fd);
    return false;
  }
  f = EventFile{};
  f.fd.reset(fd);
  f.dev = st.st_dev;
  f.ino = st.st_ino;
  return true;
}

ino_t ino_of(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 ? st.st_ino : 0;
}

// events.log.1 and events.log as one set: re-taken if a rotation moved them
// while they were being opened (held fds keep inodes from being reused).
void open_both(const std::string& root, EventFile& older, EventFile& cur) {
  for (int attempt = 0; attempt < 20; attempt++) {
    bool have_old = open_event_file(old_path(root), older);
    bool have_cur = open_event_file(log_path(root), cur);
    if (!have_old) older = EventFile{};
    if (!have_cur) cur = EventFile{};
    if (ino_of(old_path(root)) == (have_old ? older.ino : 0) &&
        ino_of(log_path(root)) == (have_cur ? cur.ino : 0))
      break;
    usleep(1000);
  }
  if (older.fd && cur.fd && older.ino == cur.ino) older = EventFile{};
}

// Reads f to EOF, calling fn for each complete line.
template <class Fn>
Status read_event_lines(EventFile& f, std::string& buf, Fn&& fn) {
  if (!f.fd) return {};
  buf.resize(kReadBlock);
  for (;;) {
    ssize_t n = ::pread(f.fd.get(), buf.data(), kReadBlock, f.offset);
    if (n < 0) {
      if (errno == EINTR) continue;
      return sys_error("read events");
    }
    if (n == 0) return {};
    f.offset += n;
    std::string_view chunk(buf.data(), static_cast<size_t>(n));
    while (!chunk.empty()) {
      size_t nl = chunk.find('\n');
      if (nl == std::string_view::npos) {
        if (!f.skipping) f.pending.append(chunk);
        if (f.pending.size() > kMaxEventLine) {
          f.pending.clear();
          f.skipping = true;
        }
        break;
      }
      if (f.skipping) {
        f.skipping = false;
      } else {
        f.pending.append(chunk.substr(0, nl));
        fn(std::string_view(f.pending));
        f.pending.clear();
      }
      chunk.remove_prefix(nl + 1);
    }
  }
}


}  // namespace

std::string event_to_json(const Event& e) {
  // docker's message: the legacy status/id/from fields for containers and
  // images, then Type/Action/Actor, scope, time and timeNano.
  std::string s = "{";
  if (e.type == "container" || e.type == "image") {
    s += "\"status\":" + json_quote(e.action) + ",\"id\":" + json_quote(e.id) + ",";
    auto img = e.attrs.find("image");
    if (e.type == "container" && img != e.attrs.end()) s += "\"from\":" + json_quote(img->second) + ",";
  }
  s += "\"Type\":" + json_quote(e.type) + ",\"Action\":" + json_quote(e.action) +
       ",\"Actor\":{\"ID\":" + json_quote(e.id) + ",\"Attributes\":{";
  bool first = true;
  for (const auto& [k, v] : e.attrs) {
    if (!first) s += ',';
    first = false;
    s += json_quote(k) + ":" + json_quote(v);
  }
  int64_t secs = e.time_ns / kNsPerSec;
  if (e.time_ns % kNsPerSec < 0) secs -= 1;
  s += strf("}},\"scope\":\"local\",\"time\":%lld,\"timeNano\":%lld}", static_cast<long long>(secs),
            static_cast<long long>(e.time_ns));
  return s;
}

std::string format_event(const Event& e) {
  std::string s = format_time_ns(e.time_ns) + " " + e.type + " " + e.action + " " + e.id;
  if (!e.attrs.empty()) {
    s += " (";
    bool first = true;
    for (const auto& [k, v] : e.attrs) {
      if (!first) s += ", ";
      first = false;
      s += k + "=" + v;
    }
    s += ")";
  }
  return s;
}

Status append_event(const std::string& store_root, const Event& ev) {
  std::string line;
  if (ev.time_ns == 0) {
    Event e = ev;
    e.time_ns = now_realtime_ns();
    line = event_to_json(e);
  } else {
    line = event_to_json(ev);
  }
  line += '\n';
  const std::string path = log_path(store_root);
  auto open_log = [&]() { return Fd(::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644)); };
  Fd fd = open_log();
  if (!fd) return sys_error("open " + path);
  struct stat st;
  if (::fstat(fd.get(), &st) == 0 && st.st_size >= kMaxLogSize) {
    // Only one appender may rotate: the others, queued on the lock, find a
    // small file by name afterwards and leave it. Without the lock (read-only
    // locks dir) rotating anyway risks little; losing the event is worse.
    (void)mkdir_p(store_root + "/locks", 0700);
    auto lock = FileLock::acquire(store_root + "/locks/events.lock");
    struct stat now;
    if (::stat(path.c_str(), &now) == 0 && now.st_size >= kMaxLogSize &&
        ::rename(path.c_str(), old_path(store_root).c_str()) < 0)
      return sys_error("rotate " + path);
    fd = open_log();
    if (!fd) return sys_error("open " + path);
  }
  // One write(2): O_APPEND makes it atomic against the other appenders.
  ssize_t n;
  do {
    n = ::write(fd.get(), line.data(), line.size());
  } while (n < 0 && errno == EINTR);
  if (n < 0) return sys_error("write " + path);
  if (static_cast<size_t>(n) != line.size()) return sys_error(ENOSPC, "write " + path);
  return {};
}

namespace {

Status read_events_in(const std::string& store_root, const EventFilter& f, bool follow,
                      FnRef<void(const Event&)> out,
                      FnRef<bool()> stop) {
  Event e;
  auto on_line = [&](std::string_view line) {
    if (parse_event(line, e) && matches(e, f)) out(e);
  };
  std::string buf;
  EventFile older, cur;
  open_both(store_root, older, cur);
  EC_TRY(read_event_lines(older, buf, on_line));
  EC_TRY(read_event_lines(cur, buf, on_line));
  if (!follow) return {};

  // After a rotation the previous file is read once more on the next round:
  // an appender that opened it just before the rename may still add a line.
  EventFile prev;
  const std::string path = log_path(store_root);
  for (;;) {
    bool last = (stop && stop()) || (f.until_ns && now_realtime_ns() > f.until_ns);
    EC_TRY(read_event_lines(prev, buf, on_line));
    prev = EventFile{};
    EC_TRY(read_event_lines(cur, buf, on_line));
    struct stat st;
    if (::stat(path.c_str(), &st) == 0 && (!cur.fd || st.st_ino != cur.ino || st.st_dev != cur.dev)) {
      EventFile next;
      if (open_event_file(path, next)) {
        prev = std::move(cur);
        cur = std::move(next);
        EC_TRY(read_event_lines(cur, buf, on_line));
        if (last) EC_TRY(read_event_lines(prev, buf, on_line));
      }
    }
    if (last) return {};
    sleep_ms(100);
  }
}

}  // namespace

Status read_events(const std::string& store_root, const EventFilter& f, bool follow,
                   FnRef<void(const Event&)> out,
                   FnRef<bool()> stop) {
  EC_TRY(check_filters(f));
  auto st = read_events_in(store_root, f, follow, out, stop);
  if (!st) return std::move(st).error().context(log_path(store_root));
  return {};
}

}  // namespace ec::engine
