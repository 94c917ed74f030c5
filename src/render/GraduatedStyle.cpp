// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/GraduatedStyle.h"

#include <algorithm>

namespace jieshui::render {

GraduatedStyle::GraduatedStyle() : m_low(0xde, 0xeb, 0xf7), m_high(0x08, 0x45, 0x94) {}

void GraduatedStyle::setResults(QHash<QString, RegionResult> results) {
    m_results = std::move(results);
    reclassify();
}

const RegionResult* GraduatedStyle::result(const QString& regionCode) const {
    const auto it = m_results.constFind(regionCode);
    return it == m_results.constEnd() ? nullptr : &it.value();
}

void GraduatedStyle::setMethod(ClassificationMethod method) {
    m_method = method;
    reclassify();
}

void GraduatedStyle::setClassCount(int classCount) {
    m_classCount = std::clamp(classCount, 1, 9);
    reclassify();
}

void GraduatedStyle::setRamp(const QColor& low, const QColor& high) {
    m_low = low;
    m_high = high;
}

int GraduatedStyle::effectiveClassCount() const {
    return m_breaks.size() < 2 ? 0 : static_cast<int>(m_breaks.size()) - 1;
}

QColor GraduatedStyle::classColor(int classIndex) const {
    const int count = effectiveClassCount();
    const double t = count <= 1 ? 1.0 : static_cast<double>(classIndex) / (count - 1);
    auto mix = [t](int a, int b) { return static_cast<int>(a + (b - a) * t + 0.5); };
    return QColor(mix(m_low.red(), m_high.red()), mix(m_low.green(), m_high.green()),
                  mix(m_low.blue(), m_high.blue()));
}

std::optional<QColor> GraduatedStyle::colorFor(const QString& regionCode) const {
    const RegionResult* r = result(regionCode);
    if (!r || !r->value || effectiveClassCount() == 0)
        return std::nullopt;
    return classColor(Classifier::classOf(m_breaks, *r->value));
}

bool GraduatedStyle::hasEstimates() const {
    for (const RegionResult& r : m_results)
        if (r.estimate && r.value)
            return true;
    return false;
}

void GraduatedStyle::reclassify() {
    std::vector<double> values;
    values.reserve(static_cast<std::size_t>(m_results.size()));
    for (const RegionResult& r : m_results)
        if (r.value)
            values.push_back(*r.value);
    m_breaks = Classifier::breaks(m_method, std::move(values), m_classCount);
}

} // namespace jieshui::render
