#include "pages/page.h"

#include <QEvent>

namespace Stride {

Page::Page(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {}

void Page::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit titleChanged();
    }
    QWidget::changeEvent(event);
}

} // namespace Stride
