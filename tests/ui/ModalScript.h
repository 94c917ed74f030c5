// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <vector>

/**
 * Plays the user at the modal dialogs a call opens: each step gets the next modal widget and answers it.
 * The steps run from a timer while the dialog's own event loop spins.
 */
class ModalScript {
public:
    using Step = std::function<void(QWidget*)>;
    explicit ModalScript(std::vector<Step> steps) : m_steps(std::move(steps)) {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(); });
        m_timer.start();
    }
    bool finished() const { return m_next == m_steps.size(); }

private:
    void poll() {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal == nullptr)
            return;
        if (modal != m_last && m_next < m_steps.size()) {
            m_last = modal;
            m_waited.start();
            m_steps[m_next++](modal);
        } else if (!m_waited.isValid()) {
            m_waited.start(); // a modal no step expected
        } else if (m_waited.elapsed() > 10000) {
            modal->close(); // a step that failed left its dialog open: never hang the test
            m_waited.invalidate();
        }
    }

    std::vector<Step> m_steps;
    std::size_t m_next = 0;
    QWidget* m_last = nullptr;
    QElapsedTimer m_waited;
    QTimer m_timer;
};
