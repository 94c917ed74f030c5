// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/InputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace jieshui::geo {

core::Status InputFile::check(const QString& path, bool allowFolder) {
    const core::ErrorLocation where{QDir::toNativeSeparators(path).toStdString()};
    auto fail = [&](const char* text) {
        return core::Error(core::ErrorCode::IoError, QCoreApplication::translate("geo", text).toStdString(),
                           where);
    };
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    if (::stat(native.constData(), &st) != 0) {
        switch (errno) {
        case ELOOP:
            return fail(QT_TRANSLATE_NOOP("geo", "the path is a loop of symbolic links"));
        case EACCES:
            return fail(QT_TRANSLATE_NOOP("geo", "permission denied"));
        case ENOTDIR:
        case ENOENT:
            return fail(QT_TRANSLATE_NOOP("geo", "no such file"));
        case ENAMETOOLONG:
            return fail(QT_TRANSLATE_NOOP("geo", "the path is too long"));
        default:
            return fail(QT_TRANSLATE_NOOP("geo", "the file cannot be read"));
        }
    }
    if (S_ISDIR(st.st_mode)) {
        if (allowFolder)
            return core::okStatus();
        return fail(QT_TRANSLATE_NOOP("geo", "a folder, not a file"));
    }
    if (!S_ISREG(st.st_mode))
        return fail(
            QT_TRANSLATE_NOOP("geo", "not a regular file (a pipe, device or socket); nothing was read"));
    if (::access(native.constData(), R_OK) != 0)
        return fail(QT_TRANSLATE_NOOP("geo", "permission denied"));
    return core::okStatus();
}

} // namespace jieshui::geo
