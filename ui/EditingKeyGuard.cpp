// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditingKeyGuard.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace jieshui::ui {

EditingKeyGuard::EditingKeyGuard(QObject* parent) : QObject(parent) {}

bool EditingKeyGuard::ownsKey(const QObject* focus, int key) {
    if (key != Qt::Key_PageUp && key != Qt::Key_PageDown)
        return false;
    // A spin box's or a view's editor is a child of it: look up the parents too.
    for (const QObject* o = focus; o; o = o->parent()) {
        if (qobject_cast<const QAbstractItemView*>(o) || qobject_cast<const QAbstractSpinBox*>(o) ||
            qobject_cast<const QLineEdit*>(o) || qobject_cast<const QTextEdit*>(o) ||
            qobject_cast<const QPlainTextEdit*>(o) || qobject_cast<const QComboBox*>(o))
            return true;
        if (o->isWidgetType() && static_cast<const QWidget*>(o)->isWindow())
            break;
    }
    return false;
}

bool EditingKeyGuard::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && ownsKey(watched, key->key())) {
            event->accept(); // the focus widget gets the key press, no shortcut fires
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace jieshui::ui
