#!/bin/bash
# Print an OCI linux.seccomp object for x86_64/aarch64/arm/mips built from
# the containers-common default profile (docker's default in podman's
# packaging): unconditional rules plus those included for the default caps.
# Usage: default-seccomp.sh [profile.json]
set -euo pipefail
src=${1:-/usr/share/containers/seccomp.json}
arch=$(uname -m)
case $arch in
  x86_64) archs='["SCMP_ARCH_X86_64","SCMP_ARCH_X86","SCMP_ARCH_X32"]' darch=amd64 ;;
  aarch64) archs='["SCMP_ARCH_AARCH64","SCMP_ARCH_ARM"]' darch=arm64 ;;
  armv7l|arm*) archs='["SCMP_ARCH_ARM"]' darch=arm ;;
  mips*) archs='["SCMP_ARCH_MIPSEL"]' darch=mipsle ;;
  *) archs='[]' darch=$arch ;;
esac
# Docker's rule filters: "includes" must all hold (this arch; no extra caps,
# since the default capability set holds none of those), "excludes" must not.
jq --argjson archs "$archs" --arg darch "$darch" '
  def inc_ok: ((.includes.caps // []) | length == 0)
              and (((.includes.arches // []) | length == 0) or ((.includes.arches // []) | index($darch)));
  def exc_ok: ((.excludes.arches // []) | index($darch) | not);
  {defaultAction: .defaultAction, defaultErrnoRet: (.defaultErrnoRet // 1), architectures: $archs,
   syscalls: [.syscalls[] | select(inc_ok and exc_ok) | {names, action} +
     (if .errnoRet then {errnoRet} else {} end) +
     (if (.args // []) | length > 0 then {args: [.args[] | {index, value, op} + (if .valueTwo then {valueTwo} else {} end)]} else {} end)]}' "$src"
