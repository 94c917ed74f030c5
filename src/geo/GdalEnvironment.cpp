// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GdalEnvironment.h"

#include <cpl_error.h>
#include <gdal.h>
#include <mutex>

namespace jieshui::geo {

void GdalEnvironment::ensureRegistered() {
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // GDAL prints "ERROR 1: ..." lines to stderr by default; the program reports every failure in its
        // own words (with CPLGetLastErrorMsg() where useful), so no raw line reaches the user.
        CPLSetErrorHandler(CPLQuietErrorHandler);
    });
}

GdalEnvironment::QuietErrors::QuietErrors() {
    CPLPushErrorHandler(CPLQuietErrorHandler);
}

GdalEnvironment::QuietErrors::~QuietErrors() {
    CPLPopErrorHandler();
}

} // namespace jieshui::geo
