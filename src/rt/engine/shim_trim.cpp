// Keeping an idle shim small. The shim is exec'd fresh, but its setup (config,
// records, runtime calls) runs through much of the binary's code, and every
// text page it touched stays mapped and counts in its Pss although the idle
// loop never runs it again. Once the shim has been quiet for a second,
// MADV_DONTNEED drops the executable mappings of our own binary from its page
// tables; the pages stay in the page cache and fault back in on use. Only
// read-only segments outside RELRO are touched: they are never written, so
// nothing is lost (dropping RELRO or data would revert relocated pages).
#include <link.h>
#include <malloc.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

#include "core/clock.h"
#include "rt/engine/shim_internal.h"

namespace ec::engine {

namespace {


constexpr int64_t kQuietMs = 1000;

}  // namespace

void Shim::find_text() {
  // Every read-only PT_LOAD of every loaded object (our binary, libc, ...),
  // minus its RELRO range: relocated data there lives in private copies.
  dl_iterate_phdr(
      [](struct dl_phdr_info* info, size_t, void* data) {
        auto* out = static_cast<std::vector<std::pair<uintptr_t, size_t>>*>(data);
        if (info->dlpi_name && strstr(info->dlpi_name, "vdso")) return 0;
        uintptr_t relro_lo = 0, relro_hi = 0;
        for (int i = 0; i < info->dlpi_phnum; i++)
          if (info->dlpi_phdr[i].p_type == PT_GNU_RELRO) {
            relro_lo = info->dlpi_addr + info->dlpi_phdr[i].p_vaddr;
            relro_hi = relro_lo + info->dlpi_phdr[i].p_memsz;
          }
        const uintptr_t pg = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
        for (int i = 0; i < info->dlpi_phnum; i++) {
          const auto& ph = info->dlpi_phdr[i];
          if (ph.p_type != PT_LOAD || (ph.p_flags & PF_W)) continue;
          // Whole pages strictly inside the segment (its edges may share a page with data).
          uintptr_t lo = (info->dlpi_addr + ph.p_vaddr + pg - 1) & ~(pg - 1);
          uintptr_t hi = (info->dlpi_addr + ph.p_vaddr + ph.p_filesz) & ~(pg - 1);
          if (relro_hi > relro_lo && lo < relro_hi && hi > relro_lo) continue;
          if (hi > lo) out->push_back({lo, hi - lo});
        }
        return 0;
      },
      &text_);
}

[[gnu::hot]] int Shim::trim_timeout(int timeout_ms) {
  if (text_.empty()) return timeout_ms;
  int64_t now = monotonic_ms();
  if (last_trim_ms_ < 0) return timeout_ms;  // already trimmed, nothing ran since
  if (now - last_trim_ms_ < kQuietMs) {
    int64_t wait = kQuietMs - (now - last_trim_ms_);
    return timeout_ms < 0 || timeout_ms > wait ? static_cast<int>(wait) : timeout_ms;
  }
  for (auto& [addr, len] : text_) ::madvise(reinterpret_cast<void*>(addr), len, MADV_DONTNEED);
#ifdef __GLIBC__
  ::malloc_trim(0);  // free heap pages back too (musl's allocator returns them itself)
#endif
  last_trim_ms_ = -1;
  return timeout_ms;
}

}  // namespace ec::engine
