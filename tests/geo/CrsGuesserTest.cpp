// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/CrsGuesser.h"

#include <gtest/gtest.h>

using namespace jieshui::geo;

namespace {

QStringList codes(const CrsGuess& g) {
    QStringList out;
    for (const CrsCandidate& c : g.candidates)
        out.append(c.crs);
    return out;
}

} // namespace

TEST(CrsGuesser, declaredCrsNeedsNoGuess) {
    EXPECT_EQ(CrsGuesser::guess(QRectF(0, 0, 1, 1), true).decision, CrsDecision::Declared);
}

TEST(CrsGuesser, chinaDegreesAreOfferedAsCgcs2000WithWarning) {
    // Given Qinzhou's extent in degrees and no CRS
    const CrsGuess g = CrsGuesser::guess(QRectF(QPointF(108.18, 21.58), QPointF(109.87, 22.68)), false);
    // Then CGCS2000 is offered, with a message
    EXPECT_EQ(g.decision, CrsDecision::Offered);
    EXPECT_EQ(g.offeredCrs, QStringLiteral("EPSG:4490"));
    EXPECT_FALSE(g.message.isEmpty());
}

TEST(CrsGuesser, degreesOutsideChinaAreRefused) {
    // Given degrees over Europe, then nothing is offered
    const CrsGuess g = CrsGuesser::guess(QRectF(QPointF(2.0, 45.0), QPointF(10.0, 50.0)), false);
    EXPECT_EQ(g.decision, CrsDecision::Refused);
    EXPECT_TRUE(codes(g).contains(QStringLiteral("EPSG:4326")));
}

TEST(CrsGuesser, zonePrefixedEastingNamesThe3DegreeZone) {
    // Given eastings 36 5xx xxx m (zone 36, CM 108E) and Qinzhou northings
    const CrsGuess g =
        CrsGuesser::guess(QRectF(QPointF(36518000, 2388000), QPointF(36690000, 2510000)), false);
    // Then refused, candidate EPSG:4524 = 3-degree GK zone 36 (4513 is zone 25)
    EXPECT_EQ(g.decision, CrsDecision::Refused);
    ASSERT_FALSE(g.candidates.isEmpty());
    EXPECT_EQ(g.candidates.front().crs, QStringLiteral("EPSG:4524"));
    EXPECT_TRUE(g.message.contains(QStringLiteral("EPSG:4524")));
}

TEST(CrsGuesser, zonePrefixedEastingNamesThe6DegreeZone) {
    // Given eastings 19 xxx xxx m (6-degree zone 19, CM 111E)
    const CrsGuess g =
        CrsGuesser::guess(QRectF(QPointF(19210000, 2388000), QPointF(19390000, 2510000)), false);
    EXPECT_EQ(codes(g), QStringList({QStringLiteral("EPSG:4497")}));
}

TEST(CrsGuesser, plainGaussKrugerEastingIsMatchedToTheProjectArea) {
    // Given Qinzhou in GK CM 108E without zone prefix (easting 518-690 km)
    const CrsGuess g = CrsGuesser::guess(QRectF(QPointF(518000, 2388000), QPointF(690000, 2510000)), false);
    // Then refused, with CM 108E (EPSG:4545) among the candidates and no far-away zone
    EXPECT_EQ(g.decision, CrsDecision::Refused);
    const QStringList c = codes(g);
    EXPECT_TRUE(c.contains(QStringLiteral("EPSG:4545")));
    EXPECT_FALSE(c.contains(QStringLiteral("EPSG:4534")));
}

TEST(CrsGuesser, albersRangesGetAlbersHints) {
    // Given the extent of the pre-projected TopoJSON (metres around 0)
    const CrsGuess g =
        CrsGuesser::guess(QRectF(QPointF(-2575870, -3446833), QPointF(2233802, 2087056)), false);
    EXPECT_EQ(g.decision, CrsDecision::Refused);
    ASSERT_FALSE(g.candidates.isEmpty());
    EXPECT_TRUE(g.candidates.front().crs.startsWith(QStringLiteral("+proj=aea")));
}

TEST(CrsGuesser, webMercatorRangesGetTheWebMercatorHint) {
    // Given Qinzhou in Web Mercator metres
    const CrsGuess g =
        CrsGuesser::guess(QRectF(QPointF(12043000, 2461000), QPointF(12231000, 2594000)), false);
    EXPECT_TRUE(codes(g).contains(QStringLiteral("EPSG:3857")));
}
