#include "dialogs/importwizard.h"

#include "dialogs/importwizardpage.h"
#include "import/importfields.h"
#include "import/importreader.h"
#include "importrunner.h"
#include "session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

QTableWidget* newTable(QWidget* parent, const QString& name) {
    auto* table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QLabel* newNote(QWidget* parent, const QString& name = {}) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

// A rejected row's tint: translucent, so it reads on the light and the dark palette alike.
const QColor kRejectedTint(220, 60, 60, 56);

} // namespace

ImportWizard::ImportWizard(Session& session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_runner(new ImportRunner(session, this)) {
    setObjectName(u"importWizard"_s);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    for (int id = SourcePage; id <= ImportPage; ++id) {
        m_pages[id] = new ImportWizardPage(this);
        setPage(id, m_pages[id]);
    }
    buildSourcePage();
    buildMappingPage();
    buildPreviewPage();
    buildCheckPage();
    buildImportPage();
    connectRunner();
    retranslate();
    resize(920, 640);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::buildSourcePage() {
    ImportWizardPage* page = m_pages[SourcePage];
    auto* layout = new QVBoxLayout(page);
    m_sourceIntro = newNote(page);
    layout->addWidget(m_sourceIntro);
    auto* form = m_sourceForm = new QFormLayout;
    m_kindLabel = new QLabel(page);
    m_kind = new QComboBox(page);
    m_kind->setObjectName(u"importKind"_s);
    for (ImportKind kind : allImportKinds())
        m_kind->addItem(QString(), int(kind));
    form->addRow(m_kindLabel, m_kind);
    m_fileLabel = new QLabel(page);
    m_path = new QLineEdit(page);
    m_path->setObjectName(u"importFile"_s);
    m_browse = new QPushButton(page);
    m_browse->setObjectName(u"importBrowse"_s);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    form->addRow(m_fileLabel, fileRow);
    m_sheetLabel = new QLabel(page);
    m_sheet = new QComboBox(page);
    m_sheet->setObjectName(u"importSheet"_s);
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(m_sheetLabel, m_sheet);
    m_encodingLabel = new QLabel(page);
    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(u"importEncoding"_s);
    for (CsvReader::Encoding e : {CsvReader::Encoding::Auto, CsvReader::Encoding::Utf8, CsvReader::Encoding::Gb18030})
        m_encoding->addItem(QString(), int(e));
    form->addRow(m_encodingLabel, m_encoding);
    layout->addLayout(form);
    m_sourceStatus = newNote(page, u"importSourceStatus"_s);
    layout->addWidget(m_sourceStatus);
    m_ownBook = newNote(page);
    m_ownBook->setVisible(m_session.user().isRep());
    layout->addWidget(m_ownBook);
    layout->addStretch(1);
    form->setRowVisible(m_sheet, false);
    form->setRowVisible(m_encoding, false);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_mappingStale = true;
        m_check.reset();
    });
    connect(m_browse, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (!m_table || m_table->source != m_path->text().trimmed())
            fileChosen();
    });
    connect(m_sheet, &QComboBox::activated, this, &ImportWizard::startLoad);
    connect(m_encoding, &QComboBox::activated, this, &ImportWizard::startLoad);
    page->complete = [this] { return m_table && m_waiting == Waiting::Nothing && !m_table->header.isEmpty(); };
}

void ImportWizard::buildMappingPage() {
    ImportWizardPage* page = m_pages[MappingPage];
    auto* layout = new QVBoxLayout(page);
    m_mappingTable = newTable(page, u"importMapping"_s);
    m_mappingTable->setColumnCount(3);
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_mappingTable, 1);
    auto* keyRow = new QHBoxLayout;
    m_keyLabel = new QLabel(page);
    m_key = new QComboBox(page);
    m_key->setObjectName(u"importKey"_s);
    m_key->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_keyLabel->setBuddy(m_key);
    keyRow->addWidget(m_keyLabel);
    keyRow->addWidget(m_key);
    keyRow->addStretch(1);
    layout->addLayout(keyRow);
    m_requiredNote = newNote(page);
    layout->addWidget(m_requiredNote);
    m_missing = newNote(page, u"importMissing"_s);
    layout->addWidget(m_missing);
    page->entered = [this] { fillMapping(); };
    page->complete = [this] { return m_table && m_mapping.missingRequired().isEmpty(); };
}

void ImportWizard::buildPreviewPage() {
    ImportWizardPage* page = m_pages[PreviewPage];
    auto* layout = new QVBoxLayout(page);
    m_previewStatus = newNote(page, u"importPreviewStatus"_s);
    layout->addWidget(m_previewStatus);
    m_checkBar = new QProgressBar(page);
    m_checkBar->setObjectName(u"importCheckProgress"_s);
    layout->addWidget(m_checkBar);
    m_preview = newTable(page, u"importPreview"_s);
    m_preview->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_preview, 1);
    page->entered = [this] { startValidation(); };
    page->left = [this] { // back to the columns: the check under way is not wanted any more
        abandon();
        m_check.reset();
    };
    page->complete = [this] { return m_check.has_value() && m_waiting == Waiting::Nothing; };
}

void ImportWizard::buildCheckPage() {
    ImportWizardPage* page = m_pages[CheckPage];
    page->setCommitPage(true);
    auto* layout = new QVBoxLayout(page);
    m_counts = newNote(page, u"importCounts"_s);
    layout->addWidget(m_counts);
    m_rejected = newTable(page, u"importRejected"_s);
    m_rejected->setColumnCount(4);
    layout->addWidget(m_rejected, 1);
    m_rejectedMore = newNote(page);
    layout->addWidget(m_rejectedMore);
    m_allOrNothing = new QCheckBox(page);
    m_allOrNothing->setObjectName(u"importAllOrNothing"_s);
    layout->addWidget(m_allOrNothing);
    page->entered = [this] { fillCheck(); };
    page->complete = [this] { return m_check.has_value(); };
}

void ImportWizard::buildImportPage() {
    ImportWizardPage* page = m_pages[ImportPage];
    page->setFinalPage(true);
    auto* layout = new QVBoxLayout(page);
    m_importStatus = newNote(page, u"importStatus"_s);
    layout->addWidget(m_importStatus);
    m_importBar = new QProgressBar(page);
    m_importBar->setObjectName(u"importProgress"_s);
    layout->addWidget(m_importBar);
    m_reportIssues = newTable(page, u"importReportIssues"_s);
    m_reportIssues->setColumnCount(4);
    layout->addWidget(m_reportIssues, 1);
    m_reportMore = newNote(page);
    layout->addWidget(m_reportMore);
    auto* buttons = new QHBoxLayout;
    m_saveReport = new QPushButton(page);
    m_saveReport->setObjectName(u"importSaveReport"_s);
    buttons->addWidget(m_saveReport);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_saveReport, &QPushButton::clicked, this, &ImportWizard::chooseReportFile);
    page->entered = [this] { startImport(); };
    page->complete = [this] { return m_waiting == Waiting::Nothing; };
}

void ImportWizard::connectRunner() {
    connect(m_runner, &ImportRunner::sheetsListed, this, &ImportWizard::onSheets);
    connect(m_runner, &ImportRunner::loaded, this, &ImportWizard::onLoaded);
    connect(m_runner, &ImportRunner::validated, this, &ImportWizard::onValidated);
    connect(m_runner, &ImportRunner::finished, this, &ImportWizard::onFinished);
    connect(m_runner, &ImportRunner::failed, this, &ImportWizard::onFailed);
    connect(m_runner, &ImportRunner::cancelled, this, &ImportWizard::onCancelled);
    connect(m_runner, &ImportRunner::progress, this, &ImportWizard::onProgress);
    connect(m_runner, &ImportRunner::stepChanged, this, [this] {
        if (m_waiting == Waiting::Report)
            showImportState();
    });
}

// Every job of the runner answers with exactly one signal, in the order posted: a request made while another is
// under way makes the earlier one's answer stale, and it is skipped when it comes.
void ImportWizard::expect(Waiting what) {
    if (m_waiting != Waiting::Nothing)
        ++m_stale;
    m_waiting = what;
}

bool ImportWizard::arrived(Waiting* what) {
    if (m_stale > 0) {
        --m_stale;
        return false;
    }
    if (what)
        *what = m_waiting;
    m_waiting = Waiting::Nothing;
    return true;
}

void ImportWizard::abandon() {
    m_runner->cancel();
    if (m_waiting != Waiting::Nothing)
        ++m_stale;
    m_waiting = Waiting::Nothing;
}

// ---- Source ---------------------------------------------------------------------------------------------------

void ImportWizard::setKind(ImportKind kind) {
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

ImportKind ImportWizard::kind() const {
    return ImportKind(m_kind->currentData().toInt());
}

void ImportWizard::setFile(const QString& path) {
    m_path->setText(path);
    fileChosen();
}

void ImportWizard::browse() {
    const QString start = m_path->text().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                   : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a file to import"), start,
        tr("CSV files and Excel workbooks (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ImportWizard::isXlsx() const {
    ImportSource source;
    source.path = m_path->text().trimmed();
    return ImportReader::formatOf(source) == ImportSource::Format::Xlsx;
}

// A new file: its sheets first when it is a workbook, then its rows.
void ImportWizard::fileChosen() {
    abandon();
    m_table.reset();
    m_check.reset();
    m_mappingStale = true;
    m_sourceForm->setRowVisible(m_sheet, isXlsx());
    m_sourceForm->setRowVisible(m_encoding, !isXlsx());
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_error.clear();
        showSourceStatus();
        return;
    }
    if (isXlsx() && m_sheetsOf.value(0) != path) {
        m_sheet->clear();
        expect(Waiting::Sheets);
        m_error.clear();
        m_runner->listSheets(path);
        showSourceStatus();
        return;
    }
    startLoad();
}

void ImportWizard::onSheets(const QStringList& names) {
    if (!arrived())
        return;
    m_sheetsOf = QStringList{m_path->text().trimmed()} + names;
    m_sheet->clear();
    m_sheet->addItems(names);
    startLoad();
}

void ImportWizard::startLoad() {
    ImportSource source;
    source.path = m_path->text().trimmed();
    if (isXlsx())
        source.sheet = m_sheet->currentText();
    else
        source.encoding = CsvReader::Encoding(m_encoding->currentData().toInt());
    m_table.reset();
    m_check.reset();
    m_mappingStale = true;
    m_error.clear();
    expect(Waiting::Table);
    m_runner->load(source);
    showSourceStatus();
    m_pages[SourcePage]->refresh();
}

void ImportWizard::onLoaded(const ImportTable& table) {
    if (!arrived())
        return;
    m_table = table;
    showSourceStatus();
    m_pages[SourcePage]->refresh();
}

void ImportWizard::onFailed(const QString& message) {
    Waiting was;
    if (!arrived(&was))
        return;
    m_error = message;
    if (was == Waiting::Sheets || was == Waiting::Table) {
        m_sheetsOf.clear();
        showSourceStatus();
    } else if (was == Waiting::Plan) {
        m_previewStatus->setText(tr("The rows could not be checked: %1").arg(message));
    } else if (was == Waiting::Report) {
        showImportState();
    }
    for (ImportWizardPage* page : m_pages)
        page->refresh();
}

void ImportWizard::onCancelled() {
    Waiting was;
    if (!arrived(&was))
        return;
    if (was == Waiting::Report) {
        m_cancelledImport = true;
        showImportState();
    } else if (was == Waiting::Plan) {
        m_previewStatus->setText(tr("Check cancelled."));
    }
    for (ImportWizardPage* page : m_pages)
        page->refresh();
}

void ImportWizard::onProgress(qint64 done, qint64 total) {
    QProgressBar* bar = m_waiting == Waiting::Report ? m_importBar : m_checkBar;
    bar->setRange(0, int(qMin<qint64>(total, INT_MAX)));
    bar->setValue(int(qMin(done, total)));
}

void ImportWizard::showSourceStatus() {
    QString text;
    if (!m_error.isEmpty()) {
        text = tr("This file cannot be imported: %1").arg(m_error);
    } else if (m_waiting == Waiting::Sheets || m_waiting == Waiting::Table) {
        text = tr("Reading the file…");
    } else if (m_table) {
        text = tr("%n row(s) with %1 columns.", "", int(m_table->rows.size())).arg(m_table->header.size());
        if (!m_table->sheet.isEmpty())
            text += u' ' + tr("Sheet: %1.").arg(m_table->sheet);
        if (!m_table->encoding.isEmpty())
            text += u' ' + tr("Encoding: %1.").arg(m_table->encoding.toUpper());
        if (m_table->rows.isEmpty())
            text += u' ' + tr("The file has a header but no rows.");
    } else {
        text = tr("Choose a CSV file or an Excel workbook (.xlsx).");
    }
    m_sourceStatus->setText(text);
}

// ---- Mapping --------------------------------------------------------------------------------------------------

// The guess from the header names when the file or the kind changed; the user's choices are kept otherwise.
void ImportWizard::fillMapping() {
    if (!m_table)
        return;
    if (m_mappingStale) {
        m_mapping = ImportMapping::guess(kind(), m_table->header);
        m_mappingStale = false;
        fillKeyChoices();
    }
    m_mappingTable->setRowCount(m_mapping.columnCount());
    for (int column = 0; column < m_mapping.columnCount(); ++column) {
        const QString name = m_mapping.header().value(column);
        m_mappingTable->setItem(column, 0, cell(name.isEmpty() ? tr("Column %1").arg(column + 1) : name));
        QString example;
        for (int row = 0; row < m_table->rows.size() && row < kPreviewRows && example.isEmpty(); ++row)
            example = m_table->rows.at(row).cell(column);
        m_mappingTable->setItem(column, 1, cell(example));
        auto* box = new QComboBox(m_mappingTable);
        box->setObjectName(u"importField%1"_s.arg(column));
        box->addItem(QString(), QString());
        for (const ImportField& field : ImportFields::of(kind()))
            box->addItem(QString(), field.name);
        connect(box, &QComboBox::activated, this, [this, column](int index) { onFieldChosen(column, index); });
        m_mappingTable->setCellWidget(column, 2, box);
    }
    showMapping();
}

void ImportWizard::fillKeyChoices() {
    m_key->clear();
    m_key->addItem(QString(), QStringList()); // the kind's default key
    if (kind() == ImportKind::Customers)
        m_key->addItem(QString(), QStringList{u"name"_s});
    m_key->addItem(QString(), QStringList{u"id"_s});
    retranslateChoices();
}

void ImportWizard::onFieldChosen(int column, int index) {
    auto* box = qobject_cast<QComboBox*>(m_mappingTable->cellWidget(column, 2));
    if (!box)
        return;
    (void)m_mapping.assign(column, box->itemData(index).toString()); // fields of the kind only: cannot fail
    m_check.reset();
    showMapping();
}

// The combo boxes from the mapping (a field taken by one column leaves the column that had it), and what is
// still missing.
void ImportWizard::showMapping() {
    for (int column = 0; column < m_mappingTable->rowCount(); ++column) {
        auto* box = qobject_cast<QComboBox*>(m_mappingTable->cellWidget(column, 2));
        if (!box)
            continue;
        const QSignalBlocker blocker(box);
        box->setItemText(0, tr("Ignore"));
        for (int i = 1; i < box->count(); ++i) {
            const ImportField* field = ImportFields::find(kind(), box->itemData(i).toString());
            const QString label = fieldLabel(field->name, field->label);
            box->setItemText(i, field->required ? tr("%1 *").arg(label) : label);
        }
        box->setCurrentIndex(qMax(0, box->findData(m_mapping.fieldOf(column))));
        QFont font = m_mappingTable->font(); // the columns imported stand out
        font.setBold(!m_mapping.fieldOf(column).isEmpty());
        m_mappingTable->item(column, 0)->setFont(font);
    }
    QStringList missing;
    for (const QString& name : m_mapping.missingRequired()) {
        const ImportField* field = ImportFields::find(kind(), name);
        missing << fieldLabel(name, field ? field->label : name);
    }
    m_missing->setText(
        missing.isEmpty() ? QString() : tr("Choose a column for each required field: %1.").arg(missing.join(tr(", "))));
    m_missing->setVisible(!missing.isEmpty());
    m_pages[MappingPage]->refresh();
}

ImportOptions ImportWizard::options() const {
    ImportOptions o;
    o.mapping = m_mapping;
    o.key = m_key->currentData().toStringList();
    o.allOrNothing = m_allOrNothing->isChecked();
    return o;
}

// ---- Preview and check ----------------------------------------------------------------------------------------

void ImportWizard::startValidation() {
    m_check.reset();
    m_error.clear();
    expect(Waiting::Plan);
    m_checkBar->setRange(0, 0);
    m_checkBar->show();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_previewStatus->setText(tr("Checking every row…"));
    m_runner->validate(*m_table, options(), kPreviewRows);
    m_pages[PreviewPage]->refresh();
}

void ImportWizard::onValidated(const ImportCheck& check) {
    if (!arrived())
        return;
    m_check = check;
    fillPreview();
    m_pages[PreviewPage]->refresh();
}

QString ImportWizard::actionText(int action) const {
    switch (ImportPlannedRow::Action(action)) {
    case ImportPlannedRow::Action::Create:
        return tr("New");
    case ImportPlannedRow::Action::Update:
        return tr("Update");
    case ImportPlannedRow::Action::Unchanged:
        return tr("Unchanged");
    case ImportPlannedRow::Action::Reject:
        break;
    }
    return tr("Rejected");
}

// The first rows as they will be stored: the line, what happens to the row, then every field the rows fill.
void ImportWizard::fillPreview() {
    if (!m_check)
        return;
    m_checkBar->hide();
    const QList<ImportPlannedRow>& rows = m_check->preview;
    QList<const ImportField*> shown;
    for (const ImportField& field : ImportFields::of(kind())) {
        for (const ImportPlannedRow& row : rows) {
            if (!row.shown.value(field.name).toString().isEmpty()) {
                shown << &field;
                break;
            }
        }
    }
    QStringList headers{tr("Line"), tr("Action")};
    for (const ImportField* field : shown)
        headers << fieldLabel(field->name, field->label);
    m_preview->clear();
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const ImportPlannedRow& row = rows.at(r);
        m_preview->setItem(r, 0, cell(QString::number(row.line)));
        m_preview->setItem(r, 1, cell(actionText(int(row.action))));
        for (int c = 0; c < shown.size(); ++c)
            m_preview->setItem(r, c + 2, cell(row.shown.value(shown.at(c)->name).toString()));
        if (row.action == ImportPlannedRow::Action::Reject) {
            QStringList reasons;
            for (const ImportIssue& issue : row.issues)
                reasons << (issue.column.isEmpty() ? issue.reason : issue.column + u": "_s + issue.reason);
            for (int c = 0; c < m_preview->columnCount(); ++c) {
                m_preview->item(r, c)->setBackground(kRejectedTint);
                m_preview->item(r, c)->setToolTip(reasons.join(u'\n'));
            }
        }
    }
    m_preview->resizeColumnsToContents();
    const ImportReport& report = m_check->report;
    m_previewStatus->setText(
        tr("The first %n row(s) as they will be stored. Rejected rows are tinted; hover over them for the reason.", "",
           int(rows.size())));
    if (report.rows == 0)
        m_previewStatus->setText(tr("The file has no rows to import."));
}

void ImportWizard::fillIssues(QTableWidget* table, QLabel* more, const QList<ImportIssue>& issues) const {
    table->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Reason")});
    const int listed = int(qMin<qsizetype>(issues.size(), kListedIssues));
    table->setRowCount(listed);
    for (int i = 0; i < listed; ++i) {
        const ImportIssue& issue = issues.at(i);
        table->setItem(i, 0, cell(QString::number(issue.line)));
        table->setItem(i, 1, cell(issue.column));
        table->setItem(i, 2, cell(issue.value));
        table->setItem(i, 3, cell(issue.reason));
    }
    table->resizeColumnsToContents();
    table->setVisible(!issues.isEmpty());
    more->setText(issues.size() > listed ? tr("The first %1 of %2 problems are listed; the saved report has them all.")
                                               .arg(listed)
                                               .arg(issues.size())
                                         : QString());
    more->setVisible(issues.size() > listed);
}

void ImportWizard::fillCheck() {
    if (!m_check)
        return;
    const ImportReport& report = m_check->report;
    QString text = tr("%n row(s) checked: %1 new, %2 to update, %3 unchanged, %4 rejected.", "", int(report.rows))
                       .arg(report.created)
                       .arg(report.updated)
                       .arg(report.unchanged)
                       .arg(report.rejected);
    if (report.rejected > 0)
        text += u' ' + tr("Rejected rows are left out; the other rows are imported.");
    m_counts->setText(text);
    fillIssues(m_rejected, m_rejectedMore, report.issues);
}

// ---- Import ---------------------------------------------------------------------------------------------------

void ImportWizard::startImport() {
    m_report.reset();
    m_error.clear();
    m_cancelledImport = false;
    expect(Waiting::Report);
    setOption(QWizard::NoCancelButtonOnLastPage, false); // Cancel stops the import
    m_importBar->setRange(0, 0);
    m_runner->commit(*m_table, options());
    showImportState();
    m_pages[ImportPage]->refresh();
}

void ImportWizard::onFinished(const ImportReport& report) {
    if (!arrived())
        return;
    m_report = report;
    showImportState();
    m_pages[ImportPage]->refresh();
}

void ImportWizard::showImportState() {
    const bool running = m_waiting == Waiting::Report;
    setOption(QWizard::NoCancelButtonOnLastPage, !running); // once it ended, Finish closes
    m_importBar->setVisible(running);
    m_saveReport->setVisible(m_report.has_value());
    m_reportIssues->setVisible(false);
    m_reportMore->setVisible(false);
    button(QWizard::CancelButton)->setEnabled(true);
    if (running) {
        m_importStatus->setText(m_runner->step() == ImportRunner::Step::Writing ? tr("Writing the rows…")
                                                                                : tr("Checking the rows again…"));
    } else if (m_cancelledImport) {
        m_importStatus->setText(tr("Import cancelled: nothing was written."));
    } else if (!m_report) {
        m_importStatus->setText(tr("The import failed, nothing was written: %1").arg(m_error));
    } else if (m_report->outcome == ImportReport::Outcome::RefusedInvalidRows) {
        m_importStatus->setText(tr("Nothing was imported: %n row(s) are invalid, and the import was to happen only "
                                   "if every row is valid.",
                                   "", int(m_report->rejected)));
        fillIssues(m_reportIssues, m_reportMore, m_report->issues);
    } else {
        m_importStatus->setText(tr("Imported: %1 new, %2 updated, %3 unchanged, %4 rejected. The rows are sent "
                                   "with the next sync.")
                                    .arg(m_report->created)
                                    .arg(m_report->updated)
                                    .arg(m_report->unchanged)
                                    .arg(m_report->rejected));
        fillIssues(m_reportIssues, m_reportMore, m_report->issues);
    }
}

void ImportWizard::chooseReportFile() {
    const QString base = QFileInfo(m_table ? m_table->source : QString()).completeBaseName();
    const QString proposed = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
                             tr("%1 import report").arg(base) + u".csv"_s;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the import report"), proposed, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveReport(path);
}

bool ImportWizard::saveReport(const QString& path) {
    if (!m_report)
        return false;
    if (const Status s = m_report->writeCsv(path); !s) {
        QMessageBox::warning(this, tr("Save the import report"),
                             tr("The report could not be saved: %1").arg(s.error()));
        return false;
    }
    return true;
}

void ImportWizard::reject() {
    if (m_waiting == Waiting::Report || m_waiting == Waiting::Plan) {
        m_runner->cancel(); // cancelled() follows; the wizard stays open to say so
        button(QWizard::CancelButton)->setEnabled(false);
        return;
    }
    m_runner->cancel();
    QWizard::reject();
}

// ---- Language -------------------------------------------------------------------------------------------------

QString ImportWizard::fieldLabel(const QString& field, const QString& fallback) {
    static const QHash<QString, const char*> labels{
        {u"name"_s, QT_TR_NOOP("Name")},
        {u"name_en"_s, QT_TR_NOOP("English name")},
        {u"industry"_s, QT_TR_NOOP("Industry")},
        {u"size_band"_s, QT_TR_NOOP("Size")},
        {u"region"_s, QT_TR_NOOP("Region")},
        {u"address"_s, QT_TR_NOOP("Address")},
        {u"owner"_s, QT_TR_NOOP("Owner")},
        {u"team"_s, QT_TR_NOOP("Team")},
        {u"budget_band"_s, QT_TR_NOOP("Budget")},
        {u"decision_chain"_s, QT_TR_NOOP("Decision chain")},
        {u"demand_stage"_s, QT_TR_NOOP("Demand stage")},
        {u"tags"_s, QT_TR_NOOP("Tags")},
        {u"satisfaction"_s, QT_TR_NOOP("Satisfaction (0–100)")},
        {u"trial_participation"_s, QT_TR_NOOP("Trial participation (0–100)")},
        {u"created_at"_s, QT_TR_NOOP("Customer since")},
        {u"id"_s, QT_TR_NOOP("Stride id")},
        {u"customer"_s, QT_TR_NOOP("Customer")},
        {u"customer_address"_s, QT_TR_NOOP("Customer address")},
        {u"title"_s, QT_TR_NOOP("Job title")},
        {u"phone"_s, QT_TR_NOOP("Phone")},
        {u"email"_s, QT_TR_NOOP("E-mail")},
        {u"chain_role"_s, QT_TR_NOOP("Role in the decision")},
        {u"ordered_at"_s, QT_TR_NOOP("Order date")},
        {u"amount"_s, QT_TR_NOOP("Amount")},
    };
    const char* source = labels.value(field);
    return source ? tr(source) : (fallback.isEmpty() ? field : fallback);
}

void ImportWizard::retranslateChoices() {
    const QStringList kinds{tr("Customers"), tr("Contacts"), tr("Orders")};
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, kinds.value(int(m_kind->itemData(i).toInt())));
    m_encoding->setItemText(0, tr("Detect automatically"));
    m_encoding->setItemText(1, tr("UTF-8"));
    m_encoding->setItemText(2, tr("GB18030 / GBK (Chinese Excel)"));
    for (int i = 0; i < m_key->count(); ++i) {
        QStringList key = m_key->itemData(i).toStringList();
        if (key.isEmpty())
            key = ImportFields::defaultKey(kind());
        QStringList labels;
        for (const QString& field : key)
            labels << fieldLabel(field);
        m_key->setItemText(i, labels.join(tr(" + ")));
    }
}

void ImportWizard::retranslate() {
    setWindowTitle(tr("Import"));
    setButtonText(QWizard::CommitButton, tr("Import"));
    m_pages[SourcePage]->setTitle(tr("Choose a file"));
    m_pages[SourcePage]->setSubTitle(tr("Customers, contacts or orders from a CSV file or an Excel workbook. "
                                        "Nothing is written before the last step."));
    m_pages[MappingPage]->setTitle(tr("Match the columns"));
    m_pages[MappingPage]->setSubTitle(
        tr("Choose the field each column of the file fills. Columns set to “Ignore” are left out."));
    m_pages[PreviewPage]->setTitle(tr("Preview"));
    m_pages[PreviewPage]->setSubTitle(tr("Every row is checked; the first rows are shown as they will be stored."));
    m_pages[CheckPage]->setTitle(tr("Check"));
    m_pages[CheckPage]->setSubTitle(tr("What the import will do, and the rows that cannot be imported."));
    m_pages[ImportPage]->setTitle(tr("Import"));
    m_pages[ImportPage]->setSubTitle(tr("The rows are written in one step: all of them, or none if cancelled."));
    m_sourceIntro->setText(tr("A header row names the columns; the next step matches them to Stride's fields."));
    m_kindLabel->setText(tr("Import:"));
    m_fileLabel->setText(tr("File:"));
    m_browse->setText(tr("Choose…"));
    m_sheetLabel->setText(tr("Sheet:"));
    m_encodingLabel->setText(tr("Encoding:"));
    m_ownBook->setText(tr("The rows go into your own book: customers become yours, and rows of other reps' "
                          "customers are rejected."));
    m_mappingTable->setHorizontalHeaderLabels({tr("Column in the file"), tr("Example"), tr("Imported as")});
    m_keyLabel->setText(tr("The same record when these match:"));
    m_requiredNote->setText(tr("Fields marked * are required. A row whose key matches an existing record updates it."));
    m_allOrNothing->setText(tr("Import only if every row is valid"));
    m_saveReport->setText(tr("Save report…"));
    retranslateChoices();
    showSourceStatus();
    showMapping();
    fillPreview();
    fillCheck();
    if (currentId() == ImportPage)
        showImportState();
}

void ImportWizard::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

} // namespace Stride
