// The shim's attach socket (<run-root>/containers/<id>/attach.sock): frames
// of [type:1][length:4, little endian][payload], at most kMaxFrame bytes.
//   client -> shim: 'i' stdin bytes, 'c' close stdin, 'r' resize (rows:2, cols:2),
//                   'k' signal (1 byte) for the container init, 'g' go: start
//                   the container (a foreground `run` attaches before start)
//   shim -> client: 'o' stdout bytes (all output with a tty), 'e' stderr bytes,
//                   'x' exit (code: 4, little endian) — sent each time the
//                   container's init exits; 'E' why the container failed to start
#pragma once
#include <cstddef>
#include <cstdint>

namespace ec::engine {

inline constexpr size_t kMaxFrame = 16384;
inline constexpr size_t kFrameHeader = 5;

inline void frame_header(unsigned char* h, char type, uint32_t len) {
  h[0] = static_cast<unsigned char>(type);
  h[1] = static_cast<unsigned char>(len);
  h[2] = static_cast<unsigned char>(len >> 8);
  h[3] = static_cast<unsigned char>(len >> 16);
  h[4] = static_cast<unsigned char>(len >> 24);
}
inline uint32_t frame_len(const unsigned char* h) {
  return h[1] | (uint32_t{h[2]} << 8) | (uint32_t{h[3]} << 16) | (uint32_t{h[4]} << 24);
}

// Incremental frame reader over a byte stream, no heap: feed() bytes, and
// each complete frame is passed to the callback.
class FrameReader {
 public:
  template <class F>
  bool feed(const unsigned char* p, size_t n, F&& on_frame) {
    while (n > 0) {
      if (have_ < kFrameHeader) {
        size_t k = kFrameHeader - have_ < n ? kFrameHeader - have_ : n;
        for (size_t i = 0; i < k; i++) hdr_[have_ + i] = p[i];
        have_ += k, p += k, n -= k;
        if (have_ < kFrameHeader) return true;
        need_ = frame_len(hdr_);
        if (need_ > kMaxFrame) return false;  // protocol error: drop the peer
        got_ = 0;
      }
      size_t k = need_ - got_ < n ? need_ - got_ : n;
      for (size_t i = 0; i < k; i++) buf_[got_ + i] = p[i];
      got_ += k, p += k, n -= k;
      if (got_ == need_) {
        on_frame(static_cast<char>(hdr_[0]), buf_, need_);
        have_ = 0;
      }
    }
    return true;
  }

 private:
  unsigned char hdr_[kFrameHeader];
  unsigned char buf_[kMaxFrame];
  size_t have_ = 0, need_ = 0, got_ = 0;
};

}  // namespace ec::engine
