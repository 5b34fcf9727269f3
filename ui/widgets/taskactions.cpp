#include "widgets/taskactions.h"

#include "dialogs/logvisitdialog.h"
#include "dialogs/taskactiondialog.h"
#include "domain/role.h"
#include "session.h"
#include "storage/taskrepository.h"

#include <QMenu>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Stride {

TaskActions::TaskActions(Session& session, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_parent(dialogParent) {}

QList<TaskActions::Action> TaskActions::available(const Task& task) const {
    QList<Action> out;
    // An escalation is about a deal that stalled: its first answer is to open that deal.
    const bool dealFirst = task.source == u"escalation"_s && !task.opportunityId.isEmpty();
    if (dealFirst)
        out << Action::OpenDeal;
    if (!task.customerId.isEmpty())
        out << Action::LogVisit;
    out << Action::Done << Action::Snooze;
    const SessionUser& me = m_session.user();
    if (canReassignTasks(me.kind()))
        out << Action::Reassign;
    if (!task.opportunityId.isEmpty() && !dealFirst)
        out << Action::OpenDeal;
    return out;
}

QString TaskActions::label(Action action) {
    switch (action) {
    case Action::LogVisit:
        return tr("Log visit");
    case Action::Done:
        return tr("Done…");
    case Action::Snooze:
        return tr("Snooze…");
    case Action::Reassign:
        return tr("Reassign…");
    case Action::OpenDeal:
        return tr("Open deal");
    }
    return {};
}

QToolButton* TaskActions::button(const Task& task, QWidget* parent) {
    auto* button = new QToolButton(parent);
    const QList<Action> actions = available(task);
    auto* menu = new QMenu(button);
    for (const Action a : actions) {
        QAction* item = menu->addAction(label(a));
        connect(item, &QAction::triggered, this, [this, a, task] { run(a, task); });
        if (a == actions.first())
            button->setDefaultAction(item);
    }
    button->setMenu(menu);
    button->setPopupMode(QToolButton::MenuButtonPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(tr("Actions for %1").arg(task.title));
    return button;
}

bool TaskActions::runDefault(const Task& task) {
    return run(available(task).constFirst(), task);
}

bool TaskActions::run(Action action, const Task& task) {
    switch (action) {
    case Action::LogVisit: {
        if (task.customerId.isEmpty())
            return false;
        LogVisitDialog dialog(m_session, task.customerId, m_parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        // A logged visit answers the task (tier visit-due tasks are closed by the visit itself as well).
        return TaskRepository(m_session.store()).complete(task.id).ok();
    }
    case Action::Done:
    case Action::Snooze:
    case Action::Reassign: {
        const TaskActionDialog::Mode mode = action == Action::Done     ? TaskActionDialog::Mode::Done
                                            : action == Action::Snooze ? TaskActionDialog::Mode::Snooze
                                                                       : TaskActionDialog::Mode::Reassign;
        TaskActionDialog dialog(m_session, task, mode, m_parent);
        return dialog.exec() == QDialog::Accepted;
    }
    case Action::OpenDeal:
        if (task.opportunityId.isEmpty())
            return false;
        emit openDealRequested(task.opportunityId);
        return true;
    }
    return false;
}

} // namespace Stride
