// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/GpkgGeometryCodec.h"

#include <QDir>
#include <QFile>
#include <QtEndian>
#include <cstring>
#include <gtest/gtest.h>

using namespace jieshui;
using store::GpkgGeometryCodec;

namespace {

double readDouble(const QByteArray& b, int offset) {
    const quint64 bits = qFromLittleEndian<quint64>(b.constData() + offset);
    double v = 0.0;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}

} // namespace

TEST(GpkgGeometryCodec, writesTheGeoPackageHeaderWithEnvelope) {
    // Given a one-ring polygon
    geo::Feature f;
    f.rings = {QPolygonF({{1.0, 2.0}, {3.0, 2.0}, {3.0, 5.0}, {1.0, 2.0}})};
    // When it is encoded for srs 4490
    const QByteArray blob = GpkgGeometryCodec::encode(f, geo::GeometryKind::Polygon, 4490);
    // Then the header is 'GP', version 0, flags 0x03 (little-endian, XY envelope), srs 4490, envelope
    ASSERT_GE(blob.size(), 40);
    EXPECT_EQ(blob[0], 'G');
    EXPECT_EQ(blob[1], 'P');
    EXPECT_EQ(blob[2], 0);
    EXPECT_EQ(static_cast<quint8>(blob[3]), 0x03);
    EXPECT_EQ(qFromLittleEndian<qint32>(blob.constData() + 4), 4490);
    EXPECT_EQ(readDouble(blob, 8), 1.0);  // min x
    EXPECT_EQ(readDouble(blob, 16), 3.0); // max x
    EXPECT_EQ(readDouble(blob, 24), 2.0); // min y
    EXPECT_EQ(readDouble(blob, 32), 5.0); // max y
    // and the WKB is a little-endian MultiPolygon (type 6) of 1 polygon of 1 ring of 4 points:
    // 40 header + (1+4+4) + (1+4+4) + 4 + 4*16 = 126 bytes
    EXPECT_EQ(blob[40], 1);
    EXPECT_EQ(qFromLittleEndian<quint32>(blob.constData() + 41), 6u);
    EXPECT_EQ(blob.size(), 126);
}

TEST(GpkgGeometryCodec, roundTripsMultiPolygonWithHole) {
    // Given two polygon parts, the first with a hole
    geo::Feature f;
    f.rings = {QPolygonF({{0, 0}, {10, 0}, {10, 10}, {0, 0}}), QPolygonF({{1, 1}, {2, 1}, {2, 2}, {1, 1}}),
               QPolygonF({{20, 20}, {30, 20}, {30, 30}, {20, 20}})};
    f.partStarts = {0, 2};
    // When encoded and decoded
    auto decoded = GpkgGeometryCodec::decode(GpkgGeometryCodec::encode(f, geo::GeometryKind::Polygon, 4545));
    // Then rings, parts and srs come back unchanged
    ASSERT_TRUE(decoded.isOk()) << decoded.error().toString();
    EXPECT_EQ(decoded.value().kind, geo::GeometryKind::Polygon);
    EXPECT_EQ(decoded.value().srsId, 4545);
    EXPECT_EQ(decoded.value().rings, f.rings);
    EXPECT_EQ(decoded.value().partStarts, f.partStarts);
}

TEST(GpkgGeometryCodec, roundTripsLinesAndPoints) {
    // Given a two-part line and a point
    geo::Feature line;
    line.rings = {QPolygonF({{0, 0}, {1, 1}}), QPolygonF({{2, 2}, {3, 3}, {4, 2}})};
    geo::Feature point;
    point.rings = {QPolygonF({{108.6, 21.9}})};
    // When encoded and decoded
    auto l = GpkgGeometryCodec::decode(GpkgGeometryCodec::encode(line, geo::GeometryKind::Line, 4490));
    const QByteArray pointBlob = GpkgGeometryCodec::encode(point, geo::GeometryKind::Point, 4490);
    auto p = GpkgGeometryCodec::decode(pointBlob);
    // Then both come back; the point has no envelope (flags 0x01), so 8 + 21 bytes
    ASSERT_TRUE(l.isOk());
    EXPECT_EQ(l.value().kind, geo::GeometryKind::Line);
    EXPECT_EQ(l.value().rings, line.rings);
    ASSERT_TRUE(p.isOk());
    EXPECT_EQ(p.value().kind, geo::GeometryKind::Point);
    EXPECT_EQ(p.value().rings, point.rings);
    EXPECT_EQ(static_cast<quint8>(pointBlob[3]), 0x01);
    EXPECT_EQ(pointBlob.size(), 29);
}

TEST(GpkgGeometryCodec, aPointWhoseFirstPartIsEmptyIsWrittenFromItsFirstPoint) {
    // Given a point decoded from a multipoint whose first part is empty (a blob the fuzzer made)
    geo::Feature point;
    point.rings = {QPolygonF(), QPolygonF({{108.6, 21.9}})};
    // When encoded, then decoded: the point that exists, no read of an empty part
    auto p = GpkgGeometryCodec::decode(GpkgGeometryCodec::encode(point, geo::GeometryKind::Point, 4490));
    ASSERT_TRUE(p.isOk()) << p.error().toString();
    EXPECT_EQ(p.value().rings, QList<QPolygonF>{QPolygonF({{108.6, 21.9}})});
}

TEST(GpkgGeometryCodec, everyBlobTheFuzzerBrokeItWithDecodesAndReencodes) {
    // The fuzzer's findings, kept in its seed corpus as regression-*: a point part without a point, a
    // multipoint beginning with an empty part (the sanitizer build reads them as the fuzzer did)
    const QDir corpus(QStringLiteral(JIESHUI_SOURCE_DIR "/fuzz/corpus/gpkg_geometry"));
    const QStringList blobs = corpus.entryList({QStringLiteral("regression-*")}, QDir::Files);
    ASSERT_GE(blobs.size(), 2) << corpus.path().toStdString();
    for (const QString& name : blobs) {
        QFile file(corpus.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        auto decoded = GpkgGeometryCodec::decode(file.readAll());
        if (decoded.hasError())
            continue; // refused with a message: fine
        geo::Feature f;
        f.rings = decoded.value().rings;
        f.partStarts = decoded.value().partStarts;
        const auto again = GpkgGeometryCodec::decode(
            GpkgGeometryCodec::encode(f, decoded.value().kind, decoded.value().srsId));
        ASSERT_TRUE(again.isOk()) << name.toStdString();
        EXPECT_EQ(again.value().kind, decoded.value().kind) << name.toStdString();
    }
}

TEST(GpkgGeometryCodec, readsBigEndianWkbPolygon) {
    // Given a hand-built blob: header without envelope, then a big-endian WKB Polygon of one ring
    QByteArray blob("GP\x00\x01", 4);
    blob.append("\xAA\x11\x00\x00", 4); // srs 4522 little-endian
    blob.append('\x00');                // big-endian WKB
    char buf[8];
    qToBigEndian<quint32>(3, buf);
    blob.append(buf, 4);
    qToBigEndian<quint32>(1, buf);
    blob.append(buf, 4);
    qToBigEndian<quint32>(2, buf);
    blob.append(buf, 4);
    for (double v : {1.5, 2.5, 3.5, 4.5}) {
        quint64 bits = 0;
        std::memcpy(&bits, &v, sizeof bits);
        qToBigEndian(bits, buf);
        blob.append(buf, 8);
    }
    // When decoded
    auto g = GpkgGeometryCodec::decode(blob);
    // Then one polygon part with the two points
    ASSERT_TRUE(g.isOk()) << g.error().toString();
    EXPECT_EQ(g.value().srsId, 0x11AA);
    EXPECT_EQ(g.value().partStarts, QVector<int>{0});
    EXPECT_EQ(g.value().rings, QVector<QPolygonF>{QPolygonF({{1.5, 2.5}, {3.5, 4.5}})});
}

TEST(GpkgGeometryCodec, rejectsBadMagicAndTruncatedBlobs) {
    // Given a valid blob
    geo::Feature f;
    f.rings = {QPolygonF({{0, 0}, {1, 0}, {1, 1}, {0, 0}})};
    const QByteArray blob = GpkgGeometryCodec::encode(f, geo::GeometryKind::Polygon, 4490);
    // When the magic is wrong, or the blob is cut short, or a point count is absurd
    QByteArray badMagic = blob;
    badMagic[0] = 'X';
    QByteArray hugeCount = blob;
    qToLittleEndian<quint32>(0x7fffffff, hugeCount.data() + 58); // ring point count
    // Then each is a ParseError, never a crash
    EXPECT_EQ(GpkgGeometryCodec::decode(badMagic).error().code(), core::ErrorCode::ParseError);
    EXPECT_TRUE(GpkgGeometryCodec::decode(blob.left(blob.size() - 5)).hasError());
    EXPECT_TRUE(GpkgGeometryCodec::decode(blob.left(6)).hasError());
    EXPECT_TRUE(GpkgGeometryCodec::decode(hugeCount).hasError());
}
