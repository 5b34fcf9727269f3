#include "dialogs/taskactiondialog.h"

#include "session.h"
#include "storage/taskrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

TaskActionDialog::TaskActionDialog(Session& session, const Task& task, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_task(task)
    , m_mode(mode)
    , m_what(new QLabel(this))
    , m_fieldLabel(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_date(new QDateEdit(this))
    , m_rep(new QComboBox(this))
    , m_error(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    m_what->setWordWrap(true);
    m_what->setText(u"<b>%1</b>"_s.arg(task.title.toHtmlEscaped()));
    layout->addWidget(m_what);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    QWidget* field = m_note;
    m_note->setObjectName(u"note"_s);
    m_date->setObjectName(u"snoozeUntil"_s);
    m_rep->setObjectName(u"assignee"_s);
    m_note->setMaximumHeight(90);
    // Snoozing moves the task to 09:00 of a later local day, offered as the day after its due day (at least tomorrow).
    const QDate today = session.clock().now().toLocalTime().date();
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(today.addDays(1));
    const QDate due = task.dueAt ? QDateTime::fromSecsSinceEpoch(*task.dueAt).toLocalTime().date() : today;
    m_date->setDate(std::max(today.addDays(1), due.addDays(1)));
    switch (mode) {
    case Mode::Done:
        field = m_note;
        break;
    case Mode::Snooze:
        field = m_date;
        break;
    case Mode::Reassign: {
        field = m_rep;
        const SessionUser& me = session.user();
        const Result<QList<Rep>> reps = TaskRepository(session.store()).assignees(me.kind(), me.teamId);
        if (reps) {
            for (const Rep& r : *reps) {
                if (r.id != task.ownerId)
                    m_rep->addItem(r.name.isEmpty() ? r.id : r.name, r.id);
            }
        }
        break;
    }
    }
    for (QWidget* w : {static_cast<QWidget*>(m_note), static_cast<QWidget*>(m_date), static_cast<QWidget*>(m_rep)})
        w->setVisible(w == field);
    form->addRow(m_fieldLabel, field);
    m_fieldLabel->setBuddy(field);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #d93025"_s);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TaskActionDialog::reject);
    setMinimumWidth(420);
    retranslate();
}

QString TaskActionDialog::lastError() const {
    return m_error->text();
}

void TaskActionDialog::accept() {
    TaskRepository tasks(m_session.store());
    Status s;
    switch (m_mode) {
    case Mode::Done:
        s = tasks.complete(m_task.id, m_note->toPlainText());
        break;
    case Mode::Snooze:
        s = tasks.snooze(m_task.id, QDateTime(m_date->date(), QTime(9, 0)).toSecsSinceEpoch());
        break;
    case Mode::Reassign:
        if (m_rep->currentData().toString().isEmpty()) {
            m_error->setText(tr("Choose the rep to give the task to."));
            return;
        }
        s = tasks.reassign(m_task.id, m_rep->currentData().toString(), m_session.user().kind(),
                           m_session.user().teamId);
        break;
    }
    if (!s) {
        m_error->setText(tr("The task was not changed: %1").arg(s.error()));
        return;
    }
    QDialog::accept();
}

void TaskActionDialog::retranslate() {
    switch (m_mode) {
    case Mode::Done:
        setWindowTitle(tr("Mark task done"));
        m_fieldLabel->setText(tr("&Note (optional):"));
        break;
    case Mode::Snooze:
        setWindowTitle(tr("Snooze task"));
        m_fieldLabel->setText(tr("&Until:"));
        break;
    case Mode::Reassign:
        setWindowTitle(tr("Reassign task"));
        m_fieldLabel->setText(tr("&Give to:"));
        break;
    }
    for (QWidget* w : {static_cast<QWidget*>(m_note), static_cast<QWidget*>(m_date), static_cast<QWidget*>(m_rep)})
        w->setAccessibleName(QString(m_fieldLabel->text()).remove(u'&').remove(u':'));
}

void TaskActionDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Stride
