#include "auditcommand.h"

#include "auditlog.h"
#include "commandline.h"
#include "serverdatabase.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

// --since: an ISO date (midnight UTC) or date and time (UTC unless it names an offset).
std::optional<qint64> parseSince(const QString& text) {
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        return day.startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeZone(QTimeZone::utc());
    return at.toSecsSinceEpoch();
}

QString timeText(qint64 at) {
    return QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()).toString(Qt::ISODate);
}

void printText(const QList<AuditEntry>& entries, QTextStream& out) {
    out << "time\tevent\tactor\tsubject\taddress\tdetail\n";
    for (const AuditEntry& e : entries) {
        auto cell = [](const QString& s) { return s.isEmpty() ? u"-"_s : s; };
        out << timeText(e.at) << '\t' << e.event << '\t' << cell(e.actor) << '\t' << cell(e.subject) << '\t'
            << cell(e.address) << '\t' << cell(e.detail) << '\n';
    }
}

void printJson(const QList<AuditEntry>& entries, QTextStream& out) {
    QJsonArray rows;
    for (const AuditEntry& e : entries) {
        rows.append(QJsonObject{{u"at"_s, timeText(e.at)},
                                {u"event"_s, e.event},
                                {u"actor"_s, e.actor},
                                {u"subject"_s, e.subject},
                                {u"address"_s, e.address},
                                {u"detail"_s, e.detail}});
    }
    out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
}

} // namespace

int AuditCommand::run(const QStringList& args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(u"Print the audit trail (sign-ins, failures, lockouts, changes of people and teams, "
                                "password changes, logouts, reused refresh tokens, rejected pushes), oldest first"_s);
    p.addHelpOption();
    p.addOption({u"db"_s, u"SQLite file or postgresql:// URL"_s, u"URL"_s});
    p.addOption(
        {u"since"_s, u"only entries at or after DATETIME (ISO 8601; UTC unless it says otherwise)"_s, u"DATETIME"_s});
    p.addOption({u"user"_s, u"only entries by or about this sign-in name"_s, u"LOGIN"_s});
    p.addOption({u"format"_s, u"text (tab-separated) or json"_s, u"FORMAT"_s, u"text"_s});
    if (const std::optional<int> stop = parseOrAnswer(p, args))
        return *stop;
    if (!p.isSet(u"db"_s) || !p.positionalArguments().isEmpty()) {
        err << "usage: stride-server audit --db URL [--since DATETIME] [--user LOGIN] [--format text|json]\n";
        return 1;
    }
    const QString format = p.value(u"format"_s);
    if (format != u"text"_s && format != u"json"_s) {
        err << "stride-server audit: --format must be text or json, not '" << format << "'\n";
        return 1;
    }
    AuditLog::Filter filter;
    filter.user = p.value(u"user"_s);
    if (p.isSet(u"since"_s)) {
        const std::optional<qint64> since = parseSince(p.value(u"since"_s));
        if (!since) {
            err << "stride-server audit: --since needs an ISO date or date and time (2026-12-01 or "
                   "2026-12-01T08:00:00Z), not '"
                << p.value(u"since"_s) << "'\n";
            return 1;
        }
        filter.since = *since;
    }
    Result<std::unique_ptr<ServerDatabase>> db = ServerDatabase::open(p.value(u"db"_s));
    if (!db) {
        err << "stride-server: " << db.error() << '\n';
        return 2;
    }
    Result<QList<AuditEntry>> entries = AuditLog(**db).read(filter);
    if (!entries) {
        err << "stride-server audit: " << entries.error() << '\n';
        return 2;
    }
    if (format == u"json"_s)
        printJson(*entries, out);
    else
        printText(*entries, out);
    return 0;
}

} // namespace Stride::Server
