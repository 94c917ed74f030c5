// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/CoordinateTransformer.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>
#include <proj.h>

namespace jieshui::geo {

namespace {

using core::Error;
using core::ErrorCode;

/** PROJ takes "+proj=..." as a coordinate operation unless told it is a CRS. */
QByteArray projInput(const QString& crs) {
    QString s = crs.trimmed();
    if (s.startsWith(QLatin1Char('+')) && !s.contains(QLatin1String("+type=crs")))
        s += QLatin1String(" +type=crs");
    return s.toUtf8();
}

bool isGeographicCgcsOrWgs(const QString& crs) {
    const QString c = crs.trimmed().toUpper();
    return c == QLatin1String("EPSG:4490") || c == QLatin1String("EPSG:4326") || c == QLatin1String("4490") ||
           c == QLatin1String("4326") || c == QLatin1String("OGC:CRS84") || c == QLatin1String("CRS:84");
}

/** "EPSG:n" for "n" or "epsg:n"; other forms unchanged. */
QString withAuthority(const QString& crs) {
    const QString t = crs.trimmed();
    bool isNumber = false;
    const int code = t.toInt(&isNumber);
    if (isNumber && code > 0)
        return QStringLiteral("EPSG:%1").arg(code);
    if (t.startsWith(QLatin1String("epsg:"), Qt::CaseInsensitive))
        return QStringLiteral("EPSG:") + t.mid(5).trimmed();
    return t;
}

} // namespace

struct CoordinateTransformer::Impl {
    PJ_CONTEXT* context = nullptr;
    PJ* transformation = nullptr; // null for the identity
    ~Impl() {
        if (transformation)
            proj_destroy(transformation);
        if (context)
            proj_context_destroy(context);
    }
};

CoordinateTransformer::CoordinateTransformer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
CoordinateTransformer::CoordinateTransformer(CoordinateTransformer&& other) noexcept = default;
CoordinateTransformer& CoordinateTransformer::operator=(CoordinateTransformer&& other) noexcept = default;
CoordinateTransformer::~CoordinateTransformer() = default;

QString CoordinateTransformer::normalizedCrs(const QString& crs) {
    if (isGeographicCgcsOrWgs(crs))
        return storageCrs();
    return withAuthority(crs);
}

QString CoordinateTransformer::cgcs2000Note() {
    return QCoreApplication::translate(
        "geo",
        "CGCS2000 (EPSG:4490) and WGS 84 (EPSG:4326) differ by centimetres; they are treated as the same "
        "datum. Boundaries from web maps (AMap/DataV) are often GCJ-02 and sit 300-600 m off.");
}

QString CoordinateTransformer::crsName(const QString& crs) {
    PJ_CONTEXT* ctx = proj_context_create();
    proj_log_level(ctx, PJ_LOG_NONE);
    QString name;
    // The CRS as given, not as normalized: EPSG:4326 is named WGS 84 even though it is stored as CGCS2000.
    if (PJ* obj = proj_create(ctx, projInput(withAuthority(crs)).constData())) {
        // PROJ names an ad-hoc CRS from a PROJ string "unknown": say nothing rather than that.
        if (const char* n = proj_get_name(obj); n && QLatin1String(n) != QLatin1String("unknown"))
            name = QString::fromUtf8(n);
        proj_destroy(obj);
    }
    proj_context_destroy(ctx);
    return name;
}

core::Result<CoordinateTransformer> CoordinateTransformer::create(const QString& sourceCrs,
                                                                  const QString& targetCrs) {
    const QString source = normalizedCrs(sourceCrs);
    const QString target = normalizedCrs(targetCrs);
    if (source.isEmpty() || target.isEmpty())
        return Error(ErrorCode::UnsupportedFormat,
                     QCoreApplication::translate("geo", "no CRS given for the transformation").toStdString());
    auto impl = std::make_unique<Impl>();
    if (source != target) {
        impl->context = proj_context_create();
        proj_log_level(impl->context, PJ_LOG_NONE);
        // Validate each side separately so the message names the CRS PROJ cannot read.
        for (const QString& crs : {source, target}) {
            PJ* obj = proj_create(impl->context, projInput(crs).constData());
            const bool isCrs = obj && proj_is_crs(obj);
            if (obj)
                proj_destroy(obj);
            if (!isCrs)
                return Error(ErrorCode::UnsupportedFormat,
                             QCoreApplication::translate("geo", "PROJ does not know the CRS \"%1\"")
                                 .arg(crs.left(200))
                                 .toStdString());
        }
        PJ* raw = proj_create_crs_to_crs(impl->context, projInput(source).constData(),
                                         projInput(target).constData(), nullptr);
        if (!raw)
            return Error(ErrorCode::UnsupportedFormat,
                         QCoreApplication::translate("geo", "no transformation from %1 to %2")
                             .arg(source.left(200), target.left(200))
                             .toStdString());
        impl->transformation = proj_normalize_for_visualization(impl->context, raw);
        proj_destroy(raw);
        if (!impl->transformation)
            return Error(ErrorCode::UnsupportedFormat,
                         QCoreApplication::translate("geo", "no transformation from %1 to %2")
                             .arg(source.left(200), target.left(200))
                             .toStdString());
    }
    CoordinateTransformer transformer(std::move(impl));
    transformer.m_sourceCrs = source;
    transformer.m_targetCrs = target;
    return transformer;
}

bool CoordinateTransformer::isIdentity() const {
    return m_impl->transformation == nullptr;
}

QPointF CoordinateTransformer::transform(const QPointF& point) const {
    if (isIdentity())
        return point;
    PJ_COORD c = proj_coord(point.x(), point.y(), 0, 0);
    PJ_COORD out = proj_trans(m_impl->transformation, PJ_FWD, c);
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y) || out.xy.x == HUGE_VAL)
        return QPointF(nan, nan);
    return QPointF(out.xy.x, out.xy.y);
}

int CoordinateTransformer::transformInPlace(QPolygonF& points) const {
    if (isIdentity() || points.isEmpty())
        return 0;
    const size_t n = static_cast<size_t>(points.size());
    constexpr size_t stride = sizeof(QPointF);
    proj_trans_generic(m_impl->transformation, PJ_FWD, &points[0].rx(), stride, n, &points[0].ry(), stride, n,
                       nullptr, 0, 0, nullptr, 0, 0);
    int failed = 0;
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    for (QPointF& p : points) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || std::abs(p.x()) >= HUGE_VAL) {
            p = QPointF(nan, nan);
            ++failed;
        }
    }
    return failed;
}

core::Result<FeatureLayer> CoordinateTransformer::transform(const FeatureLayer& layer,
                                                            core::Feedback* feedback) const {
    FeatureLayer out = layer;
    out.crs = m_targetCrs;
    if (!isIdentity()) {
        const int total = static_cast<int>(out.features.size());
        for (int i = 0; i < total; ++i) {
            if (feedback && (i % 64) == 0) {
                if (feedback->isCancelled())
                    return Error(
                        ErrorCode::Cancelled,
                        QCoreApplication::translate("geo", "the transformation was cancelled").toStdString());
            }
            Feature& feature = out.features[i];
            for (QPolygonF& ring : feature.rings) {
                if (transformInPlace(ring) > 0)
                    return Error(
                        ErrorCode::InvalidValue,
                        QCoreApplication::translate(
                            "geo", "feature %1 (%2) has points that cannot be transformed from %3 to %4")
                            .arg(feature.id)
                            .arg(feature.name, m_sourceCrs.left(80), m_targetCrs.left(80))
                            .toStdString());
            }
        }
    }
    out.updateBounds();
    return out;
}

} // namespace jieshui::geo
