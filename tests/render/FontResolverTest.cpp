// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/FontResolver.h"

#include <QFontDatabase>
#include <gtest/gtest.h>

using jieshui::render::FontResolver;

TEST(FontResolver, failsLoudlyWhenNoFamilyIsInstalled) {
    // Given only families that do not exist
    const QStringList missing{QStringLiteral("No Such Font 钦州"), QStringLiteral("Missing Sans CJK")};
    // When resolving / Then an error names what was tried
    const auto font = FontResolver::resolve(missing);
    ASSERT_TRUE(font.hasError());
    EXPECT_NE(font.error().message().find("Missing Sans CJK"), std::string::npos);
    EXPECT_NE(font.error().message().find("fonts-noto-cjk"), std::string::npos);
}

TEST(FontResolver, resolvesAnInstalledCjkFamily) {
    const auto font = FontResolver::cjkFont(12.0);
    if (font.hasError())
        GTEST_SKIP() << "no CJK font installed: " << font.error().message();
    // Then the family is one of the defaults and the size is the one asked for
    EXPECT_TRUE(FontResolver::defaultFamilies().contains(font.value().family(), Qt::CaseInsensitive));
    EXPECT_DOUBLE_EQ(font.value().pointSizeF(), 12.0);
}

TEST(FontResolver, pdfFontKeepsRadicalsApartFromIdeographs) {
    // Given the installed fonts / When asking for the PDF font
    const auto font = FontResolver::pdfFont();
    // (fonts-wqy-microhei is installed by scripts/packages.txt: its absence is a failure)
    ASSERT_TRUE(font.isOk()) << font.error().message();
    EXPECT_EQ(font.value().family(), QStringLiteral("WenQuanYi Micro Hei"));
    // Then 山 and ⼭ are different glyphs, so PDF text extracts as 山
    EXPECT_FALSE(FontResolver::aliasesKangxiRadicals(font.value()));
}

TEST(FontResolver, notoSansCjkIsKnownToAliasRadicals) {
    // Given Noto Sans CJK SC (the default screen font), when installed
    const auto noto = FontResolver::resolve({QStringLiteral("Noto Sans CJK SC")});
    if (noto.hasError())
        GTEST_SKIP() << "Noto Sans CJK SC not installed";
    // Then the check detects its shared radical glyphs (the reason pdfFont exists)
    EXPECT_TRUE(FontResolver::aliasesKangxiRadicals(noto.value()));
}
