// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectData.h"
#include "common/Feedback.h"
#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace jieshui::store {

/** How to make a project from an official boundary file; every field is optional. */
struct BoundaryOptions {
    QString codeField; ///< attribute with the GB/T 2260 code; empty = code, adcode, CODE, ...
    QString nameField; ///< attribute with the Chinese name; empty = name_zh, name, NAME, ...
    QString layerName; ///< the layer of a multi-layer file; empty = the first
    QString encoding;  ///< shapefile text encoding; empty = detected
    QString crs;       ///< the file's CRS when it declares none; empty = the file's (China degrees: CGCS2000)
    QString root;      ///< GB/T 2260 code of the project's city, province or the country; empty = inferred
    QString rootName;  ///< the root's Chinese name; empty = from the file's fields or the code lists
    /**
     * How the caller's user names the code and name attributes, for the messages that ask for them: the
     * command line's options by default, the dialog passes its fields' labels.
     */
    QString codeFieldLabel = QStringLiteral("--code-field");
    QString nameFieldLabel = QStringLiteral("--name-field");
};

/** The project made, and what the user should read about it. */
struct BoundaryProject {
    ProjectData data;
    QString importReport; ///< the layer import's own report (encoding, CRS, repairs)
    QStringList lines;    ///< what was made (translated)
    QStringList warnings; ///< what to check or complete (translated), e.g. names still missing
    /**
     * Every region above the counties the file names nowhere (it carries its code as name until renamed),
     * one translated line each, "130100: holds 长安区 130102 (counties in it: 22)"; the warnings show counts
     * and the first few codes only.
     */
    QStringList unnamed;
};

/**
 * A new project for any city, province or the whole country from an official county boundary file: the
 * regions from the features' GB/T 2260 codes (county → city → province → country, as deep as the root
 * needs), the counties layer through the layer import pipeline (encoding, CRS, geometry repair,
 * reprojection to CGCS2000), for a province or the country a cities layer dissolved from the counties,
 * a baseline scenario, and the display CRS chosen from the data: the 3-degree Gauss-Krüger zone of its
 * centre. Statistics, plan targets and tasks come in afterwards through the ordinary imports; the project's
 * years come from its plan targets (core::PlanYears).
 *
 * Refused, naming the features: a feature without a county-level GB/T 2260 code or without a name, a code
 * given twice, a root that is a county or holds none of the features.
 */
class ProjectFromBoundaries {
public:
    static core::Result<BoundaryProject> build(const QString& path, const BoundaryOptions& options,
                                               core::Feedback* feedback = nullptr);
};

} // namespace jieshui::store
