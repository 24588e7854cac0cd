#pragma once

#include <QString>

#include <cstdint>

namespace nephos {

/// Identifies a running process beyond its pid (pids are reused): on Linux the boot id plus the
/// process start time from /proc; elsewhere just the pid.
class ProcessIdentity
{
public:
    static std::int64_t currentPid();
    /// Token of the current process.
    static QString currentToken();
    /// True when process `pid` is alive (not a zombie) and, if `token` is non-empty and tokens
    /// are available, is the same process that produced `token`.
    static bool isAlive(std::int64_t pid, const QString& token);

private:
    static QString tokenOf(std::int64_t pid, bool* zombie);
};

} // namespace nephos
