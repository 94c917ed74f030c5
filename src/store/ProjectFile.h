// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComplianceLayer.h"
#include "Database.h"
#include "LayerStyles.h"
#include "ProjectData.h"
#include "common/Result.h"
#include "engine/Verdict.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace jieshui::store {

/** A short account of a project file, for `jieshui-cli info` and the GUI's project panel. */
struct ProjectSummary {
    std::string name;
    std::string nameEn;
    int schemaVersion = 0;
    std::string applicationVersion;
    std::map<std::string, int> regionsByKind; ///< kind id → count
    int statisticCount = 0;
    int firstYear = 0; ///< of any statistic; 0 when none
    int lastYear = 0;
    int targetCount = 0;
    int taskCount = 0;
    std::vector<std::string> scenarios;
    struct Layer {
        std::string table;
        std::string name;
        std::string role;
        std::string crs;
        int featureCount = 0;
    };
    std::vector<Layer> layers;
    int resultCount = 0;
    std::string lastEvaluated; ///< ISO 8601 UTC, empty when never evaluated
    std::string lastSaved;
};

/**
 * The project file: one GeoPackage 1.3 that QGIS and ogrinfo open (docs/project-file.md).
 *
 * Every save is one SQLite transaction with a rollback journal, so a crash or kill -9 at any moment
 * leaves the last saved state. A file opened read-write is locked exclusively until closed: a second
 * instance gets a clear "open in another program" error. Every value goes into SQL as a bound parameter.
 */
class ProjectFile {
public:
    /**
     * Writes @p data as a new project at @p path. The file is built next to the target and renamed into
     * place when complete, so an interrupted `new` never leaves a half-written project. An existing
     * file is an IoError.
     */
    static core::Status create(const std::string& path, const ProjectData& data);
    /**
     * As create(), for a copy of a project kept elsewhere (a pulled server project): `created` and
     * `last_evaluated` from @p stamps when given there, any other key refused (the file stamps `last_saved`,
     * `save_counter` and the versions itself); then @p moreTables, when given, adds in the same transaction
     * the tables ProjectData does not hold (the compliance layer, QGIS styles).
     */
    static core::Status create(const std::string& path, const ProjectData& data,
                               const std::map<std::string, std::string>& stamps,
                               const std::function<core::Status(Database&)>& moreTables = {});

    /**
     * Opens a project. Refuses: a missing file; a non-SQLite, truncated or damaged file
     * (UnsupportedFormat); a GeoPackage or SQLite file that is not a project (NotAProject: offer its
     * layers with geoPackageLayers()); a file made by a newer Jieshui (UnsupportedFormat, "schema N > M");
     * for ReadWrite a read-only file or folder, and a file open in another program (StoreError).
     * A read-write open migrates an older schema to the current one in one transaction.
     */
    static core::Result<ProjectFile> open(const std::string& path, OpenMode mode = OpenMode::ReadWrite);

    /** Table names of the feature layers of any GeoPackage (for "import its layers" on a non-project). */
    static core::Result<std::vector<std::string>> geoPackageLayers(const std::string& path);

    /** Reads the whole project. */
    core::Result<ProjectData> load();

    /** Replaces the stored project by @p data in ONE transaction (all or nothing). */
    core::Status save(const ProjectData& data);

    /**
     * Replaces the results of @p scenario by @p verdicts (one transaction) and records the evaluation
     * time. Values are stored in the indicator's base unit (m³, m³/yuan, fraction).
     */
    core::Status writeResults(const std::string& scenario, const std::vector<core::Verdict>& verdicts);
    /** As above, with rows already converted (e.g. by the GUI). */
    core::Status writeResults(const std::string& scenario, const std::vector<ResultRow>& rows);

    /**
     * Replaces the results of several scenarios (scenario name → its verdicts) in ONE transaction: what
     * "evaluate every scenario" should call, one commit instead of one per scenario.
     */
    core::Status writeResults(const std::map<std::string, std::vector<core::Verdict>>& byScenario);

    core::Result<std::vector<ResultRow>> results(const std::string& scenario = {});

    /**
     * Rebuilds the `county_compliance` layer (ComplianceLayer) of @p scenario from the stored results and
     * replaces its `layer_styles` rows with what @p styles makes of its columns, in one transaction. A
     * project without counties or county results gets neither.
     */
    core::Status writeComplianceLayer(
        const std::string& scenario,
        const std::function<std::vector<LayerStyleRow>(const std::vector<ComplianceColumn>&)>& styles);
    core::Result<ProjectSummary> summary();

    /** One jieshui_metadata value (e.g. "save_counter", "last_evaluated"); empty when absent. */
    std::string metadata(const std::string& key);

    int schemaVersion() const { return m_schemaVersion; }
    const std::string& path() const { return m_db.path(); }
    bool isReadOnly() const { return m_db.isReadOnly(); }
    Database& database() { return m_db; }

    /** Converts judged targets to stored rows (status, gap, rate, provenance), stamped @p evaluatedAt. */
    static std::vector<ResultRow> toResultRows(const std::vector<core::Verdict>& verdicts,
                                               const std::string& evaluatedAt);

private:
    ProjectFile(Database db, int schemaVersion) : m_db(std::move(db)), m_schemaVersion(schemaVersion) {}

    Database m_db;
    int m_schemaVersion = 0;
};

} // namespace jieshui::store
