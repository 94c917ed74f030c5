// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportController.h"

#include "ProjectController.h"
#include "commands/ApplyLayerImportCommand.h"
#include "common/Feedback.h"
#include "geo/LayerReader.h"
#include "store/ProjectFile.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>
#include <QSet>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace jieshui::ui {

namespace {

/** A feature's own code for the table: the match field, else the usual code attributes. */
QString codeOf(const geo::Feature& feature, const QString& matchField) {
    QStringList keys{QStringLiteral("code"), QStringLiteral("adcode"), QStringLiteral("CODE"),
                     QStringLiteral("ADCODE")};
    if (!matchField.isEmpty())
        keys.prepend(matchField);
    for (const QString& key : keys) {
        const QVariant value = feature.attributes.value(key);
        if (value.isValid() && !value.toString().isEmpty())
            return value.toString();
    }
    return feature.regionCode;
}

} // namespace

/** Forwards the importer's progress to the GUI thread; the controller cancels through it. */
class ImportController::ProgressFeedback : public core::Feedback {
public:
    explicit ProgressFeedback(ImportController* owner) : m_owner(owner) {}

protected:
    void onProgress(double percent) override {
        // Called on the worker thread: queue the signal into the controller's thread.
        QMetaObject::invokeMethod(
            m_owner.data(),
            [owner = m_owner, percent] {
                if (owner)
                    emit owner->progressChanged(int(percent + 0.5));
            },
            Qt::QueuedConnection);
    }

private:
    QPointer<ImportController> m_owner;
};

ImportController::ImportController(ProjectController* project, QObject* parent)
    : QObject(parent), m_project(project), m_watcher(new QFutureWatcher<void>(this)) {
    connect(m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        if (m_taken)
            return;
        takeOutcome();
        emit analysisFinished(m_result.has_value());
    });
}

ImportController::~ImportController() {
    if (m_feedback)
        m_feedback->cancel();
    if (!m_taken)
        m_watcher->waitForFinished();
}

core::Result<ImportInspection> ImportController::inspect(const QString& path, const QString& layerName,
                                                         const QString& encoding, const QRectF& projectArea) {
    geo::ReadOptions options;
    options.layerName = layerName;
    options.encoding = encoding;
    auto read = geo::LayerReader::readDetailed(path, options);
    if (read.hasError())
        return read.error();
    geo::LayerReadResult& detailed = read.value();
    detailed.layer.updateBounds();
    ImportInspection inspection;
    inspection.layerNames = detailed.info.layerNames;
    inspection.driver = detailed.info.driver;
    inspection.encoding = detailed.info.encoding;
    inspection.fileCrs = detailed.info.crsDeclared ? detailed.layer.crs : QString();
    inspection.crs = geo::CrsGuesser::guess(detailed.layer.bounds, detailed.info.crsDeclared, projectArea);
    inspection.featureCount = int(detailed.layer.features.size());
    QSet<QString> seen;
    for (const geo::Feature& feature : detailed.layer.features)
        for (auto it = feature.attributes.cbegin(); it != feature.attributes.cend(); ++it)
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                inspection.fields.append(it.key());
            }
    return inspection;
}

QStringList ImportController::previewNames(const QString& path, const QString& encoding, int count) {
    if (!geo::ShapefileEncoding::isShapefile(path) || encoding.isEmpty())
        return {};
    auto names = geo::ShapefileEncoding::previewNames(path, encoding, count);
    return names.isOk() ? names.value() : QStringList();
}

std::optional<QStringList> ImportController::geoPackageOffer(const QString& path,
                                                             const core::Error& openError) {
    if (openError.code() != core::ErrorCode::NotAProject)
        return std::nullopt;
    auto layers = store::ProjectFile::geoPackageLayers(path.toStdString());
    if (layers.hasError() || layers.value().empty())
        return std::nullopt;
    QStringList names;
    for (const std::string& name : layers.value())
        names.append(QString::fromStdString(name));
    return names;
}

geo::ImportOptions ImportController::optionsFor(geo::LayerRole role) const {
    geo::ImportOptions options;
    options.role = role;
    const ProjectData& data = m_project->project();
    if (!data.metadata.storageCrs.empty())
        options.storageCrs = QString::fromStdString(data.metadata.storageCrs);
    options.regions = geo::LayerImporter::regionKeysFor(role, data.dataset);
    options.projectArea = geo::LayerImporter::projectAreaOf(data.layers);
    return options;
}

bool ImportController::startAnalysis(const QString& path, const geo::ImportOptions& options) {
    if (isRunning())
        return false;
    clearResult();
    m_path = path;
    m_taken = false;
    m_feedback = std::make_shared<ProgressFeedback>(this);
    m_outcome = std::make_shared<Outcome>();
    std::shared_ptr<ProgressFeedback> feedback = m_feedback;
    std::shared_ptr<Outcome> outcome = m_outcome;
    m_watcher->setFuture(QtConcurrent::run([path, options, feedback, outcome] {
        auto imported = geo::LayerImporter::import(path, options, feedback.get());
        if (imported.isOk()) {
            outcome->result = std::move(imported).value();
        } else {
            outcome->cancelled =
                imported.error().code() == core::ErrorCode::Cancelled || feedback->isCancelled();
            outcome->error = QString::fromStdString(imported.error().message());
        }
    }));
    return true;
}

void ImportController::cancel() {
    if (m_feedback)
        m_feedback->cancel();
}

bool ImportController::isRunning() const {
    return m_watcher->isRunning();
}

void ImportController::waitForFinished() {
    if (!m_taken) {
        m_watcher->waitForFinished();
        takeOutcome();
        emit analysisFinished(m_result.has_value());
    }
}

void ImportController::takeOutcome() {
    m_taken = true;
    Outcome outcome = std::move(*m_outcome);
    m_outcome.reset();
    m_result = std::move(outcome.result);
    m_cancelled = outcome.cancelled;
    m_errorText = m_cancelled ? tr("The analysis was cancelled.") : outcome.error;
}

void ImportController::clearResult() {
    m_result.reset();
    m_errorText.clear();
    m_cancelled = false;
}

QVector<RelinkRow> ImportController::relinkRows() const {
    QVector<RelinkRow> rows;
    if (!m_result)
        return rows;
    const geo::ImportResult& r = *m_result;
    const geo::RegionMatchResult& m = r.match;
    // Features as read: the importer split them, in order, into the linked and the unmatched layer.
    QSet<int> matchedIndexes;
    for (const geo::FeatureMatch& fm : m.matches)
        matchedIndexes.insert(fm.featureIndex);
    const bool linked = geo::LayerImporter::roleLinksToRegions(r.roleLayer.role) && !m.matches.isEmpty();
    QVector<const geo::Feature*> asRead;
    if (linked || !m.ambiguities.isEmpty() || !m.unmatchedFeatures.isEmpty()) {
        int fromRole = 0;
        int fromOther = 0;
        const int total = int(r.roleLayer.features.size() + r.unmatchedLayer.features.size());
        for (int i = 0; i < total; ++i) {
            if (matchedIndexes.contains(i) && fromRole < r.roleLayer.features.size())
                asRead.append(&r.roleLayer.features[fromRole++]);
            else if (fromOther < r.unmatchedLayer.features.size())
                asRead.append(&r.unmatchedLayer.features[fromOther++]);
        }
    }
    const core::Dataset& dataset = m_project->project().dataset;
    auto regionName = [&dataset](const QString& code) {
        const core::Region* region = dataset.region(code.toStdString());
        return region ? QString::fromStdString(region->nameZh) : QString();
    };
    auto feature = [&asRead](int index) -> const geo::Feature* {
        return index >= 0 && index < asRead.size() ? asRead[index] : nullptr;
    };
    for (const geo::FeatureMatch& fm : m.matches) {
        RelinkRow row;
        if (const geo::Feature* f = feature(fm.featureIndex)) {
            row.featureName = f->name;
            row.featureCode = codeOf(*f, QString());
        }
        row.regionCode = fm.regionCode;
        row.regionName = regionName(fm.regionCode);
        row.status = RelinkStatus::Matched;
        rows.append(row);
    }
    for (const geo::MatchAmbiguity& a : m.ambiguities) {
        for (int index : a.featureIndexes) {
            RelinkRow row;
            if (const geo::Feature* f = feature(index)) {
                row.featureName = f->name;
                row.featureCode = codeOf(*f, QString());
            }
            row.regionCode = a.regionCodes.join(QStringLiteral(", "));
            QStringList names;
            for (const QString& code : a.regionCodes)
                names.append(regionName(code));
            row.regionName = names.join(QStringLiteral(", "));
            row.status = RelinkStatus::Ambiguous;
            row.detail = a.detail;
            rows.append(row);
        }
    }
    for (int index : m.unmatchedFeatures) {
        RelinkRow row;
        if (const geo::Feature* f = feature(index)) {
            row.featureName = f->name;
            row.featureCode = codeOf(*f, QString());
        }
        row.status = RelinkStatus::Unmatched;
        rows.append(row);
    }
    return rows;
}

QStringList ImportController::apply() {
    if (!m_result)
        return {};
    QVector<geo::FeatureLayer> layers = m_project->project().layers;
    const QStringList changes = geo::LayerImporter::mergeInto(layers, *m_result);
    m_project->undoStack()->push(
        new ApplyLayerImportCommand(m_project, std::move(layers), QFileInfo(m_path).fileName()));
    return changes;
}

QString ImportController::statusName(RelinkStatus status) {
    switch (status) {
    case RelinkStatus::Matched:
        return tr("matched");
    case RelinkStatus::Ambiguous:
        return tr("ambiguous");
    case RelinkStatus::Unmatched:
        return tr("unmatched");
    }
    return {};
}

} // namespace jieshui::ui
