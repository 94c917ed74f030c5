// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scratch files for the store tests: a fresh temporary folder per test, removed afterwards.

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
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

} // namespace jieshui::store::test
