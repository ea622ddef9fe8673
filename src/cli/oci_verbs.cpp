// The runc verbs: parse flags, call src/rt, print. No logic of their own.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

#include "cli/oci.h"
#include "core/fs.h"
#include "core/json.h"
#include "core/log.h"
#include "core/strutil.h"
#include "rt/signals.h"
#include "rt/spec_gen.h"

namespace ec::cli {
namespace {

Result<std::string> one_id(const Args& a, const char* verb) {
  if (a.positional.empty()) return make_error(strf("%s: container id is required", verb));
  return a.positional[0];
}

const std::vector<Flag> kCreateFlags = {
    {"bundle", 'b', true},        {"console-socket", 0, true}, {"pid-file", 0, true},
    {"no-pivot", 0, false},       {"no-new-keyring", 0, false}, {"preserve-fds", 0, true},
    {"notify-socket", 0, true},   {"detach", 'd', false},      {"keep", 0, false},
    {"no-subreaper", 0, false},
};

Result<rt::CreateOptions> create_options(const Args& a, const char* verb) {
  rt::CreateOptions o;
  EC_ASSIGN(o.id, one_id(a, verb));
  o.bundle = a.get_or("bundle", ".");
  o.console_socket = a.get_or("console-socket", "");
  o.pid_file = a.get_or("pid-file", "");
  o.no_pivot = a.flag("no-pivot");
  o.no_new_keyring = a.flag("no-new-keyring");
  if (auto p = a.get("preserve-fds")) {
    auto n = parse_i64(*p);
    if (!n || *n < 0 || *n > 65536) return make_error("invalid --preserve-fds " + *p);
    o.preserve_fds = static_cast<int>(*n);
  }
  return o;
}

int oci_create(const rt::Global& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, kCreateFlags);
  if (!a) return fail(a.error());
  auto o = create_options(*a, "create");
  if (!o) return fail(o.error());
  if (auto r = rt::create_container(g, *o, nullptr); !r) return fail(r.error().context("create " + o->id));
  return 0;
}

int oci_run(const rt::Global& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, kCreateFlags);
  if (!a) return fail(a.error());
  auto o = create_options(*a, "run");
  if (!o) return fail(o.error());
  auto r = rt::run_container(g, *o, a->flag("detach"), a->flag("keep"));
  if (!r) return fail(r.error().context("run " + o->id));
  return *r;
}

int oci_start(const rt::Global& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {});
  if (!a) return fail(a.error());
  auto id = one_id(*a, "start");
  if (!id) return fail(id.error());
  if (auto r = rt::start_container(g, *id); !r) return fail(r.error());
  return 0;
}

int oci_state(const rt::Global& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {});
  if (!a) return fail(a.error());
  auto id = one_id(*a, "state");
  if (!id) return fail(id.error());
  auto s = rt::container_state(g, *id);
  if (!s) return fail(s.error());
  (void)write_all(1, *s + "\n");
  return 0;
}

int oci_kill(const rt::Global& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {{"all", 'a', false}, {"pid", 'p', true}});
  if (!a) return fail(a.error());
  auto id = one_id(*a, "kill");
  if (!id) return fail(id.error());
  int sig = SIGTERM;
  if (a->positional.size() > 1) {
    auto s = rt::parse_signal(a->positional[1]);
    if (!s) return fail(s.error());
    sig = *s;
  }
  if (auto r = rt::kill_container(g, *id, sig, a->flag("all")); !r) return fail(r.error());
  return 0;
}

int oci_delete(const rt::Global& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {{"force", 'f', false}});
  if (!a) return fail(a.error());
  auto id = one_id(*a, "delete");
  if (!id) return fail(id.error());
  if (auto r = rt::delete_container(g, *id, a->flag("force")); !r) return fail(r.error());
  return 0;
}

int oci_pause(const rt::Global& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {});
  if (!a) return fail(a.error());
  auto id = one_id(*a, "pause");
  if (!id) return fail(id.error());
  if (auto r = rt::pause_container(g, *id); !r) return fail(r.error());
  return 0;
}

int oci_resume(const rt::Global& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {});
  if (!a) return fail(a.error());
  auto id = one_id(*a, "resume");
  if (!id) return fail(id.error());
  if (auto r = rt::resume_container(g, *id); !r) return fail(r.error());
  return 0;
}

// `ps`: json is the pid list; table filters `ps` output (default -ef) to the
// container's processes, as runc does.
int oci_ps(const rt::Global& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {{"format", 'f', true}});
  if (!a) return fail(a.error());
  auto id = one_id(*a, "ps");
  if (!id) return fail(id.error());
  auto pids = rt::container_pids(g, *id);
  if (!pids) return fail(pids.error());
  std::string fmt = a->get_or("format", "table");
  if (fmt == "json") {
    std::string out = "[";
    for (size_t i = 0; i < pids->size(); i++) out += (i ? "," : "") + std::to_string((*pids)[i]);
    (void)write_all(1, out + "]\n");
    return 0;
  }
  if (fmt != "table") return fail(make_error("invalid --format " + fmt + " (table or json)"));
  std::vector<std::string> ps_args = {"ps"};
  if (a->positional.size() > 1)
    ps_args.insert(ps_args.end(), a->positional.begin() + 1, a->positional.end());
  else
    ps_args.push_back("-ef");
  int p[2];
  if (::pipe2(p, O_CLOEXEC) < 0) return fail(sys_error("pipe"));
  pid_t child = ::fork();
  if (child == 0) {
    ::dup2(p[1], 1);
    std::vector<char*> av;
    for (auto& s : ps_args) av.push_back(s.data());
    av.push_back(nullptr);
    ::execvp("ps", av.data());
    _exit(127);
  }
  ::close(p[1]);
  auto out = read_fd(p[0]);
  ::close(p[0]);
  int status = 0;
  ::waitpid(child, &status, 0);
  if (!out || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return fail(make_error("ps failed"));
  auto lines = split(*out, '\n', true);
  if (lines.empty()) return 0;
  auto head = split(lines[0], ' ', true);
  size_t col = 0;
  while (col < head.size() && head[col] != "PID") col++;
  if (col == head.size()) return fail(make_error("ps output has no PID column"));
  std::string res = lines[0] + "\n";
  for (size_t i = 1; i < lines.size(); i++) {
    auto f = split(lines[i], ' ', true);
    if (f.size() <= col) continue;
    auto pid = parse_i64(f[col]);
    for (pid_t q : *pids)
      if (pid && *pid == q) res += lines[i] + "\n";
  }
  (void)write_all(1, res);
  return 0;
}

std::string pad(const std::string& s, size_t w) { return s + std::string(w > s.size() ? w - s.size() : 0, ' '); }

int oci_list(const rt::Global& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {{"format", 'f', true}, {"quiet", 'q', false}});
  if (!a) return fail(a.error());
  auto l = rt::list_containers(g);
  if (!l) return fail(l.error());
  std::string fmt = a->get_or("format", "table");
  std::string out;
  if (a->flag("quiet")) {
    for (auto& e : *l) out += e.id + "\n";
  } else if (fmt == "json") {
    out = "[";
    for (size_t i = 0; i < l->size(); i++) out += (i ? "," : "") + (*l)[i].state_json;
    out += "]\n";
  } else if (fmt == "table") {
    std::vector<std::vector<std::string>> rows = {{"ID", "PID", "STATUS", "BUNDLE", "CREATED", "OWNER"}};
    for (auto& e : *l)
      rows.push_back({e.id, std::to_string(e.pid), e.status, e.bundle, e.created, e.owner.empty() ? "root" : e.owner});
    std::vector<size_t> w(6, 0);
    for (auto& r : rows)
      for (size_t i = 0; i < r.size(); i++) w[i] = std::max(w[i], r[i].size() + 3);
    for (auto& r : rows) {
      std::string line;
      for (size_t i = 0; i < r.size(); i++) line += i + 1 < r.size() ? pad(r[i], w[i]) : r[i];
      out += line + "\n";
    }
  } else {
    return fail(make_error("invalid --format " + fmt + " (table or json)"));
  }
  (void)write_all(1, out);
  return 0;
}

Result<std::string> read_arg_file(const std::string& path) {
  if (path == "-") return read_fd(0);
  return read_file(path);
}

int oci_update(const rt::Global& g, int argc, char** argv, int start) {
  static const std::vector<Flag> flags = {
      {"resources", 'r', true},      {"memory", 0, true},        {"memory-reservation", 0, true},
      {"memory-swap", 0, true},      {"kernel-memory", 0, true}, {"kernel-memory-tcp", 0, true},
      {"cpu-shares", 0, true},       {"cpu-period", 0, true},    {"cpu-quota", 0, true},
      {"cpu-rt-period", 0, true},    {"cpu-rt-runtime", 0, true}, {"cpuset-cpus", 0, true},
      {"cpuset-mems", 0, true},      {"pids-limit", 0, true},    {"blkio-weight", 0, true},
      {"l3-cache-schema", 0, true},  {"mem-bw-schema", 0, true},
  };
  auto a = Args::parse(argc, argv, start, flags);
  if (!a) return fail(a.error());
  auto id = one_id(*a, "update");
  if (!id) return fail(id.error());
  rt::Resources res;
  if (auto f = a->get("resources")) {
    auto text = read_arg_file(*f);
    if (!text) return fail(text.error());
    auto j = json_parse(*text, *f);
    if (!j) return fail(j.error());
    auto r = rt::parse_resources(j->get());
    if (!r) return fail(r.error().context(*f));
    res = std::move(*r);
  }
  if (a->has("l3-cache-schema") || a->has("mem-bw-schema"))
    return fail(make_error("Intel RDT is not supported by edgectl", ENOTSUP));
  auto num = [&](const char* name, bool size, auto setter) -> Status {
    auto v = a->get(name);
    if (!v) return {};
    if (size) {
      auto n = parse_size(*v);
      if (!n) return std::move(n).error().context(std::string("--") + name);
      setter(*n);
    } else {
      auto n = parse_i64(*v);
      if (!n) return make_error(std::string("--") + name + ": invalid number " + *v);
      setter(*n);
    }
    return {};
  };
  auto mem = [&]() -> rt::MemoryResources& {
    if (!res.memory) res.memory.emplace();
    return *res.memory;
  };
  auto cpu = [&]() -> rt::CpuResources& {
    if (!res.cpu) res.cpu.emplace();
    return *res.cpu;
  };
  Status st;
  for (auto r : {num("memory", true, [&](int64_t n) { mem().limit = n; }),
                 num("memory-reservation", true, [&](int64_t n) { mem().reservation = n; }),
                 num("memory-swap", true, [&](int64_t n) { mem().swap = n; }),
                 num("kernel-memory", true, [&](int64_t n) { mem().kernel = n; }),
                 num("kernel-memory-tcp", true, [&](int64_t n) { mem().kernel_tcp = n; }),
                 num("cpu-shares", false, [&](int64_t n) { cpu().shares = n; }),
                 num("cpu-period", false, [&](int64_t n) { cpu().period = n; }),
                 num("cpu-quota", false, [&](int64_t n) { cpu().quota = n; }),
                 num("cpu-rt-period", false, [&](int64_t n) { cpu().realtime_period = n; }),
                 num("cpu-rt-runtime", false, [&](int64_t n) { cpu().realtime_runtime = n; }),
                 num("pids-limit", false, [&](int64_t n) { res.pids = rt::PidsResources{n}; }),
                 num("blkio-weight", false, [&](int64_t n) {
                   if (!res.block_io) res.block_io.emplace();
                   res.block_io->weight = static_cast<uint16_t>(n);
                 })})
    if (!r) return fail(r.error());
  if (auto v = a->get("cpuset-cpus")) cpu().cpus = *v;
  if (auto v = a->get("cpuset-mems")) cpu().mems = *v;
  if (auto r = rt::update_container(g, *id, res); !r) return fail(r.error().context("update " + *id));
  return 0;
}

Result<rt::User> parse_user(const std::string& s) {
  rt::User u;
  auto parts = split(s, ':');
  auto uid = parse_u64(parts[0]);
  if (!uid) return make_error("--user must be numeric uid[:gid], got " + s);
  u.uid = static_cast<uint32_t>(*uid);
  if (parts.size() > 1) {
    auto gid = parse_u64(parts[1]);
    if (!gid) return make_error("--user must be numeric uid[:gid], got " + s);
    u.gid = static_cast<uint32_t>(*gid);
  }
  return u;
}

int oci_exec(const rt::Global& g, int argc, char** argv, int start) {
  static const std::vector<Flag> flags = {
      {"console-socket", 0, true}, {"cwd", 0, true},           {"env", 'e', true},
      {"tty", 't', false},         {"user", 'u', true},        {"additional-gids", 'g', true},
      {"process", 'p', true},      {"detach", 'd', false},     {"pid-file", 0, true},
      {"process-label", 0, true},  {"apparmor", 0, true},      {"no-new-privs", 0, false},
      {"cap", 'c', true},          {"preserve-fds", 0, true},  {"cgroup", 0, true},
      {"ignore-paused", 0, false},
  };
  auto a = Args::parse(argc, argv, start, flags);
  if (!a) return fail(a.error());
  auto id = one_id(*a, "exec");
  if (!id) return fail(id.error());
  rt::ExecOptions o;
  o.id = *id;
  if (auto p = a->get("process")) {
    auto text = read_arg_file(*p);
    if (!text) return fail(text.error());
    auto j = json_parse(*text, *p);
    if (!j) return fail(j.error());
    auto proc = rt::parse_process(j->get());
    if (!proc) return fail(proc.error().context(*p));
    if (auto v = rt::validate_process(*proc); !v) return fail(std::move(v).error().context(*p));
    o.process = std::move(*proc);
  } else {
    o.args.assign(a->positional.begin() + 1, a->positional.end());
    if (o.args.empty()) return fail(make_error("exec: a command is required (or --process FILE)"));
  }
  o.tty = a->flag("tty");
  if (auto c = a->get("cwd")) o.cwd = *c;
  if (auto u = a->get("user")) {
    auto user = parse_user(*u);
    if (!user) return fail(user.error());
    o.user = *user;
  }
  for (auto& gid : a->all("additional-gids")) {
    auto n = parse_u64(gid);
    if (!n) return fail(make_error("invalid --additional-gids " + gid));
    if (!o.user) o.user.emplace();
    o.user->additional_gids.push_back(static_cast<uint32_t>(*n));
  }
  o.extra_env = a->all("env");
  o.extra_caps = a->all("cap");
  o.console_socket = a->get_or("console-socket", "");
  o.pid_file = a->get_or("pid-file", "");
  o.detach = a->flag("detach");
  if (a->has("no-new-privs")) o.no_new_privs = a->flag("no-new-privs");
  if (auto p = a->get("preserve-fds")) o.preserve_fds = static_cast<int>(parse_i64(*p).value_or(0));
  if (a->has("cgroup")) return fail(make_error("exec --cgroup is not supported", ENOTSUP));
  auto r = rt::exec_in_container(g, std::move(o));
  if (!r) return fail(r.error().context("exec in " + *id));
  return *r;
}

int oci_features(const rt::Global&, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {});
  if (!a) return fail(a.error());
  (void)write_all(1, rt::features_json() + "\n");
  return 0;
}

int oci_spec(const rt::Global&, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {{"bundle", 'b', true}, {"rootless", 0, false}});
  if (!a) return fail(a.error());
  std::string path = a->get_or("bundle", ".") + "/config.json";
  if (path_exists(path)) return fail(make_error("File " + path + " exists. Remove it first", EEXIST));
  if (auto r = write_file(path, rt::default_spec_json(a->flag("rootless")) + "\n", 0644); !r) return fail(r.error());
  return 0;
}

int oci_unsupported(const rt::Global&, int, char** argv, int start) {
  return fail(make_error(strf("%s is not supported by edgectl", argv[start - 1]), ENOTSUP));
}

const Verb kOciVerbs[] = {
    {"create", oci_create, "create a container (init waits for start)"},
    {"start", oci_start, "start a created container"},
    {"run", oci_run, "create and start a container"},
    {"state", oci_state, "print a container's state as JSON"},
    {"kill", oci_kill, "send a signal to the container's init (--all: every process)"},
    {"delete", oci_delete, "delete a stopped container (--force: any)"},
    {"exec", oci_exec, "run a new process in a running container"},
    {"pause", oci_pause, "freeze every process of a container"},
    {"resume", oci_resume, "thaw a paused container"},
    {"ps", oci_ps, "list the container's processes"},
    {"list", oci_list, "list containers"},
    {"update", oci_update, "change cgroup resources of a running container"},
    {"features", oci_features, "print supported features as JSON"},
    {"spec", oci_spec, "write a default config.json"},
    {"checkpoint", oci_unsupported, "not supported"},
    {"restore", oci_unsupported, "not supported"},
};

}  // namespace

const Verb* find_oci_verb(const char* name) {
  for (auto& v : kOciVerbs)
    if (strcmp(v.name, name) == 0) return &v;
  return nullptr;
}

const Verb* oci_verbs(size_t* count) {
  *count = sizeof kOciVerbs / sizeof kOciVerbs[0];
  return kOciVerbs;
}

}  // namespace ec::cli
