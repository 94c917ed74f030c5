// SPDX-License-Identifier: GPL-3.0-or-later
// No SQL is built by concatenating user values: a quoted SQL literal followed by `+` never appears in
// src/store. (Identifiers of our own generated layer tables are the only concatenation, double-quoted.)
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>

TEST(NoStringSql, storeSourcesBindEveryValue) {
    // Given the sources of src/store
    const QDir dir(QStringLiteral(JIESHUI_SOURCE_DIR "/src/store"));
    const QStringList files = dir.entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    // When searched for a line of SQL whose single-quoted literal is closed after a concatenation:
    // "... WHERE x = '" + value
    const QRegularExpression concatenatedLiteral(
        QStringLiteral(R"((SELECT|INSERT|UPDATE|DELETE|WHERE|VALUES|SET)[^\n]*'"\s*\+)"));
    // Then there is none
    for (const QString& name : files) {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        EXPECT_FALSE(concatenatedLiteral.match(text).hasMatch()) << name.toStdString();
    }
}
