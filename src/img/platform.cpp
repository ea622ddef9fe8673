#include "img/platform.h"

#include <sys/utsname.h>

#include <cerrno>

#include "core/strutil.h"

namespace ec::img {

namespace {


bool usable(const Platform& p) {
  return !p.os.empty() && !p.architecture.empty() && p.os != "unknown" && p.architecture != "unknown";
}

// Variant order key for architectures whose variants form a ladder (newer
// CPUs run older code); -1 when the variant is not on the ladder.
int64_t variant_key(const std::string& arch, const std::string& variant) {
  auto num = [](std::string_view s) -> int64_t {
    auto n = parse_u64(s);
    return n && *n < 1000 ? static_cast<int64_t>(*n) : -1;
  };
  if (variant.size() < 2 || variant[0] != 'v') return arch == "amd64" && variant.empty() ? 1 : -1;
  std::string_view v = std::string_view(variant).substr(1);
  if (arch == "arm" || arch == "amd64") return num(v);
  if (arch == "arm64") {
    size_t dot = v.find('.');
    int64_t major = num(v.substr(0, dot));
    int64_t minor = dot == std::string_view::npos ? 0 : num(v.substr(dot + 1));
    if (major < 0 || minor < 0) return -1;
    return major * 1000 + minor;
  }
  return -1;
}

bool has_ladder(const std::string& arch) { return arch == "arm" || arch == "arm64" || arch == "amd64"; }

}  // namespace

std::string Platform::str() const {
  std::string s = os + "/" + architecture;
  if (!variant.empty()) s += "/" + variant;
  return s;
}

Platform normalize_platform(const Platform& in) {
  Platform p;
  p.os = ascii_lower(in.os);
  p.os_version = in.os_version;
  std::string arch = ascii_lower(in.architecture), var = ascii_lower(in.variant);
  if (p.os == "macos") p.os = "darwin";
  if (arch == "i386" || arch == "i486" || arch == "i586" || arch == "i686" || arch == "x86") {
    arch = "386";
    var.clear();
  } else if (arch == "x86_64" || arch == "x86-64" || arch == "amd64") {
    arch = "amd64";
    if (var == "v1") var.clear();
  } else if (arch == "aarch64" || arch == "arm64") {
    arch = "arm64";
    if (var.empty() || var == "8" || var == "v8.0") var = "v8";
    else if (var == "9" || var == "v9.0") var = "v9";
    else if (!var.empty() && var[0] >= '0' && var[0] <= '9') var = "v" + var;
  } else if (arch == "armhf") {
    arch = "arm";
    var = "v7";
  } else if (arch == "armel") {
    arch = "arm";
    var = "v6";
  } else if (arch == "arm") {
    if (var.empty()) var = "v7";
    else if (var.size() == 1 && var[0] >= '5' && var[0] <= '8') var = "v" + var;
  } else if (arch == "mipsel") {
    arch = "mipsle";
  } else if (arch == "mips64el") {
    arch = "mips64le";
  } else if (arch == "ppc64el") {
    arch = "ppc64le";
  } else if (arch == "loongarch64") {
    arch = "loong64";
  }
  p.architecture = std::move(arch);
  p.variant = std::move(var);
  return p;
}

Platform platform_from_uname(std::string_view machine, bool little_endian) {
  Platform p;
  p.os = "linux";
  std::string m = ascii_lower(machine);
  if (m == "mips" || m == "mips64") {
    p.architecture = little_endian ? m + "le" : m;
  } else if (m == "armv8l" || m == "armv8b") {
    // A 32-bit personality on an ARMv8 CPU: runs arm/v8 down to v5.
    p.architecture = "arm";
    p.variant = "v8";
  } else if (starts_with(m, "armv") && m.size() > 4 && m[4] >= '5' && m[4] <= '7') {
    p.architecture = "arm";
    p.variant = std::string("v") + m[4];
  } else {
    p.architecture = m;
  }
  return normalize_platform(p);
}

Platform host_platform() {
  struct utsname u {};
  std::string machine = ::uname(&u) == 0 ? u.machine : "";
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  constexpr bool kLittle = true;
#else
  constexpr bool kLittle = false;
#endif
  return platform_from_uname(machine, kLittle);
}

Result<Platform> parse_platform(std::string_view s) {
  auto fail = [&] {
    std::string shown(s.substr(0, 100));
    for (char& c : shown)
      if (c < 0x20 || c == 0x7f) c = '?';
    return make_error(strf("invalid platform \"%s\": want os/arch[/variant] (e.g. linux/arm/v7)", shown.c_str()));
  };
  auto parts = split(s, '/');
  if (parts.empty() || parts.size() > 3) return fail();
  for (auto& part : parts) {
    if (part.empty()) return fail();
    for (char c : part) {
      bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                c == '-' || c == '.';
      if (!ok) return fail();
    }
  }
  Platform p;
  if (parts.size() == 1) {
    p.os = "linux";
    p.architecture = parts[0];
  } else {
    p.os = parts[0];
    p.architecture = parts[1];
    if (parts.size() == 3) p.variant = parts[2];
  }
  return normalize_platform(p);
}

int platform_rank(const Platform& want_in, const Platform& have_in) {
  Platform want = normalize_platform(want_in), have = normalize_platform(have_in);
  if (!usable(have) || want.os != have.os || want.architecture != have.architecture) return -1;
  if (want.variant == have.variant) return 0;
  if (!has_ladder(want.architecture)) return -1;
  int64_t w = variant_key(want.architecture, want.variant), h = variant_key(have.architecture, have.variant);
  if (w < 0 || h < 0 || h > w) return -1;
  // The distance on the ladder: the newest variant the machine runs wins.
  return static_cast<int>(w - h);
}

Result<size_t> match_platform(const std::vector<Platform>& candidates, const Platform& want) {
  int best_rank = -1;
  size_t best = 0;
  std::vector<std::string> offered;
  for (size_t i = 0; i < candidates.size(); i++) {
    const Platform& c = candidates[i];
    if (!usable(c)) continue;
    std::string shown = c.str();
    bool dup = false;
    for (auto& o : offered) dup |= o == shown;
    if (!dup) offered.push_back(shown);
    int r = platform_rank(want, c);
    if (r >= 0 && (best_rank < 0 || r < best_rank)) {
      best_rank = r;
      best = i;
    }
  }
  if (best_rank >= 0) return best;
  std::string msg = "no image for " + want.str() + " in the index; available: ";
  msg += offered.empty() ? std::string("none") : join(offered, ", ");
  return make_error(msg, ENOENT);
}

}  // namespace ec::img
