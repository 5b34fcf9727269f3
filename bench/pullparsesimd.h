#pragma once
// bench-pullparse: the simdjson On-Demand reader (pullparsesimd.cpp), built once with the project's flags and
// once for AVX2.

#include "result.h"
#include "protocol/protocol.h"

#include <QByteArray>

namespace Stride::BenchPull {

namespace Portable {
// `body` must have simdjson's padding (64 bytes) allocated past its end: capacity() - size() >= 64.
Result<Protocol::PullResponse> read(const QByteArray& body);
const char* kernels();
} // namespace Portable

namespace Avx2 {
Result<Protocol::PullResponse> read(const QByteArray& body);
const char* kernels();
} // namespace Avx2

} // namespace Stride::BenchPull
