// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace jieshui::geo {

/**
 * Process-wide GDAL set-up shared by the geo readers (internal to jieshui_geo).
 * GDAL keeps its driver registry and error handlers globally; this class owns that knowledge.
 */
class GdalEnvironment {
public:
    /** Registers all GDAL/OGR drivers once; safe to call from any thread, any number of times. */
    static void ensureRegistered();

    /** Silences GDAL/GEOS error printing on this thread while alive (GEOS warns on every invalid ring). */
    class QuietErrors {
    public:
        QuietErrors();
        ~QuietErrors();
        QuietErrors(const QuietErrors&) = delete;
        QuietErrors& operator=(const QuietErrors&) = delete;
    };
};

} // namespace jieshui::geo
