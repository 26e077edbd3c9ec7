#include "deploywizardpage.h"

#include <utility>

DeployWizardPage::DeployWizardPage(QWidget *parent)
    : QWizardPage(parent)
{}

void DeployWizardPage::setCompleteness(std::function<bool()> isComplete)
{
    m_isComplete = std::move(isComplete);
    refreshComplete();
}

void DeployWizardPage::refreshComplete()
{
    emit completeChanged();
}

bool DeployWizardPage::isComplete() const
{
    return !m_isComplete || m_isComplete();
}
