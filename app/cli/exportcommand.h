#pragma once

#include "databasecommand.h"
#include "export/listexport.h"
#include "reportscope.h"
#include "storage/customerquery.h"

#include <QStringList>

#include <optional>

namespace Stride::Cli {

// `stride-cli export NAME --db FILE (--out FILE | --out-dir DIR) [--from DATE] [--to DATE] [--team T] [--rep R]
// [--now DATETIME] [--lang en|zh_CN] [--format xlsx|csv] [--no-bom]`: the figures of `report` as a finished
// workbook (FigureWorkbook: a sheet a figure, native charts; `all` is every figure in one workbook), or the
// customers, visits and opportunities lists (ListExport: every row, streamed in constant memory, each list a file
// of its own). CSV: the figures one table per file in --out-dir like `report --format csv`, a list one file.
// Read-only; the file appears only when it was written completely.
class ExportCommand final : public DatabaseCommand {
public:
    QString name() const override;
    QString summary() const override;

private:
    struct Request {
        QString what;                         // NAME
        std::optional<ListExport::List> list; // a list, else figures
        QStringList figures;
        bool csv = false;
        QString out;
        QString outDir;
        bool byteOrderMark = true;
        qint64 maxRowsPerSheet = 1048576;
        CustomerQuery::Filter customers;
        ReportScope scope;
    };

    void declare(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser, Context& ctx) override;
    Database::Access access(const QCommandLineParser& parser) const override;
    int runOn(Database& db, const Invocation& call, Context& ctx) override;

    // Each reads its part of the arguments into m_request; false after printing a usage error.
    bool readName(const QCommandLineParser& parser, Context& ctx);
    bool readOutput(const QCommandLineParser& parser, Context& ctx);
    bool readCustomerFilter(const QCommandLineParser& parser, Context& ctx);

    // The file written: --out, or a name of its own in --out-dir.
    QString outputPath() const;
    int exportList(const Database& db, const Clock& clock, const QString& author, const QString& company,
                   Context& ctx) const;
    int exportWorkbook(const Database& db, const Clock& clock, const QString& author, const QString& company,
                       Context& ctx) const;
    int exportCsvTables(const Database& db, const Clock& clock, Context& ctx) const;
    void fail(const QString& message, Context& ctx) const;

    Request m_request;
};

} // namespace Stride::Cli
