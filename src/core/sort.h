// Sorting vectors without a std::sort instance per element type and comparator:
// each of those is an introsort, insertion sorts and a heap sort (1.2-1.8 KB on
// aarch64, ~20 instances). Here one out-of-line merge sort orders pointers to the
// elements, and a short template moves the elements into that order. Stable.
#pragma once
#include <cstddef>
#include <utility>
#include <vector>

namespace ec {

namespace sort_detail {
using Less = bool (*)(const void* a, const void* b, const void* ctx);
// Stable: elements that compare equal keep their order.
void sort_pointers(const void** p, size_t n, Less less, const void* ctx);
}  // namespace sort_detail

template <class T, class Less>
void sort(std::vector<T>& v, const Less& less) {
  if (v.size() < 2) return;
  std::vector<const void*> order(v.size());
  for (size_t i = 0; i < v.size(); i++) order[i] = &v[i];
  sort_detail::sort_pointers(
      order.data(), order.size(),
      [](const void* a, const void* b, const void* ctx) {
        return (*static_cast<const Less*>(ctx))(*static_cast<const T*>(a), *static_cast<const T*>(b));
      },
      &less);
  std::vector<T> out;
  out.reserve(v.size());
  for (const void* p : order) out.push_back(std::move(*const_cast<T*>(static_cast<const T*>(p))));
  v.swap(out);
}

template <class T>
void sort(std::vector<T>& v) {
  sort(v, [](const T& a, const T& b) { return a < b; });
}

}  // namespace ec
