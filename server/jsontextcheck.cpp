#include "jsontextcheck.h"

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

// The value of four hex digits at `at`, or -1.
int hex4(QByteArrayView body, qsizetype at) {
    if (at + 4 > body.size())
        return -1;
    int v = 0;
    for (qsizetype i = at; i < at + 4; ++i) {
        const char c = body.at(i);
        int d = -1;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

bool isHigh(int u) {
    return u >= 0xD800 && u <= 0xDBFF;
}
bool isLow(int u) {
    return u >= 0xDC00 && u <= 0xDFFF;
}

QString escape(int u) {
    return u"\\u%1"_s.arg(u, 4, 16, QLatin1Char('0'));
}

} // namespace

Status JsonTextCheck::check(QByteArrayView body) {
    bool inString = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const auto c = static_cast<unsigned char>(body.at(i));
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (c < 0x20) {
            return fail(u"the JSON string at offset %1 holds a raw control character U+%2; escape it (JSON does not "
                        "allow it unescaped)"_s.arg(i)
                            .arg(int(c), 4, 16, QLatin1Char('0')));
        } else if (c == '\\' && i + 1 < body.size()) {
            ++i;
            const auto escaped = static_cast<unsigned char>(body.at(i));
            // Qt's parser takes any character after a backslash as itself, a raw control character included.
            if (escaped < 0x20)
                return fail(u"the JSON string at offset %1 holds a raw control character U+%2 after a backslash; "
                            "escape it as \\u%2"_s.arg(i)
                                .arg(int(escaped), 4, 16, QLatin1Char('0')));
            if (escaped != 'u') {
                if (!QByteArrayView("\"\\/bfnrt").contains(char(escaped)))
                    return fail(u"the JSON string at offset %1 holds an invalid escape \\%2; JSON allows \\\" \\\\ "
                                "\\/ \\b \\f \\n \\r \\t and \\uXXXX"_s.arg(i - 1)
                                    .arg(QString::fromUtf8(body.sliced(i, 1))));
                continue;
            }
            const int u = hex4(body, i + 1);
            if (u < 0)
                continue; // malformed: the parser says so
            if (u == 0)
                return fail(
                    u"the JSON string at offset %1 holds \\u0000: text must not contain U+0000 (NUL)"_s.arg(i - 1));
            if (isLow(u))
                return fail(u"the JSON string at offset %1 holds a lone low surrogate %2 (no high surrogate before "
                            "it)"_s.arg(i - 1)
                                .arg(escape(u)));
            if (isHigh(u)) {
                const qsizetype next = i + 5;
                const int low = next + 1 < body.size() && body.at(next) == '\\' && body.at(next + 1) == 'u'
                                    ? hex4(body, next + 2)
                                    : -1;
                if (!isLow(low))
                    return fail(u"the JSON string at offset %1 holds a lone high surrogate %2 (not followed by a "
                                "\\uDC00-\\uDFFF escape)"_s.arg(i - 1)
                                    .arg(escape(u)));
                i = next + 5;
                continue;
            }
            i += 4;
        }
    }
    return {};
}

} // namespace Stride::Server
