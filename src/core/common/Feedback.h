// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

namespace jieshui::core {

/**
 * Progress and cancellation token for long computations (after QgsFeedback).
 * Qt-free; the ui module adapts it to a progress dialog. Thread-safe.
 */
class Feedback {
public:
    virtual ~Feedback() = default;

    /** Sets progress in percent, 0-100. */
    void setProgress(double percent) {
        m_progress.store(percent);
        onProgress(percent);
    }
    double progress() const { return m_progress.load(); }

    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

protected:
    virtual void onProgress(double /*percent*/) {}

private:
    std::atomic<double> m_progress{0.0};
    std::atomic<bool> m_cancelled{false};
};

} // namespace jieshui::core
