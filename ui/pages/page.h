#pragma once

#include "icons.h"

#include <QWidget>

class QAction;

namespace Stride {

class Session;

// One page of the main window's navigation. Pages talk to core objects through the Session; they
// retranslate themselves on QEvent::LanguageChange and load their data when first shown.
class Page : public QWidget {
    Q_OBJECT
public:
    explicit Page(Session& session, QWidget* parent = nullptr);

    virtual QString title() const = 0;
    virtual Icons::Kind iconKind() const = 0;
    // Called each time the page becomes the current one.
    virtual void activate() {}
    // "Export to Excel…" of what the page shows; nullptr for a page with nothing to export. The main window's
    // Ctrl+E triggers the current page's.
    virtual QAction* exportAction() const { return nullptr; }

signals:
    void titleChanged();

protected:
    void changeEvent(QEvent* event) override;
    virtual void retranslate() = 0;

    Session& m_session;
};

} // namespace Stride
