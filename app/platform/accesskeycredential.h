#pragma once

#include <QByteArray>
#include <QString>

/**
 * An AccessKey pair, held in memory only. The secret never goes to settings, logs or the journal;
 * at rest it lives in the OS keychain.
 */
struct AccessKeyCredential
{
    QString accessKeyId;
    QByteArray accessKeySecret;

    bool isComplete() const { return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty(); }
};
