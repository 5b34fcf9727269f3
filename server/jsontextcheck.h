#pragma once

#include "result.h"

#include <QByteArrayView>

namespace Stride::Server {

// What a request body's strings may hold, checked on the raw bytes before any JSON parser sees them: Qt's parser
// joins a lone high surrogate with the character after it ("\ud800x" became U+10078) and lets raw control
// characters through, and PostgreSQL cannot store U+0000 at all. Refused, each with its offset:
// - a raw control character (U+0000 to U+001F) inside a string: JSON wants them escaped;
// - a \uD800-\uDBFF escape not followed by a \uDC00-\uDFFF one, and a \uDC00-\uDFFF escape without a high one
//   before it (text is Unicode scalar values only);
// - the escape \u0000 (NUL is no character of any text a CRM keeps, and one store could not keep it).
// Everything else (malformed JSON, bad UTF-8) is left to the parser, which refuses it with its own message.
class JsonTextCheck final {
public:
    static Status check(QByteArrayView body);
};

} // namespace Stride::Server
