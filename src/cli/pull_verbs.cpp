// Registry verbs: pull, login, logout, and the pull behind `run --pull`.
// Built with -Dpull=enabled; pull_verbs_stub.cpp stands in otherwise.
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <map>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/engine.h"
#include "cli/oci.h"
#include "cli/output.h"
#include "core/fs.h"
#include "core/strutil.h"
#include "img/auth.h"
#include "img/pull.h"
#include "img/reference.h"
#include "img/registry.h"

namespace ec::cli {

namespace {

double now_s() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

// On a terminal a bar per layer, redrawn in place, with bytes/s; otherwise

// one line per layer when it is done (plus a line per retry), so logs stay short.
class PullPrinter : public img::PullProgress {
 public:
  explicit PullPrinter(bool tty) : tty_(tty) {}
  void mirror_used(const std::string& url) override { line("Using mirror " + url); }
  void mirror_failed(const std::string& url, const std::string& why) override {
    line("Mirror " + url + " failed: " + why + "; trying the next source");
  }
  void resolved(const std::string& ref, const std::string& digest) override { line(ref + ": resolved " + digest); }
  void layer_exists(const std::string& d) override { set(d, "Already exists", true); }
  void layer_start(const std::string& d, int64_t size, uint64_t at) override {
    auto& l = layer(d);
    l.size = size;
    l.t0 = now_s();
    l.start = at;
    l.done = at;
    set(d, at ? strf("Resuming at %s", human_size(at).c_str()) : std::string("Downloading"), false);
  }
  void layer_bytes(const std::string& d, uint64_t done) override {
    auto& l = layer(d);
    l.done = done;
    if (!tty_) return;
    std::string bar;
    if (l.size > 0) {
      int w = 30, fill = static_cast<int>(w * static_cast<double>(done) / static_cast<double>(l.size));
      bar = "[" + std::string(fill > w ? w : fill, '=') + ">" + std::string(fill >= w ? 0 : w - fill, ' ') + "] ";
    }
    set(d,
        strf("Downloading %s%s/%s %s/s", bar.c_str(), human_size(done).c_str(),
             l.size > 0 ? human_size(l.size).c_str() : "?", human_size(rate(l)).c_str()),
        false);
  }
  void layer_retry(const std::string& d, const std::string& why) override { set(d, "Retrying: " + why, true); }
  void layer_done(const std::string& d) override {
    auto& l = layer(d);
    std::string how = strf("Pull complete (%s in %.1fs, %s/s%s)", human_size(l.done - l.start).c_str(),
                           now_s() - l.t0, human_size(rate(l)).c_str(),
                           l.start ? (", resumed at " + human_size(l.start)).c_str() : "");
    set(d, how, true);
  }

 private:
  struct Layer {
    size_t row = 0;
    int64_t size = -1;
    uint64_t done = 0, start = 0;
    double t0 = 0;
  };
  static uint64_t rate(const Layer& l) {
    double dt = now_s() - l.t0;
    return dt > 0 ? static_cast<uint64_t>(static_cast<double>(l.done - l.start) / dt) : 0;
  }
  Layer& layer(const std::string& d) {
    auto it = layers_.find(d);
    if (it != layers_.end()) return it->second;
    Layer l;
    l.row = rows_++;
    if (tty_) out(short_hex(d) + ": Waiting\n");
    return layers_[d] = l;
  }
  // `final`: the state a non-TTY log keeps (one line per layer).
  void set(const std::string& d, const std::string& text, bool final) {
    auto& l = layer(d);
    if (!tty_) {
      if (final) out(short_hex(d) + ": " + text + "\n");
      return;
    }
    size_t up = rows_ - l.row;
    out(strf("\033[%zuA\r\033[2K%s: %s\033[%zuB\r", up, short_hex(d).c_str(), text.c_str(), up));
  }
  // A whole line below the bars: the bars drawn so far are left as they are
  // and new ones start under the line (a mirror failing mid-way).
  void line(const std::string& text) {
    out(text + "\n");
    layers_.clear();
    rows_ = 0;
  }
  bool tty_;
  std::map<std::string, Layer> layers_;
  size_t rows_ = 0;
};

class QuietPrinter : public img::PullProgress {};

}  // namespace

Status pull_for_run(const EngineGlobal& g, const std::string& ref, bool quiet) {
  auto store = open_store(g);
  if (!store) return std::move(store).error();
  if (!quiet) (void)write_all(2, "Unable to find image '" + ref + "' locally, pulling\n");
  img::PullOptions po;
  auto r = img::pull_image(*store, g.cfg, ref, po);
  if (!r) return std::move(r).error();
  return {};
}

int v_pull(const EngineGlobal& g, int argc, char** argv, int start) {
  static const std::vector<Flag> flags = {{"platform", 0, true}, {"quiet", 'q', false}, {"all-tags", 'a', false}};
  auto a = Args::parse(argc, argv, start, flags);
  if (!a) return fail(a.error());
  if (a->positional.size() != 1) return fail(make_error("pull: exactly one image reference is required"));
  if (a->flag("all-tags")) return fail(make_error("pull --all-tags is not supported"));
  img::PullOptions o;
  o.platform = img::host_platform();
  if (auto p = a->get("platform")) {
    auto pl = img::parse_platform(*p);
    if (!pl) return fail(pl.error());
    o.platform = img::normalize_platform(*pl);
  }
  bool quiet = a->flag("quiet");
  PullPrinter printer(isatty(1) == 1);
  QuietPrinter silent;
  o.progress = quiet ? static_cast<img::PullProgress*>(&silent) : &printer;
  auto store = open_store(g);
  if (!store) return fail(store.error());
  auto r = img::pull_image(*store, g.cfg, a->positional[0], o);
  if (!r) return fail(r.error());
  auto ref = img::parse_reference(a->positional[0]);
  if (!quiet) {
    out("Digest: " + r->manifest_digest + "\n");
    out(std::string("Status: ") + (r->up_to_date ? "Image is up to date for " : "Downloaded newer image for ") +
        ref->familiar() + "\n");
  }
  out(ref->str() + "\n");
  image_event(g, "pull", r->image.config, ref->str());
  return 0;
}

int v_login(const EngineGlobal& g, int argc, char** argv, int start) {
  static const std::vector<Flag> flags = {
      {"username", 'u', true}, {"password", 'p', true}, {"password-stdin", 0, false}};
  auto a = Args::parse(argc, argv, start, flags);
  if (!a) return fail(a.error());
  if (a->positional.size() != 1) return fail(make_error("login: usage: edgectl login [-u USER] [--password-stdin] REGISTRY"));
  std::string host = img::credentials_key(a->positional[0]);
  img::Credential c;
  c.username = a->get_or("username", "");
  if (c.username.empty()) return fail(make_error("login: --username is required (no interactive prompt)"));
  if (a->flag("password-stdin")) {
    auto pw = read_fd(0);
    if (!pw) return fail(pw.error().context("read password from stdin"));
    c.password = *pw;
    while (!c.password.empty() && (c.password.back() == '\n' || c.password.back() == '\r')) c.password.pop_back();
  } else if (auto p = a->get("password")) {
    c.password = *p;
  } else {
    return fail(make_error("login: give the password with --password-stdin (or -p)"));
  }
  // Check the credentials against the registry before storing them.
  img::RegistryOptions ro;
  ro.credential = c;
  ro.http.tls.certs_dir = g.cfg.certs_dir;
  if (img::registry_is_insecure(g.cfg, host)) ro.http.tls.insecure_skip_verify = true;
  img::Registry reg(host, ro);
  auto ping = reg.ping();
  if (!ping && img::registry_is_insecure(g.cfg, host) && ping.error().code != EACCES) {
    ro.plain_http = true;
    img::Registry plain(host, ro);
    ping = plain.ping();
  }
  if (!ping) return fail(ping.error().context("login to " + host));
  auto creds = img::Credentials::load(g.cfg.auth_path());
  if (!creds) return fail(creds.error());
  creds->set(host, c);
  if (auto r = creds->save(g.cfg.auth_path()); !r) return fail(r.error());
  out("Login Succeeded\n");
  return 0;
}

int v_logout(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {});
  if (!a) return fail(a.error());
  if (a->positional.size() != 1) return fail(make_error("logout: usage: edgectl logout REGISTRY"));
  std::string host = img::credentials_key(a->positional[0]);
  auto creds = img::Credentials::load(g.cfg.auth_path());
  if (!creds) return fail(creds.error());
  if (!creds->erase(host)) return fail(make_error("not logged in to " + host, ENOENT));
  if (auto r = creds->save(g.cfg.auth_path()); !r) return fail(r.error());
  out("Removing login credentials for " + host + "\n");
  return 0;
}
}  // namespace ec::cli
