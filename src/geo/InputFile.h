// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace jieshui::geo {

/**
 * The first check of every file a user names for reading (layers, tables, spreadsheets, CSV): it must
 * exist and be a regular file (or, where @p allowFolder, a folder GDAL reads), never a FIFO, device or
 * socket that would block a reader forever. Each failure is its own located IoError: "no such file",
 * "a loop of symbolic links", "permission denied", "not a regular file (a pipe, device or socket)".
 */
class InputFile {
public:
    static core::Status check(const QString& path, bool allowFolder = false);
};

} // namespace jieshui::geo
