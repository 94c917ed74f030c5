// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusyIndicator.h"

#include <QTimer>

namespace jieshui::ui {

BusyIndicator::BusyIndicator(QWidget* parent) : QLabel(parent), m_delay(new QTimer(this)) {
    m_delay->setSingleShot(true);
    m_delay->setInterval(showDelay);
    connect(m_delay, &QTimer::timeout, this, [this] { setText(tr("Drawing…")); });
}

void BusyIndicator::setBusy(bool busy) {
    if (busy) {
        if (!m_delay->isActive() && text().isEmpty())
            m_delay->start();
        return;
    }
    m_delay->stop();
    setText(QString()); // nothing happens when it says nothing already
}

} // namespace jieshui::ui
