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
    const QMetaObject::Connection connection = QObject::connect(
        &job, &render::RenderJob::finished,
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
