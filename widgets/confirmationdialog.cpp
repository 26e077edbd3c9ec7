#include "confirmationdialog.h"

#include "widgets/confirmationchangetable.h"
#include "widgets/messagebanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int minimumWidthInCharacters = 72;

QString orId(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : name;
}

enum class Wrap
{
    Words,
    Never, ///< names and IDs stay whole, so that they can be read and compared at a glance
};

QLabel *selectableLabel(const QString &text, QWidget *parent, Wrap wrap = Wrap::Words)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(wrap == Wrap::Words);
    return label;
}

} // namespace

ConfirmationDialog::ConfirmationDialog(const ConfirmationRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_confirm(new QPushButton(QString(request.action).replace(u'&', u"&&"_s), this)) // no mnemonic
{
    setWindowModality(Qt::WindowModal);
    setWindowTitle(titleFor(request));
    setMinimumWidth(fontMetrics().averageCharWidth() * minimumWidthInCharacters); // IDs fit on one line

    auto *layout = new QVBoxLayout(this);

    if (request.protectedNamespace) {
        auto *banner = new MessageBanner(this);
        banner->setObjectName(QStringLiteral("protectedBanner"));
        banner->setDismissible(false);
        banner->showMessage(
            MessageBanner::Level::Warning,
            tr("Protected namespace: %1").arg(orId(request.namespaceName, request.namespaceId)));
        layout->addWidget(banner);
    }

    auto *action = selectableLabel(request.action, this);
    action->setObjectName(QStringLiteral("actionLabel"));
    QFont bold = action->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    action->setFont(bold);
    layout->addWidget(action);

    //: A name followed by its platform ID: "prod (cn-shenzhen:prod)"
    const QString nameAndId = tr("%1 (%2)");
    const auto named = [&nameAndId](const QString &name, const QString &id) {
        if (name.isEmpty() || name == id)
            return id;
        return nameAndId.arg(name, id);
    };
    auto *where = new QFormLayout;
    where->setObjectName(QStringLiteral("whereForm"));
    where->addRow(tr("Profile:"), selectableLabel(request.profileName, this, Wrap::Never));
    where->addRow(tr("Region:"), selectableLabel(request.regionId, this, Wrap::Never));
    where->addRow(tr("Namespace:"),
                  selectableLabel(named(request.namespaceName, request.namespaceId), this, Wrap::Never));
    where->addRow(tr("Application:"),
                  selectableLabel(named(request.appName, request.appId), this, Wrap::Never));
    if (!request.target.isEmpty())
        where->addRow(tr("Target:"), selectableLabel(request.target, this, Wrap::Never));
    layout->addLayout(where);

    if (!request.impact.isEmpty()) {
        auto *impact = selectableLabel(request.impact, this);
        impact->setObjectName(QStringLiteral("impactLabel"));
        layout->addWidget(impact);
    }

    if (!request.changes.isEmpty()) {
        auto *changes = new ConfirmationChangeTable(this);
        changes->setObjectName(QStringLiteral("changesTable"));
        changes->setChanges(request.changes);
        layout->addWidget(changes, 1); // a taller dialog shows more of a long list
    }

    if (request.requiresTypedName()) {
        auto *prompt = selectableLabel(tr("Type %1 to confirm").arg(request.nameToType()), this);
        prompt->setObjectName(QStringLiteral("typedNamePrompt"));
        m_typedName = new QLineEdit(this);
        m_typedName->setObjectName(QStringLiteral("typedNameField"));
        m_typedName->setAccessibleName(prompt->text());
        prompt->setBuddy(m_typedName);
        // Enter in the field must neither confirm (Cancel is the default) nor cancel what the
        // user has just typed: it does nothing there.
        m_typedName->installEventFilter(this);
        connect(m_typedName, &QLineEdit::textChanged, this, &ConfirmationDialog::updateConfirmEnabled);
        layout->addWidget(prompt);
        layout->addWidget(m_typedName);
    }

    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    m_confirm->setAutoDefault(false);
    m_cancel->setDefault(true);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, &ConfirmationDialog::onConfirmClicked);
    layout->addWidget(buttons);

    updateConfirmEnabled();
    m_cancel->setFocus();
}

QString ConfirmationDialog::titleFor(const ConfirmationRequest &request)
{
    //: A confirmation's window title: profile · region · namespace · application — action
    return tr("%1 · %2 · %3 · %4 — %5")
        .arg(request.profileName, request.regionId, orId(request.namespaceName, request.namespaceId),
             orId(request.appName, request.appId), request.action);
}

bool ConfirmationDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_typedName && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter)
            return true;
    }
    return QDialog::eventFilter(watched, event);
}

void ConfirmationDialog::updateConfirmEnabled()
{
    const bool named = !m_typedName || m_typedName->text() == m_request.nameToType();
    m_confirm->setEnabled(!m_confirmed && named);
}

void ConfirmationDialog::onConfirmClicked()
{
    if (m_confirmed)
        return;
    m_confirmed = true;
    m_confirm->setEnabled(false);
    if (m_typedName)
        m_typedName->setReadOnly(true);
    emit confirmed();
    accept();
}
