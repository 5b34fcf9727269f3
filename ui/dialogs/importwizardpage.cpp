#include "dialogs/importwizardpage.h"

namespace Stride {

ImportWizardPage::ImportWizardPage(QWidget* parent)
    : QWizardPage(parent) {}

bool ImportWizardPage::isComplete() const {
    return complete ? complete() : QWizardPage::isComplete();
}

void ImportWizardPage::initializePage() {
    if (entered)
        entered();
}

void ImportWizardPage::cleanupPage() {
    if (left)
        left();
}

bool ImportWizardPage::validatePage() {
    return accepted ? accepted() : true;
}

} // namespace Stride
