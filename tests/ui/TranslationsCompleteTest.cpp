// SPDX-License-Identifier: GPL-3.0-or-later
// Every user-visible string of src/ and ui/ has its Chinese translation in the committed catalogue: lupdate
// scans the tree as the build's jieshui_lupdate target does, and each string it finds must be translated.
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>
#include <map>

namespace {

struct Message {
    QString translation; ///< text, or the numerus forms joined
    bool unfinished = false;
};
using Catalogue = std::map<std::pair<QString, QString>, Message>; // (context, source) → translation

Catalogue readTs(const QString& path) {
    Catalogue out;
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                out[{context, source}] = message;
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            source.clear();
            message = {};
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished") ||
                xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            message.translation = text.trimmed();
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return out;
}

} // namespace

TEST(TranslationsComplete, everyStringOfTheTreeHasItsChineseTranslation) {
    // Given a fresh scan of src/ and ui/ by lupdate
    QTemporaryDir dir;
    const QString scanned = dir.filePath(QStringLiteral("scan.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(JIESHUI_LUPDATE_PATH),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                   QStringLiteral(JIESHUI_SOURCE_DIR "/src"), QStringLiteral(JIESHUI_SOURCE_DIR "/ui"),
                   QStringLiteral("-ts"), scanned});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    const Catalogue found = readTs(scanned);
    ASSERT_GT(found.size(), 300u);
    // When compared with the committed Chinese catalogue
    const Catalogue zh = readTs(QStringLiteral(JIESHUI_SOURCE_DIR "/translations/jieshui_zh_CN.ts"));
    // Then every string is there, finished, and free of look-alike characters
    QStringList missing;
    for (const auto& [key, message] : found) {
        const auto it = zh.find(key);
        if (it == zh.end() || it->second.unfinished || it->second.translation.isEmpty()) {
            missing << QStringLiteral("[%1] %2").arg(key.first, key.second);
            continue;
        }
        for (const QChar c : it->second.translation)
            EXPECT_FALSE((c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF) || c.unicode() == 0xFFFD)
                << "Kangxi radical or replacement character in the translation of "
                << key.second.toStdString();
    }
    EXPECT_TRUE(missing.isEmpty())
        << missing.size()
        << " strings without a Chinese translation (add them to translations/zh_CN/<feature>.tsv, "
        << "then run `cmake --build build --target jieshui_lupdate && python3 "
           "translations/fill_translations.py`):\n"
        << missing.join(QLatin1Char('\n')).toStdString();
}
