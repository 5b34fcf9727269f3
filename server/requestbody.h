#pragma once

#include <QByteArray>

#include <cstddef>
#include <memory>
#include <string>

namespace Stride::Server {

// A request body as it arrives, piece by piece, held to a limit on its INFLATED size: a gzip or deflate body is
// inflated here (zlib) as the pieces come and inflating stops at the limit, so neither a compression bomb nor a
// chunked body without end grows past it. The wire bytes count against the limit too.
class RequestBody final {
public:
    enum class Coding { Identity, Deflate }; // Deflate: gzip or zlib streams (zlib detects which)
    enum class State { Reading, TooLarge, Malformed };

    // The coding a Content-Encoding header names, or nothing for one this server does not take (br, compress, a
    // chain of codings): those bodies are refused with 415 before a byte is read.
    static bool codingOf(const std::string& contentEncoding, Coding& coding);

    RequestBody(size_t limit, Coding coding);
    ~RequestBody();
    RequestBody(const RequestBody&) = delete;
    RequestBody& operator=(const RequestBody&) = delete;

    // Takes the next piece; past the limit (or on a broken stream) the state changes and later pieces are only
    // counted.
    void append(const char* data, size_t size);
    // The body has ended: a compressed stream must have ended too.
    void finish();

    State state() const { return m_state; }
    // Wire bytes seen, and how many of them came after the body went over its limit or broke.
    size_t wireBytes() const { return m_wire; }
    size_t wireBytesDiscarded() const { return m_discarded; }
    QByteArray take() { return std::move(m_body); }

private:
    void inflateSome(const char* data, size_t size);

    size_t m_limit;
    Coding m_coding;
    State m_state = State::Reading;
    size_t m_wire = 0;
    size_t m_discarded = 0;
    bool m_streamEnded = false;
    QByteArray m_body;
    struct Inflater;
    std::unique_ptr<Inflater> m_inflater;
};

} // namespace Stride::Server
