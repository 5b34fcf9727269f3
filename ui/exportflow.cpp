#include "exportflow.h"

#include "exportrunner.h"
#include "icons.h"
#include "session.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QUrl>

#include <limits>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

constexpr int kProgressAfterMs = 400; // a quick export finishes without a dialog flashing up
constexpr int kMaxPartLength = 60;

ExportFlow::PathChooser& pathChooser() {
    static ExportFlow::PathChooser chooser;
    return chooser;
}

ExportFlow::UrlOpener& urlOpener() {
    static ExportFlow::UrlOpener opener;
    return opener;
}

QString askPath(QWidget* parent, const QString& proposed) {
    if (pathChooser())
        return pathChooser()(parent, proposed);
    return QFileDialog::getSaveFileName(parent, ExportFlow::tr("Export to Excel"), proposed,
                                        ExportFlow::tr("Excel workbook (*.xlsx)"));
}

void openUrl(const QUrl& url) {
    if (urlOpener())
        urlOpener()(url);
    else
        QDesktopServices::openUrl(url);
}

} // namespace

void ExportFlow::setPathChooser(PathChooser chooser) {
    pathChooser() = std::move(chooser);
}

void ExportFlow::setUrlOpener(UrlOpener opener) {
    urlOpener() = std::move(opener);
}

ExportFlow::ExportFlow(Session& session, QWidget* page)
    : QObject(page)
    , m_session(session)
    , m_page(page)
    , m_action(new QAction(Icons::icon(Icons::Kind::Export), QString(), page)) {
    m_action->setObjectName(u"exportToExcel"_s);
    retranslate();
}

ExportFlow::~ExportFlow() = default;

QToolButton* ExportFlow::createButton(QWidget* parent) const {
    auto* button = new QToolButton(parent);
    button->setObjectName(u"exportButton"_s);
    button->setDefaultAction(m_action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

void ExportFlow::retranslate() {
    m_action->setText(tr("Export to Excel…"));
    m_action->setToolTip(tr("Save what this page shows as an Excel workbook"));
}

AnalyticsFilter ExportFlow::userScope(const SessionUser& user) {
    AnalyticsFilter scope;
    if (user.isRep())
        scope.repId = user.id;
    else if (user.isSupervisor())
        scope.teamId = user.teamId;
    return scope;
}

QProgressDialog* ExportFlow::progressDialog() const {
    return m_progress;
}

QMessageBox* ExportFlow::message() const {
    return m_message;
}

bool ExportFlow::isRunning() const {
    return m_choosing || (m_runner && m_runner->isRunning());
}

void ExportFlow::cancel() {
    if (m_runner)
        m_runner->cancel();
}

void ExportFlow::exportFigures(const QString& report, const FigureWorkbook::Request& request,
                               std::optional<DashboardFigures> shown) {
    begin(report, request.filter, [request, shown = std::move(shown)](ExportRunner& runner, const QString& path) {
        return runner.start(path, request, shown);
    });
}

void ExportFlow::exportList(const QString& report, const ListExport::Request& request) {
    AnalyticsFilter scope = request.scope;
    if (scope.repId.isEmpty() && scope.teamId.isEmpty())
        scope.repId = request.customers.ownerId; // "My customers"
    begin(report, scope, [request](ExportRunner& runner, const QString& path) { return runner.start(path, request); });
}

void ExportFlow::begin(const QString& report, const AnalyticsFilter& scope, Start start) {
    if (isRunning())
        return;
    // Names live in the replica: read on the runner's thread, never here.
    m_choosing = true;
    m_action->setEnabled(false);
    emit runningChanged(true);
    ensureRunner().readScopeName(scope, [this, report, start = std::move(start)](const QString& name) {
        m_choosing = false;
        m_action->setEnabled(true);
        emit runningChanged(false);
        choose(report, name.isEmpty() ? tr("Organisation") : name, start);
    });
}

void ExportFlow::choose(const QString& report, const QString& scope, const Start& start) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString proposed = QDir(folder).filePath(proposedFileName(report, scope, today()));
    QString path = askPath(m_page, proposed);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".xlsx"_s;
    ExportRunner& runner = ensureRunner();
    runner.setAuthor(m_session.user().name);
    m_path = path;
    if (start(runner, path))
        showProgress(path);
}

ExportRunner& ExportFlow::ensureRunner() {
    if (m_runner)
        return *m_runner;
    m_runner = new ExportRunner(m_session.path(), m_session.clock(), this);
    connect(m_runner, &ExportRunner::runningChanged, this, [this](bool running) {
        m_action->setEnabled(!running);
        emit runningChanged(running);
    });
    connect(m_runner, &ExportRunner::progress, this, [this](qint64 done, qint64 total) {
        if (!m_progress)
            return;
        if (total > 0) {
            // The dialog counts in int: scale a count past its range down.
            const qint64 scale = total / std::numeric_limits<int>::max() + 1;
            m_progress->setRange(0, int(total / scale));
            m_progress->setValue(int(qMin(done, total) / scale));
        } else {
            m_progress->setRange(0, 0);
        }
    });
    connect(m_runner, &ExportRunner::finished, this, [this](const QString& path) {
        closeProgress();
        showFinished(path);
        emit finished(path);
    });
    connect(m_runner, &ExportRunner::failed, this, [this](const QString& message) {
        closeProgress();
        showFailed(message);
        emit failed(message);
    });
    connect(m_runner, &ExportRunner::cancelled, this, [this] {
        closeProgress();
        emit cancelled();
    });
    return *m_runner;
}

void ExportFlow::showProgress(const QString& path) {
    closeProgress();
    auto* dialog = new QProgressDialog(m_page);
    dialog->setObjectName(u"exportProgress"_s);
    dialog->setWindowTitle(tr("Export to Excel"));
    dialog->setLabelText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    dialog->setCancelButtonText(tr("Cancel"));
    dialog->setRange(0, 0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    // Not modal: the export runs on its own thread, so the window stays usable; and a modal dialog's setValue()
    // processes events, in which the end of the export could delete the dialog under its own feet.
    dialog->setWindowModality(Qt::NonModal);
    dialog->setMinimumDuration(kProgressAfterMs);
    dialog->setMinimumWidth(420);
    connect(dialog, &QProgressDialog::canceled, this, &ExportFlow::cancel);
    m_progress = dialog;
}

void ExportFlow::closeProgress() {
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
}

void ExportFlow::showFinished(const QString& path) {
    if (m_message)
        m_message->close();
    auto* box = new QMessageBox(QMessageBox::Information, tr("Export finished"),
                                tr("The workbook was saved as %1.").arg(QDir::toNativeSeparators(path)),
                                QMessageBox::Close, m_page);
    box->setObjectName(u"exportFinished"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* open = box->addButton(tr("Open"), QMessageBox::ActionRole);
    open->setObjectName(u"exportOpen"_s);
    QPushButton* folder = box->addButton(tr("Show in folder"), QMessageBox::ActionRole);
    folder->setObjectName(u"exportShowFolder"_s);
    box->setDefaultButton(open);
    connect(open, &QPushButton::clicked, this, [path] { openUrl(QUrl::fromLocalFile(path)); });
    connect(folder, &QPushButton::clicked, this,
            [path] { openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath())); });
    m_message = box;
    box->open();
}

void ExportFlow::showFailed(const QString& message) {
    if (m_message)
        m_message->close();
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Export failed"),
                        tr("Could not write %1.").arg(QDir::toNativeSeparators(m_path)), QMessageBox::Close, m_page);
    box->setObjectName(u"exportFailed"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(message);
    m_message = box;
    box->open();
}

QDate ExportFlow::today() const {
    return m_session.clock().now().toLocalTime().date();
}

QString ExportFlow::fileNamePart(const QString& text) {
    static const QString forbidden = u"/\\:*?\"<>|"_s;
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text)
        out += ch.category() == QChar::Other_Control || forbidden.contains(ch) ? u'_' : ch;
    out = out.simplified();
    if (out.size() > kMaxPartLength) {
        out.truncate(kMaxPartLength);
        if (out.back().isHighSurrogate())
            out.chop(1);
    }
    while (!out.isEmpty() && (out.front() == u'.' || out.front() == u' '))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back() == u'.' || out.back() == u' '))
        out.chop(1);
    return out.isEmpty() ? u"_"_s : out;
}

QString ExportFlow::proposedFileName(const QString& report, const QString& scope, const QDate& date) {
    return u"Stride-%1-%2-%3.xlsx"_s.arg(fileNamePart(report), fileNamePart(scope), date.toString(Qt::ISODate));
}

} // namespace Stride
