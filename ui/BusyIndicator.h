// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class QTimer;

namespace jieshui::ui {

/**
 * The status bar's "Drawing…" while the map renders, shown only once a render has lasted showDelay ms: the
 * many quick renders (a quota typed, a year stepped) neither flicker it nor make the whole window lay itself
 * out again, as a status bar label whose text changes does.
 */
class BusyIndicator : public QLabel {
    Q_OBJECT

public:
    /** How long a render runs before the indicator says so (ms). */
    static constexpr int showDelay = 250;

    explicit BusyIndicator(QWidget* parent = nullptr);

public slots:
    /** A render started (true) or finished (false). */
    void setBusy(bool busy);

private:
    QTimer* m_delay;
};

} // namespace jieshui::ui
