#pragma once

#include <QDialog>

class MessageBanner;
class QLabel;
class QPushButton;
class QSpinBox;

/**
 * Choose a new instance count for an application by hand (RescaleApplication): the target
 * replicas (1–50, SAE's limit without an allow-list) and the instances that must stay ready
 * meanwhile, with the change ("current 4 → new 6") and its impact spelled out as one types.
 * While a scaling rule is enabled SAE blocks manual scaling, so OK stays disabled with the reason
 * shown. OK only says what was chosen (rescaleRequested); the owner then asks for confirmation
 * and calls the platform. Show it with open().
 */
class RescaleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RescaleDialog)

public:
    static constexpr int minimumReplicas = 1;
    static constexpr int maximumReplicas = 50;

    RescaleDialog(const QString &appName, int currentReplicas, QWidget *parent);

    /// Why the application cannot be rescaled by hand now (an enabled rule); empty: it can.
    void setLockReason(const QString &reason);
    int targetReplicas() const;
    int minReadyInstances() const;

    // For tests: the real widgets the user types into and clicks.
    QSpinBox *targetReplicasBox() const { return m_targetReplicas; }
    QSpinBox *minReadyBox() const { return m_minReady; }
    QPushButton *okButton() const { return m_ok; }
    QString changeText() const;
    QString impactText() const;

signals:
    void rescaleRequested(int replicas, int minReadyInstances);

private:
    void updateState();

    int m_currentReplicas;
    QString m_lockReason;
    QSpinBox *m_targetReplicas;
    QSpinBox *m_minReady;
    QLabel *m_change;
    QLabel *m_impact;
    MessageBanner *m_lockBanner;
    QPushButton *m_ok;
};
