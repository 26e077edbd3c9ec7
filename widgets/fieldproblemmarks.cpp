#include "fieldproblemmarks.h"

#include "core/severity.h"
#include "statusdelegate.h"

#include <QLabel>
#include <QPalette>
#include <QVariant>
#include <QWidget>

namespace {

QColor blend(const QColor &base, const QColor &tint, int tintPercent)
{
    const auto mix = [tintPercent](int a, int b) {
        return (a * (100 - tintPercent) + b * tintPercent) / 100;
    };
    return QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()),
                  mix(base.blue(), tint.blue()));
}

} // namespace

void FieldProblemMarks::apply(const QHash<QWidget *, QLabel *> &labels,
                              const QHash<QWidget *, QStringList> &texts, const QPalette &palette)
{
    const QColor error = StatusDelegate::severityColor(int(Severity::Critical), palette);
    const QColor markedBase = blend(palette.color(QPalette::Base), error, tintPercent);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        QWidget *field = it.key();
        QLabel *label = it.value();
        const QStringList fieldTexts = texts.value(field);
        const bool marked = !fieldTexts.isEmpty();
        label->setText(fieldTexts.join(u'\n'));
        label->setVisible(marked);
        QPalette labelPalette = label->palette();
        labelPalette.setColor(QPalette::WindowText, error);
        label->setPalette(labelPalette);
        if (marked) {
            // Only Base is set, so the rest follows the palette; set again each time, for a palette change.
            QPalette fieldPalette = field->palette();
            fieldPalette.setColor(QPalette::Base, markedBase);
            field->setPalette(fieldPalette);
        } else if (field->property("hasProblem").toBool()) {
            field->setPalette(QPalette());
        }
        field->setProperty("hasProblem", marked);
        field->setToolTip(fieldTexts.join(u'\n'));
    }
}
