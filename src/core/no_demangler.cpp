// Board builds (boards/common.ini defines EDGECTL_NO_DEMANGLER) replace libc++abi's
// __cxa_demangle. Its only caller there is the default terminate handler, which names the
// type of an uncaught exception, and it brings the whole demangler: ~75 KB of a static
// binary. edgectl throws nothing (-fno-exceptions); only libc++ itself can throw (bad_alloc,
// length_error), and that ends in abort() either way, now with the type name left mangled
// ("St12length_error"). Other builds keep their C++ runtime's demangler.
#include <cstddef>

#if defined(EDGECTL_NO_DEMANGLER) && defined(_LIBCPP_VERSION)
extern "C" char* __cxa_demangle(const char*, char*, size_t*, int* status) {
  if (status) *status = -2;  // "not a valid mangled name": callers print the name as it is
  return nullptr;
}
#endif
