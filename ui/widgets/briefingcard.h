#pragma once

#include "analytics/briefing.h"

#include <QFrame>

class QLabel;

namespace Stride {

// One checklist pick's briefing: purchase cycle, latest service issue, competitor notes and open
// opportunities with their dwell lights.
class BriefingCard final : public QFrame {
    Q_OBJECT
public:
    explicit BriefingCard(QWidget* parent = nullptr);
    void setBriefing(const CustomerBriefing& briefing);
    const CustomerBriefing& briefing() const { return m_briefing; }
    QString text() const; // what the card shows, as plain text (tests, accessibility)

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    CustomerBriefing m_briefing;
    QLabel* m_title;
    QLabel* m_body;
};

} // namespace Stride
