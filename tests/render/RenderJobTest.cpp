// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/RenderJob.h"

#include "TestLayers.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <gtest/gtest.h>

using namespace jieshui;

TEST(RenderJob, onlyTheLatestJobReports) {
    // Given a job and a document
    render::MapDocument document;
    document.addLayer(render::MapLayer(render::test::toyCounties()));
    render::RenderJob job;
    std::vector<render::MapViewport> reported;
    QImage last;
    QObject::connect(&job, &render::RenderJob::finished,
                     [&](const QImage& image, const render::MapViewport& v) {
                         reported.push_back(v);
                         last = image;
                     });
    // When two renders are started back to back
    const render::MapViewport first = render::MapViewport::fitting(document.extent(), QSize(100, 100));
    const render::MapViewport second = render::MapViewport::fitting(document.extent(), QSize(120, 90));
    job.start(document, first);
    job.start(document, second);
    job.waitForFinished();
    // Let the queued finished signals arrive (generous deadline; this is not a timing assertion).
    QDeadlineTimer deadline(30000);
    while (job.isRunning() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    // Then exactly one image arrives, for the second viewport
    ASSERT_EQ(reported.size(), 1u);
    EXPECT_EQ(reported.front(), second);
    EXPECT_EQ(last.size(), QSize(120, 90));
}

namespace {

/** Starts @p document on @p job and returns the image it reports (events processed until it arrives). */
QImage renderedBy(render::RenderJob& job, const render::MapDocument& document,
                  const render::MapViewport& viewport) {
    QImage result;
    const QMetaObject::Connection connection =
        QObject::connect(&job, &render::RenderJob::finished,
                         [&](const QImage& image, const render::MapViewport&) { result = image; });
    job.start(document, viewport);
    job.waitForFinished();
    QDeadlineTimer deadline(30000);
    while (result.isNull() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QObject::disconnect(connection);
    return result;
}

render::MapDocument countiesFilled(const QColor& color) {
    render::MapDocument document;
    render::LayerStyle style;
    style.fillColor = color;
    document.addLayer(render::MapLayer(render::test::toyCounties(), style));
    return document;
}

} // namespace

TEST(RenderJob, aRecycledImageShowsTheNewColoursAndNeverTouchesOneStillShown) {
    // Given a job that has delivered a map of green counties
    render::RenderJob job;
    const render::MapDocument green = countiesFilled(QColor(0x4c, 0xaf, 0x50));
    const render::MapDocument red = countiesFilled(QColor(0xe5, 0x39, 0x35));
    const render::MapViewport viewport = render::MapViewport::fitting(green.extent(), QSize(160, 120));
    const render::MapRenderer renderer(job.options());
    QImage shown = renderedBy(job, green, viewport);
    ASSERT_FALSE(shown.isNull());
    const QImage greenPixels = shown.copy();
    EXPECT_TRUE(shown == renderer.render(green, viewport));

    // When the counties are recoloured while the green map is still held (on screen)
    QImage redMap = renderedBy(job, red, viewport);
    // Then the held image is untouched and the new one is the red map
    EXPECT_TRUE(shown == greenPixels);
    EXPECT_TRUE(redMap == renderer.render(red, viewport));
    EXPECT_FALSE(redMap == greenPixels);

    // When the red map is let go and the counties turn green again, its image may be drawn into anew
    const QImage redPixels = redMap.copy();
    redMap = QImage();
    const QImage greenAgain = renderedBy(job, green, viewport);
    // Then it shows green counties, not the red of the image it may have been drawn into
    EXPECT_TRUE(greenAgain == greenPixels);
    EXPECT_TRUE(shown == greenPixels);
    shown = QImage();
    EXPECT_TRUE(renderedBy(job, red, viewport) == redPixels);
    EXPECT_TRUE(renderedBy(job, green, viewport) == greenPixels);
}

namespace {

render::MapDocument countiesJudged(core::VerdictStatus qinnan) {
    render::ThematicStyle thematic;
    thematic.setResult(QStringLiteral("450702"), {qinnan, 0.5, qinnan == core::VerdictStatus::AtRisk});
    thematic.setResult(QStringLiteral("450703"), {core::VerdictStatus::Met, 0.5, false});
    render::LayerStyle style = render::LayerStyle::forRole(geo::LayerRole::Counties);
    style.fillMode = render::FillMode::Compliance;
    style.compliance = thematic;
    // One geometry for every map, as the window's maps share theirs.
    static const auto counties = std::make_shared<const render::LayerGeometry>(render::test::toyCounties());
    render::MapDocument document;
    document.addLayer(render::MapLayer(counties, style));
    return document;
}

} // namespace

TEST(RenderJob, aCountyRecolouredAfterTheMapWasLetGoShowsItsNewColourEverywhere) {
    // Given a job that delivered 钦南区 met, then missed, and the met map let go (the canvas shows the other)
    render::RenderJob job;
    const render::MapDocument met = countiesJudged(core::VerdictStatus::Met);
    const render::MapDocument missed = countiesJudged(core::VerdictStatus::Missed);
    const render::MapDocument atRisk = countiesJudged(core::VerdictStatus::AtRisk);
    const render::MapViewport viewport = render::MapViewport::fitting(met.extent(), QSize(200, 160));
    QImage shown = renderedBy(job, met, viewport);
    shown = renderedBy(job, missed, viewport);
    // When 钦南区 turns at risk (hatched): the job draws over the met map it recycles, only around 钦南区
    const render::MapRenderer renderer(job.options());
    ASSERT_TRUE(renderer.changedArea(met, atRisk, viewport).has_value());
    const QImage edited = renderedBy(job, atRisk, viewport);
    // Then the map is the at-risk map drawn whole, not the met map it was drawn over, nor the one shown
    EXPECT_TRUE(edited == renderer.render(atRisk, viewport));
    EXPECT_FALSE(edited == renderer.render(met, viewport));
    EXPECT_TRUE(shown == renderer.render(missed, viewport));
    // And going back and forth keeps every map right (each drawn over an older one)
    shown = QImage();
    for (const render::MapDocument* document : {&met, &missed, &atRisk, &met})
        EXPECT_TRUE(renderedBy(job, *document, viewport) == renderer.render(*document, viewport));
}
