#include "reportscope.h"

#include "domain/translationloader.h"
#include "storage/database.h"
#include "storage/orgcalendar.h"

#include <QDir>
#include <QSaveFile>
#include <QSqlQuery>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Stride::Cli {

void ReportScope::declarePeriod(QCommandLineParser& parser) {
    parser.addOption({u"team"_s, u"Only this team (id)."_s, u"T"_s});
    parser.addOption({u"rep"_s, u"Only this rep (id)."_s, u"R"_s});
    parser.addOption({u"from"_s, u"First day of the period (YYYY-MM-DD); alone: from that day on."_s, u"DATE"_s});
    parser.addOption({u"to"_s, u"Last day of the period, inclusive (YYYY-MM-DD); alone: up to that day."_s, u"DATE"_s});
}

void ReportScope::declareLanguage(QCommandLineParser& parser) {
    parser.addOption({u"lang"_s, u"Language of names and labels: en (default) or zh_CN."_s, u"LANG"_s, u"en"_s});
}

bool ReportScope::read(const QCommandLineParser& parser, const QString& command, Context& ctx) {
    language = parser.value(u"lang"_s);
    if (!TranslationLoader::available().contains(language)) {
        ctx.err << "stride-cli " << command << ": --lang must be " << TranslationLoader::available().join(u" or "_s)
                << '\n';
        return false;
    }
    filter.teamId = parser.value(u"team"_s);
    filter.repId = parser.value(u"rep"_s);
    for (const QString& opt : {u"from"_s, u"to"_s}) {
        if (!parser.isSet(opt))
            continue;
        const QDate d = QDate::fromString(parser.value(opt), Qt::ISODate);
        if (!d.isValid()) {
            ctx.err << "stride-cli " << command << ": --" << opt << " must be a date YYYY-MM-DD, not '"
                    << parser.value(opt) << "'\n";
            return false;
        }
        (opt == u"to"_s ? toDay : fromDay) = d;
    }
    if (fromDay.isValid() && toDay.isValid() && fromDay > toDay) {
        ctx.err << "stride-cli " << command << ": --from must not be after --to\n";
        return false;
    }
    return true;
}

bool ReportScope::rowsExist(const Database& db, const QString& command, Context& ctx) const {
    for (const auto& [table, id] : {std::pair{u"teams"_s, filter.teamId}, std::pair{u"reps"_s, filter.repId}}) {
        if (id.isEmpty())
            continue;
        Result<QSqlQuery> q = db.exec(u"SELECT 1 FROM %1 WHERE id = ? AND deleted = 0"_s.arg(table), {id});
        if (!q || !q->next()) {
            ctx.err << "stride-cli " << command << ": no " << table.chopped(1) << " with id " << id << '\n';
            return false;
        }
    }
    return true;
}

void ReportScope::resolvePeriod(const OrgCalendar& calendar) {
    if (fromDay.isValid())
        filter.from = calendar.startOf(fromDay);
    if (toDay.isValid())
        filter.to = calendar.startOf(toDay.addDays(1));
}

int ReportScope::writeCsvFiles(const QList<ReportFigure>& figures, const QString& dir, const CsvWriter& csv,
                               const QString& command, Context& ctx) {
    if (!QDir().mkpath(dir)) {
        ctx.err << "stride-cli " << command << ": cannot create the folder " << dir << '\n';
        return DataError;
    }
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (const ReportFigure& f : figures) {
        for (const ReportTable& t : f.tables) {
            auto file = std::make_unique<QSaveFile>(QDir(dir).filePath(f.name + u'-' + t.name + u".csv"_s));
            const QByteArray bytes = csv.table(t.columns, t.rows);
            if (!file->open(QIODevice::WriteOnly) || file->write(bytes) != bytes.size()) {
                ctx.err << "stride-cli " << command << ": cannot write " << file->fileName() << ": "
                        << file->errorString() << '\n';
                return DataError;
            }
            files.push_back(std::move(file));
        }
    }
    for (const auto& file : files) {
        if (!file->commit()) {
            ctx.err << "stride-cli " << command << ": cannot write " << file->fileName() << ": " << file->errorString()
                    << '\n';
            return DataError;
        }
        ctx.out << file->fileName() << '\n';
    }
    return Ok;
}

} // namespace Stride::Cli
