// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translators.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace jieshui::i18n {

namespace {
// Marks the translators we own so removeTranslators() leaves other translators alone.
constexpr const char* ownedProperty = "jieshuiOwnedTranslator";
} // namespace

QString normalizedLanguage(const QString& language) {
    QString request = language.trimmed();
    if (request.isEmpty())
        request = QLocale::system().name();
    return request.startsWith(QLatin1String("zh"), Qt::CaseInsensitive) ? QStringLiteral("zh_CN")
                                                                        : QStringLiteral("en");
}

QStringList installTranslators(QCoreApplication& application, const QString& language) {
    const QString suffix = normalizedLanguage(language);
    QStringList loaded;
    const QDir dir(QStringLiteral(":/i18n"));
    const QStringList files = dir.entryList({QStringLiteral("*_%1.qm").arg(suffix)}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        auto* translator = new QTranslator(&application);
        if (translator->load(dir.filePath(file))) {
            translator->setProperty(ownedProperty, true);
            QCoreApplication::installTranslator(translator);
            loaded << file;
        } else {
            delete translator;
        }
    }
    // Qt's own strings (standard buttons, ...) when the system has them.
    if (suffix != QLatin1String("en")) {
        auto* qtTranslator = new QTranslator(&application);
        if (qtTranslator->load(QStringLiteral("qt_%1").arg(suffix),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            qtTranslator->setProperty(ownedProperty, true);
            QCoreApplication::installTranslator(qtTranslator);
            loaded << QStringLiteral("qt_%1.qm").arg(suffix);
        } else {
            delete qtTranslator;
        }
    }
    return loaded;
}

void removeTranslators(QCoreApplication& application) {
    const auto translators = application.findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : translators) {
        if (translator->property(ownedProperty).toBool()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}

} // namespace jieshui::i18n
