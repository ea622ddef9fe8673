#!/bin/bash
# Install what building and testing edgectl needs on Debian 12 (as root).
# Quick when everything is already there: apt runs only for missing packages.
set -euo pipefail
pkgs=(
  # build
  meson ninja-build pkg-config g++ libcjson-dev libseccomp-dev libgtest-dev
  libmbedtls-dev zlib1g-dev
  # compiler cache for tools/build-matrix.sh (10+ builds of the same sources)
  ccache
  # integration tests and benchmarks
  busybox-static jq iproute2 nftables iptables containernetworking-plugins procps util-linux
  podman containerd crun runc
  # registry/pull tests (tests/integration/lib-registry.sh)
  docker-registry skopeo apache2-utils openssl curl python3
  # boot tests (tests/boot): board kernels under qemu-system, initramfs packing
  qemu-system-x86 qemu-system-arm qemu-system-mips cpio
  # the board builds' toolchain (tools/setup-toolchain.sh checks these again; listed here
  # so a fresh machine needs one apt run). Not npm: it conflicts with a nodesource nodejs,
  # which brings its own npm; setup-toolchain.sh installs it only when `npm` is missing.
  patch gperf llvm qemu-user-static
)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
