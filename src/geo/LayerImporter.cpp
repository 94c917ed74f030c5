// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/LayerImporter.h"

#include "geo/CoordinateTransformer.h"
#include "geo/GeometryRepairSession.h"
#include "geo/LayerReader.h"
#include "geo/ShapefileEncoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <cmath>

namespace jieshui::geo {

namespace {

using core::Error;
using core::ErrorCode;
using core::ErrorLocation;

/** Maps a step's 0-100 % into [from, to] of the parent and passes the parent's cancel down. */
class StepFeedback : public core::Feedback {
public:
    StepFeedback(core::Feedback* parent, double from, double to) : m_parent(parent), m_from(from), m_to(to) {
        if (m_parent && m_parent->isCancelled())
            cancel();
    }

protected:
    void onProgress(double percent) override {
        if (!m_parent)
            return;
        m_parent->setProgress(m_from + (m_to - m_from) * percent / 100.0);
        if (m_parent->isCancelled())
            cancel();
    }

private:
    core::Feedback* m_parent;
    double m_from;
    double m_to;
};

bool cancelled(core::Feedback* feedback) {
    return feedback && feedback->isCancelled();
}

Error cancelledError(const QString& path) {
    return Error(ErrorCode::Cancelled,
                 QCoreApplication::translate("geo", "the import was cancelled").toStdString(),
                 ErrorLocation{QDir::toNativeSeparators(path).toStdString()});
}

QString issueKindText(GeometryIssueKind kind, bool isNull) {
    switch (kind) {
    case GeometryIssueKind::Repaired:
        return QCoreApplication::translate("geo", "repaired");
    case GeometryIssueKind::Unrepairable:
        return QCoreApplication::translate("geo", "invalid, not repairable");
    case GeometryIssueKind::Empty:
        return isNull ? QCoreApplication::translate("geo", "no geometry (null)")
                      : QCoreApplication::translate("geo", "empty geometry");
    case GeometryIssueKind::TooComplex:
        return QCoreApplication::translate("geo", "too complex to check and repair in time");
    }
    return {};
}

} // namespace

bool LayerImporter::roleLinksToRegions(LayerRole role) {
    return role == LayerRole::Counties || role == LayerRole::Basins ||
           role == LayerRole::IrrigationDistricts || role == LayerRole::Cities;
}

QVector<RegionKey> LayerImporter::regionKeysFor(LayerRole role, const core::Dataset& dataset) {
    QVector<RegionKey> keys;
    if (!roleLinksToRegions(role))
        return keys;
    const core::RegionKind kind = role == LayerRole::Counties ? core::RegionKind::County
                                  : role == LayerRole::Cities ? core::RegionKind::City
                                  : role == LayerRole::Basins ? core::RegionKind::Basin
                                                              : core::RegionKind::IrrigationDistrict;
    for (const core::Region* region : dataset.regionsOfKind(kind))
        keys.append(RegionKey{QString::fromStdString(region->code), QString::fromStdString(region->nameZh)});
    return keys;
}

QRectF LayerImporter::projectAreaOf(const QVector<FeatureLayer>& layers) {
    QRectF area;
    for (const FeatureLayer& layer : layers) {
        if (layer.bounds.isEmpty() && layer.bounds.isNull())
            continue;
        QRectF degrees = layer.bounds;
        if (CoordinateTransformer::normalizedCrs(layer.crs) != CoordinateTransformer::storageCrs()) {
            auto transformer = CoordinateTransformer::create(layer.crs, CoordinateTransformer::storageCrs());
            if (transformer.hasError())
                continue;
            const QPointF a = transformer.value().transform(layer.bounds.topLeft());
            const QPointF b = transformer.value().transform(layer.bounds.bottomRight());
            if (!std::isfinite(a.x()) || !std::isfinite(b.x()))
                continue;
            degrees = QRectF(a, b).normalized();
        }
        area = area.isNull() ? degrees : area.united(degrees);
    }
    return area;
}

namespace {

QString uniqueName(const QVector<FeatureLayer>& layers, const QString& wanted, int skipIndex = -1) {
    auto taken = [&](const QString& n) {
        for (int i = 0; i < layers.size(); ++i)
            if (i != skipIndex && layers[i].name == n)
                return true;
        return false;
    };
    const QString base = wanted.isEmpty() ? QStringLiteral("layer") : wanted;
    QString name = base;
    for (int k = 2; taken(name); ++k)
        name = QStringLiteral("%1 %2").arg(base).arg(k);
    return name;
}

int layerOfRole(const QVector<FeatureLayer>& layers, LayerRole role) {
    for (int i = 0; i < layers.size(); ++i)
        if (layers[i].role == role)
            return i;
    return -1;
}

} // namespace

QStringList LayerImporter::mergeInto(QVector<FeatureLayer>& layers, const ImportResult& result) {
    QStringList changes;
    FeatureLayer incoming = result.roleLayer;
    const LayerRole role = incoming.role;
    const int existing = role == LayerRole::Other ? -1 : layerOfRole(layers, role);
    if (existing >= 0 && layers[existing].crs != incoming.crs) {
        // Keep the project's layer in its CRS: bring the imported features to it.
        auto transformer = CoordinateTransformer::create(incoming.crs, layers[existing].crs);
        if (transformer.isOk()) {
            auto moved = transformer.value().transform(incoming);
            if (moved.isOk())
                incoming = std::move(moved.value());
        }
    }
    if (existing >= 0 && roleLinksToRegions(role)) {
        FeatureLayer& target = layers[existing];
        int replaced = 0;
        int added = 0;
        QSet<QString> newCodes;
        for (const Feature& f : std::as_const(incoming.features))
            newCodes.insert(f.regionCode);
        QVector<Feature> kept;
        for (const Feature& old : std::as_const(target.features)) {
            if (!old.regionCode.isEmpty() && newCodes.contains(old.regionCode))
                ++replaced;
            else
                kept.append(old);
        }
        added = static_cast<int>(incoming.features.size()) - replaced;
        const bool keepsOld = !kept.isEmpty();
        target.features = kept + incoming.features;
        if (target.schematic && !keepsOld)
            target.schematic = false;
        target.updateBounds();
        changes.append(
            QCoreApplication::translate("geo", "layer \"%1\": %2 region geometries replaced, %3 added")
                .arg(target.name)
                .arg(replaced)
                .arg(added));
        if (target.schematic)
            changes.append(
                QCoreApplication::translate(
                    "geo",
                    "layer \"%1\" still holds schematic geometry for %2 regions and stays marked schematic")
                    .arg(target.name)
                    .arg(kept.size()));
    } else if (existing >= 0) {
        const QString oldName = layers[existing].name;
        incoming.name = uniqueName(layers, incoming.name, existing);
        layers[existing] = incoming;
        changes.append(QCoreApplication::translate("geo", "layer \"%1\" replaced by \"%2\" (%3 features)")
                           .arg(oldName, incoming.name)
                           .arg(incoming.features.size()));
    } else if (!incoming.features.isEmpty()) {
        incoming.name = uniqueName(layers, incoming.name);
        layers.append(incoming);
        changes.append(QCoreApplication::translate("geo", "layer \"%1\" added (%2 features)")
                           .arg(incoming.name)
                           .arg(incoming.features.size()));
    }
    if (!result.unmatchedLayer.features.isEmpty()) {
        FeatureLayer extra = result.unmatchedLayer;
        extra.name = uniqueName(layers, QCoreApplication::translate("geo", "%1 (unmatched)").arg(extra.name));
        layers.append(extra);
        changes.append(QCoreApplication::translate("geo", "layer \"%1\" added with the %2 unmatched features")
                           .arg(extra.name)
                           .arg(extra.features.size()));
    }
    return changes;
}

QString ImportReport::text() const {
    QStringList all = lines;
    for (const QString& w : warnings)
        all.append(QCoreApplication::translate("geo", "Warning: %1").arg(w));
    return all.join(QLatin1Char('\n'));
}

core::Result<ImportResult> LayerImporter::import(const QString& path, const ImportOptions& options,
                                                 core::Feedback* feedback) {
    const ErrorLocation where{QDir::toNativeSeparators(path).toStdString()};
    ImportResult result;
    ImportReport& report = result.report;
    if (feedback)
        feedback->setProgress(0.0);

    // 1. Read (the encoding is detected inside the reader for shapefiles).
    ReadOptions readOptions;
    readOptions.layerName = options.layerName;
    readOptions.encoding = options.encoding;
    readOptions.crs = options.crs;
    readOptions.codeField = options.codeField;
    readOptions.nameField = options.nameField;
    // Polygon checks start while GDAL is still parsing: the GEOS work overlaps the read.
    GeometryRepairSession repairSession;
    readOptions.onFeature = [&repairSession](int index, const Feature& feature, GeometryKind kind) {
        if (kind == GeometryKind::Polygon)
            repairSession.add(index, feature);
    };
    auto read = LayerReader::readDetailed(path, readOptions);
    if (read.hasError())
        return read.error();
    FeatureLayer layer = std::move(read.value().layer);
    const LayerReadInfo& info = read.value().info;
    layer.role = options.role;
    report.featureCount = static_cast<int>(layer.features.size());
    report.lines.append(QCoreApplication::translate("geo", "read layer \"%1\" (%2) with %3 features")
                            .arg(layer.name, info.driver)
                            .arg(report.featureCount));
    if (info.layerNames.size() > 1)
        report.lines.append(QCoreApplication::translate(
                                "geo", "the file has %1 layers (%2); pass the layer name to import another")
                                .arg(info.layerNames.size())
                                .arg(info.layerNames.join(QStringLiteral(", "))));
    if (info.encoding) {
        report.encoding = info.encoding->encoding;
        report.lines.append(
            QCoreApplication::translate("geo", "text encoding: %1").arg(info.encoding->detail));
        if (info.encoding->source == EncodingSource::Default)
            report.warnings.append(info.encoding->detail);
        QStringList sample;
        for (int i = 0; i < layer.features.size() && sample.size() < 4; ++i)
            if (!layer.features[i].name.isEmpty())
                sample.append(layer.features[i].name);
        if (!sample.isEmpty())
            report.lines.append(QCoreApplication::translate("geo", "names as read: %1")
                                    .arg(sample.join(QStringLiteral(", "))));
    }
    if (layer.features.isEmpty())
        return Error(ErrorCode::InvalidValue,
                     QCoreApplication::translate("geo", "the layer has no features").toStdString(), where);
    if (!options.matchField.isEmpty()) {
        const bool anyHas =
            std::any_of(layer.features.cbegin(), layer.features.cend(),
                        [&](const Feature& f) { return f.attributes.contains(options.matchField); });
        if (!anyHas)
            return Error(ErrorCode::InvalidValue,
                         QCoreApplication::translate("geo", "no feature has the match field \"%1\"")
                             .arg(options.matchField)
                             .toStdString(),
                         where);
    }
    if (cancelled(feedback))
        return cancelledError(path);
    if (feedback)
        feedback->setProgress(30.0);

    // 2. CRS: declared, offered (China degrees) or refused (projected without CRS).
    bool crsDeclared = info.crsDeclared;
    const QRectF& b = layer.bounds;
    const bool degreesRange = b.left() >= -180 && b.right() <= 180 && b.top() >= -90 && b.bottom() <= 90;
    if (crsDeclared &&
        CoordinateTransformer::normalizedCrs(layer.crs) == CoordinateTransformer::storageCrs() &&
        !degreesRange && options.crs.isEmpty()) {
        // GeoJSON's implicit WGS 84 on metre coordinates: the label is wrong, so treat the CRS as missing.
        report.warnings.append(
            QCoreApplication::translate(
                "geo", "the file claims degrees (%1) but its coordinates are not; the CRS is ignored")
                .arg(layer.crs.left(40)));
        crsDeclared = false;
    }
    const CrsGuess guess = CrsGuesser::guess(layer.bounds, crsDeclared, options.projectArea);
    if (guess.decision == CrsDecision::Refused)
        return Error(ErrorCode::UnsupportedFormat, guess.message.toStdString(), where);
    if (guess.decision == CrsDecision::Offered) {
        if (!options.acceptOfferedCrs)
            return Error(ErrorCode::UnsupportedFormat, guess.message.toStdString(), where);
        layer.crs = guess.offeredCrs;
        report.warnings.append(guess.message);
    }
    report.sourceCrs = layer.crs;
    const QString crsName = CoordinateTransformer::crsName(layer.crs);
    report.lines.append(
        QCoreApplication::translate("geo", "source CRS: %1%2")
            .arg(layer.crs.left(120),
                 crsName.isEmpty() ? QString() : QStringLiteral(" (") + crsName + QLatin1Char(')')));

    // 3. Geometry repair (in the source CRS) and empty/null reports.
    if (info.multiPartCount > 0 && info.singlePartCount > 0)
        report.lines.append(
            QCoreApplication::translate(
                "geo", "%1 single-part and %2 multi-part features: all are stored as multi-part")
                .arg(info.singlePartCount)
                .arg(info.multiPartCount));
    for (qint64 id : info.otherKindIds)
        report.warnings.append(
            QCoreApplication::translate(
                "geo", "feature %1 has a geometry of another kind than the layer; its geometry is dropped")
                .arg(id));
    {
        StepFeedback step(feedback, 30.0, 75.0);
        report.issues = repairSession.finish(layer, &step);
        if (cancelled(feedback) || step.isCancelled())
            return cancelledError(path);
    }
    const QSet<qint64> nullIds(info.nullGeometryIds.cbegin(), info.nullGeometryIds.cend());
    for (const GeometryIssue& issue : std::as_const(report.issues)) {
        const QString line =
            QCoreApplication::translate("geo", "feature %1 %2: %3")
                .arg(issue.featureId)
                .arg(issue.featureName.isEmpty() ? QString() : QStringLiteral("(%1)").arg(issue.featureName),
                     issueKindText(issue.kind, nullIds.contains(issue.featureId)));
        switch (issue.kind) {
        case GeometryIssueKind::Repaired:
            ++report.repairedCount;
            report.lines.append(line);
            break;
        case GeometryIssueKind::Unrepairable:
            ++report.unrepairableCount;
            report.warnings.append(line);
            break;
        case GeometryIssueKind::Empty:
            ++report.emptyCount;
            report.warnings.append(line);
            break;
        case GeometryIssueKind::TooComplex:
            ++report.unrepairableCount;
            report.warnings.append(line);
            break;
        }
    }
    report.lines.append(
        QCoreApplication::translate("geo", "geometry check: %1 repaired, %2 not repairable, %3 empty or null")
            .arg(report.repairedCount)
            .arg(report.unrepairableCount)
            .arg(report.emptyCount));
    // A feature without usable geometry would blank or degrade the boundary it replaces (a truncated
    // shapefile, a null geometry, a ring GEOS cannot repair): the import is refused, all or nothing.
    {
        QStringList unusable;
        for (const GeometryIssue& issue : std::as_const(report.issues)) {
            if (issue.kind == GeometryIssueKind::Repaired)
                continue;
            if (unusable.size() < 5)
                unusable.append(QCoreApplication::translate("geo", "feature %1 %2: %3")
                                    .arg(issue.featureId)
                                    .arg(issue.featureName.isEmpty()
                                             ? QString()
                                             : QStringLiteral("(%1)").arg(issue.featureName),
                                         issue.kind == GeometryIssueKind::TooComplex
                                             ? issue.detail
                                             : issueKindText(issue.kind, nullIds.contains(issue.featureId))));
            else if (unusable.size() == 5)
                unusable.append(QStringLiteral("…"));
        }
        if (!unusable.isEmpty())
            return Error(ErrorCode::InvalidValue,
                         QCoreApplication::translate(
                             "geo",
                             "%1 features have no usable geometry, so importing them would blank or "
                             "degrade boundaries; nothing was imported. Fix the file (is it truncated?) "
                             "and import again: %2")
                             .arg(report.emptyCount + report.unrepairableCount)
                             .arg(unusable.join(QStringLiteral("; ")))
                             .toStdString(),
                         where);
    }

    // 4. Reprojection to the storage CRS.
    auto transformer = CoordinateTransformer::create(layer.crs, options.storageCrs);
    if (transformer.hasError())
        return transformer.error().locatedIn(where);
    if (transformer.value().isIdentity()) {
        if (CoordinateTransformer::normalizedCrs(layer.crs) == CoordinateTransformer::storageCrs() &&
            layer.crs.trimmed().toUpper() != CoordinateTransformer::storageCrs())
            report.lines.append(CoordinateTransformer::cgcs2000Note());
        layer.crs = transformer.value().targetCrs();
    } else {
        StepFeedback step(feedback, 75.0, 95.0);
        auto transformed = transformer.value().transform(layer, &step);
        if (transformed.hasError())
            return transformed.error().locatedIn(where);
        layer = std::move(transformed.value());
        report.lines.append(QCoreApplication::translate("geo", "transformed from %1 to %2")
                                .arg(report.sourceCrs.left(120), layer.crs));
    }
    if (cancelled(feedback))
        return cancelledError(path);
    if (layer.crs == CoordinateTransformer::storageCrs()) {
        if (!CrsGuesser::isChinaDegrees(layer.bounds))
            return Error(
                ErrorCode::InvalidValue,
                QCoreApplication::translate("geo", "in the CRS %1 the layer lies (partly) outside China, so "
                                                   "the CRS is probably wrong; nothing was imported")
                    .arg(report.sourceCrs.left(60))
                    .toStdString(),
                where);
        else if (!options.projectArea.isEmpty() && !layer.bounds.intersects(options.projectArea))
            report.warnings.append(
                QCoreApplication::translate("geo", "the layer does not overlap the project area"));
    }

    // 5. Re-linking to the project regions (proposed; the caller applies it by saving the layers).
    layer.role = options.role;
    FeatureLayer unmatched;
    unmatched.name = layer.name;
    unmatched.role = LayerRole::Other;
    unmatched.geometryKind = layer.geometryKind;
    unmatched.crs = layer.crs;
    unmatched.schematic = layer.schematic;
    if (roleLinksToRegions(options.role) && !options.regions.isEmpty()) {
        result.match = RegionMatcher::match(layer, options.regions, options.matchField);
        const RegionMatchResult& m = result.match;
        RegionMatcher::apply(layer, m);
        int byName = 0;
        for (const FeatureMatch& fm : m.matches)
            byName += fm.method == MatchMethod::Name ? 1 : 0;
        report.lines.append(
            QCoreApplication::translate(
                "geo", "re-linking: %1 of %2 regions matched (%3 by name), %4 ambiguous, %5 features "
                       "unmatched")
                .arg(m.matches.size())
                .arg(options.regions.size())
                .arg(byName)
                .arg(m.ambiguities.size())
                .arg(m.unmatchedFeatures.size()));
        for (const MatchAmbiguity& a : m.ambiguities)
            report.warnings.append(QCoreApplication::translate("geo", "ambiguous: %1").arg(a.detail));
        if (!m.unmatchedRegions.isEmpty())
            report.warnings.append(QCoreApplication::translate(
                                       "geo", "regions without a feature (keep their current geometry): %1")
                                       .arg(m.unmatchedRegions.join(QStringLiteral(", "))));
        QSet<int> matchedIndexes;
        for (const FeatureMatch& fm : m.matches)
            matchedIndexes.insert(fm.featureIndex);
        FeatureLayer linked = layer;
        linked.features.clear();
        for (int i = 0; i < layer.features.size(); ++i)
            (matchedIndexes.contains(i) ? linked : unmatched).features.append(layer.features[i]);
        layer = std::move(linked);
    } else if (roleLinksToRegions(options.role)) {
        report.warnings.append(
            QCoreApplication::translate("geo", "no project regions given: nothing is re-linked"));
        unmatched.features = layer.features;
        layer.features.clear();
    }
    layer.updateBounds();
    unmatched.updateBounds();
    if (!unmatched.features.isEmpty())
        report.lines.append(QCoreApplication::translate("geo", "%1 features kept as an ordinary layer")
                                .arg(unmatched.features.size()));
    result.roleLayer = std::move(layer);
    result.unmatchedLayer = std::move(unmatched);
    if (feedback)
        feedback->setProgress(100.0);
    return result;
}

} // namespace jieshui::geo
