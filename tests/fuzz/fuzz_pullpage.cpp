// libFuzzer target: arbitrary bytes as a pulled page for the client's reader (PullPageReader). Besides the
// sanitizers' findings, it stops on a page the reader gets wrong:
//   - a page it accepts is JSON that QJsonDocument reads too (but for numbers below a double's range, which
//     QJsonDocument refuses and JSON allows), and every text value it hands out lies inside its buffers and is
//     valid UTF-8;
//   - a refused page is either not JSON ("malformed", which QJsonDocument agrees with unless the page is one of
//     the few it lets through) or JSON of the wrong shape.
// Run by scripts/fuzz on the seed pages in tests/fuzz/corpus/pullpage/.
#include "protocol/protocol.h"
#include "protocol/pullpagereader.h"

#include <QJsonDocument>
#include <QString>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

[[noreturn]] void wrong(const char* what, const QString& detail = {}) {
    std::fprintf(stderr, "fuzz-pullpage: %s %s\n", what, qPrintable(detail));
    std::abort();
}

// QJsonDocument reads the body, or refuses it only for a number: it refuses numbers beyond a double's range
// (1e400, 1e-400), which JSON allows; the reader takes 1e-400 as 0 and refuses 1e400 as malformed.
bool jsonForQt(const QByteArray& body, QJsonParseError* error) {
    return !QJsonDocument::fromJson(body, error).isNull() || error->error == QJsonParseError::IllegalNumber;
}

bool validUtf8(QByteArrayView bytes) {
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

void checkAccepted(const QByteArray& body, const Protocol::PullResponse& page) {
    QJsonParseError error;
    if (!jsonForQt(body, &error))
        wrong("the reader accepted a page that QJsonDocument refuses:", error.errorString());
    for (const Protocol::PullRun& run : page.runs) {
        if (!run.columns.isEmpty() && run.values.size() % size_t(run.columns.size()) != 0)
            wrong("a run's values do not fill its rows", run.entity);
        for (const Protocol::PullValue& v : run.values) {
            if (v.type == Protocol::PullValue::Type::Invalid)
                wrong("an accepted page holds an array or object as a value");
            if (v.type != Protocol::PullValue::Type::Text)
                continue;
            const QByteArray& buffer = v.decoded ? page.decoded : page.body;
            if (v.offset < 0 || v.size < 0 || v.offset + v.size > buffer.size())
                wrong("a text value points outside its buffer");
            if (!validUtf8(page.utf8(v)))
                wrong("a text value is not valid UTF-8", page.text(v));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    bool malformed = false;
    const Result<Protocol::PullResponse> page = Protocol::PullPageReader::read(body, &malformed);
    if (page.ok()) {
        checkAccepted(body, *page);
        return 0;
    }
    if (page.error().isEmpty())
        wrong("a page was refused without a reason");
    QJsonParseError error;
    if (!malformed && !jsonForQt(body, &error))
        wrong("a page QJsonDocument cannot read was refused as JSON of the wrong shape:", page.error());
    return 0;
}
