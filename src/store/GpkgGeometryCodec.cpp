// SPDX-License-Identifier: GPL-3.0-or-later
#include "GpkgGeometryCodec.h"

#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace jieshui::store {

namespace {

enum WkbType : quint32 {
    WkbPoint = 1,
    WkbLineString = 2,
    WkbPolygon = 3,
    WkbMultiPoint = 4,
    WkbMultiLineString = 5,
    WkbMultiPolygon = 6
};

class Writer {
public:
    void byte(quint8 b) { m_out.append(static_cast<char>(b)); }
    void uint32(quint32 v) {
        char buf[4];
        qToLittleEndian(v, buf);
        m_out.append(buf, 4);
    }
    void int32(qint32 v) { uint32(static_cast<quint32>(v)); }
    void real(double v) {
        quint64 bits = 0;
        std::memcpy(&bits, &v, sizeof bits);
        char buf[8];
        qToLittleEndian(bits, buf);
        m_out.append(buf, 8);
    }
    void header(quint32 type) {
        byte(1); // little-endian WKB
        uint32(type);
    }
    void points(const QPolygonF& ring) {
        uint32(static_cast<quint32>(ring.size()));
        for (const QPointF& p : ring) {
            real(p.x());
            real(p.y());
        }
    }
    QByteArray& bytes() { return m_out; }

private:
    QByteArray m_out;
};

class Reader {
public:
    explicit Reader(const QByteArray& bytes, int offset) : m_bytes(bytes), m_pos(offset) {}
    bool ok() const { return m_ok; }
    int position() const { return m_pos; }
    bool need(int n) {
        if (m_pos + n > m_bytes.size())
            m_ok = false;
        return m_ok;
    }
    quint8 byte() {
        if (!need(1))
            return 0;
        return static_cast<quint8>(m_bytes[m_pos++]);
    }
    quint32 uint32(bool little) {
        if (!need(4))
            return 0;
        const auto* p = m_bytes.constData() + m_pos;
        m_pos += 4;
        return little ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
    }
    double real(bool little) {
        if (!need(8))
            return 0.0;
        const auto* p = m_bytes.constData() + m_pos;
        m_pos += 8;
        const quint64 bits = little ? qFromLittleEndian<quint64>(p) : qFromBigEndian<quint64>(p);
        double v = 0.0;
        std::memcpy(&v, &bits, sizeof v);
        return v;
    }
    void skip(int n) {
        if (need(n))
            m_pos += n;
    }
    QPolygonF points(bool little) {
        const quint32 n = uint32(little);
        QPolygonF ring;
        // Each point takes 16 bytes: a count larger than the rest of the blob is damage, not a size.
        if (!m_ok || static_cast<qint64>(n) * 16 > m_bytes.size() - m_pos) {
            m_ok = false;
            return ring;
        }
        ring.reserve(static_cast<int>(n));
        for (quint32 i = 0; i < n; ++i) {
            const double x = real(little);
            const double y = real(little);
            ring.append(QPointF(x, y));
        }
        return ring;
    }

private:
    const QByteArray& m_bytes;
    int m_pos = 0;
    bool m_ok = true;
};

bool readGeometry(Reader& in, DecodedGeometry& out, int depth) {
    const bool little = in.byte() == 1;
    const quint32 type = in.uint32(little);
    if (!in.ok() || depth > 1)
        return false;
    switch (type) {
    case WkbPoint: {
        const double x = in.real(little);
        const double y = in.real(little);
        out.kind = geo::GeometryKind::Point;
        out.rings.append(QPolygonF({QPointF(x, y)}));
        return in.ok();
    }
    case WkbLineString:
        out.kind = geo::GeometryKind::Line;
        out.rings.append(in.points(little));
        return in.ok();
    case WkbPolygon: {
        out.kind = geo::GeometryKind::Polygon;
        const quint32 n = in.uint32(little);
        if (n > 0)
            out.partStarts.append(out.rings.size());
        for (quint32 i = 0; i < n && in.ok(); ++i)
            out.rings.append(in.points(little));
        return in.ok();
    }
    case WkbMultiPoint:
    case WkbMultiLineString:
    case WkbMultiPolygon: {
        const quint32 n = in.uint32(little);
        for (quint32 i = 0; i < n && in.ok(); ++i)
            if (!readGeometry(in, out, depth + 1))
                return false;
        if (n == 0)
            out.kind = type == WkbMultiPolygon ? geo::GeometryKind::Polygon
                       : type == WkbMultiPoint ? geo::GeometryKind::Point
                                               : geo::GeometryKind::Line;
        return in.ok();
    }
    default:
        return false;
    }
}

} // namespace

const char* GpkgGeometryCodec::geometryTypeName(geo::GeometryKind kind) {
    switch (kind) {
    case geo::GeometryKind::Polygon:
        return "MULTIPOLYGON";
    case geo::GeometryKind::Line:
        return "MULTILINESTRING";
    case geo::GeometryKind::Point:
        return "POINT";
    }
    return "GEOMETRY";
}

QByteArray GpkgGeometryCodec::encode(const geo::Feature& feature, geo::GeometryKind kind, int srsId) {
    double minX = std::numeric_limits<double>::infinity();
    double minY = minX;
    double maxX = -minX;
    double maxY = -minX;
    for (const QPolygonF& ring : feature.rings)
        for (const QPointF& p : ring) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
    const bool empty = minX > maxX;

    Writer w;
    w.byte('G');
    w.byte('P');
    w.byte(0); // version 1
    // Flags: bit 0 little-endian; bits 1-3 envelope [minx, maxx, miny, maxy] (1) or none (0); bit 4 empty.
    const bool withEnvelope = !empty && kind != geo::GeometryKind::Point;
    w.byte(static_cast<quint8>(0x01 | (withEnvelope ? 0x02 : 0x00) | (empty ? 0x10 : 0x00)));
    w.int32(srsId);
    if (withEnvelope) {
        w.real(minX);
        w.real(maxX);
        w.real(minY);
        w.real(maxY);
    }

    switch (kind) {
    case geo::GeometryKind::Point: {
        w.header(WkbPoint);
        if (empty) {
            // An empty point is POINT(NaN NaN) in GeoPackage.
            w.real(std::numeric_limits<double>::quiet_NaN());
            w.real(std::numeric_limits<double>::quiet_NaN());
        } else {
            // The first point of any ring: a decoded multipoint may begin with an empty one.
            const auto ring = std::find_if(feature.rings.begin(), feature.rings.end(),
                                           [](const QPolygonF& r) { return !r.isEmpty(); });
            const QPointF p = ring->front(); // not empty: some ring has a point
            w.real(p.x());
            w.real(p.y());
        }
        break;
    }
    case geo::GeometryKind::Line: {
        w.header(WkbMultiLineString);
        w.uint32(static_cast<quint32>(feature.rings.size()));
        for (const QPolygonF& line : feature.rings) {
            w.header(WkbLineString);
            w.points(line);
        }
        break;
    }
    case geo::GeometryKind::Polygon: {
        QVector<int> starts = feature.partStarts;
        if (starts.isEmpty() && !feature.rings.isEmpty())
            starts.append(0);
        w.header(WkbMultiPolygon);
        w.uint32(static_cast<quint32>(starts.size()));
        for (int part = 0; part < starts.size(); ++part) {
            const int first = starts[part];
            const int end =
                part + 1 < starts.size() ? starts[part + 1] : static_cast<int>(feature.rings.size());
            w.header(WkbPolygon);
            w.uint32(static_cast<quint32>(end - first));
            for (int r = first; r < end; ++r)
                w.points(feature.rings[r]);
        }
        break;
    }
    }
    return w.bytes();
}

core::Result<DecodedGeometry> GpkgGeometryCodec::decode(const QByteArray& blob) {
    const auto bad = [](const char* why) {
        return core::Error(core::ErrorCode::ParseError, std::string("bad GeoPackage geometry: ") + why);
    };
    if (blob.size() < 8 || blob[0] != 'G' || blob[1] != 'P')
        return bad("no 'GP' magic");
    if (blob[2] != 0)
        return bad("unknown version");
    const auto flags = static_cast<quint8>(blob[3]);
    if ((flags & 0x20) != 0)
        return bad("extended geometry types are not supported");
    const bool little = (flags & 0x01) != 0;
    const int envelope = (flags >> 1) & 0x07;
    static constexpr int kEnvelopeBytes[] = {0, 32, 48, 48, 64};
    if (envelope > 4)
        return bad("invalid envelope indicator");
    DecodedGeometry out;
    out.isEmpty = (flags & 0x10) != 0;
    const char* srs = blob.constData() + 4;
    out.srsId = static_cast<int>(little ? qFromLittleEndian<qint32>(srs) : qFromBigEndian<qint32>(srs));
    Reader in(blob, 8);
    in.skip(kEnvelopeBytes[envelope]);
    if (!in.ok() || !readGeometry(in, out, 0))
        return bad("truncated or unsupported WKB");
    // An empty point: POINT(NaN NaN), or a part without a point.
    if (out.kind == geo::GeometryKind::Point && out.rings.size() == 1 &&
        (out.rings[0].isEmpty() || std::isnan(out.rings[0][0].x())))
        out.rings.clear();
    return out;
}

} // namespace jieshui::store
