#include "secretwipe.h"

namespace {

/// Through a volatile pointer, so that the compiler cannot drop the stores as dead.
void overwrite(void *data, qsizetype size)
{
    volatile auto *bytes = static_cast<volatile unsigned char *>(data);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = 0;
}

} // namespace

void wipeSecret(QByteArray &secret)
{
    if (secret.isDetached())
        overwrite(secret.data(), secret.size());
    secret.clear();
}

void wipeSecret(QString &secret)
{
    if (secret.isDetached())
        overwrite(secret.data(), secret.size() * qsizetype(sizeof(QChar)));
    secret.clear();
}
