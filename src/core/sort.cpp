#include "core/sort.h"

#include <cstring>

namespace ec::sort_detail {

// Bottom-up merge sort: runs of 1, 2, 4 ... merged between p and a buffer of the
// same size; taking from the left run on ties keeps it stable.
void sort_pointers(const void** p, size_t n, Less less, const void* ctx) {
  if (n < 2) return;
  std::vector<const void*> buf(n);
  const void** from = p;
  const void** to = buf.data();
  for (size_t width = 1; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = lo + width < n ? lo + width : n;
      size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) to[k++] = less(from[j], from[i], ctx) ? from[j++] : from[i++];
      while (i < mid) to[k++] = from[i++];
      while (j < hi) to[k++] = from[j++];
    }
    std::swap(from, to);
  }
  if (from != p) memcpy(p, from, n * sizeof *p);
}

}  // namespace ec::sort_detail
