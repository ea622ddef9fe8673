################################################################################
#
# edgectl
#
################################################################################

EDGECTL_VERSION = 0.1.0
# Built from the project tree this BR2_EXTERNAL lives in: the external is
# boards/packaging/buildroot, three levels below the top of the tree. The
# local method rsyncs the tree into the build directory; the exclusions keep
# out build directories (the tree's own build*/ would even be wiped by the
# meson infrastructure, which configures in $(@D)/build) and the toolchain
# cache of tools/build-board.sh.
EDGECTL_SITE = $(BR2_EXTERNAL_EDGECTL_PATH)/../../..
EDGECTL_SITE_METHOD = local
EDGECTL_OVERRIDE_SRCDIR_RSYNC_EXCLUSIONS = \
	--exclude /build* --exclude /subprojects/packagecache --exclude /.git
EDGECTL_LICENSE = Apache-2.0
EDGECTL_DEPENDENCIES = host-pkgconf cjson zlib mbedtls

# Every feature switch of meson_options.txt is set explicitly (never 'auto':
# the result must not depend on what else happens to be in staging).
EDGECTL_CONF_OPTS = -Dtests=false

ifeq ($(BR2_PACKAGE_EDGECTL_SECCOMP),y)
EDGECTL_DEPENDENCIES += libseccomp
EDGECTL_CONF_OPTS += -Dseccomp=enabled
else
EDGECTL_CONF_OPTS += -Dseccomp=disabled
endif

ifeq ($(BR2_PACKAGE_EDGECTL_PULL),y)
EDGECTL_CONF_OPTS += -Dpull=enabled
else
EDGECTL_CONF_OPTS += -Dpull=disabled
endif

ifeq ($(BR2_PACKAGE_EDGECTL_TLS),y)
EDGECTL_CONF_OPTS += -Dtls=enabled
else
EDGECTL_CONF_OPTS += -Dtls=disabled
endif

ifeq ($(BR2_PACKAGE_EDGECTL_CGROUP_V1),y)
EDGECTL_CONF_OPTS += -Dcgroup_v1=enabled
else
EDGECTL_CONF_OPTS += -Dcgroup_v1=disabled
endif

ifeq ($(BR2_PACKAGE_EDGECTL_CGROUP_V2),y)
EDGECTL_CONF_OPTS += -Dcgroup_v2=enabled
else
EDGECTL_CONF_OPTS += -Dcgroup_v2=disabled
endif

ifeq ($(BR2_PACKAGE_EDGECTL_OVERLAY),y)
EDGECTL_CONF_OPTS += -Doverlay=enabled
else
EDGECTL_CONF_OPTS += -Doverlay=disabled
endif

ifeq ($(BR2_PACKAGE_EDGECTL_VFS),y)
EDGECTL_CONF_OPTS += -Dvfs=enabled
else
EDGECTL_CONF_OPTS += -Dvfs=disabled
endif

ifeq ($(BR2_PACKAGE_EDGECTL_HEALTHCHECK),y)
EDGECTL_CONF_OPTS += -Dhealthcheck=enabled
else
EDGECTL_CONF_OPTS += -Dhealthcheck=disabled
endif

ifeq ($(BR2_PACKAGE_EDGECTL_EXPORT),y)
EDGECTL_CONF_OPTS += -Dexport=enabled
else
EDGECTL_CONF_OPTS += -Dexport=disabled
endif

ifeq ($(BR2_PACKAGE_EDGECTL_MONITOR),y)
EDGECTL_CONF_OPTS += -Dmonitor=enabled
else
EDGECTL_CONF_OPTS += -Dmonitor=disabled
endif

ifeq ($(BR2_PACKAGE_EDGECTL_VOLUMES),y)
EDGECTL_CONF_OPTS += -Dvolumes=enabled
else
EDGECTL_CONF_OPTS += -Dvolumes=disabled
endif

ifeq ($(BR2_PACKAGE_EDGECTL_NET),y)
EDGECTL_CONF_OPTS += -Dnet=enabled
else
EDGECTL_CONF_OPTS += -Dnet=disabled
endif

ifeq ($(BR2_PACKAGE_EDGECTL_CNI),y)
EDGECTL_CONF_OPTS += -Dcni=enabled
else
EDGECTL_CONF_OPTS += -Dcni=disabled
endif

# meson install puts edgectl and the edgectl-runc symlink in /usr/bin.
define EDGECTL_INSTALL_CONFIG
	$(INSTALL) -D -m 0644 $(@D)/rootfs-overlay/common/etc/edgectl/config.json \
		$(TARGET_DIR)/etc/edgectl/config.json
	$(INSTALL) -D -m 0644 $(@D)/rootfs-overlay/sysv/etc/default/edgectl \
		$(TARGET_DIR)/etc/default/edgectl
	$(INSTALL) -D -m 0755 $(@D)/rootfs-overlay/common/usr/share/edgectl/examples/hello-httpd.sh \
		$(TARGET_DIR)/usr/share/edgectl/examples/hello-httpd.sh
endef
EDGECTL_POST_INSTALL_TARGET_HOOKS += EDGECTL_INSTALL_CONFIG

define EDGECTL_INSTALL_INIT_SYSV
	$(INSTALL) -D -m 0755 $(@D)/rootfs-overlay/sysv/etc/init.d/S60edgectl \
		$(TARGET_DIR)/etc/init.d/S60edgectl
endef

define EDGECTL_INSTALL_INIT_OPENRC
	$(INSTALL) -D -m 0755 $(@D)/rootfs-overlay/openrc/etc/init.d/edgectl \
		$(TARGET_DIR)/etc/init.d/edgectl
	$(INSTALL) -D -m 0644 $(@D)/rootfs-overlay/openrc/etc/conf.d/edgectl \
		$(TARGET_DIR)/etc/conf.d/edgectl
endef

# Enabled by Buildroot's systemctl preset-all (WantedBy=multi-user.target).
define EDGECTL_INSTALL_INIT_SYSTEMD
	$(INSTALL) -D -m 0644 $(@D)/rootfs-overlay/systemd/lib/systemd/system/edgectl.service \
		$(TARGET_DIR)/usr/lib/systemd/system/edgectl.service
endef

$(eval $(meson-package))
