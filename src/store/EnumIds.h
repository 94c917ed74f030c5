// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Verdict.h"
#include "model/KeyTask.h"
#include "model/PlanTarget.h"
#include "model/Provenance.h"
#include "scenario/Allocation.h"
#include "scenario/Scenario.h"

#include <optional>
#include <string_view>

/**
 * Text ids of the core enums as the project file stores them. They spell exactly like the core's
 * `*Id()` functions; they live here so that the store does not depend on which engine parts are linked.
 */
namespace jieshui::store::ids {

const char* taskStatus(core::TaskStatus s);
std::optional<core::TaskStatus> taskStatusFrom(std::string_view id);
const char* provenance(core::ProvenanceKind k);
std::optional<core::ProvenanceKind> provenanceFrom(std::string_view id);
const char* driver(core::Driver d);
std::optional<core::Driver> driverFrom(std::string_view id);
const char* allocationMethod(core::AllocationMethod m);
std::optional<core::AllocationMethod> allocationMethodFrom(std::string_view id);
const char* verdictStatus(core::VerdictStatus s);
std::optional<core::Comparator> comparatorFrom(std::string_view symbol);

} // namespace jieshui::store::ids
