#include "searchcommand.h"

#include "storage/searchrepository.h"

using namespace Qt::StringLiterals;

namespace Stride::Cli {

QString SearchCommand::name() const {
    return u"search"_s;
}
QString SearchCommand::summary() const {
    return u"Full-text search over customers, contacts, visits and insights"_s;
}

void SearchCommand::declare(QCommandLineParser& parser) {
    parser.setApplicationDescription(summary());
    parser.addOption({u"limit"_s, u"At most this many hits (default 20)."_s, u"N"_s, u"20"_s});
    parser.addPositionalArgument(u"text"_s, u"What to look for: Chinese or English words, names, phone numbers."_s);
}

int SearchCommand::prepare(const QCommandLineParser& parser, Context& ctx) {
    m_text = parser.positionalArguments().join(u' ').trimmed();
    if (m_text.isEmpty()) {
        ctx.err << "stride-cli search: give the text to look for\n";
        return UsageError;
    }
    bool ok = false;
    m_limit = parser.value(u"limit"_s).toInt(&ok);
    if (!ok || m_limit < 1 || m_limit > 1000) {
        ctx.err << "stride-cli search: --limit must be a whole number from 1 to 1000\n";
        return UsageError;
    }
    return Ok;
}

Database::Access SearchCommand::access(const QCommandLineParser&) const {
    return Database::Access::ReadOnly;
}

int SearchCommand::runOn(Database& db, const Invocation&, Context& ctx) {
    EntityStore store(db);
    Result<QList<SearchHit>> hits = SearchRepository(store).search(m_text, m_limit);
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
