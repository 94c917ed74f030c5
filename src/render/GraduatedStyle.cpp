// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/GraduatedStyle.h"

#include <algorithm>
#include <cmath>

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

void GraduatedStyle::setDecimals(int decimals) {
    m_decimals = decimals;
    reclassify();
}

void GraduatedStyle::setRamp(const QColor& low, const QColor& high) {
    m_low = low;
    m_high = high;
}

void GraduatedStyle::setDiverging(bool positiveIsBetter) {
    m_diverging = true;
    m_positiveIsBetter = positiveIsBetter;
    reclassify();
}

QString GraduatedStyle::formatBound(double value) const {
    const double rounded = std::round(value * std::pow(10.0, m_decimals)) / std::pow(10.0, m_decimals);
    QString text = QString::number(rounded == 0.0 ? 0.0 : value, 'f', m_decimals); // never "-0.00"
    if (m_diverging && rounded > 0.0)
        text.prepend(QLatin1Char('+'));
    return text;
}

int GraduatedStyle::effectiveClassCount() const {
    return m_breaks.size() < 2 ? 0 : static_cast<int>(m_breaks.size()) - 1;
}

namespace {

QColor mix(const QColor& a, const QColor& b, double t) {
    auto channel = [t](int x, int y) { return static_cast<int>(x + (y - x) * t + 0.5); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

} // namespace

void GraduatedStyle::setFixedClasses(std::vector<double> breaks, std::vector<QColor> colors, QStringList labels) {
    m_breaks = std::move(breaks);
    m_fixedColors = std::move(colors);
    m_fixedLabels = std::move(labels);
}

QString GraduatedStyle::classLabel(int classIndex) const {
    if (classIndex >= 0 && classIndex < m_fixedLabels.size())
        return m_fixedLabels[classIndex];
    if (classIndex < 0 || classIndex >= effectiveClassCount())
        return {};
    const auto i = static_cast<std::size_t>(classIndex);
    const QString low = formatBound(m_breaks[i]);
    const QString high = formatBound(m_breaks[i + 1]);
    return low == high ? low : QStringLiteral("%1 – %2").arg(low, high);
}

QColor GraduatedStyle::classColor(int classIndex) const {
    const int count = effectiveClassCount();
    if (!m_fixedColors.empty())
        return m_fixedColors[static_cast<std::size_t>(
            std::clamp(classIndex, 0, static_cast<int>(m_fixedColors.size()) - 1))];
    if (m_diverging && count > 0) {
        // Position of the class centre on [−1, 1]; the outermost classes take the ends of the ramp.
        const auto i = static_cast<std::size_t>(std::clamp(classIndex, 0, count - 1));
        const double centre = (m_breaks[i] + m_breaks[i + 1]) / 2.0;
        const double outer = (m_breaks[m_breaks.size() - 2] + m_breaks.back()) / 2.0;
        const double t = outer > 0.0 ? std::clamp(centre / outer, -1.0, 1.0) : 0.0;
        if (std::abs(t) < 1e-9)
            return divergingNeutral();
        const bool better = (t > 0.0) == m_positiveIsBetter;
        // Through ColorBrewer RdBu's light stops so that small differences stay pale.
        const QColor light = better ? QColor(0x92, 0xc5, 0xde) : QColor(0xf4, 0xa5, 0x82);
        const QColor end = better ? divergingBetter() : divergingWorse();
        const double a = std::abs(t);
        return a <= 0.5 ? mix(divergingNeutral(), light, a / 0.5) : mix(light, end, (a - 0.5) / 0.5);
    }
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
    if (!m_fixedColors.empty())
        return; // fixed classes do not follow the values
    std::vector<double> values;
    values.reserve(static_cast<std::size_t>(m_results.size()));
    for (const RegionResult& r : m_results)
        if (r.value)
            values.push_back(*r.value);
    m_breaks = m_diverging ? Classifier::symmetric(values, m_classCount)
                           : Classifier::distinctAt(
                                 Classifier::breaks(m_method, std::move(values), m_classCount), m_decimals);
}

} // namespace jieshui::render
