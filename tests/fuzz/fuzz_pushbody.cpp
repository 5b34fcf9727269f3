// libFuzzer target: arbitrary bytes as the body of a push, read as stride-server reads it before it opens the
// database: JsonBody::parse (the text check, the JSON object, the protocol member), then
// Protocol::pushRequestFromJson (entries, entities, fields against the registry) and ValueRules::check on every
// upsert's fields (as for a new row, the strictest case). Besides the sanitizers' findings, it stops on
//   - a refusal without a message, or with a status other than 400;
//   - an accepted body that holds text the server must refuse: a lone surrogate or U+0000 in any string or member
//     name (the stores could not keep it, or would keep something else than was sent);
//   - an accepted push that does not survive being written again: the request as the client would send it
//     (Protocol::toJson) must be read back into the same entries, fields and base values.
// Run by scripts/fuzz from the seed pushes in tests/fuzz/corpus/pushbody/.
#include "jsonbody.h"
#include "protocol/protocol.h"
#include "storage/schema.h"
#include "valuerules.h"

#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

[[noreturn]] void wrong(const char* what, const QString& detail = {}) {
    std::fprintf(stderr, "fuzz-pushbody: %s %s\n", what, qPrintable(detail));
    std::abort();
}

bool storableText(const QString& s) {
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.unicode() == 0)
            return false;
        if (c.isHighSurrogate()) {
            if (i + 1 >= s.size() || !s.at(i + 1).isLowSurrogate())
                return false;
            ++i;
        } else if (c.isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

void checkText(const QJsonValue& v) {
    if (v.isString() && !storableText(v.toString()))
        wrong("an accepted body holds a string the stores cannot keep:", v.toString());
    if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            checkText(item);
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!storableText(it.key()))
                wrong("an accepted body holds a member name the stores cannot keep:", it.key());
            checkText(it.value());
        }
    }
}

void checkSame(const Protocol::PushRequest& a, const Protocol::PushRequest& b) {
    if (a.deviceId != b.deviceId || a.entries.size() != b.entries.size())
        wrong("a push read back has another device or entry count");
    for (qsizetype i = 0; i < a.entries.size(); ++i) {
        const Protocol::PushEntry& x = a.entries.at(i);
        const Protocol::PushEntry& y = b.entries.at(i);
        if (x.mutationId != y.mutationId || x.entity != y.entity || x.id != y.id || x.remove != y.remove ||
            x.baseVersion != y.baseVersion)
            wrong("a push entry read back differs", x.entity + u' ' + x.id);
        if (x.fields != y.fields || x.base != y.base)
            wrong("a push entry's fields read back differ", x.entity + u' ' + x.id);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArrayView body(reinterpret_cast<const char*>(data), qsizetype(size));
    const Server::Outcome<QJsonObject> object = Server::JsonBody::parse(body);
    if (!object) {
        if (object.error().status != 400 || object.error().message.isEmpty() || object.error().code.isEmpty())
            wrong("a body was refused without a 400 and a reason:", object.error().message);
        return 0;
    }
    checkText(QJsonValue(*object));
    const Result<Protocol::PushRequest> push = Protocol::pushRequestFromJson(*object);
    if (!push) {
        if (push.error().isEmpty())
            wrong("a push was refused without a reason");
        return 0;
    }
    for (const Protocol::PushEntry& e : push->entries) {
        const EntityDef* def = Schema::entity(e.entity);
        if (!def)
            wrong("an accepted entry names an entity the registry does not know:", e.entity);
        if (e.remove)
            continue;
        for (const bool creating : {true, false}) {
            const Status valid = Server::ValueRules::check(*def, e.fields, creating);
            if (!valid && valid.error().isEmpty())
                wrong("an entry's values were refused without a reason", e.entity);
        }
    }
    const QByteArray again = QJsonDocument(Protocol::toJson(*push)).toJson(QJsonDocument::Compact);
    const Server::Outcome<QJsonObject> reread = Server::JsonBody::parse(again);
    if (!reread)
        wrong("an accepted push, written again, is refused:", reread.error().message);
    const Result<Protocol::PushRequest> pushAgain = Protocol::pushRequestFromJson(*reread);
    if (!pushAgain)
        wrong("an accepted push, written again, is refused:", pushAgain.error());
    checkSame(*push, *pushAgain);
    return 0;
}
