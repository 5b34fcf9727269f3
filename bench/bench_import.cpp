// bench-import [--rows N] [--dir DIR] [--only csv|xlsx]: imports N customers (default 100,000) into a fresh replica
// from a CSV file and from an xlsx workbook (written here with libxlsxwriter), timing the read, the validation and the
// commit (rows and their outbox entries, one transaction). Issue targets: CSV under 5 s, xlsx under 10 s, all included.
#include "import/importer.h"
#include "import/importreader.h"
#include "storage/database.h"
#include "storage/entitystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <time.h>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

const QStringList kHeader{u"客户名称"_s, u"地址"_s, u"行业"_s, u"区域"_s, u"负责人"_s, u"满意度"_s, u"创建日期"_s};

QStringList row(int i) {
    static const QStringList industries{u"manufacturing"_s, u"education"_s, u"finance"_s, u"retail"_s};
    return {u"基准客户%1有限公司"_s.arg(i),
            u"上海市浦东新区张江路%1号"_s.arg(i),
            industries.at(i % 4),
            u"华东"_s,
            u"销售%1"_s.arg(i % 10),
            QString::number(i % 101),
            u"2025-%1-%2"_s.arg(1 + i % 12).arg(1 + i % 28)};
}

bool writeCsv(const QString& path, int rows) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray data = kHeader.join(u',').toUtf8() + '\n';
    for (int i = 0; i < rows; ++i)
        data += row(i).join(u',').toUtf8() + '\n';
    return f.write(data) == data.size();
}

bool writeXlsx(const QString& path, int rows) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray name = QFile::encodeName(path);
    lxw_workbook* book = workbook_new_opt(name.constData(), &options);
    lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    for (int c = 0; c < kHeader.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), kHeader.at(c).toUtf8().constData(), nullptr);
    for (int i = 0; i < rows; ++i) {
        const QStringList cells = row(i);
        const lxw_row_t r = lxw_row_t(i + 1);
        for (int c = 0; c < 5; ++c)
            worksheet_write_string(sheet, r, lxw_col_t(c), cells.at(c).toUtf8().constData(), nullptr);
        worksheet_write_number(sheet, r, 5, i % 101, nullptr);
        lxw_datetime day = {2025, 1 + i % 12, 1 + i % 28, 0, 0, 0};
        worksheet_write_datetime(sheet, r, 6, &day, date);
    }
    return workbook_close(book) == LXW_NO_ERROR;
}

Status seedReps(EntityStore& store) {
    QList<EntityWrite> writes{{u"teams"_s, u"t-east"_s, {{u"name"_s, u"华东"_s}}, false}};
    for (int i = 0; i < 10; ++i) {
        writes.append({u"reps"_s,
                       u"r-%1"_s.arg(i),
                       {{u"name"_s, u"销售%1"_s.arg(i)}, {u"role"_s, u"rep"_s}, {u"team_id"_s, u"t-east"_s}},
                       false});
    }
    return store.apply(writes);
}

// One import into a fresh replica; prints the phases. False when it failed or was not complete.
bool run(const QString& label, const QString& file, const QString& replica, int rows, QTextStream& out) {
    auto db = Database::open(replica);
    if (!db) {
        out << label << ": " << db.error() << '\n';
        return false;
    }
    EntityStore store(**db);
    if (Status s = seedReps(store); !s) {
        out << label << ": " << s.error() << '\n';
        return false;
    }
    QElapsedTimer t;
    const double cpu0 = cpuMs();
    t.start();
    Result<ImportTable> table = ImportReader::read({file});
    const qint64 readMs = t.elapsed();
    if (!table) {
        out << label << ": " << table.error() << '\n';
        return false;
    }
    Importer importer(store);
    Result<ImportPlan> plan = importer.validate(*table, {ImportMapping::guess(ImportKind::Customers, table->header)});
    const qint64 validateMs = t.elapsed() - readMs;
    if (!plan) {
        out << label << ": " << plan.error() << '\n';
        return false;
    }
    Result<ImportReport> report = importer.commit(*plan);
    const qint64 totalMs = t.elapsed();
    const double cpu = cpuMs() - cpu0;
    if (!report || report->created != rows) {
        out << label << ": " << (report ? report->text() : report.error()) << '\n';
        return false;
    }
    Result<QSqlQuery> outbox = (*db)->exec(u"SELECT count(*) FROM outbox WHERE entity = 'customers'"_s);
    const qint64 entries = outbox && outbox->next() ? outbox->value(0).toLongLong() : -1;
    out << QString::asprintf("%-5s %d rows: read %lld ms, validate %lld ms, commit %lld ms; total %lld ms wall, "
                             "%.0f ms CPU; %lld outbox entries\n",
                             qPrintable(label), rows, readMs, validateMs, totalMs - readMs - validateMs, totalMs, cpu,
                             entries);
    out.flush();
    return entries == rows;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"rows"_s, u"Customers to import (default 100000)."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"dir"_s, u"Where to write the files (default: a temporary directory)."_s, u"DIR"_s});
    parser.addOption({u"only"_s, u"Import only this format (csv or xlsx; default both)."_s, u"FORMAT"_s});
    parser.process(app);
    QTextStream out(stdout);
    const int rows = parser.value(u"rows"_s).toInt();
    QTemporaryDir tmp;
    const QString dir = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : tmp.path();
    const QString csv = dir + u"/customers.csv"_s;
    const QString xlsx = dir + u"/customers.xlsx"_s;
    const QString only = parser.value(u"only"_s);
    if ((only != u"xlsx"_s && !writeCsv(csv, rows)) || (only != u"csv"_s && !writeXlsx(xlsx, rows))) {
        out << "bench-import: cannot write the input files in " << dir << '\n';
        return 2;
    }
    QFile::remove(dir + u"/csv.sqlite"_s);
    QFile::remove(dir + u"/xlsx.sqlite"_s);
    const bool ok = (only == u"xlsx"_s || run(u"csv"_s, csv, dir + u"/csv.sqlite"_s, rows, out)) &&
                    (only == u"csv"_s || run(u"xlsx"_s, xlsx, dir + u"/xlsx.sqlite"_s, rows, out));
    return ok ? 0 : 1;
}
