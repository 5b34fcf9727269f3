#pragma once

#include "domain/task.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace Stride {

class Session;

// One way out of a task other than logging a visit: mark it done with an optional note, snooze it to a later day,
// or (a supervisor or an admin) give it to a rep of their scope. Saving goes through TaskRepository (EntityStore,
// so the change syncs and every task list follows); a refusal is shown in the dialog, which then stays open.
class TaskActionDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Done, Snooze, Reassign };

    TaskActionDialog(Session& session, const Task& task, Mode mode, QWidget* parent = nullptr);

    QPlainTextEdit* noteEdit() const { return m_note; }
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* repBox() const { return m_rep; }
    QString lastError() const;
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Session& m_session;
    Task m_task;
    Mode m_mode;
    QLabel* m_what;
    QLabel* m_fieldLabel;
    QPlainTextEdit* m_note;
    QDateEdit* m_date;
    QComboBox* m_rep;
    QLabel* m_error;
};

} // namespace Stride
