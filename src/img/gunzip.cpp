#include "img/gunzip.h"

#include <zlib.h>

#include <cerrno>
#include <cstring>

namespace ec::img {

struct GunzipReader::Impl {
  Reader& in;
  GunzipLimits lim;
  z_stream z{};
  bool init = false;
  bool eof_in = false;     // the input reader is exhausted
  bool done = false;       // clean end after the last member
  bool in_member = false;  // inside a member (its header may not have been seen yet)
  int members = 0;
  uint64_t read_in = 0;  // bytes read from `in` so far
  uint64_t out = 0;
  std::unique_ptr<unsigned char[]> buf{new unsigned char[kIoBuffer]};

  Impl(Reader& r, GunzipLimits l) : in(r), lim(l) {}
  ~Impl() {
    if (init) inflateEnd(&z);
  }
  uint64_t consumed() const { return read_in - z.avail_in; }

  Status fill() {
    if (z.avail_in > 0 || eof_in) return {};
    auto r = in.read(buf.get(), kIoBuffer);
    if (!r) return std::move(r).error().context("gzip: read compressed stream");
    if (*r == 0) eof_in = true;
    z.next_in = buf.get();
    z.avail_in = static_cast<uInt>(*r);
    read_in += *r;
    return {};
  }

  Status check_limits() const {
    if (lim.max_output && out > lim.max_output)
      return make_error(strf("gzip: decompressed size exceeds limit of %llu bytes",
                             (unsigned long long)lim.max_output), EFBIG);
    uint64_t c = consumed();
    if (lim.max_ratio && out > lim.ratio_grace && (c == 0 || out / c > lim.max_ratio))
      return make_error(strf("gzip: compression ratio exceeds limit of %llu:1 (%llu bytes from %llu)",
                             (unsigned long long)lim.max_ratio, (unsigned long long)out,
                             (unsigned long long)c), EFBIG);
    return {};
  }
};

GunzipReader::GunzipReader(Reader& in, GunzipLimits limits) : d_(new Impl(in, limits)) {}
GunzipReader::~GunzipReader() = default;

uint64_t GunzipReader::compressed_bytes() const { return d_->consumed(); }
uint64_t GunzipReader::decompressed_bytes() const { return d_->out; }
int GunzipReader::members() const { return d_->members; }

Result<size_t> GunzipReader::read(void* buf, size_t len) {
  Impl& d = *d_;
  if (d.done || len == 0) return size_t{0};
  if (!d.init) {
    // 16 + MAX_WBITS: gzip wrapper only (a raw zlib stream is not a layer).
    if (inflateInit2(&d.z, 16 + MAX_WBITS) != Z_OK) return make_error("gzip: inflateInit2 failed", ENOMEM);
    d.init = true;
  }
  // Never ask for more than the output limit allows (plus one byte to
  // detect the excess) so a bomb cannot write past it into buf.
  if (d.lim.max_output) {
    uint64_t room = d.lim.max_output - (d.out < d.lim.max_output ? d.out : d.lim.max_output) + 1;
    if (len > room) len = static_cast<size_t>(room);
  }
  if (len > 0x7fffffff) len = 0x7fffffff;
  while (true) {
    if (!d.in_member) {
      // Between members: the end of the input is a clean end (except for an
      // empty stream), anything else must start another member.
      EC_TRY(d.fill());
      if (d.z.avail_in == 0) {
        if (d.members == 0) return make_error("gzip: empty stream, not gzip data");
        d.done = true;
        return size_t{0};
      }
      if (d.z.next_in[0] != 0x1f && d.members == 0)
        return make_error(strf("gzip: not gzip data (first byte 0x%02x)", d.z.next_in[0]));
      if (d.z.next_in[0] != 0x1f)
        return make_error(strf("gzip: trailing garbage after member %d (byte 0x%02x at offset %llu)", d.members,
                               d.z.next_in[0], (unsigned long long)d.consumed()));
      d.in_member = true;
    }
    EC_TRY(d.fill());
    d.z.next_out = static_cast<Bytef*>(buf);
    d.z.avail_out = static_cast<uInt>(len);
    int rc = inflate(&d.z, Z_NO_FLUSH);
    size_t produced = len - d.z.avail_out;
    d.out += produced;
    if (rc == Z_STREAM_END) {
      d.members++;
      d.in_member = false;
      inflateReset(&d.z);
    } else if (rc == Z_BUF_ERROR) {
      // No progress possible: out of input (truncated) since output room was given.
      if (d.eof_in && d.z.avail_in == 0 && produced == 0)
        return make_error(strf("gzip: unexpected end of stream in member %d (truncated after %llu bytes)",
                               d.members + 1, (unsigned long long)d.consumed()), EIO);
    } else if (rc != Z_OK) {
      return make_error(strf("gzip: corrupt data in member %d at offset %llu: %s", d.members + 1,
                             (unsigned long long)d.consumed(), d.z.msg ? d.z.msg : zError(rc)), EIO);
    }
    EC_TRY(d.check_limits());
    if (produced > 0) return produced;
    if (d.in_member && d.eof_in && d.z.avail_in == 0 && rc != Z_BUF_ERROR) {
      // inflate consumed everything and asked for more, but there is no more.
      return make_error(strf("gzip: unexpected end of stream in member %d (truncated after %llu bytes)",
                             d.members + 1, (unsigned long long)d.consumed()), EIO);
    }
  }
}

}  // namespace ec::img
