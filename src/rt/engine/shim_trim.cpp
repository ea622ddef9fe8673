// Keeping an idle shim small. The shim is exec'd fresh, but its setup (config,
// records, runtime calls) runs through much of the binary's code, and every
// text page it touched stays mapped and counts in its Pss although the idle
// loop never runs it again. Once the shim has been quiet for a second,
// MADV_DONTNEED drops the executable mappings of our own binary from its page
// tables; the pages stay in the page cache and fault back in on use. Only
// read-only segments outside RELRO are touched: they are never written, so
// nothing is lost (dropping RELRO or data would revert relocated pages).
// The stack below the running frame goes too: setup ran deep, the idle loop
// does not, and nothing lives below the stack pointer (no signal handlers:
// signals arrive through the signalfd).
//
// Every text page the shim touches after the drop faults back in with its
// kernel fault-around window (64 KB by default), so the code between the
// madvise calls and the blocking poll must not fault at all: it is all in
// drop_and_poll below, whose pages and those of libc's madvise and poll are
// left mapped. The board link puts those two next to it in .text.hot
// (tools/keep-text-section-prefix.ld), so that is two or three pages. Three
// windows scattered over the text (madvise, poll, an outlined fragment) were
// 190 KB of an aarch64 shim.
#include <link.h>
#include <malloc.h>
#include <poll.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "core/clock.h"
#include "core/fs.h"
#include "core/sort.h"
#include "core/strutil.h"
#include "rt/engine/shim_internal.h"

namespace ec::engine {

namespace {

constexpr int64_t kQuietMs = 1000;

}  // namespace

// The drop and the wait, in one function that calls nothing but libc's madvise
// and poll. optnone (clang): -Oz code is otherwise marked minsize, and aarch64's
// machine outliner then moves pieces of it (even of [[gnu::hot]] code) into
// OUTLINED_FUNCTION_* at the far end of .text. Unoptimised code is fine for the
// few lines this is; it must not call helpers (optnone inlines nothing).
#if defined(__clang__)
#define EC_NO_OUTLINER __attribute__((optnone))
#else
#define EC_NO_OUTLINER
#endif
// The section by name: clang's hot attribute gives optnone code no .text.hot prefix.
[[gnu::hot, gnu::noinline, gnu::section(".text.hot.shim_drop_and_poll")]] EC_NO_OUTLINER static int drop_and_poll(
    const std::pair<uintptr_t, size_t>* text, size_t ntext, uintptr_t stack_lo, uintptr_t page, pollfd* fds,
    size_t nfds, int timeout_ms) {
  char here;
  // Keep the page we run on and the one below it (poll's frame, the syscall).
  uintptr_t sp_page = reinterpret_cast<uintptr_t>(&here) & ~(page - 1);
  if (stack_lo && sp_page - page > stack_lo)
    ::madvise(reinterpret_cast<void*>(stack_lo), sp_page - page - stack_lo, MADV_DONTNEED);
  for (size_t i = 0; i < ntext; i++) ::madvise(reinterpret_cast<void*>(text[i].first), text[i].second, MADV_DONTNEED);
  return ::poll(fds, nfds, timeout_ms);
}

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
  page_ = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
  // The pages the code after the drop runs on stay mapped: faulting one back
  // in would map its whole fault-around window again. Two pages from each
  // entry point: a function may cross a page boundary.
  std::vector<std::pair<uintptr_t, uintptr_t>> keep;  // [lo, hi)
  for (auto fn : {reinterpret_cast<uintptr_t>(&drop_and_poll), reinterpret_cast<uintptr_t>(&::madvise),
                  reinterpret_cast<uintptr_t>(&::poll)})
    keep.push_back({fn & ~(page_ - 1), (fn & ~(page_ - 1)) + 2 * page_});
  ec::sort(keep);
  std::vector<std::pair<uintptr_t, size_t>> cut;
  for (auto [lo, len] : text_) {
    uintptr_t hi = lo + len;
    for (auto [klo, khi] : keep) {
      if (khi <= lo || klo >= hi) continue;
      if (klo > lo) cut.push_back({lo, klo - lo});
      lo = std::max(lo, khi);
    }
    if (hi > lo) cut.push_back({lo, hi - lo});
  }
  text_ = std::move(cut);
  // The stack's low end: the kernel maps 128 KB or more at exec, more than
  // the shim ever uses, so the mapping does not grow after this.
  if (auto maps = read_file("/proc/self/maps"))
    for (auto& line : split(*maps, '\n', true))
      if (ends_with(line, "[stack]")) stack_lo_ = std::strtoul(line.c_str(), nullptr, 16);  // "lo-hi perms ..."
}

// One wait for events, trimming first once the shim has been quiet for a second.
[[gnu::hot]] int Shim::wait_events(pollfd* fds, size_t n, int timeout_ms) {
  if (!text_.empty() && last_trim_ms_ >= 0) {
    int64_t quiet = monotonic_ms() - last_trim_ms_;
    if (quiet >= kQuietMs) {
#ifdef __GLIBC__
      ::malloc_trim(0);  // free heap pages back too (musl's allocator returns them itself)
#endif
      last_trim_ms_ = -1;  // trimmed: nothing to do until something runs again
      return drop_and_poll(text_.data(), text_.size(), stack_lo_, page_, fds, n, timeout_ms);
    }
    int64_t wait = kQuietMs - quiet;
    if (timeout_ms < 0 || timeout_ms > wait) timeout_ms = static_cast<int>(wait);
  }
  return ::poll(fds, n, timeout_ms);
}

}  // namespace ec::engine
