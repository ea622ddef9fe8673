#!/usr/bin/env python3
"""Check that boards/packaging/ agrees with meson_options.txt, meson.build and rootfs-overlay/.

    tools/check-packaging.py [--self-test] [SOURCE_ROOT]

For the Buildroot, Yocto and OpenWrt packages:
  - every -D<option>=<value> names an option of meson_options.txt and has a value valid
    for its type; feature switches are set to enabled or disabled, never auto (a package
    build must not depend on what else is in the sysroot);
  - every feature switch is set both ways (enabled when its package option is on,
    disabled when off), and each package option maps to the switch of the same name
    (BR2_PACKAGE_EDGECTL_<SWITCH>, PACKAGECONFIG[<switch>], CONFIG_EDGECTL_<SWITCH>);
  - every rootfs-overlay/ file a package installs exists, lands at the path it has in
    the overlay (the SysV S60 order prefix may be dropped where update-rc.d makes the
    links; a unit may go to /usr/lib/systemd/system) and comes from a variant that
    package's init systems use; each installs its init script(s) and default config;
  - edgectl and the edgectl-runc symlink go to /usr/bin as meson.build installs them.
Also: the overlay's config.json files use only keys src/core/config.cpp knows, and the
init scripts and unit call /usr/bin/edgectl.

--self-test first checks broken copies of those files (a bogus option, a bad value, a
missing switch, a missing overlay file ...) and fails unless each one is caught.
"""
import argparse
import glob
import json
import os
import re
import shutil
import sys
import tempfile

BUILDROOT_MK = "boards/packaging/buildroot/package/edgectl/edgectl.mk"
BUILDROOT_CONFIG = "boards/packaging/buildroot/package/edgectl/Config.in"
YOCTO_GLOB = "boards/packaging/yocto/meta-edgectl/recipes-*/edgectl/edgectl_*.bb"
OPENWRT_MK = "boards/packaging/openwrt/edgectl/Makefile"
OVERLAY = "rootfs-overlay"

# Which overlay variants each package may install from, and what it must install.
VARIANTS = {
    "buildroot": {"common", "sysv", "openrc", "systemd"},
    "yocto": {"common", "sysv", "systemd"},
    "openwrt": {"common", "procd"},
}
REQUIRED = {
    "buildroot": ["sysv/etc/init.d/S60edgectl", "systemd/lib/systemd/system/edgectl.service",
                  "common/etc/edgectl/config.json"],
    "yocto": ["sysv/etc/init.d/S60edgectl", "systemd/lib/systemd/system/edgectl.service",
              "common/etc/edgectl/config.json"],
    "openwrt": ["procd/etc/init.d/edgectl", "procd/etc/edgectl/config.json"],
}
# Install-destination variables of the three build systems.
DEST_VARS = {
    "$(TARGET_DIR)": "", "${D}": "", "$(1)": "",
    "${sysconfdir}": "/etc", "${datadir}": "/usr/share", "${bindir}": "/usr/bin",
    "${systemd_system_unitdir}": "/lib/systemd/system",
}
INIT_FILES = ["sysv/etc/init.d/S60edgectl", "openrc/etc/init.d/edgectl", "procd/etc/init.d/edgectl",
              "systemd/lib/systemd/system/edgectl.service"]
BIN = "/usr/bin/edgectl"


class Checker:
    def __init__(self, root):
        self.root = root
        self.errors = []

    def err(self, path, msg):
        self.errors.append(f"{path}: {msg}")

    def read(self, rel):
        with open(os.path.join(self.root, rel), encoding="utf-8") as f:
            return f.read()

    # --- meson_options.txt ---
    def parse_options(self):
        text = self.read("meson_options.txt")
        opts = {}
        for call in option_calls(text):
            m = re.match(r"\s*'([^']+)'", call)
            t = re.search(r"\btype\s*:\s*'(\w+)'", call)
            if not m or not t:
                self.err("meson_options.txt", f"cannot parse option({call[:40]}...)")
                continue
            choices = re.search(r"\bchoices\s*:\s*\[([^\]]*)\]", call)
            opts[m.group(1)] = {"type": t.group(1),
                                "choices": re.findall(r"'([^']*)'", choices.group(1)) if choices else []}
        if not opts:
            self.err("meson_options.txt", "no options found")
        return opts

    def valid_value(self, opt, value):
        t = opt["type"]
        if t == "feature":
            return value in ("enabled", "disabled", "auto")
        if t == "boolean":
            return value in ("true", "false")
        if t == "combo":
            return value in opt["choices"]
        if t == "integer":
            return re.fullmatch(r"-?\d+", value) is not None
        return True  # string, array

    # --- -D options in one package file ---
    def check_dopts(self, rel, text, opts, pkg_seen):
        """Validates every -D in text; records (option -> set of values) in pkg_seen."""
        for m in re.finditer(r"-D([A-Za-z0-9_]+)=(\$\(if\s+\$\((\w+)\),([^,()]*),([^,()]*)\)|[^\s,\"'\\]+)", text):
            name, raw = m.group(1), m.group(2)
            if m.group(3):  # $(if $(CONFIG_EDGECTL_X),a,b)
                values = [m.group(4).strip(), m.group(5).strip()]
                sym = m.group(3)
                if not sym.startswith("CONFIG_EDGECTL_") or sym[len("CONFIG_EDGECTL_"):].lower() != name:
                    self.err(rel, f"-D{name} is set from {sym}, not CONFIG_EDGECTL_{name.upper()}")
                elif values != ["enabled", "disabled"]:
                    self.err(rel, f"-D{name}: $(if $({sym}),{values[0]},{values[1]}) should give enabled,disabled")
            elif raw.startswith("$"):
                self.err(rel, f"-D{name}={raw}: the value must be literal (or $(if $(CONFIG_...),enabled,disabled))")
                continue
            else:
                values = [raw]
            if name not in opts:
                self.err(rel, f"-D{name}: no option '{name}' in meson_options.txt")
                continue
            for v in values:
                if not self.valid_value(opts[name], v):
                    self.err(rel, f"-D{name}={v}: invalid value for a {opts[name]['type']} option")
                elif opts[name]["type"] == "feature" and v == "auto":
                    self.err(rel, f"-D{name}=auto: packages set feature switches to enabled or disabled")
                pkg_seen.setdefault(name, set()).add(v)

    def check_coverage(self, pkg, rel, opts, seen):
        for name, opt in opts.items():
            if opt["type"] != "feature":
                continue
            got = seen.get(name, set())
            if not got:
                self.err(rel, f"feature switch '{name}' of meson_options.txt is not set by the {pkg} package")
            elif not {"enabled", "disabled"} <= got:
                self.err(rel, f"feature switch '{name}' is only ever set to {'/'.join(sorted(got))}")

    # --- Buildroot ---
    def check_buildroot(self, opts):
        mk, cfg = BUILDROOT_MK, BUILDROOT_CONFIG
        text = join_lines(strip_comments(self.read(mk)))
        seen = {}
        self.check_dopts(mk, text, opts, seen)
        self.check_coverage("buildroot", mk, opts, seen)
        for m in re.finditer(r"ifeq \(\$\(BR2_PACKAGE_EDGECTL_(\w+)\),y\)\n(.*?)\nelse\n(.*?)\nendif", text, re.S):
            sym, on, off = m.group(1), m.group(2), m.group(3)
            for part, want in ((on, "enabled"), (off, "disabled")):
                for d in re.finditer(r"-D([A-Za-z0-9_]+)=(\S+)", part):
                    if d.group(1) != sym.lower() or d.group(2) != want:
                        self.err(mk, f"BR2_PACKAGE_EDGECTL_{sym} sets -D{d.group(1)}={d.group(2)}"
                                     f" (expected -D{sym.lower()}={want})")
        syms = set(re.findall(r"^config BR2_PACKAGE_EDGECTL_(\w+)", self.read(cfg), re.M))
        for s in syms:
            if s.lower() not in opts or opts[s.lower()]["type"] != "feature":
                self.err(cfg, f"BR2_PACKAGE_EDGECTL_{s} matches no feature switch in meson_options.txt")
            elif f"$(BR2_PACKAGE_EDGECTL_{s})" not in text:
                self.err(mk, f"BR2_PACKAGE_EDGECTL_{s} is never used")
        for name, opt in opts.items():
            if opt["type"] == "feature" and name.upper() not in syms:
                self.err(cfg, f"no BR2_PACKAGE_EDGECTL_{name.upper()} for the feature switch '{name}'")
        if re.search(r"^EDGECTL_INSTALL_TARGET_CMDS\b|^define EDGECTL_INSTALL_TARGET_CMDS", text, re.M):
            self.err(mk, "replaces meson install (edgectl and edgectl-runc in /usr/bin)")
        self.check_installs("buildroot", mk, text)

    # --- Yocto ---
    def check_yocto(self, opts):
        found = sorted(glob.glob(os.path.join(self.root, YOCTO_GLOB)))
        if not found:
            self.err(YOCTO_GLOB, "no recipe")
            return
        rel = os.path.relpath(found[0], self.root)
        text = join_lines(strip_comments(self.read(rel)))
        seen = {}
        self.check_dopts(rel, text, opts, seen)
        self.check_coverage("yocto", rel, opts, seen)
        flags = {}
        for m in re.finditer(r'^PACKAGECONFIG\[([\w-]+)\]\s*=\s*"([^"]*)"', text, re.M):
            flag, fields = m.group(1), m.group(2).split(",")
            flags[flag] = fields
            want = [f"-D{flag}=enabled", f"-D{flag}=disabled"]
            if [f.strip() for f in fields[:2]] != want:
                self.err(rel, f"PACKAGECONFIG[{flag}] should start \"{','.join(want)}\", not \"{m.group(2)}\"")
        for name, opt in opts.items():
            if opt["type"] == "feature" and name not in flags:
                self.err(rel, f"no PACKAGECONFIG[{name}] for the feature switch '{name}'")
        d = re.search(r'^PACKAGECONFIG\s*\?{0,2}=\s*"([^"]*)"', text, re.M)
        for f in (d.group(1).split() if d else []):
            if f not in flags:
                self.err(rel, f"PACKAGECONFIG default names '{f}', which has no PACKAGECONFIG[{f}]")
        if re.search(r"^do_install\s*\(\)", text, re.M):
            self.err(rel, "replaces meson's do_install (use do_install:append)")
        self.check_installs("yocto", rel, text)

    # --- OpenWrt ---
    def check_openwrt(self, opts):
        rel = OPENWRT_MK
        raw = self.read(rel)
        text = join_lines(strip_comments(raw))
        seen = {}
        self.check_dopts(rel, text, opts, seen)
        self.check_coverage("openwrt", rel, opts, seen)
        syms = set(re.findall(r"^\s*config EDGECTL_(\w+)", raw, re.M))
        deps = re.search(r"^PKG_CONFIG_DEPENDS\s*[:+]?=(.*)$", text, re.M)
        deps = deps.group(1).split() if deps else []
        for name, opt in opts.items():
            if opt["type"] != "feature":
                continue
            if name.upper() not in syms:
                self.err(rel, f"no 'config EDGECTL_{name.upper()}' menu option for the feature switch '{name}'")
            if f"CONFIG_EDGECTL_{name.upper()}" not in deps:
                self.err(rel, f"PKG_CONFIG_DEPENDS lacks CONFIG_EDGECTL_{name.upper()} (no rebuild when it changes)")
        inst = re.search(r"^define Package/edgectl/install\n(.*?)^endef", text, re.M | re.S)
        body = inst.group(1) if inst else ""
        if not re.search(r"\$\(PKG_INSTALL_DIR\)/usr/bin/edgectl\s+\$\(1\)/usr/bin/edgectl\b", body):
            self.err(rel, "does not install /usr/bin/edgectl from the meson install")
        if not re.search(r"\$\(LN\)\s+edgectl\s+\$\(1\)/usr/bin/edgectl-runc\b", body):
            self.err(rel, "does not make the /usr/bin/edgectl-runc symlink")
        self.check_installs("openwrt", rel, text)

    # --- files installed from rootfs-overlay/ ---
    def check_installs(self, pkg, rel, text):
        sources = set()
        for line in text.splitlines():
            for m in re.finditer(OVERLAY + r"/([A-Za-z0-9_.@/-]+)", line):
                src = m.group(1)
                sources.add(src)
                if not os.path.isfile(os.path.join(self.root, OVERLAY, src)):
                    self.err(rel, f"installs {OVERLAY}/{src}, which does not exist")
                variant, _, inner = src.partition("/")
                if variant not in VARIANTS[pkg]:
                    self.err(rel, f"installs {OVERLAY}/{src}: the '{variant}' variant is not for {pkg}")
                dest = line.split()[-1].strip("\"'")
                for var, val in DEST_VARS.items():
                    dest = dest.replace(var, val)
                if "$" in dest or dest == m.group(0):
                    self.err(rel, f"cannot tell where {OVERLAY}/{src} goes: {line.split()[-1]}")
                    continue
                if not same_place(dest, "/" + inner):
                    self.err(rel, f"installs {OVERLAY}/{src} as {dest}, not /{inner}")
        for want in REQUIRED[pkg]:
            if want not in sources:
                self.err(rel, f"does not install {OVERLAY}/{want}")

    # --- meson.build, config.json keys, binary paths ---
    def check_tree(self):
        mb = self.read("meson.build")
        if not re.search(r"executable\('edgectl'.*?install:\s*true", mb, re.S):
            self.err("meson.build", "edgectl is no longer installed: the packages rely on it")
        if "install_symlink('edgectl-runc'" not in mb:
            self.err("meson.build", "the edgectl-runc symlink is no longer installed: the packages rely on it")
        keys = set(re.findall(r'k == "([a-z0-9-]+)"', self.read("src/core/config.cpp")))
        if not keys:
            self.err("src/core/config.cpp", "found no config keys")
        for path in sorted(glob.glob(os.path.join(self.root, OVERLAY, "*/etc/edgectl/config.json"))):
            rel = os.path.relpath(path, self.root)
            try:
                with open(path, encoding="utf-8") as f:
                    cfg = json.load(f)
            except ValueError as e:
                self.err(rel, f"invalid JSON: {e}")
                continue
            if not isinstance(cfg, dict):
                self.err(rel, "not a JSON object")
                continue
            for k in cfg:
                if k not in keys:
                    self.err(rel, f"key '{k}' is not an edgectl config key (src/core/config.cpp)")
        for f in INIT_FILES:
            rel = os.path.join(OVERLAY, f)
            if not os.path.isfile(os.path.join(self.root, rel)):
                self.err(rel, "missing")
                continue
            calls = set(re.findall(r"/[\w/]*bin/edgectl\b", self.read(rel)))
            if calls != {BIN}:
                self.err(rel, f"calls {', '.join(sorted(calls)) or 'no edgectl'}, packages install {BIN}")

    def run(self):
        opts = self.parse_options()
        self.check_tree()
        self.check_buildroot(opts)
        self.check_yocto(opts)
        self.check_openwrt(opts)
        return self.errors


def option_calls(text):
    """The argument text of each option(...) call, quotes and nesting respected."""
    out = []
    for m in re.finditer(r"^option\(", text, re.M):
        i, depth, quote = m.end(), 1, False
        start = i
        while i < len(text) and depth:
            c = text[i]
            if quote:
                if c == "\\":
                    i += 1
                elif c == "'":
                    quote = False
            elif c == "'":
                quote = True
            elif c in "([":
                depth += 1
            elif c in ")]":
                depth -= 1
            i += 1
        out.append(text[start:i - 1])
    return out


def strip_comments(text):
    return "\n".join("" if line.lstrip().startswith("#") else line for line in text.splitlines())


def join_lines(text):
    return re.sub(r"\\\n\s*", " ", text)


def same_place(dest, want):
    if dest == want or dest.rstrip("/") == os.path.dirname(want):
        return True
    if want.startswith("/lib/systemd/") and dest == "/usr" + want:  # merged /usr (Buildroot)
        return True
    # rcN.d-style systems: /etc/init.d/S60edgectl installed as /etc/init.d/edgectl.
    m = re.fullmatch(r"(.*/init\.d/)S\d\d(.+)", want)
    return bool(m and dest == m.group(1) + m.group(2))


# --- self-test: each broken copy must be caught, naming the file and the option ---
def mutate(root, rel, old, new, count=1):
    p = os.path.join(root, rel)
    with open(p, encoding="utf-8") as f:
        text = f.read()
    if old not in text:
        raise SystemExit(f"self-test: '{old}' not in {rel}: update the self-test")
    with open(p, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, count))


def yocto_recipe(root):
    return os.path.relpath(sorted(glob.glob(os.path.join(root, YOCTO_GLOB)))[0], root)


MUTATIONS = [
    ("an unknown option", lambda r: mutate(r, BUILDROOT_MK, "EDGECTL_CONF_OPTS = -Dtests=false",
                                           "EDGECTL_CONF_OPTS = -Dtests=false -Dbogus=enabled"),
     ["edgectl.mk", "bogus"]),
    ("a bad feature value", lambda r: mutate(r, yocto_recipe(r), "-Dnet=disabled", "-Dnet=off"),
     [".bb", "-Dnet=off"]),
    ("auto for a feature", lambda r: mutate(r, yocto_recipe(r), '"-Dpull=enabled', '"-Dpull=auto'),
     [".bb", "-Dpull=auto"]),
    ("a bad boolean", lambda r: mutate(r, BUILDROOT_MK, "-Dtests=false", "-Dtests=maybe"),
     ["edgectl.mk", "-Dtests=maybe"]),
    ("a switch left out", lambda r: mutate(r, OPENWRT_MK, "\t-Dcni=$(if $(CONFIG_EDGECTL_CNI),enabled,disabled)", ""),
     ["Makefile", "'cni'"]),
    ("a switch set from another option", lambda r: mutate(r, OPENWRT_MK, "-Dnet=$(if $(CONFIG_EDGECTL_NET)",
                                                          "-Dnet=$(if $(CONFIG_EDGECTL_CNI)"),
     ["Makefile", "-Dnet", "CONFIG_EDGECTL_CNI"]),
    ("Buildroot mapping swapped", lambda r: mutate(r, BUILDROOT_MK, "EDGECTL_CONF_OPTS += -Dvfs=enabled",
                                                   "EDGECTL_CONF_OPTS += -Doverlay=enabled"),
     ["edgectl.mk", "BR2_PACKAGE_EDGECTL_VFS"]),
    ("a new switch no package knows", lambda r: mutate(
        r, "meson_options.txt", "option('tests'",
        "option('gpio', type: 'feature', value: 'enabled', description: 'x')\noption('tests'"),
     ["gpio", "edgectl.mk", "Config.in", ".bb", "Makefile"]),
    ("a missing overlay file", lambda r: os.remove(os.path.join(r, OVERLAY, "sysv/etc/init.d/S60edgectl")),
     ["S60edgectl", "does not exist"]),
    ("an overlay file installed elsewhere", lambda r: mutate(
        r, BUILDROOT_MK, "$(TARGET_DIR)/etc/edgectl/config.json", "$(TARGET_DIR)/etc/edgectl.json"),
     ["edgectl.mk", "/etc/edgectl.json"]),
    ("an unknown config key", lambda r: mutate(r, f"{OVERLAY}/common/etc/edgectl/config.json", "{",
                                               '{"bogus-key": 1'),
     ["config.json", "bogus-key"]),
    ("no edgectl-runc symlink", lambda r: mutate(r, OPENWRT_MK, "$(LN) edgectl $(1)/usr/bin/edgectl-runc", ""),
     ["Makefile", "edgectl-runc"]),
]


def copy_tree(src, dst):
    for rel in ("meson_options.txt", "meson.build", "src/core/config.cpp"):
        os.makedirs(os.path.dirname(os.path.join(dst, rel)) or dst, exist_ok=True)
        shutil.copy(os.path.join(src, rel), os.path.join(dst, rel))
    for rel in (OVERLAY, "boards/packaging"):
        shutil.copytree(os.path.join(src, rel), os.path.join(dst, rel), symlinks=True)


def self_test(src):
    failed = 0
    with tempfile.TemporaryDirectory(prefix="check-packaging.") as tmp:
        clean = os.path.join(tmp, "clean")
        copy_tree(src, clean)
        errs = Checker(clean).run()
        if errs:
            print("self-test: the unmodified copy fails:\n  " + "\n  ".join(errs))
            return 1
        for i, (what, fn, needles) in enumerate(MUTATIONS):
            root = os.path.join(tmp, f"m{i}")
            copy_tree(src, root)
            fn(root)
            errs = Checker(root).run()
            text = "\n".join(errs)
            missing = [n for n in needles if n not in text]
            if not errs or missing:
                failed += 1
                print(f"self-test FAILED: {what}: not reported (missing {missing}); got: {errs}")
            else:
                print(f"self-test ok: {what}: {errs[0]}")
    return failed


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("root", nargs="?", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap.add_argument("--self-test", action="store_true", help="first check that broken copies are caught")
    a = ap.parse_args()
    if a.self_test and self_test(a.root):
        return 1
    errs = Checker(a.root).run()
    for e in errs:
        print(e)
    if errs:
        print(f"packaging: {len(errs)} problem(s)")
        return 1
    print("packaging: buildroot, yocto and openwrt agree with meson_options.txt, meson.build and rootfs-overlay/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
