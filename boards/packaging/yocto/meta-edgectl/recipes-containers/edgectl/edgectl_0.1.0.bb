SUMMARY = "Daemonless container engine and OCI runtime for edge gateways"
DESCRIPTION = "edgectl: a docker-like engine without a daemon (one small \
monitor per container) and a runc-compatible OCI runtime (edgectl-runc) in \
one binary. The init script or unit runs 'edgectl autostart' at boot and \
'edgectl shutdown' at halt."
LICENSE = "Apache-2.0"
LIC_FILES_CHKSUM = "file://${COMMON_LICENSE_DIR}/Apache-2.0;md5=89aea4e17d99a7cacdbeed46a0096b10"

# Built from the project tree this layer lives in (EDGECTL_SRCDIR, see
# conf/layer.conf). To build a published revision instead, drop these three
# lines and set SRC_URI = "git://...;protocol=https;branch=...", SRCREV and
# S = "${WORKDIR}/git".
inherit externalsrc
EXTERNALSRC = "${EDGECTL_SRCDIR}"
EXTERNALSRC_BUILD = "${WORKDIR}/build"

inherit meson pkgconfig update-rc.d systemd

# mbedTLS is always needed (its sha256); its x509/ssl only with 'tls'.
DEPENDS = "cjson zlib mbedtls"

# Every feature switch of meson_options.txt, set explicitly either way
# (never 'auto': the result must not depend on what is in the sysroot).
PACKAGECONFIG ??= "seccomp pull tls cgroup_v1 cgroup_v2 overlay vfs healthcheck export monitor volumes net cni"
PACKAGECONFIG[seccomp] = "-Dseccomp=enabled,-Dseccomp=disabled,libseccomp"
PACKAGECONFIG[pull] = "-Dpull=enabled,-Dpull=disabled"
PACKAGECONFIG[tls] = "-Dtls=enabled,-Dtls=disabled"
PACKAGECONFIG[cgroup_v1] = "-Dcgroup_v1=enabled,-Dcgroup_v1=disabled"
PACKAGECONFIG[cgroup_v2] = "-Dcgroup_v2=enabled,-Dcgroup_v2=disabled"
PACKAGECONFIG[overlay] = "-Doverlay=enabled,-Doverlay=disabled"
PACKAGECONFIG[vfs] = "-Dvfs=enabled,-Dvfs=disabled"
PACKAGECONFIG[healthcheck] = "-Dhealthcheck=enabled,-Dhealthcheck=disabled"
PACKAGECONFIG[export] = "-Dexport=enabled,-Dexport=disabled"
PACKAGECONFIG[monitor] = "-Dmonitor=enabled,-Dmonitor=disabled"
PACKAGECONFIG[volumes] = "-Dvolumes=enabled,-Dvolumes=disabled"
PACKAGECONFIG[net] = "-Dnet=enabled,-Dnet=disabled"
PACKAGECONFIG[cni] = "-Dcni=enabled,-Dcni=disabled"

EXTRA_OEMESON = "-Dtests=false"

# The combinations meson_options.txt refuses, reported at parse time.
python () {
    pc = (d.getVar('PACKAGECONFIG') or '').split()
    if 'tls' in pc and 'pull' not in pc:
        bb.fatal("edgectl: PACKAGECONFIG 'tls' needs 'pull' (TLS serves registry pulls only)")
    if 'cni' in pc and 'net' not in pc:
        bb.fatal("edgectl: PACKAGECONFIG 'cni' needs 'net'")
    if 'overlay' not in pc and 'vfs' not in pc:
        bb.fatal("edgectl: PACKAGECONFIG needs at least one of 'overlay' and 'vfs'")
}

# meson install puts edgectl and the edgectl-runc symlink in ${bindir}.
# The SysV script is S60edgectl in rootfs-overlay (BusyBox init runs
# /etc/init.d/S??*); here update-rc.d makes the rcN.d links, so it is
# installed without the order prefix.
do_install:append() {
    install -d ${D}${sysconfdir}/edgectl ${D}${sysconfdir}/default ${D}${datadir}/edgectl/examples
    install -m 0644 ${S}/rootfs-overlay/common/etc/edgectl/config.json ${D}${sysconfdir}/edgectl/config.json
    install -m 0644 ${S}/rootfs-overlay/sysv/etc/default/edgectl ${D}${sysconfdir}/default/edgectl
    install -m 0755 ${S}/rootfs-overlay/common/usr/share/edgectl/examples/hello-httpd.sh ${D}${datadir}/edgectl/examples/hello-httpd.sh
    if ${@bb.utils.contains('DISTRO_FEATURES', 'sysvinit', 'true', 'false', d)}; then
        install -d ${D}${sysconfdir}/init.d
        install -m 0755 ${S}/rootfs-overlay/sysv/etc/init.d/S60edgectl ${D}${sysconfdir}/init.d/edgectl
    fi
    if ${@bb.utils.contains('DISTRO_FEATURES', 'systemd', 'true', 'false', d)}; then
        install -d ${D}${systemd_system_unitdir}
        install -m 0644 ${S}/rootfs-overlay/systemd/lib/systemd/system/edgectl.service ${D}${systemd_system_unitdir}/edgectl.service
    fi
}

INITSCRIPT_NAME = "edgectl"
# Start late (after networking and the firewall), stop early (K10: before
# networking goes down at halt).
INITSCRIPT_PARAMS = "start 60 2 3 4 5 . stop 10 0 1 6 ."
SYSTEMD_SERVICE:${PN} = "edgectl.service"

CONFFILES:${PN} = "${sysconfdir}/edgectl/config.json ${sysconfdir}/default/edgectl"

# What containers need from the kernel and what the NAT backends use, where
# the image has them; edgectl reports anything missing at run time.
RRECOMMENDS:${PN} = "kernel-module-overlay kernel-module-veth kernel-module-bridge nftables"
