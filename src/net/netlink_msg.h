// Building and walking netlink messages (internal to netlink.cpp and its
// tests): a request is an nlmsghdr, a family header (ifinfomsg, ifaddrmsg,
// rtmsg) and attributes; a nest is closed by patching its length once its
// contents are in. Everything is copied with memcpy, so the buffers need no
// particular alignment.
#pragma once
#include <linux/netlink.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace ec::net::nl {

inline size_t align4(size_t n) { return (n + 3) & ~size_t(3); }
// sizeof(nlattr), already 4-aligned (NLA_HDRLEN is an int).
constexpr size_t kAttrHdr = sizeof(nlattr);

class Msg {
 public:
  Msg(uint16_t type, uint16_t flags) {
    nlmsghdr h{};
    h.nlmsg_type = type;
    h.nlmsg_flags = flags;
    buf_.assign(reinterpret_cast<const char*>(&h), sizeof h);
  }
  // The family header that follows the nlmsghdr (or a nested ifinfomsg).
  void put_raw(const void* p, size_t n) {
    buf_.append(static_cast<const char*>(p), n);
    buf_.resize(align4(buf_.size()), '\0');
  }
  void put(uint16_t type, const void* p, size_t n) {
    nlattr a{};
    a.nla_len = static_cast<uint16_t>(kAttrHdr + n);
    a.nla_type = type;
    buf_.append(reinterpret_cast<const char*>(&a), sizeof a);
    if (n) buf_.append(static_cast<const char*>(p), n);
    buf_.resize(align4(buf_.size()), '\0');
  }
  void put_u32(uint16_t type, uint32_t v) { put(type, &v, sizeof v); }
  // NUL-terminated, as the kernel's NLA_STRING policies for names expect.
  void put_str(uint16_t type, std::string_view s) {
    std::string z(s);
    put(type, z.c_str(), z.size() + 1);
  }
  // Opens a nested attribute; returns its offset for end().
  size_t nest(uint16_t type) {
    size_t at = buf_.size();
    put(type | NLA_F_NESTED, nullptr, 0);
    return at;
  }
  void end(size_t at) {
    uint16_t len = static_cast<uint16_t>(buf_.size() - at);
    std::memcpy(&buf_[at] + offsetof(nlattr, nla_len), &len, sizeof len);
  }
  // Sets length, flags and sequence number; the bytes to send.
  std::string_view finish(uint32_t seq, uint16_t extra_flags) {
    nlmsghdr h;
    std::memcpy(&h, buf_.data(), sizeof h);
    h.nlmsg_len = static_cast<uint32_t>(buf_.size());
    h.nlmsg_flags |= extra_flags;
    h.nlmsg_seq = seq;
    std::memcpy(buf_.data(), &h, sizeof h);
    return buf_;
  }
  size_t size() const { return buf_.size(); }

 private:
  std::string buf_;
};

struct Attr {
  uint16_t type = 0;  // without NLA_F_NESTED / NLA_F_NET_BYTEORDER
  const char* data = nullptr;
  size_t len = 0;

  uint32_t u32() const {
    uint32_t v = 0;
    if (len >= sizeof v) std::memcpy(&v, data, sizeof v);
    return v;
  }
  // A string attribute without its trailing NUL(s).
  std::string str() const {
    size_t n = len;
    while (n > 0 && data[n - 1] == '\0') n--;
    return std::string(data, n);
  }
};

// Walks the attributes in [p, p + len): next() fills `a` and returns false at
// the end or at a malformed attribute (which ends the walk).
class AttrWalk {
 public:
  AttrWalk(const char* p, size_t len) : p_(p), left_(len) {}
  bool next(Attr& a) {
    if (left_ < kAttrHdr) return false;
    nlattr h;
    std::memcpy(&h, p_, sizeof h);
    if (h.nla_len < kAttrHdr || h.nla_len > left_) return false;
    a.type = h.nla_type & NLA_TYPE_MASK;
    a.data = p_ + kAttrHdr;
    a.len = h.nla_len - kAttrHdr;
    size_t step = align4(h.nla_len);
    if (step > left_) step = left_;
    p_ += step;
    left_ -= step;
    return true;
  }

 private:
  const char* p_;
  size_t left_;
};

}  // namespace ec::net::nl
