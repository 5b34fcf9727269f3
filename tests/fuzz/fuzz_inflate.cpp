// libFuzzer target: arbitrary bytes as a compressed request body (Content-Encoding gzip or deflate), taken by
// RequestBody as the HTTP layer takes it off the socket: in pieces, held to a limit on the inflated size. The
// first two bytes choose the limit (1 to 65,536 bytes) and the piece size (1 to 256 bytes); the rest is the body.
// Besides the sanitizers' findings, it stops on
//   - an inflated body over its limit, or a body accepted while its state says too large or malformed;
//   - wire bytes counted other than as given;
//   - an outcome that depends on how the body was cut: the same bytes in one piece must be accepted or refused
//     alike, and when accepted inflate to the same bytes. (Which refusal, too large or malformed, may depend on
//     the cut: the first problem met wins, and both are refusals.)
// Run by scripts/fuzz from the seed bodies in tests/fuzz/corpus/inflate/.
#include "requestbody.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace Stride;

namespace {

[[noreturn]] void wrong(const char* what) {
    std::fprintf(stderr, "fuzz-inflate: %s\n", what);
    std::abort();
}

struct Outcome {
    Server::RequestBody::State state;
    QByteArray body;
    size_t wire;
};

Outcome read(const char* data, size_t size, size_t limit, size_t piece) {
    Server::RequestBody body(limit, Server::RequestBody::Coding::Deflate);
    for (size_t at = 0; at < size; at += piece)
        body.append(data + at, std::min(piece, size - at));
    body.finish();
    return {body.state(), body.take(), body.wireBytes()};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2)
        return 0;
    const size_t limit = (size_t(data[0]) << 8 | data[1]) + 1;
    const size_t piece = size_t(data[0] ^ data[1]) + 1;
    const char* bytes = reinterpret_cast<const char*>(data) + 2;
    const size_t n = size - 2;
    const Outcome cut = read(bytes, n, limit, piece);
    if (size_t(cut.body.size()) > limit)
        wrong("an inflated body is over its limit");
    if (cut.wire != n)
        wrong("the wire bytes are not counted as given");
    const Outcome whole = read(bytes, n, limit, std::max<size_t>(n, 1));
    const bool accepted = cut.state == Server::RequestBody::State::Reading;
    if (accepted != (whole.state == Server::RequestBody::State::Reading))
        wrong("the outcome depends on how the body was cut (accepted or refused)");
    if (accepted && whole.body != cut.body)
        wrong("the outcome depends on how the body was cut (inflated bytes)");
    return 0;
}
