#pragma once

#include "core/confirmationrequest.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

/**
 * Review and confirm one mutating action (DESIGN.md section 5, steps 1 and 2). The window title
 * leads with where the action lands, so that a glance at the task bar tells production from
 * staging; the body names the profile, region, namespace, application and target and says what
 * will happen; an update also lists what it changes, field by field, in a ConfirmationChangeTable
 * (`changesTable`). Protected namespaces get a banner that cannot be dismissed. Cancel is the default
 * button and has the focus; for destructive actions and protected namespaces the confirm button
 * stays disabled until the application's name is typed exactly. The confirm button disables the
 * moment it is clicked, so confirmed() is emitted at most once per dialog.
 *
 * Show it with open() (window-modal); the caller owns it (set Qt::WA_DeleteOnClose for a
 * fire-and-forget dialog).
 */
class ConfirmationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmationDialog)

public:
    explicit ConfirmationDialog(const ConfirmationRequest &request, QWidget *parent);

    const ConfirmationRequest &request() const { return m_request; }

    /// "<profile> · <region> · <namespace> · <application> — <action>".
    static QString titleFor(const ConfirmationRequest &request);

signals:
    /// The user confirmed; emitted once, just before the dialog accepts.
    void confirmed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateConfirmEnabled();
    void onConfirmClicked();

    ConfirmationRequest m_request;
    QLineEdit *m_typedName = nullptr;
    QPushButton *m_cancel;
    QPushButton *m_confirm;
    bool m_confirmed = false;
};
