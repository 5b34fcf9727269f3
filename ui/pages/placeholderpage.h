#pragma once

#include "pages/page.h"

#include <functional>

class QLabel;

namespace Stride {

// A page whose content another piece of work delivers (the dashboards, team drill-down and knowledge pages
// of issue 5). It says so plainly instead of showing invented figures.
class PlaceholderPage final : public Page {
    Q_OBJECT
public:
    enum class Which { Dashboards, Team, Knowledge };
    PlaceholderPage(Session& session, Which which, QWidget* parent = nullptr);

    QString title() const override;
    Icons::Kind iconKind() const override;

protected:
    void retranslate() override;

private:
    Which m_which;
    QLabel* m_heading;
    QLabel* m_text;
};

} // namespace Stride
