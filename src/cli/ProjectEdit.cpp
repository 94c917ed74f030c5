// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectEdit.h"

#include "report/EvaluationService.h"
#include "server/ProjectLocator.h"
#include "store/ProjectResults.h"

namespace jieshui::cli {

core::Result<ProjectEdit> ProjectEdit::open(const QString& locator) {
    auto store = server::ProjectLocator::open(locator, store::OpenMode::ReadWrite);
    if (store.hasError())
        return store.error();
    if (store.value()->isReadOnly())
        return core::Error(core::ErrorCode::StoreError,
                           "the project may only be read (a read-only file or a server role without write "
                           "rights): nothing can be changed",
                           {.file = store.value()->location()});
    auto data = store.value()->load();
    if (data.hasError())
        return data.error();
    return ProjectEdit(std::move(store).value(), std::move(data).value());
}

core::Status ProjectEdit::save() {
    const core::EvaluationService service(m_data.dataset, m_data.scenarios, m_data.allocations);
    m_data.results = store::ProjectResults::evaluateAll(service, store::ProjectResults::now());
    return m_store->save(m_data);
}

} // namespace jieshui::cli
