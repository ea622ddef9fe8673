// Byte transports for the HTTP client: plain TCP here, TLS in tls.h.
// Every wait is bounded: connect and each read/write give up after a
// configurable time without progress (an idle timeout, not a deadline, so
// a slow but moving download of a large layer is never cut).
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "core/error.h"
#include "core/fd.h"

namespace ec::img {

struct NetTimeouts {
  int connect_ms = 30000;  // per address tried
  int io_ms = 30000;       // longest silence while reading or writing
};

class Transport {
 public:
  virtual ~Transport() = default;
  // Up to len bytes; 0 means the peer closed the stream.
  virtual Result<size_t> read(void* buf, size_t len) = 0;
  // All of buf, or an error.
  virtual Status write(const void* buf, size_t len) = 0;
  // For an idle pooled connection: false when the peer has closed it (or
  // sent bytes nobody asked for), so it must not carry another request.
  virtual bool idle_usable() = 0;
  // "host:port" for error messages.
  virtual const std::string& peer() const = 0;
};

class TcpTransport : public Transport {
 public:
  // Resolve host and connect to its addresses in turn. Errors name the
  // peer: "connect to 127.0.0.1:5000: Connection refused".
  static Result<std::unique_ptr<TcpTransport>> connect(const std::string& host, uint16_t port,
                                                       const NetTimeouts& t);
  Result<size_t> read(void* buf, size_t len) override;
  Status write(const void* buf, size_t len) override;
  bool idle_usable() override;
  const std::string& peer() const override { return peer_; }
  int fd() const { return fd_.get(); }
  int io_timeout_ms() const { return io_ms_; }
  void set_io_timeout_ms(int ms) { io_ms_ = ms; }

 private:
  TcpTransport(Fd fd, std::string peer, int io_ms) : fd_(std::move(fd)), peer_(std::move(peer)), io_ms_(io_ms) {}
  Fd fd_;
  std::string peer_;
  int io_ms_;
};

// Wait until fd is readable (POLLIN) or writable (POLLOUT); ETIMEDOUT
// after timeout_ms. Shared with the TLS layer.
Status wait_fd(int fd, short events, int timeout_ms);

}  // namespace ec::img
