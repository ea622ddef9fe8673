// FnRef<R(Args...)>: a callable passed down a call, not kept. Two pointers, no
// allocation and, unlike std::function, no vtable, clone and destroy per
// lambda (std::function's machinery was ~8 KB of the aarch64 binary).
// It refers to the callable: pass a lambda straight to the call, never keep
// an FnRef beyond it (`FnRef f = [&] {...};` dangles at the semicolon).
#pragma once
#include <cstddef>
#include <type_traits>
#include <utility>

namespace ec {

template <class Sig>
class FnRef;

template <class R, class... Args>
class FnRef<R(Args...)> {
 public:
  FnRef() = default;
  FnRef(std::nullptr_t) {}  // NOLINT: "no callback", as std::function
  template <class F, class = std::enable_if_t<!std::is_same_v<std::remove_cvref_t<F>, FnRef> &&
                                              std::is_invocable_r_v<R, F&, Args...>>>
  FnRef(F&& f)  // NOLINT: implicit, as std::function
      : obj_(const_cast<void*>(static_cast<const void*>(&f))),
        call_([](void* o, Args... a) -> R {
          return (*static_cast<std::remove_reference_t<F>*>(o))(std::forward<Args>(a)...);
        }) {}

  R operator()(Args... a) const { return call_(obj_, std::forward<Args>(a)...); }
  explicit operator bool() const { return call_ != nullptr; }

 private:
  void* obj_ = nullptr;
  R (*call_)(void*, Args...) = nullptr;
};

}  // namespace ec
