// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace jieshui::i18n {

/**
 * Installs every embedded translation `:/i18n/<catalogue>_<lang>.qm` (plus Qt's own `qt_<lang>` when found)
 * on
 * @p application. @p language is "zh", "zh_CN", "en" or a locale name such as "zh_CN.UTF-8"; an empty
 * string means the system locale. The translators are children of the application.
 * Returns the names of the files loaded (empty when none matched, e.g. for English without a .qm).
 */
QStringList installTranslators(QCoreApplication& application, const QString& language);

/**
 * Normalises a language request to the suffix of our .qm files: "zh_CN" for any Chinese request, "en"
 * otherwise. An empty request uses the system locale.
 */
QString normalizedLanguage(const QString& language);

/** Removes the translators installTranslators() added (to switch language at run time). */
void removeTranslators(QCoreApplication& application);

} // namespace jieshui::i18n
