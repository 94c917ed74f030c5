// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace jieshui::ui {

/**
 * Leaves Page Up and Page Down to the widget that has the focus when that widget uses them itself (a
 * table or list pages, a spin box steps by ten, a text field moves its cursor), so the window's year
 * shortcuts on these keys fire only elsewhere (on the map, the toolbar, a chart). Installed on the
 * application; it claims the keys through QEvent::ShortcutOverride, which Qt asks before any shortcut.
 */
class EditingKeyGuard : public QObject {
    Q_OBJECT

public:
    explicit EditingKeyGuard(QObject* parent = nullptr);

    /** True when @p focus (or the view it belongs to) takes @p key itself. */
    static bool ownsKey(const QObject* focus, int key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace jieshui::ui
