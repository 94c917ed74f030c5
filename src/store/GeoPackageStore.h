// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectFile.h"
#include "ProjectStore.h"

#include <memory>
#include <optional>

namespace jieshui::store {

/** A project in a GeoPackage file: ProjectStore over ProjectFile (which keeps every rule of the file). */
class GeoPackageStore : public ProjectStore {
public:
    /** Opens the project file at @p path (see ProjectFile::open for what is refused). */
    static core::Result<std::unique_ptr<GeoPackageStore>> open(const std::string& path,
                                                               OpenMode mode = OpenMode::ReadWrite);

    /** Owns @p file. */
    explicit GeoPackageStore(ProjectFile file) : m_owned(std::move(file)), m_file(&*m_owned) {}
    /** Borrows @p file, which must outlive this store (for code that already holds an open ProjectFile). */
    static GeoPackageStore borrowing(ProjectFile& file) { return GeoPackageStore(&file); }

    GeoPackageStore(GeoPackageStore&& other) noexcept;
    GeoPackageStore& operator=(GeoPackageStore&&) = delete;
    GeoPackageStore(const GeoPackageStore&) = delete;
    GeoPackageStore& operator=(const GeoPackageStore&) = delete;

    std::string location() const override { return m_file->path(); }
    bool isReadOnly() const override { return m_file->isReadOnly(); }
    int schemaVersion() const override { return m_file->schemaVersion(); }
    core::Result<ProjectData> load() override { return m_file->load(); }
    core::Status save(const ProjectData& data) override { return m_file->save(data); }
    core::Status writeResults(const std::string& scenario, const std::vector<ResultRow>& rows) override {
        return m_file->writeResults(scenario, rows);
    }
    core::Status writeResults(const std::map<std::string, std::vector<core::Verdict>>& byScenario) override {
        return m_file->writeResults(byScenario);
    }
    core::Result<std::vector<ResultRow>> results(const std::string& scenario = {}) override {
        return m_file->results(scenario);
    }
    core::Result<ProjectSummary> summary() override { return m_file->summary(); }
    std::string metadata(const std::string& key) override { return m_file->metadata(key); }

    ProjectFile& file() { return *m_file; }

private:
    explicit GeoPackageStore(ProjectFile* borrowed) : m_file(borrowed) {}

    std::optional<ProjectFile> m_owned;
    ProjectFile* m_file = nullptr;
};

} // namespace jieshui::store
