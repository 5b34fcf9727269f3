#pragma once

#include "analytics/dashboardfigures.h"
#include "export/figureworkbook.h"
#include "export/listexport.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QMessageBox;
class QProgressDialog;
class QToolButton;
class QUrl;
class QWidget;

namespace Stride {

class ExportRunner;
class Session;
struct SessionUser;

// A page's "Export to Excel…": the save dialog proposing Stride-<report>-<scope>-<date>.xlsx in the documents
// folder, the export on an ExportRunner (its own thread and read-only connection), a progress dialog with
// Cancel for anything that takes more than a moment, and at the end a message with "Open" and "Show in folder"
// (or the error, naming the problem). The page owns one, builds the request from what it shows when action()
// is triggered, and calls exportFigures() or exportList(). Only one export of a page runs at a time: the action
// is disabled meanwhile.
class ExportFlow final : public QObject {
    Q_OBJECT
public:
    // Asks where to save; empty when the user cancelled. The default is QFileDialog::getSaveFileName; tests
    // answer with a path of their own instead.
    using PathChooser = std::function<QString(QWidget* parent, const QString& proposed)>;
    static void setPathChooser(PathChooser chooser);
    // Opens a file or folder for "Open" and "Show in folder"; QDesktopServices::openUrl by default.
    using UrlOpener = std::function<bool(const QUrl& url)>;
    static void setUrlOpener(UrlOpener opener);

    // `page`: the parent of the dialogs, and whose user is the author of the workbooks.
    ExportFlow(Session& session, QWidget* page);
    ~ExportFlow() override;

    // "Export to Excel…"; its text follows the language through retranslate().
    QAction* action() const { return m_action; }
    // A tool button for the page's own bar, showing action().
    QToolButton* createButton(QWidget* parent) const;
    void retranslate();

    // `report`: what the file is named after ("Dashboards", translated). The file name's scope is the name of the
    // rep, team or organisation the request selects (read on the runner's thread; "Organisation" when the replica
    // does not name it).
    // `shown`: what the page computed and shows (DashboardView::figures()); the figures of it that are the
    // request's, for its filter, are written without being computed again (ExportRunner).
    void exportFigures(const QString& report, const FigureWorkbook::Request& request,
                       std::optional<DashboardFigures> shown = std::nullopt);
    void exportList(const QString& report, const ListExport::Request& request);

    // What the user's own lists cover: a rep's own rows, a supervisor's team, everyone's for a director.
    static AnalyticsFilter userScope(const SessionUser& user);

    bool isRunning() const;
    void cancel();
    // Stride-<report>-<scope>-<date>.xlsx, each part made safe for a file name.
    static QString proposedFileName(const QString& report, const QString& scope, const QDate& date);
    // Characters no file system takes (/ \ : * ? " < > | and controls) become "_"; runs of blanks one space;
    // no leading or trailing dots or blanks; at most 60 characters.
    static QString fileNamePart(const QString& text);

    ExportRunner* runner() const { return m_runner; } // nullptr before the first export
    QProgressDialog* progressDialog() const;
    // The message shown at the end (done or failed), while it is open.
    QMessageBox* message() const;

signals:
    void runningChanged(bool running);
    void finished(const QString& path);
    void failed(const QString& message);
    void cancelled();

private:
    using Start = std::function<bool(ExportRunner& runner, const QString& path)>;
    void begin(const QString& report, const AnalyticsFilter& scope, Start start);
    void choose(const QString& report, const QString& scope, const Start& start);
    ExportRunner& ensureRunner();
    void showProgress(const QString& path);
    void closeProgress();
    void showFinished(const QString& path);
    void showFailed(const QString& message);
    QDate today() const;

    Session& m_session;
    QWidget* m_page;
    QAction* m_action;
    ExportRunner* m_runner = nullptr;
    QPointer<QProgressDialog> m_progress;
    QPointer<QMessageBox> m_message;
    QString m_path; // of the export running now
    bool m_choosing = false;
};

} // namespace Stride
