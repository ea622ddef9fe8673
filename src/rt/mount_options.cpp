// OCI mount options -> mount(2) flags, propagation steps, mount_setattr
// attributes and fs-specific data (the option set runc accepts).
#include <sys/mount.h>

#include <cstring>
#include <string_view>

#include "rt/mounts.h"
#include "rt/mounts_internal.h"

#ifndef MS_NOSYMFOLLOW
#define MS_NOSYMFOLLOW 256
#endif
#ifndef MS_LAZYTIME
#define MS_LAZYTIME (1 << 25)
#endif

namespace ec::rt {
namespace {

using namespace mnt;

enum class Kind { Set, Clear, Bind, Prop, AttrSet, AttrClear, Atime };

struct Opt {
  const char* name;
  Kind kind;
  uint64_t value;  // MS_* for Set/Clear/Bind/Prop, MOUNT_ATTR_* for the recursive kinds
};

constexpr Opt kOptions[] = {
    {"defaults", Kind::Set, 0},
    {"ro", Kind::Set, MS_RDONLY},
    {"rw", Kind::Clear, MS_RDONLY},
    {"suid", Kind::Clear, MS_NOSUID},
    {"nosuid", Kind::Set, MS_NOSUID},
    {"dev", Kind::Clear, MS_NODEV},
    {"nodev", Kind::Set, MS_NODEV},
    {"exec", Kind::Clear, MS_NOEXEC},
    {"noexec", Kind::Set, MS_NOEXEC},
    {"sync", Kind::Set, MS_SYNCHRONOUS},
    {"async", Kind::Clear, MS_SYNCHRONOUS},
    {"dirsync", Kind::Set, MS_DIRSYNC},
    {"remount", Kind::Set, MS_REMOUNT},
    {"mand", Kind::Set, MS_MANDLOCK},
    {"nomand", Kind::Clear, MS_MANDLOCK},
    {"atime", Kind::Clear, MS_NOATIME},
    {"noatime", Kind::Set, MS_NOATIME},
    {"diratime", Kind::Clear, MS_NODIRATIME},
    {"nodiratime", Kind::Set, MS_NODIRATIME},
    {"relatime", Kind::Set, MS_RELATIME},
    {"norelatime", Kind::Clear, MS_RELATIME},
    {"strictatime", Kind::Set, MS_STRICTATIME},
    {"nostrictatime", Kind::Clear, MS_STRICTATIME},
    {"lazytime", Kind::Set, MS_LAZYTIME},
    {"nolazytime", Kind::Clear, MS_LAZYTIME},
    {"symfollow", Kind::Clear, MS_NOSYMFOLLOW},
    {"nosymfollow", Kind::Set, MS_NOSYMFOLLOW},
    {"silent", Kind::Set, MS_SILENT},
    {"loud", Kind::Clear, MS_SILENT},
    {"bind", Kind::Bind, MS_BIND},
    {"rbind", Kind::Bind, MS_BIND | MS_REC},
    {"private", Kind::Prop, MS_PRIVATE},
    {"rprivate", Kind::Prop, MS_PRIVATE | MS_REC},
    {"shared", Kind::Prop, MS_SHARED},
    {"rshared", Kind::Prop, MS_SHARED | MS_REC},
    {"slave", Kind::Prop, MS_SLAVE},
    {"rslave", Kind::Prop, MS_SLAVE | MS_REC},
    {"unbindable", Kind::Prop, MS_UNBINDABLE},
    {"runbindable", Kind::Prop, MS_UNBINDABLE | MS_REC},
    {"rro", Kind::AttrSet, kAttrRdonly},
    {"rrw", Kind::AttrClear, kAttrRdonly},
    {"rnosuid", Kind::AttrSet, kAttrNosuid},
    {"rsuid", Kind::AttrClear, kAttrNosuid},
    {"rnodev", Kind::AttrSet, kAttrNodev},
    {"rdev", Kind::AttrClear, kAttrNodev},
    {"rnoexec", Kind::AttrSet, kAttrNoexec},
    {"rexec", Kind::AttrClear, kAttrNoexec},
    {"rnodiratime", Kind::AttrSet, kAttrNodiratime},
    {"rdiratime", Kind::AttrClear, kAttrNodiratime},
    {"rnosymfollow", Kind::AttrSet, kAttrNosymfollow},
    {"rsymfollow", Kind::AttrClear, kAttrNosymfollow},
    // atime is one mode, not bits: the kernel rejects a partial clear of
    // MOUNT_ATTR__ATIME, so the "no..." forms pick the mode they lead to.
    {"rrelatime", Kind::Atime, kAttrRelatime},
    {"rnorelatime", Kind::Atime, kAttrStrictatime},
    {"rnoatime", Kind::Atime, kAttrNoatime},
    {"ratime", Kind::Atime, kAttrRelatime},
    {"rstrictatime", Kind::Atime, kAttrStrictatime},
    {"rnostrictatime", Kind::Atime, kAttrRelatime},
};

// Accepted but not acted on here: idmapped mounts are rejected by the
// caller, tmpcopyup is not supported.
constexpr const char* kIgnored[] = {"idmap", "ridmap", "tmpcopyup"};

const Opt* find_option(std::string_view name) {
  for (auto& o : kOptions)
    if (name == o.name) return &o;
  return nullptr;
}

}  // namespace

Result<unsigned long> parse_propagation(const std::string& s) {
  if (s.empty()) return 0ul;
  const Opt* o = find_option(s);
  if (!o || o->kind != Kind::Prop) return make_error("unknown mount propagation \"" + s + "\"");
  return static_cast<unsigned long>(o->value);
}

Result<MountOptions> parse_mount_options(const std::vector<std::string>& options) {
  MountOptions m;
  for (auto& name : options) {
    const Opt* o = find_option(name);
    if (!o) {
      bool ignored = false;
      for (auto* i : kIgnored)
        if (name == i) ignored = true;
      if (ignored) {
        m.unknown_ignored.push_back(name);
      } else if (!name.empty()) {
        if (!m.data.empty()) m.data += ',';
        m.data += name;
      }
      continue;
    }
    unsigned long v = static_cast<unsigned long>(o->value);
    switch (o->kind) {
      case Kind::Set:
        m.flags |= v;
        m.clear &= ~v;
        break;
      case Kind::Clear:
        m.flags &= ~v;
        m.clear |= v;
        break;
      case Kind::Bind:
        m.flags |= v;
        m.bind = true;
        if (v & MS_REC) m.recursive = true;
        break;
      case Kind::Prop:
        m.propagation |= v;
        m.propagation_steps.push_back(v);
        break;
      case Kind::AttrSet:
        m.attr_set |= o->value;
        m.attr_clr &= ~o->value;
        break;
      case Kind::AttrClear:
        m.attr_clr |= o->value;
        m.attr_set &= ~o->value;
        break;
      case Kind::Atime:
        m.attr_clr |= kAttrAtimeMask;
        m.attr_set = (m.attr_set & ~kAttrAtimeMask) | o->value;
        break;
    }
  }
  return m;
}

std::vector<std::string> known_mount_options() {
  std::vector<std::string> out;
  out.reserve(sizeof kOptions / sizeof kOptions[0]);
  for (auto& o : kOptions) out.emplace_back(o.name);
  return out;
}

}  // namespace ec::rt
