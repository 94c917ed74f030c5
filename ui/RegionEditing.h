// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/Region.h"
#include "store/RegionEditor.h"

#include <QString>

namespace jieshui::ui {

class ProjectController;

/**
 * The window's region edits: each is checked by store::RegionEditor on a copy of the project (the rules the
 * CLI's `region` command applies) and, when valid, pushed as one EditRegionsCommand, so it can be undone.
 * A refused edit changes nothing and returns why.
 */
class RegionEditing {
public:
    explicit RegionEditing(ProjectController* controller) : m_controller(controller) {}

    core::Status add(core::Region region);
    core::Status rename(const QString& code, const QString& nameZh, const QString& nameEn);
    /** What removing @p code would take with it (nothing changes). */
    core::Result<store::RegionRemoval> planRemoval(const QString& code) const;
    core::Status remove(const QString& code);

private:
    ProjectController* m_controller;
};

} // namespace jieshui::ui
