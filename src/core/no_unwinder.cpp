// Board builds (boards/common.ini defines EDGECTL_NO_UNWINDER) replace libunwind, ~33 KB
// of a static binary that can never unwind anything: the link drops every unwind table
// (boards/no-eh-frame.ld), so the real _Unwind_RaiseException finds no frame to unwind to
// and returns _URC_END_OF_STACK, whereupon __cxa_throw calls std::terminate. Only libc++
// itself can throw (bad_alloc, length_error: edgectl is built with -fno-exceptions), and
// it ends in abort() with "terminating due to uncaught exception of type ..." as before.
// Everything else libc++abi references (the personality routine's context accessors,
// _Unwind_Resume from its landing pads) runs only during an unwind, which now never
// starts: reaching one of them is a bug, so they abort. Other builds keep their unwinder.
//
// The declarations are our own, not <unwind.h>'s: its ARM EHABI and Itanium variants
// differ, and only the symbol names and the register-passed arguments matter here.
#if defined(EDGECTL_NO_UNWINDER) && defined(_LIBCPP_VERSION)
#include <cstdint>
#include <cstdlib>

extern "C" {

struct _Unwind_Exception;
struct _Unwind_Context;
constexpr int kEndOfStack = 5;  // _URC_END_OF_STACK, the same value on every ABI

int _Unwind_RaiseException(_Unwind_Exception*) { return kEndOfStack; }
int _Unwind_Resume_or_Rethrow(_Unwind_Exception*) { return kEndOfStack; }
int _Unwind_ForcedUnwind(_Unwind_Exception*, void*, void*) { return kEndOfStack; }
[[noreturn]] void _Unwind_Resume(_Unwind_Exception*) { abort(); }
[[noreturn]] void _Unwind_DeleteException(_Unwind_Exception*) { abort(); }
[[noreturn]] uintptr_t _Unwind_GetLanguageSpecificData(_Unwind_Context*) { abort(); }
[[noreturn]] uintptr_t _Unwind_GetRegionStart(_Unwind_Context*) { abort(); }

#if defined(__arm__) && !defined(__USING_SJLJ_EXCEPTIONS__)
// ARM EHABI: accessors through the virtual register set; personality helpers.
[[noreturn]] int _Unwind_VRS_Get(_Unwind_Context*, int, uint32_t, int, void*) { abort(); }
[[noreturn]] int _Unwind_VRS_Set(_Unwind_Context*, int, uint32_t, int, void*) { abort(); }
[[noreturn]] int _Unwind_VRS_Pop(_Unwind_Context*, int, uint32_t, int) { abort(); }
[[noreturn]] void _Unwind_Complete(_Unwind_Exception*) { abort(); }
[[noreturn]] int __gnu_unwind_frame(_Unwind_Exception*, _Unwind_Context*) { abort(); }
[[noreturn]] int __aeabi_unwind_cpp_pr0(int, _Unwind_Exception*, _Unwind_Context*) { abort(); }
[[noreturn]] int __aeabi_unwind_cpp_pr1(int, _Unwind_Exception*, _Unwind_Context*) { abort(); }
[[noreturn]] int __aeabi_unwind_cpp_pr2(int, _Unwind_Exception*, _Unwind_Context*) { abort(); }
#else
[[noreturn]] uintptr_t _Unwind_GetGR(_Unwind_Context*, int) { abort(); }
[[noreturn]] void _Unwind_SetGR(_Unwind_Context*, int, uintptr_t) { abort(); }
[[noreturn]] uintptr_t _Unwind_GetIP(_Unwind_Context*) { abort(); }
[[noreturn]] uintptr_t _Unwind_GetIPInfo(_Unwind_Context*, int*) { abort(); }
[[noreturn]] void _Unwind_SetIP(_Unwind_Context*, uintptr_t) { abort(); }
[[noreturn]] uintptr_t _Unwind_GetCFA(_Unwind_Context*) { abort(); }
#endif
}
#endif
