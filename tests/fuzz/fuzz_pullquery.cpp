// libFuzzer target: arbitrary bytes as the query string of GET /pull, decoded as stride-server decodes it
// (split at '&' and the first '=', '+' as a space, percent escapes decoded, the last value of a name kept, as
// libmicrohttpd hands the arguments to HttpServer) and read by PullQuery::parse.
// Besides the sanitizers' findings, it stops on
//   - a refusal without a message, or with a status other than 400;
//   - an accepted query outside the documented ranges: a limit that is not positive, a device id over 64
//     characters;
//   - an accepted query that does not survive being written again (cursor, limit and a percent-encoded device id,
//     as a client sends them): it must be read back into the same cursor, limit and device.
// Run by scripts/fuzz from the seed queries in tests/fuzz/corpus/pullquery/.
#include "pullquery.h"

#include <QByteArray>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

using namespace Stride;

namespace {

[[noreturn]] void wrong(const char* what, const QString& detail = {}) {
    std::fprintf(stderr, "fuzz-pullquery: %s %s\n", what, qPrintable(detail));
    std::abort();
}

std::string decoded(QByteArray part) {
    part.replace('+', ' ');
    return QByteArray::fromPercentEncoding(part).toStdString();
}

Server::Outcome<Server::PullQuery> read(const std::string& query) {
    std::map<std::string, std::string> params;
    for (const QByteArray& pair : QByteArray::fromStdString(query).split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        params[decoded(eq < 0 ? pair : pair.left(eq))] = eq < 0 ? std::string() : decoded(pair.mid(eq + 1));
    }
    return Server::PullQuery::parse(params);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const Server::Outcome<Server::PullQuery> q = read(std::string(reinterpret_cast<const char*>(data), size));
    if (!q) {
        if (q.error().status != 400 || q.error().message.isEmpty())
            wrong("a query was refused without a 400 and a reason:", q.error().message);
        return 0;
    }
    if (q->limit <= 0)
        wrong("an accepted query asks for no rows:", QString::number(q->limit));
    if (q->device.size() > 64)
        wrong("an accepted query names a device id over 64 characters:", q->device);
    const std::string again = "cursor=" + std::to_string(q->cursor) + "&limit=" + std::to_string(q->limit) +
                              "&device=" + QUrl::toPercentEncoding(q->device).toStdString();
    const Server::Outcome<Server::PullQuery> reread = read(again);
    if (!reread)
        wrong("an accepted query, written again, is refused:", reread.error().message);
    if (reread->cursor != q->cursor || reread->limit != q->limit || reread->device != q->device)
        wrong("an accepted query, written again, reads differently:", QString::fromStdString(again));
    return 0;
}
