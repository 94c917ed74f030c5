// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translators.h"

#include <QCoreApplication>
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
