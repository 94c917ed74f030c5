// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translators.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace jieshui;

TEST(Translators, normalizesLanguageRequests) {
    EXPECT_EQ(i18n::normalizedLanguage(QStringLiteral("zh")), QStringLiteral("zh_CN"));
    EXPECT_EQ(i18n::normalizedLanguage(QStringLiteral("zh_CN.UTF-8")), QStringLiteral("zh_CN"));
    EXPECT_EQ(i18n::normalizedLanguage(QStringLiteral("en_US")), QStringLiteral("en"));
    EXPECT_EQ(i18n::normalizedLanguage(QStringLiteral("fr")), QStringLiteral("en"));
}

TEST(Translators, installsTheEmbeddedChineseCatalogueAndRemovesIt) {
    // Given the embedded catalogues
    auto& app = *QCoreApplication::instance();
    // When Chinese is installed
    const QStringList loaded = i18n::installTranslators(app, QStringLiteral("zh"));
    // Then our catalogue is loaded and translates the status names
    EXPECT_TRUE(loaded.contains(QStringLiteral("jieshui_zh_CN.qm"))) << loaded.join(',').toStdString();
    EXPECT_EQ(QCoreApplication::translate("render", "Met"), QStringLiteral("达标"));
    EXPECT_EQ(QCoreApplication::translate("render", "Missed"), QStringLiteral("未达标"));
    // When removed, English is back
    i18n::removeTranslators(app);
    EXPECT_EQ(QCoreApplication::translate("render", "Met"), QStringLiteral("Met"));
}

TEST(Translators, loadsQtsOwnCatalogueSoQtsDialogsSpeakChinese) {
    // Qt's own buttons come from qtbase_zh_CN.qm (package qt6-translations-l10n), not from our catalogue.
    auto& app = *QCoreApplication::instance();
    const QStringList loaded = i18n::installTranslators(app, QStringLiteral("zh_CN"));
    EXPECT_TRUE(loaded.contains(QStringLiteral("qt_zh_CN.qm")) ||
                loaded.contains(QStringLiteral("qtbase_zh_CN.qm")))
        << loaded.join(',').toStdString();
    {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
        QMessageBox message(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("?"),
                            QMessageBox::Yes | QMessageBox::No);
        EXPECT_EQ(message.button(QMessageBox::Yes)->text().remove(QLatin1Char('&')).left(1),
                  QStringLiteral("是"));
    }
    i18n::removeTranslators(app);
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    EXPECT_EQ(english.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
              QStringLiteral("Cancel"));
}
