#pragma once

#include "import/importkind.h"
#include "import/importmapping.h"
#include "import/importplan.h"
#include "import/importreport.h"
#include "import/importtable.h"
#include "importrunner.h"

#include <QWizard>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Stride {

class ImportWizardPage;
class Session;

// File → Import…: customers, contacts or orders from a CSV file or an Excel workbook into the replica, in steps:
// the kind and the file (a sheet of a workbook; the encoding of a CSV file, detected unless chosen), which field
// each column fills (guessed from the header names, English or Chinese), the first rows as they will be stored,
// the check of every row (rejected rows with their line, column and reason), then the import with progress and
// Cancel, and its report (saved as CSV on request). Every step runs on an ImportRunner: the wizard never reads
// the file or the replica itself. A rep imports into their own book.
class ImportWizard final : public QWizard {
    Q_OBJECT
public:
    enum PageId { SourcePage, MappingPage, PreviewPage, CheckPage, ImportPage };
    static constexpr int kPreviewRows = 20;
    static constexpr int kListedIssues = 1000; // the report file has them all

    explicit ImportWizard(Session& session, QWidget* parent = nullptr);
    ~ImportWizard() override;

    ImportRunner& runner() const { return *m_runner; }
    // Choose a kind or a file as the first step's widgets do (the file is read on the runner).
    void setKind(ImportKind kind);
    void setFile(const QString& path);
    ImportKind kind() const;
    // What the steps produced so far (empty until then).
    const std::optional<ImportTable>& table() const { return m_table; }
    const ImportMapping& mapping() const { return m_mapping; }
    const std::optional<ImportCheck>& check() const { return m_check; }
    const std::optional<ImportReport>& report() const { return m_report; }
    // The report's rows to a CSV file; false (the reason shown) when it cannot be written.
    bool saveReport(const QString& path);
    // The name shown for an import field ("owner" → "Owner"), translated.
    static QString fieldLabel(const QString& field, const QString& fallback = {});

    // While the file is checked or imported: cancels that (the wizard stays open); otherwise closes.
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Waiting { Nothing, Sheets, Table, Plan, Report };

    void buildSourcePage();
    void buildMappingPage();
    void buildPreviewPage();
    void buildCheckPage();
    void buildImportPage();
    void connectRunner();
    void expect(Waiting what);
    bool arrived(Waiting* what = nullptr);
    void abandon(); // cancels what is under way and skips its answer
    void retranslate();
    void retranslateChoices();

    void browse();
    void fileChosen();
    void startLoad();
    void onSheets(const QStringList& names);
    void onLoaded(const ImportTable& table);
    void onFailed(const QString& message);
    void onCancelled();
    void onProgress(qint64 done, qint64 total);
    void showSourceStatus();
    bool isXlsx() const;

    void fillMapping();
    void fillKeyChoices();
    void onFieldChosen(int column, int index);
    void showMapping();
    ImportOptions options() const;

    void startValidation();
    void onValidated(const ImportCheck& check);
    void fillPreview();
    void fillCheck();
    void fillIssues(QTableWidget* table, QLabel* more, const QList<ImportIssue>& issues) const;
    QString actionText(int action) const;

    void startImport();
    void onFinished(const ImportReport& report);
    void showImportState();
    void chooseReportFile();

    Session& m_session;
    ImportRunner* m_runner;
    Waiting m_waiting = Waiting::Nothing;
    int m_stale = 0; // answers still to come from requests superseded since
    QString m_error; // the last failure of a step, untranslated detail
    bool m_cancelledImport = false;

    std::optional<ImportTable> m_table;
    QStringList m_sheetsOf; // [path, sheet names…] of the last workbook listed
    ImportMapping m_mapping;
    bool m_mappingStale = true; // the kind or the file changed since the mapping was made
    std::optional<ImportCheck> m_check;
    std::optional<ImportReport> m_report;

    ImportWizardPage* m_pages[5] = {};

    // Source
    QFormLayout* m_sourceForm;
    QLabel* m_sourceIntro;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_fileLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_sheetLabel;
    QComboBox* m_sheet;
    QLabel* m_encodingLabel;
    QComboBox* m_encoding;
    QLabel* m_sourceStatus;
    QLabel* m_ownBook;
    // Mapping
    QTableWidget* m_mappingTable;
    QLabel* m_keyLabel;
    QComboBox* m_key;
    QLabel* m_requiredNote;
    QLabel* m_missing;
    // Preview
    QLabel* m_previewStatus;
    QProgressBar* m_checkBar;
    QTableWidget* m_preview;
    // Check
    QLabel* m_counts;
    QTableWidget* m_rejected;
    QLabel* m_rejectedMore;
    QCheckBox* m_allOrNothing;
    // Import
    QLabel* m_importStatus;
    QProgressBar* m_importBar;
    QTableWidget* m_reportIssues;
    QLabel* m_reportMore;
    QPushButton* m_saveReport;
};

} // namespace Stride
