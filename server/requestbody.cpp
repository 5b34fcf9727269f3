#include "requestbody.h"

#include <zlib.h>

#include <algorithm>

namespace Stride::Server {

struct RequestBody::Inflater {
    z_stream stream{};
    bool ready = false;
    ~Inflater() {
        if (ready)
            inflateEnd(&stream);
    }
};

namespace {

std::string trimmedLower(const std::string& s) {
    const size_t b = s.find_first_not_of(" \t");
    if (b == std::string::npos)
        return {};
    const size_t e = s.find_last_not_of(" \t");
    std::string out = s.substr(b, e - b + 1);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

} // namespace

bool RequestBody::codingOf(const std::string& contentEncoding, Coding& coding) {
    const std::string c = trimmedLower(contentEncoding);
    if (c.empty() || c == "identity") {
        coding = Coding::Identity;
        return true;
    }
    if (c == "gzip" || c == "x-gzip" || c == "deflate") {
        coding = Coding::Deflate;
        return true;
    }
    return false;
}

RequestBody::RequestBody(size_t limit, Coding coding)
    : m_limit(limit)
    , m_coding(coding) {
    if (m_coding == Coding::Deflate) {
        m_inflater = std::make_unique<Inflater>();
        // 15 + 32: a gzip or a zlib header, detected.
        m_inflater->ready = inflateInit2(&m_inflater->stream, 15 + 32) == Z_OK;
        if (!m_inflater->ready)
            m_state = State::Malformed;
    }
}

RequestBody::~RequestBody() = default;

void RequestBody::append(const char* data, size_t size) {
    m_wire += size;
    if (m_state != State::Reading) {
        m_discarded += size;
        return;
    }
    if (m_wire > m_limit) {
        m_state = State::TooLarge;
        m_body = QByteArray();
        m_discarded += size;
        return;
    }
    if (m_coding == Coding::Identity) {
        m_body.append(data, qsizetype(size));
        return;
    }
    inflateSome(data, size);
}

void RequestBody::inflateSome(const char* data, size_t size) {
    z_stream& z = m_inflater->stream;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
    z.avail_in = uInt(size);
    char out[64 * 1024];
    for (;;) {
        if (m_streamEnded) {
            if (z.avail_in == 0)
                return;
            // Another gzip member after the first (concatenated members are one body).
            if (inflateReset(&z) != Z_OK) {
                m_state = State::Malformed;
                return;
            }
            m_streamEnded = false;
        }
        z.next_out = reinterpret_cast<Bytef*>(out);
        z.avail_out = sizeof(out);
        const int rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            m_state = State::Malformed;
            return;
        }
        const size_t produced = sizeof(out) - z.avail_out;
        if (size_t(m_body.size()) + produced > m_limit) {
            // Stop here: nothing past the limit is inflated, let alone kept.
            m_state = State::TooLarge;
            m_body = QByteArray();
            m_discarded += z.avail_in;
            return;
        }
        m_body.append(out, qsizetype(produced));
        if (rc == Z_STREAM_END) {
            m_streamEnded = true;
            continue;
        }
        if (z.avail_out != 0)
            return; // every input byte taken and no output pending
    }
}

void RequestBody::finish() {
    if (m_state != State::Reading || m_coding != Coding::Deflate)
        return;
    if (!m_streamEnded && m_wire > 0)
        m_state = State::Malformed;
}

} // namespace Stride::Server
