#pragma once

#include <QString>

/**
 * One thing wrong with what a user asked for, found before anything is sent: the parameter it
 * concerns (SAE's name, e.g. `MinReadyInstances` or `Envs[2].name`) so that a form can show it next
 * to the field, the error code SAE would answer with, and a translated message.
 */
struct ValidationProblem
{
    QString field;
    QString code;
    QString message;

    friend bool operator==(const ValidationProblem &, const ValidationProblem &) = default;
};
