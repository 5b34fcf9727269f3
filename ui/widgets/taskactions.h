#pragma once

#include "domain/task.h"

#include <QObject>

class QToolButton;
class QWidget;

namespace Stride {

class Session;

// The ways out of a task, shared by the Today page and the Tasks page: log a visit (for a task on a customer; the
// visit completes the task), mark done with an optional note, snooze to a later day, reassign (a supervisor or an
// admin), and open the deal of a task linked to an opportunity. Each row gets one button whose main click is the
// task's natural answer and whose menu lists the rest.
class TaskActions final : public QObject {
    Q_OBJECT
public:
    enum class Action { LogVisit, Done, Snooze, Reassign, OpenDeal };

    TaskActions(Session& session, QWidget* dialogParent);

    // What the signed-in user may do with this task.
    QList<Action> available(const Task& task) const;
    // The row's button: "Open deal" for an escalation on a deal, "Log visit" for a task on a customer, else
    // "Done…"; the others in its menu.
    QToolButton* button(const Task& task, QWidget* parent);
    // Runs an action with its dialog (modal). True when the task was changed or the deal opened.
    bool run(Action action, const Task& task);
    // The row's main action (the first of available()), as activating the row runs it.
    bool runDefault(const Task& task);
    static QString label(Action action);

signals:
    void openDealRequested(const QString& opportunityId);

private:
    Session& m_session;
    QWidget* m_parent;
};

} // namespace Stride
