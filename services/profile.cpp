#include "profile.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString Profile::kindCode(Kind kind) {
    switch (kind) {
    case Kind::Demo:
        return u"demo"_s;
    case Kind::Server:
        return u"server"_s;
    case Kind::File:
        return u"file"_s;
    }
    return u"demo"_s;
}

QJsonObject Profile::toJson() const {
    return QJsonObject{{u"name"_s, name}, {u"kind"_s, kindCode(kind)}, {u"server"_s, serverUrl},
                       {u"user"_s, user}, {u"ca_file"_s, caFile},      {u"fingerprint"_s, fingerprint},
                       {u"role"_s, role}, {u"replica"_s, replicaPath}};
}

Profile Profile::fromJson(const QJsonObject& json) {
    Profile p;
    p.name = json.value(u"name"_s).toString();
    const QString kind = json.value(u"kind"_s).toString();
    p.kind = kind == u"server"_s ? Kind::Server : kind == u"file"_s ? Kind::File : Kind::Demo;
    p.serverUrl = json.value(u"server"_s).toString();
    p.user = json.value(u"user"_s).toString();
    p.caFile = json.value(u"ca_file"_s).toString();
    p.fingerprint = json.value(u"fingerprint"_s).toString();
    p.role = json.value(u"role"_s).toString();
    p.replicaPath = json.value(u"replica"_s).toString();
    return p;
}

} // namespace Stride
