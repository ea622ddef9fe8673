// Random names and ids (container ids, temp dir suffixes): unique, not secret.
#pragma once
#include <cstddef>
#include <string>

namespace ec {

// 2*bytes lowercase hex characters (bytes at most 32) from getrandom, then
// /dev/urandom (kernels before 3.17), then a pid/time mix.
std::string random_hex(size_t bytes);

}  // namespace ec
