// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageOption.h"

#include "i18n/Translators.h"

#include <QLocale>

namespace jieshui::cli {

QString LanguageOption::takeFrom(QStringList& arguments) {
    QString language =
        QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--lang") && i + 1 < arguments.size()) {
            language = arguments[i + 1];
            arguments.remove(i, 2);
            break;
        }
        if (a.startsWith(QLatin1String("--lang="))) {
            language = a.mid(7);
            arguments.removeAt(i);
            break;
        }
    }
    if (language.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh");
    return QStringLiteral("en");
}

void LanguageOption::install(QCoreApplication& app, const QString& language) {
    jieshui::i18n::installTranslators(app,
                                      language == QLatin1String("zh") ? QStringLiteral("zh_CN") : language);
}

} // namespace jieshui::cli
