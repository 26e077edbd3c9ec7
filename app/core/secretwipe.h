#pragma once

#include <QByteArray>
#include <QString>

/**
 * Overwrites a secret's bytes before releasing them, so that they do not linger in freed memory.
 * Only a buffer this object owns alone is overwritten: writing into a shared one would detach it
 * and wipe a fresh copy instead. Other holders wipe their own copies.
 */
void wipeSecret(QByteArray &secret);
void wipeSecret(QString &secret);
