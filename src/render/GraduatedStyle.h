// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/Classifier.h"
#include "render/RegionResult.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace jieshui::render {

/**
 * Graduated colouring of regions by value: the values of the results are classified (Classifier) and
 * each class gets a colour interpolated on a sequential ramp (light to dark, colour-blind safe: a
 * single-hue blue ramp by default). Regions without value are drawn as no data.
 *
 * A diverging style (setDiverging) colours differences, e.g. scenario B − scenario A: classes symmetric
 * around zero (Classifier::symmetric, whatever method() says), a neutral light grey for the class that
 * holds zero, blues for the better side and reds for the worse side (ColorBrewer RdBu, colour-blind
 * safe), stronger with the size of the difference; the legend shows signed bounds and legendNote().
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

    /**
     * Makes this a diverging (difference) style. @p positiveIsBetter: a positive value is an improvement
     * (blue), e.g. a higher irrigation coefficient; false for caps and intensities, where more is worse.
     */
    void setDiverging(bool positiveIsBetter);
    bool isDiverging() const { return m_diverging; }
    bool positiveIsBetter() const { return m_positiveIsBetter; }
    /** The colour of the neutral class and of the ends of the diverging ramp. */
    static QColor divergingNeutral() { return QColor(0xf7, 0xf7, 0xf7); }
    static QColor divergingBetter() { return QColor(0x21, 0x66, 0xac); }
    static QColor divergingWorse() { return QColor(0xb2, 0x18, 0x2b); }

    /**
     * Fixes the classes instead of computing them from the values: @p breaks (k + 1 ascending), one colour and
     * one legend label per class (e.g. the probability-of-meeting classes). Method, count, ramp and the
     * diverging mode no longer apply.
     */
    void setFixedClasses(std::vector<double> breaks, std::vector<QColor> colors, QStringList labels);
    bool hasFixedClasses() const { return !m_fixedColors.empty(); }
    /**
     * The legend text of a class: its fixed label, else "low – high" with formatBound(), e.g. "21.4 – 25.0";
     * a class whose bounds print alike (the minimum alone, or one value) as that one number, "21.4", never
     * "21.4 – 21.4".
     */
    QString classLabel(int classIndex) const;

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
    /** A line under the legend's classes, e.g. "蓝：优于基准情景；红：劣于基准情景". */
    QString legendNote() const { return m_legendNote; }
    void setLegendNote(const QString& note) { m_legendNote = note; }
    /** A class bound as the legend prints it: decimals(), signed in a diverging style ("+0.50"). */
    QString formatBound(double value) const;

    /**
     * Decimal places of the class bounds in the legend. Classes whose bounds the legend would print alike
     * are merged (Classifier::distinctAt), so that no two classes read the same.
     */
    int decimals() const { return m_decimals; }
    void setDecimals(int decimals);

private:
    void reclassify();

    QHash<QString, RegionResult> m_results;
    ClassificationMethod m_method = ClassificationMethod::NaturalBreaks;
    int m_classCount = 5;
    QColor m_low;
    QColor m_high;
    std::vector<double> m_breaks;
    QString m_title;
    QString m_legendNote;
    int m_decimals = 2;
    bool m_diverging = false;
    bool m_positiveIsBetter = true;
    std::vector<QColor> m_fixedColors; ///< set by setFixedClasses (then m_breaks are fixed too)
    QStringList m_fixedLabels;
};

} // namespace jieshui::render
