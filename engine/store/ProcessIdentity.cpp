#include "store/ProcessIdentity.h"

#include <QFile>
#include <QStringList>

#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace nephos {

namespace {
QByteArray readSmallFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(4096);
}
} // namespace

std::int64_t ProcessIdentity::currentPid()
{
    return static_cast<std::int64_t>(::getpid());
}

QString ProcessIdentity::tokenOf(std::int64_t pid, bool* zombie)
{
    *zombie = false;
    const QByteArray stat = readSmallFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const QByteArray boot = readSmallFile(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    // The command name (field 2) may hold spaces and parentheses: split after the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (stat.isEmpty() || close < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // fields[0] is field 3 (state); the start time is field 22.
    if (fields.size() < 20)
        return {};
    *zombie = fields[0] == "Z" || fields[0] == "X";
    return QString::fromLatin1(boot.trimmed()) + QLatin1Char(':') + QString::fromLatin1(fields[19]);
}

QString ProcessIdentity::currentToken()
{
    bool zombie = false;
    return tokenOf(currentPid(), &zombie);
}

bool ProcessIdentity::isAlive(std::int64_t pid, const QString& token)
{
    if (pid <= 0)
        return false;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM)
        return false;
    bool zombie = false;
    const QString now = tokenOf(pid, &zombie);
    if (zombie)
        return false;
    if (token.isEmpty() || now.isEmpty())
        return true; // no /proc: the pid exists, assume it is the owner
    return now == token;
}

} // namespace nephos
