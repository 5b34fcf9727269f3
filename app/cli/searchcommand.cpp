#include "searchcommand.h"

#include "cliutil.h"
#include "storage/searchrepository.h"

using namespace Qt::StringLiterals;

namespace Stride::Cli {

QString SearchCommand::name() const {
    return u"search"_s;
}
QString SearchCommand::summary() const {
    return u"Full-text search over customers, contacts, visits and insights"_s;
}

int SearchCommand::run(const QStringList& args, Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOption({u"db"_s, u"The database file."_s, u"FILE"_s});
    parser.addOption({u"limit"_s, u"At most this many hits (default 20)."_s, u"N"_s, u"20"_s});
    parser.addPositionalArgument(u"text"_s, u"What to look for: Chinese or English words, names, phone numbers."_s);
    int code = Ok;
    if (!parseArguments(parser, args, ctx, &code))
        return code;
    QString path;
    if (!requireOption(parser, u"db"_s, ctx, &path))
        return UsageError;
    const QString text = parser.positionalArguments().join(u' ').trimmed();
    if (text.isEmpty()) {
        ctx.err << "stride-cli search: give the text to look for\n";
        return UsageError;
    }
    bool ok = false;
    const int limit = parser.value(u"limit"_s).toInt(&ok);
    if (!ok || limit < 1 || limit > 1000) {
        ctx.err << "stride-cli search: --limit must be a whole number from 1 to 1000\n";
        return UsageError;
    }
    std::unique_ptr<Database> db = openDatabase(path, Database::Access::ReadOnly, ctx);
    if (!db)
        return DataError;
    EntityStore store(*db);
    Result<QList<SearchHit>> hits = SearchRepository(store).search(text, limit);
    if (!hits) {
        ctx.err << "stride-cli search: " << hits.error() << '\n';
        return DataError;
    }
    int n = 0;
    for (const SearchHit& h : *hits) {
        ctx.out << QString::number(++n).rightJustified(3) << ". " << h.kind.leftJustified(9) << h.title;
        if (!h.snippet.isEmpty())
            ctx.out << "  — " << h.snippet;
        ctx.out << "  [" << h.refId << "]\n";
    }
    if (hits->isEmpty())
        ctx.out << "no matches\n";
    return Ok;
}

} // namespace Stride::Cli
