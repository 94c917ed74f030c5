// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scratch files for the store tests: a fresh temporary folder per test, removed afterwards.

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <string>

namespace jieshui::store::test {

class ScratchDir {
public:
    ScratchDir() { EXPECT_TRUE(m_dir.isValid()); }
    std::string path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)).toStdString(); }

private:
    QTemporaryDir m_dir;
};

inline QByteArray fileHash(const std::string& path) {
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/** Changes a file with plain SQLite, as another program (or a hand edit) would. */
inline void runSql(const std::string& path, const char* sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
}

} // namespace jieshui::store::test
