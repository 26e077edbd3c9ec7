#include "rescaledialog.h"

#include "widgets/messagebanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

RescaleDialog::RescaleDialog(const QString &appName, int currentReplicas, QWidget *parent)
    : QDialog(parent)
    , m_currentReplicas(currentReplicas)
    , m_targetReplicas(new QSpinBox(this))
    , m_minReady(new QSpinBox(this))
    , m_change(new QLabel(this))
    , m_impact(new QLabel(this))
    , m_lockBanner(new MessageBanner(this))
{
    //: window title; %1 is an application name
    setWindowTitle(tr("Rescale %1").arg(appName));
    m_targetReplicas->setObjectName(u"rescaleTargetReplicas"_s);
    m_targetReplicas->setRange(minimumReplicas, maximumReplicas);
    m_targetReplicas->setValue(std::clamp(currentReplicas, minimumReplicas, maximumReplicas));
    m_targetReplicas->setToolTip(
        tr("SAE allows up to %1 instances without an allow-list").arg(maximumReplicas));
    m_minReady->setObjectName(u"rescaleMinReady"_s);
    m_minReady->setToolTip(tr("Instances that must stay ready while instances are replaced; 0 allows an "
                              "interruption. It must be less than the new instance count."));
    m_change->setObjectName(u"rescaleChange"_s);
    QFont bold = m_change->font();
    bold.setBold(true);
    m_change->setFont(bold);
    m_impact->setObjectName(u"rescaleImpact"_s);
    m_impact->setWordWrap(true);
    m_lockBanner->setObjectName(u"rescaleLockBanner"_s);
    m_lockBanner->setDismissible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    //: OK button of the rescale dialog: goes on to the confirmation
    m_ok->setText(tr("Rescale…"));
    m_ok->setObjectName(u"rescaleOkButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_ok->isEnabled())
            return;
        emit rescaleRequested(targetReplicas(), minReadyInstances());
        accept();
    });
    connect(m_targetReplicas, &QSpinBox::valueChanged, this, &RescaleDialog::updateState);
    connect(m_minReady, &QSpinBox::valueChanged, this, &RescaleDialog::updateState);

    auto *form = new QFormLayout;
    //: form label: the new number of instances
    form->addRow(tr("Instances:"), m_targetReplicas);
    //: form label: SAE's MinReadyInstances
    form->addRow(tr("Minimum ready instances:"), m_minReady);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lockBanner);
    layout->addLayout(form);
    layout->addWidget(m_change);
    layout->addWidget(m_impact);
    layout->addStretch(1);
    layout->addWidget(buttons);

    m_minReady->setValue(1);
    updateState();
}

void RescaleDialog::setLockReason(const QString &reason)
{
    m_lockReason = reason;
    updateState();
}

int RescaleDialog::targetReplicas() const
{
    return m_targetReplicas->value();
}

int RescaleDialog::minReadyInstances() const
{
    return m_minReady->value();
}

QString RescaleDialog::changeText() const
{
    return m_change->text();
}

QString RescaleDialog::impactText() const
{
    return m_impact->text();
}

void RescaleDialog::updateState()
{
    const int target = targetReplicas();
    // SAE: MinReadyInstances must be less than Replicas (MinReadyInstances.Not.Smaller.Replicas).
    m_minReady->setRange(0, target - 1);

    //: %1 the current instance count, %2 the chosen one
    m_change->setText(tr("current %1 → new %2").arg(m_currentReplicas).arg(target));
    const int difference = target - m_currentReplicas;
    if (difference > 0)
        m_impact->setText(tr("Adds %n instance(s).", nullptr, difference));
    else if (difference < 0)
        m_impact->setText(tr("Removes %n instance(s); each stops receiving traffic before it is stopped.",
                             nullptr, -difference));
    else
        m_impact->setText(tr("No change: the application already has this many instances."));

    if (m_lockReason.isEmpty())
        m_lockBanner->hide();
    else
        m_lockBanner->showMessage(MessageBanner::Level::Warning, m_lockReason);
    m_ok->setEnabled(m_lockReason.isEmpty() && difference != 0);
    if (!m_lockReason.isEmpty())
        m_ok->setToolTip(m_lockReason);
    else if (difference == 0)
        m_ok->setToolTip(tr("Choose a different number of instances"));
    else
        m_ok->setToolTip(QString());
}
