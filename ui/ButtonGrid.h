// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QGridLayout;
class QPushButton;

namespace jieshui::ui {

/**
 * A panel's row of buttons laid out in rows of at most @p columns, equally wide, so that a dock a third of
 * a 1366-pixel screen wide shows every button whole instead of scrolling sideways (long Chinese and English
 * labels alike).
 */
class ButtonGrid {
public:
    static QGridLayout* of(const QList<QPushButton*>& buttons, int columns);
};

} // namespace jieshui::ui
