// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/MapDocument.h"
#include "render/MapRenderer.h"
#include "render/MapViewport.h"

#include <QImage>
#include <QObject>
#include <atomic>
#include <memory>
#include <vector>

namespace jieshui::render {

/**
 * Renders off the UI thread (QtConcurrent's thread pool). start() cancels the job still running, so a
 * fast succession of pans renders only what is still wanted; finished() is emitted on the thread of
 * this object, only for the latest job. The document is copied (cheap, geometry is shared). An image the
 * receiver has let go of is drawn over again, only where the map changed since (a recoloured county).
 */
class RenderJob : public QObject {
    Q_OBJECT
public:
    explicit RenderJob(QObject* parent = nullptr);
    ~RenderJob() override;

    void setOptions(const RenderOptions& options) { m_options = options; }
    const RenderOptions& options() const { return m_options; }

    /** Starts rendering @p document for @p viewport; an earlier job still running is cancelled. */
    void start(const MapDocument& document, const MapViewport& viewport);
    /** Cancels the running job, if any; no finished() follows for it. */
    void cancel();
    bool isRunning() const { return m_running > 0; }
    /** Blocks until no job runs (tests, shutdown). */
    void waitForFinished();

signals:
    void finished(const QImage& image, const jieshui::render::MapViewport& viewport);

private:
    RenderOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    int m_running = 0;
    // The last maps this job delivered, with what each shows: one whose image the canvas has let go of is
    // drawn over again, only where the new document differs from its own (MapRenderer::renderOver). A few,
    // as the canvas keeps two while it fades one map into the next.
    std::vector<RenderedMap> m_delivered;
};

} // namespace jieshui::render

Q_DECLARE_METATYPE(jieshui::render::MapViewport)
