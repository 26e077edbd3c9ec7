#pragma once

#include <QHash>
#include <QStringList>

class QLabel;
class QPalette;
class QWidget;

/**
 * How a form says what is wrong next to where it is (the deploy wizard, the scaling rule
 * editor): each field's problems in the label under it, in the error colour; the field itself
 * tinted towards that colour, with the problems as its tooltip. Fields without problems go back to
 * their palette. Applied again after a palette change, it follows the new palette.
 */
class FieldProblemMarks final
{
public:
    FieldProblemMarks() = delete;

    /// How far a field's base is tinted towards the error colour.
    static constexpr int tintPercent = 18;

    /// `labels`: each field's problem label; `texts`: the problems of the fields that have some.
    static void apply(const QHash<QWidget *, QLabel *> &labels, const QHash<QWidget *, QStringList> &texts,
                      const QPalette &palette);
};
