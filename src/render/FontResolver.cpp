// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/FontResolver.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QMutex>
#include <QMutexLocker>
#include <QRawFont>
#include <optional>

namespace jieshui::render {

QStringList FontResolver::defaultFamilies() {
    return {QStringLiteral("Noto Sans CJK SC"),   QStringLiteral("Noto Sans SC"),
            QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei"),
            QStringLiteral("WenQuanYi Zen Hei"),  QStringLiteral("Microsoft YaHei"),
            QStringLiteral("PingFang SC"),        QStringLiteral("SimHei"),
            QStringLiteral("Droid Sans Fallback")};
}

core::Result<QFont> FontResolver::resolve(const QStringList& families, double pointSize) {
    const QStringList installed = QFontDatabase::families();
    for (const QString& family : families) {
        if (!installed.contains(family, Qt::CaseInsensitive))
            continue;
        QFont font(family);
        font.setPointSizeF(pointSize);
        // Refuse a family that would fall back to another font for Chinese (tofu risk in exports).
        QFontMetricsF metrics(font);
        const QString probe = QStringLiteral("钦州市节水");
        bool allGlyphs = true;
        for (const QChar c : probe)
            allGlyphs = allGlyphs && metrics.inFont(c);
        if (allGlyphs)
            return font;
    }
    return core::Error(
        core::ErrorCode::UnsupportedFormat,
        "no font with Chinese glyphs found (tried: " + families.join(QStringLiteral(", ")).toStdString() +
            "); install fonts-noto-cjk or fonts-wqy-microhei");
}

core::Result<QFont> FontResolver::cjkFont(double pointSize) {
    static QMutex mutex;
    static std::optional<QFont> cached;
    QMutexLocker lock(&mutex);
    if (!cached) {
        core::Result<QFont> resolved = resolve(defaultFamilies(), pointSize);
        if (resolved.hasError())
            return resolved;
        cached = resolved.value();
    }
    QFont font = *cached;
    font.setPointSizeF(pointSize);
    return font;
}

bool FontResolver::aliasesKangxiRadicals(const QFont& font) {
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return false;
    // Radical / ideograph pairs that occur in our texts: 山 水 田 用 目 无.
    const char32_t pairs[][2] = {{0x2F2D, 0x5C71}, {0x2F54, 0x6C34}, {0x2F25, 0x7530},
                                 {0x2F24, 0x7528}, {0x2F6C, 0x76EE}, {0x2F46, 0x65E0}};
    for (const auto& pair : pairs) {
        const QList<quint32> glyphs = raw.glyphIndexesForString(QString::fromUcs4(pair, 2));
        if (glyphs.size() == 2 && glyphs[0] != 0 && glyphs[0] == glyphs[1])
            return true;
    }
    return false;
}

QString FontResolver::pdfFontFile() {
    return QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
}

core::Result<QFont> FontResolver::pdfFont(double pointSize) {
    static QMutex mutex;
    static std::optional<QFont> cached;
    QMutexLocker lock(&mutex);
    if (!cached) {
        // Loaded by file, so the choice does not depend on which other CJK fonts the machine has.
        const int id = QFontDatabase::addApplicationFont(pdfFontFile());
        const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
        if (families.isEmpty())
            return core::Error(core::ErrorCode::UnsupportedFormat,
                               "the PDF font " + pdfFontFile().toStdString() +
                                   " is missing; install fonts-wqy-microhei");
        core::Result<QFont> font = resolve({families.front()}, pointSize);
        if (font.hasError())
            return font;
        if (aliasesKangxiRadicals(font.value()))
            return core::Error(core::ErrorCode::UnsupportedFormat,
                               "the PDF font " + families.front().toStdString() +
                                   " draws Kangxi radicals and ideographs with one glyph");
        cached = font.value();
    }
    QFont font = *cached;
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace jieshui::render
