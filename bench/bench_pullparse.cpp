// bench-pullparse: the client's reader of pulled pages (PullPageReader, simdjson On-Demand underneath) against
// QJsonDocument, on the same pages, each producing the same PullResponse (every value checked against the
// registry). Pages are written by the server's own PullPageWriter from generated rows of customers, visits and
// opportunities with Chinese text, escapes and the odd emoji, 500 to 2,000 rows a page.
//   Figures: MB of page bytes per second of the reading thread's CPU time (wall time on a loaded machine charges
//   a reader for other processes), the median of --reps repetitions, each reader timed in the same repetition,
//   and each reader's time as a ratio to PullPageReader's on pages as received.
//   Before timing, every reader's output is compared value by value with PullPageReader's.
// Usage: bench-pullparse [--reps N] [--pages N]
//        bench-pullparse --write-seeds DIR   (small pages for the fuzzer's seed corpus, tests/fuzz/corpus/pullpage/)
#include "protocol/pullpagereader.h"
#include "pullpagewriter.h"
#include "pullparseruns.h"
#include "storage/schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <functional>

#include <time.h>

using namespace Qt::StringLiterals;
using namespace Stride;
using Protocol::PullResponse;
using Protocol::PullValue;
using Type = PullValue::Type;

namespace {

QTextStream out(stdout);

// ---- pages, as the server writes them

class RowMaker final {
public:
    explicit RowMaker(quint32 seed)
        : m_rng(seed) {}

    QVariant value(const FieldDef& f) {
        if (f.type == FieldType::Integer)
            return f.name.endsWith(u"_at"_s) || f.name.endsWith(u"_due"_s) || f.name.endsWith(u"_close"_s)
                       ? QVariant(qint64(1690000000 + m_rng.bounded(40000000)))
                       : QVariant(qint64(m_rng.bounded(240)));
        if (f.type == FieldType::Real)
            return f.name == u"amount"_s ? m_rng.bounded(5000000) / 100.0 : m_rng.bounded(1000) / 10.0;
        if (m_rng.bounded(10) == 0)
            return QVariant(); // NULL
        if (f.name.endsWith(u"_id"_s))
            return id();
        if (f.name == u"name_en"_s)
            return u"Shanghai Huasheng Machinery Co. %1"_s.arg(m_rng.bounded(1000));
        static const QStringList shortTexts{u"华东"_s,   u"A"_s,       u"S3"_s,        u"onsite"_s,     u"phone"_s,
                                            u"制造业"_s, u"200-500"_s, u"重点,复购"_s, u"决策链完整"_s, u"需求确认"_s};
        static const QStringList longFields{u"summary"_s,     u"insight"_s,       u"competitor_notes"_s,
                                            u"next_action"_s, u"address"_s,       u"title"_s,
                                            u"name"_s,        u"decision_chain"_s};
        if (!longFields.contains(f.name))
            return shortTexts.at(m_rng.bounded(int(shortTexts.size())));
        return chinese(f.name == u"summary"_s || f.name == u"insight"_s ? 40 + m_rng.bounded(160)
                                                                        : 6 + m_rng.bounded(20));
    }

    QString id() { return QUuid(m_rng.generate(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).toString(QUuid::WithoutBraces); }

private:
    // Chinese text, now and then with what JSON escapes (quotes, new lines, a tab, a backslash) and an emoji.
    QString chinese(int chars) {
        static const QString pool = u"上海华晟机械有限公司客户拜访沟通需求预算决策采购项目试用方案报价合同续约"
                                    u"技术交流演示竞品价格服务满意度跟进下周安排会议负责人反馈问题解决进度"_s;
        QString s;
        s.reserve(chars + 8);
        for (int i = 0; i < chars; ++i) {
            s += pool.at(m_rng.bounded(int(pool.size())));
            if (m_rng.bounded(60) == 0) {
                static const QStringList odd{u"\n"_s, u"\"报价\""_s, u"\t"_s, u"\\"_s, u" 😀 "_s, u", v2.1 "_s};
                s += odd.at(m_rng.bounded(int(odd.size())));
            }
        }
        return s;
    }

    QRandomGenerator m_rng;
};

int entityIndex(const QString& name) {
    const QList<EntityDef>& all = Schema::entities();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).name == name)
            return i;
    }
    return -1;
}

// A page of `rows` changes in runs of about a hundred: customers, visits, opportunities and a few removals.
QByteArray makePage(int rows, quint32 seed) {
    const Server::PullPageWriter writer(Protocol::kVersion);
    RowMaker maker(seed);
    static const QStringList cycle{u"customers"_s, u"visits"_s, u"visits"_s, u"opportunities"_s};
    std::vector<Server::PullPageWriter::Item> items;
    qint64 seq = 1000;
    for (int made = 0, block = 0; made < rows; ++block) {
        const EntityDef& def = Schema::entities().at(entityIndex(cycle.at(block % cycle.size())));
        const bool removal = block % 9 == 8;
        for (int i = 0; i < 100 && made < rows; ++i, ++made, ++seq) {
            QVariantList fields;
            for (const FieldDef& f : def.fields)
                fields << maker.value(f);
            QByteArray text = removal ? writer.removal(def, maker.id())
                                      : writer.upsert(def, maker.id(), seq, 1700000000 + seq, i % 50 == 49,
                                                      [&fields](int f) { return fields.at(f); });
            items.push_back({seq, entityIndex(def.name), removal, std::move(text)});
        }
    }
    return writer.page(seq, true, false, items, {});
}

// A few small pages as seeds for fuzz-pullpage: protocol 2 with and without a conflict notice, and protocol 1.
int writeSeeds(const QString& dir) {
    const int visits = entityIndex(u"visits"_s);
    const EntityDef& def = Schema::entities().at(visits);
    const Protocol::ConflictNotice notice{u"visits"_s, u"v1"_s, u"summary"_s, u"旧的\n"_s, u"新的 \"x\""_s};
    struct Seed {
        const char* name;
        int version;
        int rows;
        bool notice;
    };
    for (const Seed& seed : {Seed{"runs-3", 2, 3, false}, Seed{"runs-12-notice", Protocol::kVersion, 12, true},
                             Seed{"changes-2", 1, 2, false}}) {
        const Server::PullPageWriter writer(seed.version);
        RowMaker maker(quint32(seed.rows));
        std::vector<Server::PullPageWriter::Item> items;
        for (int i = 0; i < seed.rows; ++i) {
            QVariantList fields;
            for (const FieldDef& f : def.fields)
                fields << maker.value(f);
            const bool removal = i % 5 == 4;
            items.push_back({i + 1, visits, removal,
                             removal ? writer.removal(def, maker.id())
                                     : writer.upsert(def, maker.id(), i + 1, 1700000000 + i, false,
                                                     [&fields](int f) { return fields.at(f); })});
        }
        QFile file(dir + u'/' + QLatin1StringView(seed.name) + u".json"_s);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(writer.page(seed.rows, false, false, items,
                                   seed.notice ? QList{notice} : QList<Protocol::ConflictNotice>{})) < 0) {
            out << "cannot write " << file.fileName() << Qt::endl;
            return 2;
        }
    }
    return 0;
}

// The body with simdjson's padding allocated past its end; without it (a page as QNetworkReply::readAll hands it
// over, usually) PullPageReader copies the page first.
QByteArray padded(const QByteArray& body) {
    QByteArray b;
    b.reserve(body.size() + 64);
    b.append(body.constData(), body.size());
    return b;
}

// The body in a buffer of its own size, as a network reply's bytes usually are.
QByteArray tight(const QByteArray& body) {
    return QByteArray(body.constData(), body.size());
}

// ---- QJsonDocument: the reference

Result<PullResponse> readQJson(const QByteArray& body) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(u"malformed JSON: %1"_s.arg(error.errorString()));
    const QJsonObject o = doc.object();
    PullResponse r;
    r.body = body;
    r.cursor = o.value(u"cursor"_s).toInteger();
    r.hasMore = o.value(u"has_more"_s).toBool();
    r.reset = o.value(u"reset"_s).toBool();
    for (const QJsonValue& one : o.value(u"runs"_s).toArray()) {
        const QJsonObject run = one.toObject();
        QStringList columns;
        for (const QJsonValue& c : run.value(u"columns"_s).toArray())
            columns << c.toString();
        std::vector<PullValue> values;
        std::vector<qint32> widths;
        for (const QJsonValue& row : run.value(u"rows"_s).toArray()) {
            if (!row.isArray()) {
                values.push_back(Protocol::PullPageReader::fromJson(row, r.decoded));
                widths.push_back(-1);
                continue;
            }
            const QJsonArray cells = row.toArray();
            for (const QJsonValue& cell : cells)
                values.push_back(Protocol::PullPageReader::fromJson(cell, r.decoded));
            widths.push_back(qint32(cells.size()));
        }
        if (Status s = BenchPull::finishRun(r, run.value(u"entity"_s).toString(), run.value(u"op"_s).toString(),
                                            columns, std::move(values), widths);
            !s)
            return fail(s.error());
    }
    return r;
}

// ---- the readers compared

struct ReaderUnderTest {
    QString name;
    std::function<Result<PullResponse>(const QByteArray&)> read;
    bool needsPadding = false;
};

std::vector<ReaderUnderTest> readers() {
    return {
        {u"PullPageReader, page as received"_s, [](const QByteArray& b) { return Protocol::PullPageReader::read(b); }},
        {u"PullPageReader, page with padding"_s, [](const QByteArray& b) { return Protocol::PullPageReader::read(b); },
         true},
        {u"QJsonDocument"_s, readQJson},
    };
}

// Empty when both pages hold the same runs and values.
QString difference(const PullResponse& a, const PullResponse& b) {
    if (a.cursor != b.cursor || a.hasMore != b.hasMore || a.runs.size() != b.runs.size())
        return u"cursor, has_more or number of runs"_s;
    for (qsizetype r = 0; r < a.runs.size(); ++r) {
        const Protocol::PullRun& x = a.runs.at(r);
        const Protocol::PullRun& y = b.runs.at(r);
        if (x.entity != y.entity || x.removal != y.removal || x.columns != y.columns ||
            x.values.size() != y.values.size())
            return u"run %1's entity, op, columns or size"_s.arg(r);
        for (size_t i = 0; i < x.values.size(); ++i) {
            const PullValue& u = x.values[i];
            const PullValue& v = y.values[i];
            const bool same = u.type == v.type && (u.type != Type::Text || a.utf8(u) == b.utf8(v)) &&
                              (u.type != Type::Integer || u.integer == v.integer) &&
                              (u.type != Type::Real || u.real == v.real) &&
                              (u.type != Type::Bool || u.boolean == v.boolean);
            if (!same)
                return u"run %1, value %2 (%3)"_s.arg(r).arg(i).arg(a.text(u));
        }
    }
    return {};
}

bool sameOutput(const std::vector<ReaderUnderTest>& all, const QList<QByteArray>& pages) {
    for (const QByteArray& page : pages) {
        Result<PullResponse> reference = all.front().read(page);
        if (!reference) {
            out << "PullPageReader refuses a generated page: " << reference.error() << Qt::endl;
            return false;
        }
        for (size_t i = 1; i < all.size(); ++i) {
            Result<PullResponse> other = all[i].read(all[i].needsPadding ? padded(page) : page);
            const QString d = other ? difference(*reference, *other) : other.error();
            if (!d.isEmpty()) {
                out << all[i].name << " differs from PullPageReader: " << d << Qt::endl;
                return false;
            }
        }
    }
    return true;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// This thread's CPU time: on a loaded machine a reader that is descheduled mid-page would otherwise be charged for
// the other processes' work (wall time on the shared 2-core box varied tenfold between repetitions).
double threadCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// CPU seconds for each reader to read every page once, median of `reps`; readers take turns inside a repetition.
std::vector<double> timeReaders(const std::vector<ReaderUnderTest>& all, const QList<QByteArray>& pages,
                                const QList<QByteArray>& paddedPages, int reps) {
    std::vector<std::vector<double>> seconds(all.size());
    for (int rep = 0; rep < reps; ++rep) {
        for (size_t k = 0; k < all.size(); ++k) {
            const size_t i = (k + size_t(rep)) % all.size(); // a different reader goes first each time
            const QList<QByteArray>& input = all[i].needsPadding ? paddedPages : pages;
            const double t0 = threadCpuSeconds();
            qsizetype runs = 0;
            for (const QByteArray& page : input) {
                const Result<PullResponse> r = all[i].read(page);
                runs += r ? r->runs.size() : -1000000;
            }
            seconds[i].push_back(threadCpuSeconds() - t0);
            if (runs <= 0)
                out << all[i].name << ": a page was refused while timed" << Qt::endl;
        }
    }
    std::vector<double> medians;
    medians.reserve(seconds.size());
    for (const std::vector<double>& s : seconds)
        medians.push_back(median(s));
    return medians;
}

void report(const std::vector<ReaderUnderTest>& all, int rows, const QList<QByteArray>& pages,
            const std::vector<double>& medians) {
    qint64 bytes = 0;
    for (const QByteArray& p : pages)
        bytes += p.size();
    out << u"\n%1 pages of %2 rows (%3 KB each on average)\n"_s.arg(pages.size())
               .arg(rows)
               .arg(bytes / pages.size() / 1024);
    out << u"  %1 %2 %3\n"_s.arg(u"reader"_s, -40).arg(u"MB/CPU s"_s, 9).arg(u"CPU time vs first"_s, 17);
    for (size_t i = 0; i < all.size(); ++i) {
        out << u"  %1 %2 %3\n"_s.arg(all[i].name, -40)
                   .arg(double(bytes) / 1e6 / medians[i], 9, 'f', 0)
                   .arg(u"%1x"_s.arg(medians[i] / medians[0], 0, 'f', 2), 17);
    }
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(u"Pulled-page parsing: PullPageReader (simdjson On-Demand) against QJsonDocument"_s);
    cli.addHelpOption();
    cli.addOption({u"reps"_s, u"Repetitions per reader (median reported)."_s, u"N"_s, u"15"_s});
    cli.addOption({u"pages"_s, u"Distinct pages per size."_s, u"N"_s, u"6"_s});
    cli.addOption({u"write-seeds"_s, u"Write small pages to DIR (the fuzzer's seeds) and stop."_s, u"DIR"_s});
    cli.process(app);
    if (cli.isSet(u"write-seeds"_s))
        return writeSeeds(cli.value(u"write-seeds"_s));
    const int reps = std::max(1, cli.value(u"reps"_s).toInt());
    const int pageCount = std::max(1, cli.value(u"pages"_s).toInt());

    const std::vector<ReaderUnderTest> all = readers();
    int status = 0;
    for (const int rows : {500, 1000, 2000}) {
        QList<QByteArray> pages;
        QList<QByteArray> paddedPages;
        for (int i = 0; i < pageCount; ++i) {
            pages << tight(makePage(rows, quint32(rows * 100 + i)));
            paddedPages << padded(pages.back());
        }
        if (!sameOutput(all, pages)) {
            status = 2;
            continue;
        }
        report(all, rows, pages, timeReaders(all, pages, paddedPages, reps));
    }
    out << u"\nthe reading thread's CPU time, median of %1 repetitions; ratios are within one run\n"_s.arg(reps);
    return status;
}
