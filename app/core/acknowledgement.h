#pragma once

#include <QString>

/**
 * What a mutating call without data answers (deleting, enabling or disabling a scaling rule,
 * confirming a batch): that it was accepted, and the RequestId for the operations journal.
 */
struct Acknowledgement
{
    QString requestId;

    friend bool operator==(const Acknowledgement &, const Acknowledgement &) = default;
};
