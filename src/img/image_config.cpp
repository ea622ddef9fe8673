#include "img/image_config.h"

#include "core/json.h"
#include "core/sha256.h"
#include "img/json_fields.h"

namespace ec::img {

namespace {

constexpr const char* kDoc = "image config";

Result<Healthcheck> parse_healthcheck(const cJSON* h, const std::string& where) {
  Healthcheck out;
  EC_ASSIGN(out.test, jf::str_array(h, "Test", where));
  EC_ASSIGN(out.interval_ns, jf::count(h, "Interval", where));
  EC_ASSIGN(out.timeout_ns, jf::count(h, "Timeout", where));
  EC_ASSIGN(out.start_period_ns, jf::count(h, "StartPeriod", where));
  EC_ASSIGN(out.start_interval_ns, jf::count(h, "StartInterval", where));
  EC_ASSIGN(out.retries, jf::count(h, "Retries", where));
  return out;
}

Result<ContainerConfig> parse_container_config(const cJSON* c, const std::string& where) {
  ContainerConfig out;
  EC_ASSIGN(out.entrypoint, jf::str_array(c, "Entrypoint", where));
  EC_ASSIGN(out.cmd, jf::str_array(c, "Cmd", where));
  EC_ASSIGN(out.env, jf::str_array(c, "Env", where));
  EC_ASSIGN(out.working_dir, jf::str(c, "WorkingDir", where));
  EC_ASSIGN(out.user, jf::str(c, "User", where));
  EC_ASSIGN(out.stop_signal, jf::str(c, "StopSignal", where));
  EC_ASSIGN(out.volumes, jf::key_set(c, "Volumes", where));
  EC_ASSIGN(out.exposed_ports, jf::key_set(c, "ExposedPorts", where));
  EC_ASSIGN(out.labels, jf::str_map(c, "Labels", where));
  EC_ASSIGN(const cJSON* hc, jf::object(c, "Healthcheck", where));
  if (hc) {
    EC_ASSIGN(Healthcheck h, parse_healthcheck(hc, jf::field(where, "Healthcheck")));
    out.healthcheck = std::move(h);
  }
  return out;
}

Result<std::vector<HistoryEntry>> parse_history(const cJSON* doc) {
  std::vector<HistoryEntry> out;
  const cJSON* h = jf::member(doc, "history");
  if (!h || cJSON_IsNull(h)) return out;
  if (!cJSON_IsArray(h)) return make_error("image config: history: want an array");
  int i = 0;
  for (const cJSON* e = h->child; e; e = e->next, i++) {
    std::string where = strf("image config: history[%d]", i);
    if (!cJSON_IsObject(e)) return make_error(where + ": want an object");
    HistoryEntry x;
    EC_ASSIGN(x.created, jf::str(e, "created", where));
    EC_ASSIGN(x.created_by, jf::str(e, "created_by", where));
    EC_ASSIGN(x.author, jf::str(e, "author", where));
    EC_ASSIGN(x.comment, jf::str(e, "comment", where));
    const cJSON* el = jf::member(e, "empty_layer");
    if (el && !cJSON_IsNull(el) && !cJSON_IsBool(el)) return make_error(where + ".empty_layer: want true or false");
    x.empty_layer = el && cJSON_IsTrue(el);
    out.push_back(std::move(x));
  }
  return out;
}

}  // namespace

Platform ImageConfig::platform() const {
  Platform p;
  p.os = os;
  p.architecture = architecture;
  p.variant = variant;
  p.os_version = os_version;
  return p;
}

Result<ImageConfig> parse_image_config(std::string_view json) {
  EC_ASSIGN(JsonPtr doc, json_parse(json, kDoc));
  const cJSON* d = doc.get();
  if (!cJSON_IsObject(d)) return make_error("image config: want a JSON object");
  ImageConfig c;
  EC_ASSIGN(c.architecture, jf::str(d, "architecture", kDoc, true));
  EC_ASSIGN(c.os, jf::str(d, "os", kDoc, true));
  EC_ASSIGN(c.variant, jf::str(d, "variant", kDoc));
  EC_ASSIGN(c.os_version, jf::str(d, "os.version", kDoc));
  EC_ASSIGN(c.created, jf::str(d, "created", kDoc));
  EC_ASSIGN(c.author, jf::str(d, "author", kDoc));
  EC_ASSIGN(const cJSON* cc, jf::object(d, "config", kDoc));
  if (cc) {
    EC_ASSIGN(c.config, parse_container_config(cc, "image config: config"));
  }
  EC_ASSIGN(const cJSON* rootfs, jf::object(d, "rootfs", kDoc, true));
  EC_ASSIGN(c.rootfs_type, jf::str(rootfs, "type", "image config: rootfs", true));
  if (c.rootfs_type != "layers")
    return make_error("image config: rootfs.type \"" + c.rootfs_type + "\": want \"layers\"");
  const cJSON* ids = jf::member(rootfs, "diff_ids");
  if (!ids || cJSON_IsNull(ids)) return make_error("image config: rootfs.diff_ids: missing");
  EC_ASSIGN(c.diff_ids, jf::str_array(rootfs, "diff_ids", "image config: rootfs"));
  for (size_t i = 0; i < c.diff_ids.size(); i++)
    if (auto r = parse_sha256_digest(c.diff_ids[i]); !r)
      return std::move(r).error().context(strf("image config: rootfs.diff_ids[%zu]", i));
  EC_ASSIGN(c.history, parse_history(d));
  return c;
}

std::string image_config_to_json(const ImageConfig& c) {
  JsonPtr doc(cJSON_CreateObject());
  cJSON* d = doc.get();
  if (!c.created.empty()) jf::add_str(d, "created", c.created);
  if (!c.author.empty()) jf::add_str(d, "author", c.author);
  jf::add_str(d, "architecture", c.architecture);
  if (!c.variant.empty()) jf::add_str(d, "variant", c.variant);
  jf::add_str(d, "os", c.os);
  if (!c.os_version.empty()) jf::add_str(d, "os.version", c.os_version);

  const ContainerConfig& k = c.config;
  cJSON* cc = cJSON_CreateObject();
  if (!k.user.empty()) jf::add_str(cc, "User", k.user);
  if (!k.exposed_ports.empty()) jf::add_key_set(cc, "ExposedPorts", k.exposed_ports);
  if (!k.env.empty()) jf::add_str_array(cc, "Env", k.env);
  if (!k.entrypoint.empty()) jf::add_str_array(cc, "Entrypoint", k.entrypoint);
  if (!k.cmd.empty()) jf::add_str_array(cc, "Cmd", k.cmd);
  if (!k.volumes.empty()) jf::add_key_set(cc, "Volumes", k.volumes);
  if (!k.working_dir.empty()) jf::add_str(cc, "WorkingDir", k.working_dir);
  if (!k.labels.empty()) jf::add_str_map(cc, "Labels", k.labels);
  if (!k.stop_signal.empty()) jf::add_str(cc, "StopSignal", k.stop_signal);
  if (k.healthcheck) {
    const Healthcheck& h = *k.healthcheck;
    cJSON* hc = cJSON_CreateObject();
    jf::add_str_array(hc, "Test", h.test);
    if (h.interval_ns) jf::add_int(hc, "Interval", h.interval_ns);
    if (h.timeout_ns) jf::add_int(hc, "Timeout", h.timeout_ns);
    if (h.start_period_ns) jf::add_int(hc, "StartPeriod", h.start_period_ns);
    if (h.start_interval_ns) jf::add_int(hc, "StartInterval", h.start_interval_ns);
    if (h.retries) jf::add_int(hc, "Retries", h.retries);
    cJSON_AddItemToObject(cc, "Healthcheck", hc);
  }
  cJSON_AddItemToObject(d, "config", cc);

  cJSON* rootfs = cJSON_CreateObject();
  jf::add_str(rootfs, "type", c.rootfs_type.empty() ? std::string("layers") : c.rootfs_type);
  jf::add_str_array(rootfs, "diff_ids", c.diff_ids);
  cJSON_AddItemToObject(d, "rootfs", rootfs);

  if (!c.history.empty()) {
    cJSON* hist = cJSON_CreateArray();
    for (auto& h : c.history) {
      cJSON* e = cJSON_CreateObject();
      if (!h.created.empty()) jf::add_str(e, "created", h.created);
      if (!h.created_by.empty()) jf::add_str(e, "created_by", h.created_by);
      if (!h.author.empty()) jf::add_str(e, "author", h.author);
      if (!h.comment.empty()) jf::add_str(e, "comment", h.comment);
      if (h.empty_layer) cJSON_AddItemToObject(e, "empty_layer", cJSON_CreateTrue());
      cJSON_AddItemToArray(hist, e);
    }
    cJSON_AddItemToObject(d, "history", hist);
  }
  return json_print(d);
}

std::string chain_id(std::string_view parent_chain, std::string_view diff_id) {
  if (parent_chain.empty()) return std::string(diff_id);
  Sha256 h;
  h.update(parent_chain);
  h.update(" ");
  h.update(diff_id);
  return h.finish_digest();
}

std::vector<std::string> chain_ids(const std::vector<std::string>& diff_ids) {
  std::vector<std::string> out;
  for (auto& d : diff_ids) out.push_back(chain_id(out.empty() ? std::string_view() : out.back(), d));
  return out;
}

Status check_config_matches(const ImageConfig& c, const Manifest& m) {
  if (c.diff_ids.size() != m.layers.size())
    return make_error(strf("image config lists %zu diff_ids but the manifest has %zu layers", c.diff_ids.size(),
                           m.layers.size()));
  return {};
}

}  // namespace ec::img
