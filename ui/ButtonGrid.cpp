// SPDX-License-Identifier: GPL-3.0-or-later
#include "ButtonGrid.h"

#include <QGridLayout>
#include <QPushButton>

namespace jieshui::ui {

QGridLayout* ButtonGrid::of(const QList<QPushButton*>& buttons, int columns) {
    auto* grid = new QGridLayout;
    for (int i = 0; i < buttons.size(); ++i) {
        buttons[i]->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        grid->addWidget(buttons[i], i / columns, i % columns);
    }
    for (int c = 0; c < columns; ++c)
        grid->setColumnStretch(c, 1);
    return grid;
}

} // namespace jieshui::ui
