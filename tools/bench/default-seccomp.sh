#!/bin/bash
# Print an OCI linux.seccomp object for x86_64/aarch64/arm/mips built from
# the containers-common default profile (docker's default in podman's
# packaging): unconditional rules plus those included for the default caps.
# Usage: default-seccomp.sh [profile.json]
set -euo pipefail
src=${1:-/usr/share/containers/seccomp.json}
arch=$(uname -m)
case $arch in
  x86_64) archs='["SCMP_ARCH_X86_64","SCMP_ARCH_X86","SCMP_ARCH_X32"]' ;;
  aarch64) archs='["SCMP_ARCH_AARCH64","SCMP_ARCH_ARM"]' ;;
  armv7l|arm*) archs='["SCMP_ARCH_ARM"]' ;;
  mips*) archs='["SCMP_ARCH_MIPSEL"]' ;;
  *) archs='[]' ;;
esac
jq --argjson archs "$archs" '
  def keep: ((.includes.caps // []) | length == 0) and ((.includes.arches // []) | length == 0)
            and ((.excludes.caps // []) | length == 0) and ((.excludes.arches // []) | length == 0)
            and ((.includes.minKernel // "") == "");
  {defaultAction: .defaultAction, defaultErrnoRet: (.defaultErrnoRet // 1), architectures: $archs,
   syscalls: [.syscalls[] | select(keep) | {names, action} +
     (if .errnoRet then {errnoRet} else {} end) +
     (if (.args // []) | length > 0 then {args: [.args[] | {index, value, op} + (if .valueTwo then {valueTwo} else {} end)]} else {} end)]}' "$src"
