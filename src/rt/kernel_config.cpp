// Kernel .config parsing, plain or gzip (/proc/config.gz).
#include <zlib.h>

#include <cerrno>

#include "core/fs.h"
#include "core/strutil.h"
#include "rt/kernel_check.h"

namespace ec::rt::kcheck {
namespace {

// A real config is ~300 KB; the cap only stops a gzip bomb.
constexpr size_t kMaxConfig = 32u << 20;

Result<std::string> gunzip(const std::string& in, const std::string& path) {
  z_stream zs{};
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) return make_error(path + ": gzip: cannot initialise zlib", ENOMEM);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  std::string out;
  int rc;
  do {
    size_t old = out.size();
    out.resize(old + 65536);
    zs.next_out = reinterpret_cast<Bytef*>(out.data() + old);
    zs.avail_out = 65536;
    rc = inflate(&zs, Z_NO_FLUSH);
    out.resize(old + 65536 - zs.avail_out);
  } while (rc == Z_OK && out.size() <= kMaxConfig);
  std::string why = zs.msg ? zs.msg : rc == Z_OK ? "larger than 32 MiB" : "truncated";
  inflateEnd(&zs);
  if (rc != Z_STREAM_END) return make_error(path + ": gzip: " + why, EINVAL);
  return out;
}

}  // namespace

Opt KernelConfig::get(std::string_view sym) const {
  if (!loaded) return Opt::Unknown;
  auto it = values.find(std::string(sym));
  if (it == values.end() || it->second == "n") return Opt::No;
  if (it->second == "m") return Opt::Module;
  return Opt::Yes;  // y, or a value (number, string): the symbol is on
}

Result<KernelConfig> parse_kernel_config(std::string_view text, std::string_view what) {
  KernelConfig c;
  for (auto& raw : split(text, '\n', true)) {
    std::string_view line = trim(raw);
    if (starts_with(line, "CONFIG_")) {
      size_t eq = line.find('=');
      if (eq == std::string_view::npos) continue;
      c.values[std::string(line.substr(0, eq))] = std::string(line.substr(eq + 1));
    } else if (starts_with(line, "# CONFIG_") && ends_with(line, " is not set")) {
      c.values[std::string(line.substr(2, line.size() - 2 - 11))] = 'n';  // a char: g++ 12 warns (-Wrestrict) on "n"
    }
  }
  if (c.values.empty()) return make_error(std::string(what) + ": not a kernel config (no CONFIG_ lines)");
  c.loaded = true;
  return c;
}

Result<KernelConfig> load_kernel_config(const std::string& path) {
  EC_ASSIGN(std::string text, read_file(path));
  if (text.size() >= 2 && static_cast<unsigned char>(text[0]) == 0x1f && static_cast<unsigned char>(text[1]) == 0x8b) {
    EC_ASSIGN(text, gunzip(text, path));
  }
  return parse_kernel_config(text, path);
}

}  // namespace ec::rt::kcheck
