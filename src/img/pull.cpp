#include "img/pull.h"

#include <time.h>

#include <cerrno>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "core/clock.h"
#include "core/fs.h"
#include "core/log.h"
#include "core/strutil.h"
#include "img/auth.h"
#include "img/manifest.h"
#include "img/reference.h"
#include "img/registry.h"
#include "img/url.h"

namespace ec::img {

namespace {


// How to reach one registry; each worker builds its own Registry from it
// (Registry is not thread-safe).
struct Endpoint {
  std::string host;
  RegistryOptions opts;
  std::unique_ptr<Registry> make() const { return std::make_unique<Registry>(host, opts); }
};

// A place to pull a reference from: one of docker.io's mirrors, or the
// reference's own registry.
struct Source {
  std::string host;    // as Registry takes it: "127.0.0.1:5000", "mirror.lan", "docker.io"
  std::string mirror;  // the mirror's URL as configured; "" for the registry itself
  bool plain = false;  // the mirror's URL says http://
};

Result<Endpoint> resolve_endpoint(const EngineConfig& cfg, const Source& src) {
  Endpoint ep;
  ep.host = src.host;
  ep.opts.http.tls.certs_dir = cfg.certs_dir;
  auto creds = Credentials::load(cfg.auth_path());
  if (!creds) return std::move(creds).error().context("credentials " + cfg.auth_path());
  // A mirror gets its own login, never docker.io's (it is another party).
  ep.opts.credential = creds->lookup(src.host);
  if (src.plain) {
    ep.opts.plain_http = true;
    return ep;
  }
  if (!registry_is_insecure(cfg, src.host)) return ep;
  // Insecure registry: TLS without verification if it speaks TLS, else HTTP.
  ep.opts.http.tls.insecure_skip_verify = true;
  ep.opts.http.retry.attempts = 1;
  {
    Registry probe(ep.host, ep.opts);
    auto r = probe.ping();
    if (r || r.error().code == EACCES) {
      ep.opts.http.retry = RegistryOptions{}.http.retry;
      return ep;
    }
  }
  ep.opts.plain_http = true;
  ep.opts.http.retry = RegistryOptions{}.http.retry;
  return ep;
}

// Failures of this machine rather than of the source: another mirror
// would fail the same way.
bool local_failure(const Error& e) {
  return e.code == ENOSPC || e.code == EDQUOT || e.code == EROFS || e.code == ENOMEM || e.code == EMFILE ||
         e.code == ENFILE;
}

// Serialises progress callbacks from the workers.
struct Events {
  PullProgress* p;
  std::mutex mu;
  template <class F>
  void emit(F f) {
    if (!p) return;
    std::lock_guard<std::mutex> g(mu);
    f(*p);
  }
};

// Counts bytes flowing from the network into the pipeline.
class CountingReader : public Reader {
 public:
  CountingReader(Reader& in, Events& ev, std::string digest, uint64_t start)
      : in_(in), ev_(ev), digest_(std::move(digest)), done_(start) {}
  bool failed = false;  // the network failed (vs. the data being bad)
  Result<size_t> read(void* buf, size_t len) override {
    auto r = in_.read(buf, len);
    if (!r) {
      failed = true;
      return std::move(r).error();
    }
    size_t n = *r;
    done_ += n;
    if (done_ - reported_ >= (256u << 10) || n == 0) {
      reported_ = done_;
      ev_.emit([&](PullProgress& p) { p.layer_bytes(digest_, done_); });
    }
    return n;
  }

 private:
  Reader& in_;
  Events& ev_;
  std::string digest_;
  uint64_t done_, reported_ = 0;
};

struct LayerJob {
  Descriptor desc;
  Compression compression;
  std::string diff_id, parent, chain;
  Status result;
};

// Download and unpack one layer, resuming after cut connections.
Status fetch_layer(Store& store, const Endpoint& ep, const std::string& repo, LayerJob& job, Events& ev,
                   const PullOptions& o, bool keep_blob) {
  const std::string& dg = job.desc.digest;
  auto reg = ep.make();
  int delay = o.retry_delay_ms;
  Error last;
  bool replay_suspect = false;  // bad data came partly from disk: retry once from scratch
  for (int attempt = 0; attempt < o.body_attempts; attempt++) {
    // Fast path: the layer is there and no partial of its blob lingers.
    std::string hex = dg.substr(dg.find(':') + 1);
    if (store.layer_exists(job.chain) && !path_exists(store.path("ingest/" + hex + ".partial")) &&
        !path_exists(store.path("ingest/" + hex + ".json"))) {
      ev.emit([&](PullProgress& p) { p.layer_exists(dg); });
      return {};
    }
    auto in = store.open_ingest(dg, job.desc.size);
    if (!in) return std::move(in).error();
    // open_ingest waits while another pull downloads this blob, which may
    // have built the layer meanwhile; a pull killed after making the layer
    // visible leaves its partial behind. Either way nothing is left to fetch.
    if (store.layer_exists(job.chain)) {
      if (!keep_blob) (void)in->discard();
      ev.emit([&](PullProgress& p) { p.layer_exists(dg); });
      return {};
    }
    if (replay_suspect) {
      if (auto r = in->restart(); !r) return r;
      replay_suspect = false;
    }
    uint64_t have = in->offset();
    // A complete partial (killed after the download) needs no request.
    bool complete = job.desc.size > 0 && have == static_cast<uint64_t>(job.desc.size);
    Result<Blob> blob = Blob{};
    if (!complete) blob = reg->get_blob(repo, dg, have);
    if (!blob) {
      last = std::move(blob).error();
      // Missing or forbidden blobs and digest problems don't get better.
      if (last.code == ENOENT || last.code == EACCES || last.code == EBADMSG) return last;
      if (have > 0) replay_suspect = true;  // e.g. 416: our partial disagrees with the server
    } else {
      if (!complete && blob->offset != have) {
        if (auto r = in->restart(); !r) return r;  // server ignored Range
        have = 0;
      }
      ev.emit([&](PullProgress& p) { p.layer_start(dg, job.desc.size, have); });
      MemReader nothing(std::string_view{});
      CountingReader net(complete ? static_cast<Reader&>(nothing) : *blob->body, ev, dg, have);
      auto tee = in->reader(net);
      LayerSpec spec;
      spec.blob_digest = dg;
      spec.blob_size = job.desc.size;
      spec.diff_id = job.diff_id;
      spec.parent = job.parent;
      spec.chain_id = job.chain;
      spec.compression = to_layer_compression(job.compression);
      auto r = store.ingest_layer(*tee, spec);
      tee.reset();
      if (r) {
        // The layer is verified and visible: the compressed copy is only
        // kept when configured (flash is small).
        if (keep_blob && !r->existed) {
          if (auto c = in->commit(); !c) log_msg(LogLevel::Warn, c.error().msg);
        } else {
          (void)in->discard();
        }
        ev.emit([&](PullProgress& p) { r->existed ? p.layer_exists(dg) : p.layer_done(dg); });
        return {};
      }
      last = std::move(r).error();
      if (last.code == ENOSPC || last.code == EDQUOT) {
        (void)in->discard();
        return last;
      }
      if (!net.failed) {
        // The bytes themselves are bad (digest, gzip or tar): a resumed
        // partial can't become good. If some came from disk, try once
        // more from scratch; bytes all from the network mean the registry
        // serves bad content.
        (void)in->discard();
        if (have == 0) return last;
        replay_suspect = true;
      } else if (auto c = in->checkpoint(); !c) {
        return c;
      }
    }
    ev.emit([&](PullProgress& p) { p.layer_retry(dg, last.msg); });
    sleep_ms(delay);
    delay *= 2;
  }
  return last.context(strf("giving up after %d attempts", o.body_attempts));
}

Result<std::string> fetch_blob_verified(Store& store, Registry& reg, const std::string& repo, const Descriptor& d,
                                        size_t cap) {
  if (store.has_blob(d.digest)) return store.read_blob(d.digest);
  EC_ASSIGN(Blob b, reg.get_blob(repo, d.digest, 0));
  std::string data;
  char buf[16384];
  for (;;) {
    EC_ASSIGN(size_t n, b.body->read(buf, sizeof buf));
    if (n == 0) break;
    if (data.size() + n > cap) return make_error(strf("blob %s is larger than %zu bytes", d.digest.c_str(), cap));
    data.append(buf, n);
  }
  EC_TRY(store.put_blob(data, d.digest));  // verifies the digest
  return data;
}

}  // namespace

Result<MirrorEndpoint> parse_registry_mirror(std::string_view text) {
  std::string s(trim(text));
  if (s.find("://") == std::string::npos) s = "https://" + s;
  auto u = parse_url(s);
  if (!u) return std::move(u).error().context("registry mirror");
  if (u->target != "/" || u->host.empty())
    return make_error("registry mirror \"" + std::string(text) + "\": a path, query or fragment is not supported");
  MirrorEndpoint m;
  m.host = u->authority();
  m.plain_http = !u->https();
  return m;
}

bool registry_is_insecure(const EngineConfig& cfg, const std::string& host) {
  if (cfg.is_insecure(host)) return true;
  std::string bare = host;
  if (!bare.empty() && bare[0] == '[') bare = bare.substr(1, bare.find(']') - 1);
  else if (auto c = bare.rfind(':'); c != std::string::npos) bare.resize(c);
  // Like docker (127.0.0.0/8 is insecure by default): literal loopback
  // addresses only; "localhost" goes through verified TLS.
  return bare == "::1" || starts_with(bare, "127.");
}

namespace {

// Pull `ref` from one source. The lease on the store is held by the caller.
Result<PullResult> pull_from(Store& store, const EngineConfig& cfg, const Reference& ref, const Source& src,
                             Events& ev, const PullOptions& o) {
  EC_ASSIGN(Endpoint ep, resolve_endpoint(cfg, src));
  std::string want = ref.digest.empty() ? ref.tag : ref.digest;
  // A dead or broken mirror should cost little: one retry, then the next
  // source. Once it answered, it gets the usual retries.
  Endpoint first = ep;
  if (!src.mirror.empty()) first.opts.http.retry.attempts = 2;
  auto reg = first.make();
  auto top = reg->get_manifest(ref.path, want);
  if (!top) return std::move(top).error();
  if (!src.mirror.empty()) reg = ep.make();
  EC_ASSIGN(ParsedManifest parsed, parse_manifest(top->bytes, top->media_type));
  PullResult res;
  res.mirror = src.mirror;
  res.manifest_digest = top->digest;
  std::string index_digest;
  std::string manifest_digest = top->digest;
  std::string manifest_bytes = top->bytes;
  if (parsed.is_index()) {
    EC_ASSIGN(Descriptor chosen, select_manifest(parsed.index, o.platform));
    EC_TRY(store.put_blob(top->bytes, top->digest));
    index_digest = top->digest;
    EC_ASSIGN(RemoteManifest m, reg->get_manifest(ref.path, chosen.digest));
    EC_ASSIGN(parsed, parse_manifest(m.bytes, m.media_type));
    if (parsed.is_index()) return make_error("nested image indexes are not supported");
    manifest_digest = m.digest;
    manifest_bytes = std::move(m.bytes);
  }
  if (!src.mirror.empty()) ev.emit([&](PullProgress& p) { p.mirror_used(src.mirror); });
  ev.emit([&](PullProgress& p) { p.resolved(ref.familiar(), res.manifest_digest); });

  // Already there under this name?
  if (auto cur = store.resolve(ref.str()); cur && cur->manifest == manifest_digest) {
    bool complete = true;
    if (auto layers = store.image_layers(*cur))
      for (auto& c : *layers) complete = complete && store.layer_exists(c);
    else
      complete = false;
    if (complete) {
      res.image = *cur;
      res.up_to_date = true;
      return res;
    }
  }

  const Manifest& man = parsed.manifest;
  EC_ASSIGN(std::string cfg_bytes, fetch_blob_verified(store, *reg, ref.path, man.config, 8u << 20));
  auto icfg = parse_image_config(cfg_bytes);
  if (!icfg) return std::move(icfg).error().context("config " + man.config.digest);
  EC_TRY(check_config_matches(*icfg, man));
  std::vector<std::string> chains = chain_ids(icfg->diff_ids);

  std::vector<LayerJob> jobs(man.layers.size());
  for (size_t i = 0; i < jobs.size(); i++) {
    jobs[i].desc = man.layers[i];
    jobs[i].compression = man.compression[i];
    jobs[i].diff_id = icfg->diff_ids[i];
    jobs[i].chain = chains[i];
    jobs[i].parent = i ? chains[i - 1] : "";
  }
  // Workers take the next layer in order: bounded parallelism, and the
  // bottom layers (needed first by a container) finish first.
  size_t next = 0;
  std::mutex mu;
  auto worker = [&] {
    for (;;) {
      size_t i;
      {
        std::lock_guard<std::mutex> g(mu);
        if (next >= jobs.size()) return;
        i = next++;
      }
      jobs[i].result = fetch_layer(store, ep, ref.path, jobs[i], ev, o, cfg.keep_compressed_blobs);
    }
  };
  size_t nthreads = std::min<size_t>(static_cast<size_t>(cfg.max_concurrent_downloads), jobs.size());
  std::vector<std::thread> threads;
  for (size_t t = 1; t < nthreads; t++) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  for (auto& j : jobs) {
    if (j.result) continue;
    Error e = std::move(j.result).error();
    // The store's own errors already name the layer.
    if (starts_with(e.msg, "layer " + j.desc.digest)) return e;
    return std::move(e).context("layer " + j.desc.digest);
  }

  EC_TRY(store.put_blob(manifest_bytes, manifest_digest));
  EC_ASSIGN(res.image, store.record_image(ref.str(), manifest_digest, index_digest));
  return res;
}

}  // namespace

Result<PullResult> pull_image(Store& store, const EngineConfig& cfg, std::string_view ref_text, const PullOptions& o) {
  EC_ASSIGN(Reference ref, parse_reference(ref_text));
  EC_ASSIGN(Lease lease, store.lease());
  Events ev{o.progress, {}};

  // docker.io's mirrors first, then the registry itself.
  std::vector<Source> sources;
  std::vector<std::string> mirror_errors;
  auto note_failure = [&](const std::string& mirror, const Error& e) {
    mirror_errors.push_back("mirror " + mirror + ": " + e.msg);
    ev.emit([&](PullProgress& p) { p.mirror_failed(mirror, e.msg); });
  };
  if (ref.domain == "docker.io") {
    for (auto& m : cfg.registry_mirrors) {
      auto me = parse_registry_mirror(m);
      if (!me) {
        note_failure(m, me.error());
        continue;
      }
      Source src;
      src.host = me->host;
      src.mirror = m;
      src.plain = me->plain_http;
      sources.push_back(std::move(src));
    }
  }
  Source self;
  self.host = ref.domain;
  sources.push_back(self);

  for (size_t i = 0;; i++) {
    auto r = pull_from(store, cfg, ref, sources[i], ev, o);
    if (r) return r;
    Error e = std::move(r).error();
    if (i + 1 == sources.size() || local_failure(e)) {
      e = std::move(e).context("pull " + ref.familiar());
      if (!mirror_errors.empty()) e.msg += " (after " + join(mirror_errors, "; ") + ")";
      return e;
    }
    note_failure(sources[i].mirror, e);
  }
}

}  // namespace ec::img
