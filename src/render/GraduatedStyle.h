// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/Classifier.h"
#include "render/RegionResult.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <optional>
#include <vector>

namespace jieshui::render {

/**
 * Graduated colouring of regions by value: the values of the results are classified (Classifier) and
 * each class gets a colour interpolated on a sequential ramp (light to dark, colour-blind safe: a
 * single-hue blue ramp by default). Regions without value are drawn as no data.
 */
class GraduatedStyle {
public:
    GraduatedStyle();

    void setResults(QHash<QString, RegionResult> results);
    const QHash<QString, RegionResult>& results() const { return m_results; }
    const RegionResult* result(const QString& regionCode) const;

    void setMethod(ClassificationMethod method);
    ClassificationMethod method() const { return m_method; }
    void setClassCount(int classCount);
    int classCount() const { return m_classCount; }
    void setRamp(const QColor& low, const QColor& high);

    /** k + 1 ascending breaks computed from the values (recomputed on every change). */
    const std::vector<double>& breaks() const { return m_breaks; }
    /** Number of classes actually used (≤ classCount when there are few values). */
    int effectiveClassCount() const;
    QColor classColor(int classIndex) const;
    /** The fill colour of a region, or nothing when it has no value. */
    std::optional<QColor> colorFor(const QString& regionCode) const;
    bool hasEstimates() const;

    /** Legend title with the unit, e.g. "万元GDP用水量下降 (%) 2022". */
    QString title() const { return m_title; }
    void setTitle(const QString& title) { m_title = title; }
    /** Decimal places of the class bounds in the legend. */
    int decimals() const { return m_decimals; }
    void setDecimals(int decimals) { m_decimals = decimals; }

private:
    void reclassify();

    QHash<QString, RegionResult> m_results;
    ClassificationMethod m_method = ClassificationMethod::NaturalBreaks;
    int m_classCount = 5;
    QColor m_low;
    QColor m_high;
    std::vector<double> m_breaks;
    QString m_title;
    int m_decimals = 2;
};

} // namespace jieshui::render
