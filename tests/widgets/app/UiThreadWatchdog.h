#pragma once

#include <QByteArray>
#include <QTimer>
#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>

/// Turns a UI thread that never returns into a failed test instead of a test that hangs until
/// ctest's timeout: a timer on the UI thread pets the watchdog; a second thread aborts the test
/// with `what` when the pets stop for longer than `limitMs`. Create and destroy it on the UI
/// thread.
class UiThreadWatchdog
{
public:
    UiThreadWatchdog(int limitMs, QByteArray what)
        : m_limitMs(limitMs)
        , m_what(std::move(what))
    {
        m_lastPetMs.store(nowMs());
        m_pet.setInterval(20);
        QObject::connect(&m_pet, &QTimer::timeout, [this] { m_lastPetMs.store(nowMs()); });
        m_pet.start();
        m_thread = std::thread([this] { watch(); });
    }
    ~UiThreadWatchdog()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    UiThreadWatchdog(const UiThreadWatchdog&) = delete;
    UiThreadWatchdog& operator=(const UiThreadWatchdog&) = delete;

private:
    static qint64 nowMs()
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
    void watch()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        while (!m_wake.wait_for(lock, std::chrono::milliseconds(50), [this] { return m_stop; })) {
            const qint64 held = nowMs() - m_lastPetMs.load();
            if (held > m_limitMs) {
                std::fprintf(stderr,
                             "FAIL! UiThreadWatchdog: the UI thread has not returned for %lld ms "
                             "during: %s\n",
                             static_cast<long long>(held), m_what.constData());
                std::fflush(stderr);
                std::_Exit(3);
            }
        }
    }

    int m_limitMs;
    QByteArray m_what;
    QTimer m_pet;
    std::atomic<qint64> m_lastPetMs{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};
