#include "TestPaths.h"

#include <QDir>

namespace nephos::test {

QString sharedDataDir()
{
    const QByteArray env = qgetenv("NEPHOS_SHARED_DATA");
    if (!env.isEmpty())
        return QDir::cleanPath(QString::fromLocal8Bit(env));
    return QDir::cleanPath(QStringLiteral(NEPHOS_SHARED_DATA_DIR));
}

QString sharedDataFile(const QString& relative)
{
    return sharedDataDir() + QLatin1Char('/') + relative;
}

QString testOutputDir(const QString& subdir)
{
#ifdef NEPHOS_TEST_BINARY_DIR
    QString base = QStringLiteral(NEPHOS_TEST_BINARY_DIR) + QStringLiteral("/output");
#else
    QString base = QDir::currentPath() + QStringLiteral("/test-output");
#endif
    if (!subdir.isEmpty())
        base += QLatin1Char('/') + subdir;
    QDir().mkpath(base);
    return base;
}

} // namespace nephos::test
