#pragma once

#include <QWizardPage>

#include <functional>

/**
 * One page of the DeployWizard: a plain QWizardPage whose completeness (Next or Finish enabled)
 * the wizard decides, from the problems of the fields on it and from whether the running
 * configuration has been read. The wizard calls refreshComplete() after every edit.
 */
class DeployWizardPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployWizardPage)

public:
    explicit DeployWizardPage(QWidget *parent = nullptr);

    /// Decides isComplete(); unset: always complete.
    void setCompleteness(std::function<bool()> isComplete);
    /// Asks the wizard to enable or disable its buttons again.
    void refreshComplete();

    bool isComplete() const override;

private:
    std::function<bool()> m_isComplete;
};
