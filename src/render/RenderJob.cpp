// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/RenderJob.h"

#include "render/FontResolver.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace jieshui::render {

RenderJob::RenderJob(QObject* parent) : QObject(parent) {
    qRegisterMetaType<jieshui::render::MapViewport>("jieshui::render::MapViewport");
}

RenderJob::~RenderJob() {
    cancel();
    waitForFinished();
}

void RenderJob::start(const MapDocument& document, const MapViewport& viewport) {
    cancel();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    auto* watcher = new QFutureWatcher<QImage>(this);
    // Fonts are resolved here, on the owning (GUI) thread, not in the pool.
    RenderOptions options = m_options;
    if (!options.labelFont) {
        core::Result<QFont> font = FontResolver::cjkFont();
        if (font.isOk())
            options.labelFont = font.value();
    }
    connect(watcher, &QFutureWatcher<QImage>::finished, this,
            [this, watcher, generation, document, viewport, options] {
                --m_running;
                const QImage image = watcher->result();
                watcher->deleteLater();
                // Only the latest job reports; a cancelled one has already been superseded.
                if (generation == m_generation && !image.isNull()) {
                    m_delivered.push_back({image, document, viewport, options});
                    if (m_delivered.size() > 3)
                        m_delivered.erase(m_delivered.begin());
                    emit finished(image, viewport);
                }
            });
    ++m_running;
    const MapRenderer renderer(options);
    std::shared_ptr<std::atomic_bool> flag = m_cancel;
    // A map the canvas no longer shows, handed over whole (its image held nowhere else, so drawing over it
    // cannot touch what is on screen; a cancelled render drops it).
    auto spare = std::make_shared<RenderedMap>();
    for (auto it = m_delivered.begin(); it != m_delivered.end(); ++it) {
        if (it->image.isDetached()) {
            *spare = std::move(*it);
            m_delivered.erase(it);
            break;
        }
    }
    // The document is copied into the task: the UI may change its own copy meanwhile.
    watcher->setFuture(QtConcurrent::run([renderer, document, viewport, flag, spare]() -> QImage {
        RenderStatistics statistics;
        QImage image = renderer.renderOver(std::move(*spare), document, viewport, flag.get(), &statistics);
        return statistics.cancelled ? QImage() : image;
    }));
}

void RenderJob::cancel() {
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation;
}

void RenderJob::waitForFinished() {
    for (QFutureWatcher<QImage>* watcher : findChildren<QFutureWatcher<QImage>*>())
        watcher->waitForFinished();
}

} // namespace jieshui::render
