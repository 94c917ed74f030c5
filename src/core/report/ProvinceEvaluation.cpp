// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ProvinceEvaluation.h"

#include <set>

namespace jieshui::core {

struct ProvinceEvaluation::City {
    std::string code;
    Dataset project;
    std::vector<Scenario> scenarios;
    std::vector<Allocation> allocations;
    std::unique_ptr<EvaluationService> service;
};

namespace {

/** @p code and every region under it, in the project's order. */
std::set<std::string, std::less<>> subtree(const Dataset& project, const std::string& code) {
    std::set<std::string, std::less<>> codes{code};
    bool grew = true;
    while (grew) {
        grew = false;
        for (const Region& r : project.regions())
            if (codes.count(r.parentCode) != 0 && codes.insert(r.code).second)
                grew = true;
    }
    return codes;
}

} // namespace

ProvinceEvaluation::ProvinceEvaluation(const Dataset& project, const std::vector<Scenario>& scenarios,
                                       const std::vector<Allocation>& allocations,
                                       EvaluationSettings settings) {
    const Region* root = project.root();
    for (const Region* city : project.regionsOfKind(RegionKind::City)) {
        auto part = std::make_unique<City>();
        part->code = city->code;
        const auto members = subtree(project, city->code);
        for (const auto& [variable, dimension] : project.taskVariables())
            (void)part->project.declareTaskVariable(variable, dimension);
        for (const Region& r : project.regions()) {
            if (members.count(r.code) == 0)
                continue;
            Region copy = r;
            if (copy.code == city->code)
                copy.parentCode.clear(); // the city is this project's root
            std::erase_if(copy.countyCodes, [&](const std::string& c) { return members.count(c) == 0; });
            (void)part->project.addRegion(std::move(copy));
        }
        for (const Statistic* s : project.statistics())
            if (members.count(s->regionCode) != 0)
                (void)part->project.addStatistic(*s);
        for (const PlanTarget& t : project.targets())
            if (members.count(t.regionCode) != 0)
                (void)part->project.addTarget(t);
        for (const KeyTask& t : project.tasks())
            (void)part->project.addTask(t);
        for (Scenario s : scenarios) {
            std::vector<DriverOverride> kept;
            for (DriverOverride o : s.overrides) {
                if (root != nullptr && o.regionCode == root->code)
                    o.regionCode = city->code; // a province-wide setting holds for every city
                if (members.count(o.regionCode) != 0)
                    kept.push_back(std::move(o));
            }
            s.overrides = std::move(kept);
            part->scenarios.push_back(std::move(s));
        }
        for (const Allocation& a : allocations)
            if (members.count(a.parentRegion) != 0)
                part->allocations.push_back(a);
        part->service =
            std::make_unique<EvaluationService>(part->project, part->scenarios, part->allocations, settings);
        m_cities.push_back(std::move(part));
    }
}

ProvinceEvaluation::~ProvinceEvaluation() = default;

bool ProvinceEvaluation::appliesTo(const Dataset& project) {
    const Region* root = project.root();
    return root != nullptr && (root->kind == RegionKind::Province || root->kind == RegionKind::Country);
}

std::vector<std::string> ProvinceEvaluation::cityCodes() const {
    std::vector<std::string> codes;
    for (const auto& c : m_cities)
        codes.push_back(c->code);
    return codes;
}

const Dataset* ProvinceEvaluation::cityProject(std::string_view cityCode) const {
    for (const auto& c : m_cities)
        if (c->code == cityCode)
            return &c->project;
    return nullptr;
}

const EvaluationService* ProvinceEvaluation::cityService(std::string_view cityCode) const {
    for (const auto& c : m_cities)
        if (c->code == cityCode)
            return c->service.get();
    return nullptr;
}

std::vector<CityEvaluation> ProvinceEvaluation::evaluate(std::string_view scenario) const {
    std::vector<CityEvaluation> out;
    out.reserve(m_cities.size());
    for (const auto& c : m_cities) {
        CityEvaluation e{c->code, std::nullopt, std::nullopt};
        auto result = c->service->evaluate(scenario);
        if (result.isOk())
            e.result.emplace(std::move(result).value());
        else
            e.error = result.error();
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace jieshui::core
