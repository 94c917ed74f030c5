// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "uncertainty/UncertaintyModel.h"

namespace jieshui::store {

class Database;

/**
 * The uncertainty of a project's inputs in its file (schema version 3): `uncertainty_defaults` (one row per
 * provenance), `uncertainty_rules` (statistics) and `driver_uncertainty` (scenario drivers), rules in their
 * order of precedence (later wins among equals). Spreads are stored as the model holds them: relative as a
 * fraction, absolute in the input's base unit.
 */
class UncertaintyTables {
public:
    /** The SQL that creates the three tables (ProjectSchema's migration to version 3). */
    static const char* createSql();
    /** Fills uncertainty_defaults with the standard defaults (a new or migrated file). */
    static core::Status insertStandardDefaults(Database& db);

    /**
     * Reads the model; a file older than version 3 has the standard model. Every row is checked as strictly
     * as a CSV row (ids, finite spreads, years) and refused with its table and row named.
     */
    static core::Result<core::UncertaintyModel> read(Database& db, int schemaVersion);
    /** Replaces the three tables' rows by @p model (inside the caller's transaction). */
    static core::Status write(Database& db, const core::UncertaintyModel& model);
};

} // namespace jieshui::store
