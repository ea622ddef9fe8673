// Image platforms (os/arch/variant): the machine's own, the user's
// "--platform" string, and choosing among the entries of an image index.
//
// Names follow the OCI image spec / Go's GOOS and GOARCH, normalised like
// containerd does: x86_64 -> amd64, aarch64 -> arm64, armhf -> arm/v7,
// armel -> arm/v6, i386 -> 386. arm64's variant is always "v8" when unset
// (so "arm64" == "arm64/v8"), arm's defaults to "v7", amd64's "v1" is "".
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace ec::img {

struct Platform {
  std::string os;            // "linux"
  std::string architecture;  // "amd64", "arm64", "arm", "mipsle", ...
  std::string variant;       // "v7", "v8", or empty
  std::string os_version;    // Windows only; ignored when matching other OSes

  // "linux/arm/v7", "linux/amd64": os/arch[/variant] as written.
  std::string str() const;
  bool operator==(const Platform&) const = default;
};

// Normalised copy: lowercase names, aliases resolved, default variants.
Platform normalize_platform(const Platform& p);

// The platform of a machine whose uname(2) machine field is `machine`.
// Kernels report "mips"/"mips64" for both byte orders, so the byte order
// the binary was built for decides mips vs mipsle.
Platform platform_from_uname(std::string_view machine, bool little_endian);
// This machine: uname(2) plus the build's byte order. Always os "linux".
Platform host_platform();

// Parse "--platform" values: "os/arch[/variant]" or just "arch" (os linux).
// Errors: `invalid platform "x//y": want os/arch[/variant]`.
Result<Platform> parse_platform(std::string_view s);

// How well an image built for `have` runs on `want`: 0 = exact, higher =
// worse but compatible (arm/v7 runs v6 at 1 and v5 at 2), -1 = cannot run.
// Both are normalised first. os and architecture must be equal; variants
// are ordered for arm (v5 < v6 < v7 < v8), arm64 (v8 < v8.1 < ... < v9 ...)
// and amd64 (v1 < v2 < v3 < v4); other architectures need equal variants.
int platform_rank(const Platform& want, const Platform& have);

// Index of the best candidate for `want` (lowest rank, first on ties).
// Candidates with os or architecture "unknown" (build attestations) or with
// an empty os/architecture are never chosen. When nothing fits, the error
// (code ENOENT) lists the usable candidates:
//   "no image for linux/mipsle in the index; available: linux/amd64, linux/arm64/v8"
Result<size_t> match_platform(const std::vector<Platform>& candidates, const Platform& want);

}  // namespace ec::img
