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
