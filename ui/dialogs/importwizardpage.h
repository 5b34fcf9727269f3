#pragma once

#include <QWizardPage>

#include <functional>

namespace Stride {

// One step of the import wizard: the wizard builds its widgets and says, through these callbacks, when the step
// is complete and what happens on entering it, on leaving it forwards and on going back from it.
class ImportWizardPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportWizardPage(QWidget* parent = nullptr);

    std::function<bool()> complete; // unset: always complete
    std::function<void()> entered;  // initializePage()
    std::function<void()> left;     // cleanupPage(): the user went back
    std::function<bool()> accepted; // validatePage(): false keeps the page

    bool isComplete() const override;
    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    // The state complete() reads has changed.
    void refresh() { emit completeChanged(); }
};

} // namespace Stride
