#include "democommand.h"

#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Stride::Cli {

QString DemoCommand::name() const {
    return u"demo"_s;
}
QString DemoCommand::summary() const {
    return u"Create a demo organisation in a new database file"_s;
}

QString DemoCommand::databaseHelp() const {
    return u"The database file to create."_s;
}

void DemoCommand::declare(QCommandLineParser& parser) {
    parser.setApplicationDescription(summary());
    parser.addOption({u"customers"_s, u"Number of customers, 1 to 200000 (default 3000)."_s, u"N"_s, u"3000"_s});
    parser.addOption(
        {u"seed"_s, u"Random seed; the same seed gives the same data (default 20261122)."_s, u"S"_s, u"20261122"_s});
    parser.addOption({u"today"_s, u"Last day of the 12 months of history, YYYY-MM-DD (default: today)."_s, u"DATE"_s});
}

int DemoCommand::prepare(const QCommandLineParser& parser, Context& ctx) {
    bool ok = false;
    m_options = DemoOptions();
    m_options.customers = parser.value(u"customers"_s).toInt(&ok);
    if (!ok || m_options.customers < 1 || m_options.customers > 200000) {
        ctx.err << "stride-cli demo: --customers must be a whole number from 1 to 200000\n";
        return UsageError;
    }
    m_options.seed = parser.value(u"seed"_s).toULongLong(&ok);
    if (!ok) {
        ctx.err << "stride-cli demo: --seed must be a non-negative whole number\n";
        return UsageError;
    }
    if (parser.isSet(u"today"_s)) {
        m_options.today = QDate::fromString(parser.value(u"today"_s), Qt::ISODate);
        if (!m_options.today.isValid()) {
            ctx.err << "stride-cli demo: --today must be a date as YYYY-MM-DD\n";
            return UsageError;
        }
    }
    m_lastShown = -1;
    if (ctx.interactive) {
        m_options.progress = [this, &ctx](int percent) {
            if (percent / 5 == m_lastShown)
                return;
            m_lastShown = percent / 5;
            ctx.out << "\r[" << QString(m_lastShown, u'#').leftJustified(20, u'.') << "] " << percent << " %";
            ctx.out.flush();
        };
    }
    return Ok;
}

Database::Access DemoCommand::access(const QCommandLineParser&) const {
    return Database::Access::ReadWrite;
}

int DemoCommand::runOn(Database& db, const Invocation& call, Context& ctx) {
    {
        QSqlQuery existing = db.prepare(u"SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM reps)"_s);
        const bool holdsData = existing.exec() && existing.next() && existing.value(0).toLongLong() > 0;
        existing.finish(); // an open statement would lock the tables the generator's bulk load rebuilds
        if (holdsData) {
            ctx.err << "stride-cli demo: " << call.path << " already holds data; give a new file\n";
            return DataError;
        }
    }
    Result<DemoSummary> summary = DemoGenerator::generate(db, m_options);
    if (ctx.interactive)
        ctx.out << '\n';
    if (!summary) {
        ctx.err << "stride-cli demo: " << summary.error() << '\n';
        return DataError;
    }
    ctx.out << "Demo organisation written to " << QFileInfo(call.path).absoluteFilePath() << '\n';
    for (auto it = summary->rows.cbegin(); it != summary->rows.cend(); ++it)
        ctx.out << "  " << it.key().leftJustified(20) << QString::number(it.value()).rightJustified(10) << '\n';
    ctx.out << "  " << u"total"_s.leftJustified(20) << QString::number(summary->totalRows).rightJustified(10)
            << " rows in " << QString::number(summary->seconds, 'f', 1) << " s\n";
    return Ok;
}

} // namespace Stride::Cli
