// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectEdit.h"

#include "report/EvaluationService.h"
#include "store/ProjectResults.h"

namespace jieshui::cli {

core::Result<ProjectEdit> ProjectEdit::open(const QString& path) {
    auto file = store::ProjectFile::open(path.toStdString(), store::OpenMode::ReadWrite);
    if (file.hasError())
        return file.error();
    auto data = file.value().load();
    if (data.hasError())
        return data.error();
    return ProjectEdit(std::move(file).value(), std::move(data).value());
}

core::Status ProjectEdit::save() {
    const core::EvaluationService service(m_data.dataset, m_data.scenarios, m_data.allocations);
    m_data.results = store::ProjectResults::evaluateAll(service, store::ProjectResults::now());
    return m_file.save(m_data);
}

} // namespace jieshui::cli
