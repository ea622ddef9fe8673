#include "core/random.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include <cstdint>

#include "core/fd.h"
#include "core/sha256.h"

namespace ec {

std::string random_hex(size_t bytes) {
  unsigned char buf[32];
  if (bytes > sizeof buf) bytes = sizeof buf;
  size_t got = 0;
  while (got < bytes) {
    ssize_t r = ::getrandom(buf + got, bytes - got, 0);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    got += static_cast<size_t>(r);
  }
  if (got < bytes) {
    // Kernels before 3.17 have no getrandom.
    Fd f(::open("/dev/urandom", O_RDONLY | O_CLOEXEC));
    while (f && got < bytes) {
      ssize_t r = ::read(f.get(), buf + got, bytes - got);
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) break;
      got += static_cast<size_t>(r);
    }
  }
  if (got < bytes) {
    // Names must be unique, not secret: mix pid, time and a counter.
    static uint64_t counter;
    uint64_t x = (static_cast<uint64_t>(::getpid()) << 32) ^ static_cast<uint64_t>(::time(nullptr)) ^ ++counter;
    for (size_t i = got; i < bytes; i++) {
      x = x * 6364136223846793005ull + 1442695040888963407ull;
      buf[i] = static_cast<unsigned char>(x >> 56);
    }
  }
  return hex_encode(buf, bytes);
}

}  // namespace ec
