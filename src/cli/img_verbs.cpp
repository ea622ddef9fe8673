// Image verbs: images, rmi, tag, image inspect/prune, system df/check.
// Thin: flags in, library calls, output out. (pull, login, logout: pull_verbs.cpp.)
#include <time.h>
#include <unistd.h>

#include <map>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/engine.h"
#include "cli/oci.h"
#include "cli/output.h"
#include "core/fs.h"
#include "core/json.h"
#include "core/strutil.h"
#include "img/reference.h"
#include "img/store.h"
#include "rt/engine/events.h"
#include "rt/engine/ops.h"

namespace ec::cli {

std::string short_hex(const std::string& digest, size_t n) {
  auto c = digest.find(':');
  std::string hex = c == std::string::npos ? digest : digest.substr(c + 1);
  return hex.substr(0, n);
}

void image_event(const EngineGlobal& g, const char* action, const std::string& id, const std::string& name) {
  engine::Event ev;
  ev.type = "image";
  ev.action = action;
  ev.id = id;
  if (!name.empty()) ev.attrs["name"] = name;
  (void)engine::append_event(g.cfg.root, ev);
}

namespace {

// What containers hold on to: gc must keep their layers (a container's
// image may have lost its names), rmi must not pull an image from under them.
Result<std::vector<engine::ContainerRecord>> container_records(const EngineGlobal& g) {
  EC_ASSIGN(engine::Engine e, engine::open_engine(g.cfg, g.config_path));
  return engine::all_records(e);
}

Result<img::GcOptions> gc_options(const EngineGlobal& g) {
  EC_ASSIGN(auto recs, container_records(g));
  img::GcOptions o;
  for (auto& r : recs) o.keep_layers.insert(o.keep_layers.end(), r.layers.begin(), r.layers.end());
  return o;
}

}  // namespace

int v_images(const EngineGlobal& g, int argc, char** argv, int start) {
  static const std::vector<Flag> flags = {
      {"quiet", 'q', false}, {"digests", 0, false}, {"format", 0, true}, {"all", 'a', false}, {"no-trunc", 0, false}};
  auto a = Args::parse(argc, argv, start, flags);
  if (!a) return fail(a.error());
  auto store = open_store(g);
  if (!store) return fail(store.error());
  auto list = store->list_images();
  if (!list) return fail(list.error());
  std::string filter = a->positional.empty() ? "" : a->positional[0];
  std::vector<img::ImageRecord> shown;
  for (auto& r : *list) {
    if (!filter.empty()) {
      auto fr = img::parse_reference(filter);
      auto rr = img::parse_reference(r.ref);
      if (!fr || !rr || fr->name() != rr->name()) continue;
      if (filter.find(':') != std::string::npos && !fr->tag.empty() && fr->tag != rr->tag) continue;
    }
    shown.push_back(r);
  }
  bool no_trunc = a->flag("no-trunc");
  std::string fmt = a->get_or("format", "table");
  if (fmt == "json") {
    JsonPtr arr(cJSON_CreateArray());
    for (auto& r : shown) {
      cJSON* o = cJSON_CreateObject();
      auto rr = img::parse_reference(r.ref);
      cJSON_AddStringToObject(o, "Repository", rr ? rr->familiar_name().c_str() : "<none>");
      cJSON_AddStringToObject(o, "Tag", rr && !rr->tag.empty() ? rr->tag.c_str() : "<none>");
      cJSON_AddStringToObject(o, "Digest", r.index.empty() ? r.manifest.c_str() : r.index.c_str());
      cJSON_AddStringToObject(o, "ID", r.config.c_str());
      cJSON_AddStringToObject(o, "Platform", r.platform.c_str());
      cJSON_AddStringToObject(o, "CreatedAt", r.created.c_str());
      cJSON_AddNumberToObject(o, "Size", static_cast<double>(r.size));
      cJSON_AddItemToArray(arr.get(), o);
    }
    out(json_print(arr.get(), true) + "\n");
    return 0;
  }
  if (fmt != "table") return fail(make_error("images: --format must be table or json"));
  if (a->flag("quiet")) {
    std::vector<std::string> seen;
    for (auto& r : shown) {
      std::string id = no_trunc ? r.config : short_hex(r.config);
      bool dup = false;
      for (auto& s : seen) dup = dup || s == id;
      if (!dup) {
        out(id + "\n");
        seen.push_back(id);
      }
    }
    return 0;
  }
  bool digests = a->flag("digests");
  std::vector<std::vector<std::string>> rows;
  if (digests) rows.push_back({"REPOSITORY", "TAG", "DIGEST", "IMAGE ID", "CREATED", "SIZE"});
  else rows.push_back({"REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"});
  int64_t now = time(nullptr);
  for (auto& r : shown) {
    auto rr = img::parse_reference(r.ref);
    std::string repo = rr ? rr->familiar_name() : "<none>";
    std::string tag = rr && !rr->tag.empty() ? rr->tag : "<none>";
    int64_t t = unix_seconds(r.created);
    std::string created = t < 0 ? "N/A" : human_age(now - t);
    std::string id = no_trunc ? r.config : short_hex(r.config);
    std::string dg = r.index.empty() ? r.manifest : r.index;
    if (digests) rows.push_back({repo, tag, dg, id, created, human_size(r.size)});
    else rows.push_back({repo, tag, id, created, human_size(r.size)});
  }
  out(format_table(rows));
  return 0;
}

int v_rmi(const EngineGlobal& g, int argc, char** argv, int start) {
  static const std::vector<Flag> flags = {{"force", 'f', false}, {"no-prune", 0, false}};
  auto a = Args::parse(argc, argv, start, flags, false);
  if (!a) return fail(a.error());
  if (a->positional.empty()) return fail(make_error("rmi: at least one image is required"));
  auto store = open_store(g);
  if (!store) return fail(store.error());
  auto users = container_records(g);
  if (!users) return fail(users.error());
  int rc = 0;
  for (auto& name : a->positional) {
    auto img = store->resolve(name);
    if (img && !a->flag("force")) {
      std::string user;
      for (auto& c : *users)
        if (c.image_id == img->config) user = c.id.substr(0, 12);
      if (!user.empty()) {
        rc = fail(make_error("unable to remove image " + name + ": it is used by container " + user + " (remove the container or use -f)", EBUSY));
        continue;
      }
    }
    auto removed = store->remove_image(name, a->flag("force"));
    if (!removed) {
      rc = fail(removed.error());
      continue;
    }
    for (auto& r : *removed) {
      out("Untagged: " + r + "\n");
      image_event(g, "untag", img ? img->config : "", r);
    }
  }
  if (!a->flag("no-prune")) {
    auto go = gc_options(g);
    if (!go) return fail(go.error());
    auto gc = store->gc(*go);
    if (!gc) return fail(gc.error().context("remove unused layers"));
    for (auto& l : gc->removed_layers) out("Deleted: " + l + "\n");
  }
  return rc;
}

int v_tag(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {});
  if (!a) return fail(a.error());
  if (a->positional.size() != 2) return fail(make_error("tag: usage: edgectl tag SOURCE TARGET"));
  auto store = open_store(g);
  if (!store) return fail(store.error());
  auto r = store->tag(a->positional[0], a->positional[1]);
  if (!r) return fail(r.error());
  image_event(g, "tag", r->config, r->ref);
  return 0;
}

int v_image_inspect(const EngineGlobal& g, int argc, char** argv, int start) {
  static const std::vector<Flag> flags = {{"format", 'f', true}};
  auto a = Args::parse(argc, argv, start, flags, false);
  if (!a) return fail(a.error());
  if (a->positional.empty()) return fail(make_error("image inspect: at least one image is required"));
  auto store = open_store(g);
  if (!store) return fail(store.error());
  JsonPtr arr(cJSON_CreateArray());
  int rc = 0;
  for (auto& name : a->positional) {
    auto rec = store->resolve(name);
    if (!rec) {
      rc = fail(rec.error());
      continue;
    }
    auto cfg_text = store->read_blob(rec->config);
    if (!cfg_text) {
      rc = fail(cfg_text.error());
      continue;
    }
    auto cfg = json_parse(*cfg_text, rec->config);
    if (!cfg) {
      rc = fail(cfg.error());
      continue;
    }
    cJSON* o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "Id", rec->config.c_str());
    cJSON* tags = cJSON_AddArrayToObject(o, "RepoTags");
    cJSON* digests = cJSON_AddArrayToObject(o, "RepoDigests");
    if (auto all = store->list_images())
      for (auto& r : *all) {
        if (r.config != rec->config) continue;
        auto rr = img::parse_reference(r.ref);
        if (!rr) continue;
        if (!rr->tag.empty()) cJSON_AddItemToArray(tags, cJSON_CreateString(rr->familiar().c_str()));
        std::string dg = r.index.empty() ? r.manifest : r.index;
        cJSON_AddItemToArray(digests, cJSON_CreateString((rr->familiar_name() + "@" + dg).c_str()));
      }
    cJSON_AddStringToObject(o, "Created", rec->created.c_str());
    cJSON_AddStringToObject(o, "Platform", rec->platform.c_str());
    cJSON_AddNumberToObject(o, "Size", static_cast<double>(rec->size));
    cJSON_AddStringToObject(o, "ManifestDigest", rec->manifest.c_str());
    // The image config as stored (architecture, os, config, rootfs, history).
    cJSON_AddItemToObject(o, "Config", cfg->release());
    if (auto layers = store->image_layers(*rec)) {
      cJSON* l = cJSON_AddArrayToObject(o, "Layers");
      for (auto& c : *layers) cJSON_AddItemToArray(l, cJSON_CreateString(c.c_str()));
    }
    cJSON_AddItemToArray(arr.get(), o);
  }
  out(json_print(arr.get(), true) + "\n");
  return rc;
}

int v_image_prune(const EngineGlobal& g, int argc, char** argv, int start) {
  static const std::vector<Flag> flags = {{"force", 'f', false}, {"all", 'a', false}};
  auto a = Args::parse(argc, argv, start, flags);
  if (!a) return fail(a.error());
  auto store = open_store(g);
  if (!store) return fail(store.error());
  auto go = gc_options(g);
  if (!go) return fail(go.error());
  auto r = store->gc(*go);
  if (!r) return fail(r.error());
  for (auto& l : r->removed_layers) out("deleted layer: " + l + "\n");
  for (auto& b : r->removed_blobs) out("deleted blob: " + b + "\n");
  for (auto& t : r->removed_temp) out("deleted leftover: " + t + "\n");
  out("Total reclaimed space: " + human_size(r->bytes_freed) + "\n");
  return 0;
}

int v_system_df(const EngineGlobal& g, int argc, char** argv, int start) {
  auto a = Args::parse(argc, argv, start, {});
  if (!a) return fail(a.error());
  auto store = open_store(g);
  if (!store) return fail(store.error());
  auto u = store->disk_usage();
  if (!u) return fail(u.error());
  out(format_table({{"TYPE", "TOTAL", "SIZE", "RECLAIMABLE"},
                    {"Images", std::to_string(u->images), human_size(u->layers_bytes + u->blobs_bytes),
                     human_size(u->reclaimable_bytes)},
                    {"Layers", std::to_string(u->layers), human_size(u->layers_bytes),
                     std::to_string(u->reclaimable_layers)},
                    {"Partial downloads", std::to_string(u->partials), human_size(u->partial_bytes),
                     human_size(u->partial_bytes)}}));
  return 0;
}

int v_system_check(const EngineGlobal& g, int argc, char** argv, int start) {
  static const std::vector<Flag> flags = {{"repair", 0, false}};
  auto a = Args::parse(argc, argv, start, flags);
  if (!a) return fail(a.error());
  auto store = open_store(g);
  if (!store) return fail(store.error());
  auto r = store->check(a->flag("repair"));
  if (!r) return fail(r.error());
  for (auto& p : r->problems) out("problem: " + p + "\n");
  for (auto& p : r->repaired) out("repaired: " + p + "\n");
  if (r->ok()) {
    out("store is consistent\n");
    return 0;
  }
  return a->flag("repair") && r->repaired.size() >= r->problems.size() ? 0 : 1;
}

}  // namespace ec::cli
