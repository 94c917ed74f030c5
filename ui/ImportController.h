// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Result.h"
#include "geo/CrsGuesser.h"
#include "geo/LayerImporter.h"
#include "geo/ShapefileEncoding.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>
#include <optional>

namespace jieshui::ui {

class ProjectController;

/** What a first look at a file found, before any import: its layers, encoding, CRS and attributes. */
struct ImportInspection {
    QStringList layerNames;                         ///< every layer of the data source
    QString driver;                                 ///< GDAL driver, e.g. "GeoJSON"
    std::optional<geo::EncodingDetection> encoding; ///< shapefiles only
    QString fileCrs;    ///< "EPSG:n" or WKT when the file declares a CRS, else empty
    geo::CrsGuess crs;  ///< Declared, Offered (CGCS2000, warned) or Refused (candidates)
    QStringList fields; ///< attribute names, for the match field
    int featureCount = 0;
};

/** How one imported feature was re-linked to the project's regions. */
enum class RelinkStatus { Matched, Ambiguous, Unmatched };

/** One row of the re-linking table. */
struct RelinkRow {
    QString featureName;
    QString featureCode;
    QString regionCode; ///< empty when unmatched; for ambiguities the candidate regions, comma-separated
    QString regionName;
    RelinkStatus status = RelinkStatus::Unmatched;
    QString detail; ///< translated, for ambiguities
};

/**
 * The non-visual side of File > Import layer: inspects a file, runs geo::LayerImporter in a worker
 * thread (QtConcurrent) with progress and cancellation through core::Feedback, turns the proposed
 * re-linking into table rows and applies an accepted import through ApplyLayerImportCommand on the
 * project's undo stack. Nothing in the project changes before apply().
 */
class ImportController : public QObject {
    Q_OBJECT

public:
    explicit ImportController(ProjectController* project, QObject* parent = nullptr);
    /** Cancels a running analysis and waits for the worker. */
    ~ImportController() override;

    /**
     * Reads @p path (layer @p layerName, empty = first; shapefile text as @p encoding, empty = detect)
     * to detect its encoding and CRS and list its layers and fields. Reads the whole layer. CRS candidates
     * for projected data without a CRS are those that put it in @p projectArea (degrees; empty: none
     * assumed).
     */
    static core::Result<ImportInspection> inspect(const QString& path, const QString& layerName = {},
                                                  const QString& encoding = {},
                                                  const QRectF& projectArea = {});
    /** Up to @p count names of a shapefile decoded with @p encoding; empty for other formats. */
    static QStringList previewNames(const QString& path, const QString& encoding, int count = 5);

    /**
     * The layers of a plain GeoPackage that File > Open refused with NotAProject, to offer for import;
     * nullopt for any other error or when the layers cannot be listed.
     */
    static std::optional<QStringList> geoPackageOffer(const QString& path, const core::Error& openError);

    /** Options for @p role filled from the open project: its storage CRS and the regions to re-link to. */
    geo::ImportOptions optionsFor(geo::LayerRole role) const;

    /** Starts the analysis (the whole import pipeline, nothing applied); false when one is running. */
    bool startAnalysis(const QString& path, const geo::ImportOptions& options);
    /** Asks the running analysis to stop; analysisFinished(false) follows with wasCancelled(). */
    void cancel();
    bool isRunning() const;
    /** Blocks until the running analysis has finished and its result is taken (tests). */
    void waitForFinished();

    /** The last successful analysis, or nullptr (also while running or after a failure). */
    const geo::ImportResult* result() const { return m_result ? &*m_result : nullptr; }
    /** Why the last analysis failed (translated or from the importer), empty when it succeeded. */
    QString errorText() const { return m_errorText; }
    bool wasCancelled() const { return m_cancelled; }
    /** The re-linking table of the last successful analysis. */
    QVector<RelinkRow> relinkRows() const;
    /** Forgets the last analysis (the user changed an option). */
    void clearResult();

    /**
     * Applies the last successful analysis to the project through ApplyLayerImportCommand (undoable) and
     * returns the lines saying what changed; empty and nothing done when there is no result.
     */
    QStringList apply();

    static QString statusName(RelinkStatus status);

signals:
    void progressChanged(int percent);
    /** The analysis ended: @p ok when result() is set, else see errorText() and wasCancelled(). */
    void analysisFinished(bool ok);

private:
    struct Outcome {
        std::optional<geo::ImportResult> result;
        QString error;
        bool cancelled = false;
    };
    class ProgressFeedback;

    void takeOutcome();

    ProjectController* m_project;
    QFutureWatcher<void>* m_watcher;
    std::shared_ptr<Outcome> m_outcome; ///< written by the worker, read once it has finished
    std::shared_ptr<ProgressFeedback> m_feedback;
    QString m_path;
    std::optional<geo::ImportResult> m_result;
    QString m_errorText;
    bool m_cancelled = false;
    bool m_taken = true;
};

} // namespace jieshui::ui
