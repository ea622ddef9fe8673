#!/bin/bash
# Build a one-layer OCI image archive (oci-archive tar) from a rootfs dir,
# with our own tools only (tar, gzip, sha256sum, jq).
# Usage: mkimage.sh ROOTFS OUT.tar NAME[:TAG]
#   IMAGE_ARCH  the OCI architecture (amd64, arm64, arm, mipsle; default this machine's)
set -euo pipefail
rootfs=$1 out=$2 name=$3
case $(uname -m) in
  x86_64) arch=amd64 ;; aarch64) arch=arm64 ;; armv7l) arch=arm ;; mips*) arch=mipsle ;; *) arch=$(uname -m) ;;
esac
arch=${IMAGE_ARCH:-$arch}
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
mkdir -p "$w/blobs/sha256"
tar --sort=name --numeric-owner --mtime=@0 -C "$rootfs" -cf "$w/layer.tar" .
diffid=$(sha256sum "$w/layer.tar" | cut -d' ' -f1)
gzip -n -c "$w/layer.tar" > "$w/layer.tgz"
ldig=$(sha256sum "$w/layer.tgz" | cut -d' ' -f1)
lsize=$(stat -c %s "$w/layer.tgz")
mv "$w/layer.tgz" "$w/blobs/sha256/$ldig"
jq -n -c --arg arch "$arch" --arg d "sha256:$diffid" '{architecture:$arch, os:"linux",
  config:{Env:["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"], Cmd:["sh"]},
  rootfs:{type:"layers", diff_ids:[$d]}, history:[{created_by:"edgectl tests/integration/mkimage.sh"}]}' > "$w/config"
cdig=$(sha256sum "$w/config" | cut -d' ' -f1); csize=$(stat -c %s "$w/config")
mv "$w/config" "$w/blobs/sha256/$cdig"
jq -n -c --arg c "sha256:$cdig" --argjson cs "$csize" --arg l "sha256:$ldig" --argjson ls "$lsize" '{schemaVersion:2,
  mediaType:"application/vnd.oci.image.manifest.v1+json",
  config:{mediaType:"application/vnd.oci.image.config.v1+json", digest:$c, size:$cs},
  layers:[{mediaType:"application/vnd.oci.image.layer.v1.tar+gzip", digest:$l, size:$ls}]}' > "$w/manifest"
mdig=$(sha256sum "$w/manifest" | cut -d' ' -f1); msize=$(stat -c %s "$w/manifest")
mv "$w/manifest" "$w/blobs/sha256/$mdig"
full=$name
[[ $full == */* ]] || full=docker.io/library/$full
[[ ${full##*/} == *:* ]] || full=$full:latest
jq -n -c --arg m "sha256:$mdig" --argjson ms "$msize" --arg full "$full" --arg tag "${full##*:}" '{schemaVersion:2,
  mediaType:"application/vnd.oci.image.index.v1+json",
  manifests:[{mediaType:"application/vnd.oci.image.manifest.v1+json", digest:$m, size:$ms,
    annotations:{"io.containerd.image.name":$full, "org.opencontainers.image.ref.name":$tag}}]}' > "$w/index.json"
echo '{"imageLayoutVersion":"1.0.0"}' > "$w/oci-layout"
rm -f "$w/layer.tar"
tar -C "$w" -cf "$out" oci-layout index.json blobs
