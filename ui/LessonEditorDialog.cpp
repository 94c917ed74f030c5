// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonEditorDialog.h"

#include "DomainLabels.h"
#include "ProjectController.h"
#include "commands/SetLessonsCommand.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jieshui::ui {

LessonEditorDialog::LessonEditorDialog(ProjectController* controller, QWidget* parent)
    : QDialog(parent), m_controller(controller), m_lessons(controller->project().lessons),
      m_lessonBox(new QComboBox(this)), m_titleZh(new QLineEdit(this)), m_titleEn(new QLineEdit(this)),
      m_steps(new QListWidget(this)), m_indicator(new QComboBox(this)), m_year(new QSpinBox(this)),
      m_scenario(new QComboBox(this)), m_compare(new QComboBox(this)), m_region(new QComboBox(this)),
      m_captionZh(new QPlainTextEdit(this)), m_captionEn(new QPlainTextEdit(this)),
      m_sourceZh(new QLineEdit(this)), m_sourceEn(new QLineEdit(this)), m_problem(new QLabel(this)) {
    setWindowTitle(tr("Lessons"));
    const ProjectData& project = controller->project();
    for (const core::IndicatorInfo& info : core::IndicatorCatalog::all())
        if (info.indicator != core::Indicator::TaskMilestone)
            m_indicator->addItem(DomainLabels::indicatorName(info.indicator), int(info.indicator));
    m_year->setRange(1949, 2100);
    m_scenario->addItem(tr("(the scenario selected)"), QString());
    m_compare->addItem(tr("(none: one map)"), QString());
    for (const core::Scenario& s : project.scenarios) {
        m_scenario->addItem(DomainLabels::scenarioName(s), QString::fromStdString(s.name));
        m_compare->addItem(DomainLabels::scenarioName(s), QString::fromStdString(s.name));
    }
    m_region->addItem(tr("(none)"), QString());
    for (const core::Region* r : project.dataset.regionsOfKind(core::RegionKind::City))
        m_region->addItem(DomainLabels::regionName(*r), QString::fromStdString(r->code));
    for (const core::Region* r : project.dataset.regionsOfKind(core::RegionKind::County))
        m_region->addItem(DomainLabels::regionName(*r), QString::fromStdString(r->code));
    for (QPlainTextEdit* edit : {m_captionZh, m_captionEn})
        edit->setFixedHeight(72);

    auto* newLesson = new QPushButton(tr("New Lesson"), this);
    auto* lessonRow = new QHBoxLayout;
    lessonRow->addWidget(new QLabel(tr("Lesson:"), this));
    lessonRow->addWidget(m_lessonBox, 1);
    lessonRow->addWidget(newLesson);
    auto* titles = new QFormLayout;
    titles->addRow(tr("Title (Chinese):"), m_titleZh);
    titles->addRow(tr("Title (English):"), m_titleEn);

    auto* add = new QPushButton(tr("Add Step"), this);
    auto* remove = new QPushButton(tr("Remove Step"), this);
    auto* up = new QPushButton(tr("Move Up"), this);
    auto* down = new QPushButton(tr("Move Down"), this);
    auto* stepButtons = new QHBoxLayout;
    for (QPushButton* b : {add, remove, up, down})
        stepButtons->addWidget(b);
    auto* left = new QVBoxLayout;
    left->addWidget(m_steps, 1);
    left->addLayout(stepButtons);

    auto* form = new QFormLayout;
    form->addRow(tr("Indicator:"), m_indicator);
    form->addRow(tr("Year:"), m_year);
    form->addRow(tr("Scenario:"), m_scenario);
    form->addRow(tr("Compare with:"), m_compare);
    form->addRow(tr("Region to outline:"), m_region);
    form->addRow(tr("Caption (Chinese):"), m_captionZh);
    form->addRow(tr("Caption (English):"), m_captionEn);
    form->addRow(tr("Source (Chinese):"), m_sourceZh);
    form->addRow(tr("Source (English):"), m_sourceEn);
    auto* body = new QHBoxLayout;
    body->addLayout(left, 2);
    body->addLayout(form, 3);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#b71c1c"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(lessonRow);
    layout->addLayout(titles);
    layout->addLayout(body, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(buttons, &QDialogButtonBox::accepted, this, &LessonEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newLesson, &QPushButton::clicked, this, &LessonEditorDialog::addLesson);
    connect(add, &QPushButton::clicked, this, &LessonEditorDialog::addStep);
    connect(remove, &QPushButton::clicked, this, &LessonEditorDialog::removeStep);
    connect(up, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(m_lessonBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_loading)
            return;
        storeStep();
        storeLesson();
        m_lessonIndex = index;
        m_stepIndex = 0;
        showLesson();
    });
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading)
            return;
        storeStep();
        m_stepIndex = row;
        showStep();
    });
    // Every field edit is kept at once, so the list shows it.
    const auto changed = [this] {
        if (!m_loading)
            storeStep();
    };
    connect(m_indicator, &QComboBox::currentIndexChanged, this, changed);
    connect(m_year, &QSpinBox::valueChanged, this, changed);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, changed);
    connect(m_compare, &QComboBox::currentIndexChanged, this, changed);
    connect(m_region, &QComboBox::currentIndexChanged, this, changed);
    connect(m_captionZh, &QPlainTextEdit::textChanged, this, changed);
    connect(m_captionEn, &QPlainTextEdit::textChanged, this, changed);
    connect(m_sourceZh, &QLineEdit::textChanged, this, changed);
    connect(m_sourceEn, &QLineEdit::textChanged, this, changed);
    connect(m_titleZh, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            storeLesson();
    });
    connect(m_titleEn, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            storeLesson();
    });

    m_loading = true;
    for (const core::Lesson& lesson : m_lessons)
        m_lessonBox->addItem(QString::fromStdString(lesson.title(DomainLabels::isChinese())));
    m_loading = false;
    if (m_lessons.empty())
        addLesson();
    else
        select(0, 0);
}

core::Lesson* LessonEditorDialog::currentLesson() {
    return m_lessonIndex >= 0 && m_lessonIndex < int(m_lessons.size())
               ? &m_lessons[std::size_t(m_lessonIndex)]
               : nullptr;
}

core::LessonStep* LessonEditorDialog::currentStep() {
    core::Lesson* lesson = currentLesson();
    return lesson && m_stepIndex >= 0 && m_stepIndex < int(lesson->steps.size())
               ? &lesson->steps[std::size_t(m_stepIndex)]
               : nullptr;
}

QString LessonEditorDialog::stepLabel(const core::LessonStep& step, int index) const {
    return tr("%1. %2 · %3").arg(index + 1).arg(step.year).arg(DomainLabels::indicatorName(step.indicator));
}

void LessonEditorDialog::select(int lesson, int step) {
    m_loading = true;
    m_lessonBox->setCurrentIndex(lesson);
    m_loading = false;
    m_lessonIndex = lesson;
    m_stepIndex = step;
    showLesson();
}

void LessonEditorDialog::showLesson() {
    m_loading = true;
    const core::Lesson* lesson = currentLesson();
    m_titleZh->setText(lesson ? QString::fromStdString(lesson->titleZh) : QString());
    m_titleEn->setText(lesson ? QString::fromStdString(lesson->titleEn) : QString());
    m_steps->clear();
    if (lesson)
        for (std::size_t i = 0; i < lesson->steps.size(); ++i)
            m_steps->addItem(stepLabel(lesson->steps[i], int(i)));
    m_steps->setCurrentRow(m_stepIndex);
    m_loading = false;
    showStep();
}

void LessonEditorDialog::showStep() {
    m_loading = true;
    const core::LessonStep* step = currentStep();
    for (QWidget* w : std::initializer_list<QWidget*>{m_indicator, m_year, m_scenario, m_compare, m_region,
                                                      m_captionZh, m_captionEn, m_sourceZh, m_sourceEn})
        w->setEnabled(step != nullptr);
    if (step) {
        m_indicator->setCurrentIndex(m_indicator->findData(int(step->indicator)));
        m_year->setValue(step->year);
        m_scenario->setCurrentIndex(
            std::max(0, m_scenario->findData(QString::fromStdString(step->scenario))));
        m_compare->setCurrentIndex(
            std::max(0, m_compare->findData(QString::fromStdString(step->compareScenario))));
        m_region->setCurrentIndex(std::max(0, m_region->findData(QString::fromStdString(step->regionCode))));
        m_captionZh->setPlainText(QString::fromStdString(step->captionZh));
        m_captionEn->setPlainText(QString::fromStdString(step->captionEn));
        m_sourceZh->setText(QString::fromStdString(step->sourceZh));
        m_sourceEn->setText(QString::fromStdString(step->sourceEn));
    }
    m_loading = false;
}

void LessonEditorDialog::storeStep() {
    core::LessonStep* step = currentStep();
    if (!step)
        return;
    step->indicator = core::Indicator(m_indicator->currentData().toInt());
    step->year = m_year->value();
    step->scenario = m_scenario->currentData().toString().toStdString();
    step->compareScenario = m_compare->currentData().toString().toStdString();
    step->regionCode = m_region->currentData().toString().toStdString();
    step->captionZh = m_captionZh->toPlainText().trimmed().toStdString();
    step->captionEn = m_captionEn->toPlainText().trimmed().toStdString();
    step->sourceZh = m_sourceZh->text().trimmed().toStdString();
    step->sourceEn = m_sourceEn->text().trimmed().toStdString();
    if (QListWidgetItem* item = m_steps->item(m_stepIndex))
        item->setText(stepLabel(*step, m_stepIndex));
}

void LessonEditorDialog::storeLesson() {
    core::Lesson* lesson = currentLesson();
    if (!lesson)
        return;
    lesson->titleZh = m_titleZh->text().trimmed().toStdString();
    lesson->titleEn = m_titleEn->text().trimmed().toStdString();
    m_loading = true;
    m_lessonBox->setItemText(m_lessonIndex, QString::fromStdString(lesson->title(DomainLabels::isChinese())));
    m_loading = false;
}

void LessonEditorDialog::addLesson() {
    storeStep();
    core::Lesson lesson;
    int n = int(m_lessons.size()) + 1;
    const auto taken = [this](const std::string& id) {
        return std::any_of(m_lessons.begin(), m_lessons.end(),
                           [&](const core::Lesson& l) { return l.id == id; });
    };
    while (taken("lesson-" + std::to_string(n)))
        ++n;
    lesson.id = "lesson-" + std::to_string(n);
    lesson.titleZh = tr("New lesson").toStdString();
    core::LessonStep step;
    step.indicator = m_controller->indicator();
    step.year = m_controller->year();
    step.captionZh = tr("Caption").toStdString();
    lesson.steps.push_back(step);
    m_lessons.push_back(std::move(lesson));
    m_loading = true;
    m_lessonBox->addItem(QString::fromStdString(m_lessons.back().title(DomainLabels::isChinese())));
    m_loading = false;
    select(int(m_lessons.size()) - 1, 0);
}

void LessonEditorDialog::addStep() {
    storeStep();
    core::Lesson* lesson = currentLesson();
    if (!lesson)
        return;
    const core::LessonStep copy = currentStep() ? *currentStep() : core::LessonStep{};
    const int at = std::clamp(m_stepIndex + 1, 0, int(lesson->steps.size()));
    lesson->steps.insert(lesson->steps.begin() + at, copy);
    m_stepIndex = at;
    showLesson();
}

void LessonEditorDialog::removeStep() {
    core::Lesson* lesson = currentLesson();
    if (!lesson || !currentStep())
        return;
    lesson->steps.erase(lesson->steps.begin() + m_stepIndex);
    m_stepIndex = std::min(m_stepIndex, int(lesson->steps.size()) - 1);
    showLesson();
}

void LessonEditorDialog::moveStep(int delta) {
    storeStep();
    core::Lesson* lesson = currentLesson();
    const int to = m_stepIndex + delta;
    if (!lesson || !currentStep() || to < 0 || to >= int(lesson->steps.size()))
        return;
    std::swap(lesson->steps[std::size_t(m_stepIndex)], lesson->steps[std::size_t(to)]);
    m_stepIndex = to;
    showLesson();
}

void LessonEditorDialog::accept() {
    storeStep();
    storeLesson();
    std::vector<std::string> names;
    for (const core::Scenario& s : m_controller->project().scenarios)
        names.push_back(s.name);
    const core::Status checked =
        core::checkLessons(m_lessons, m_controller->project().dataset, names, tr("lessons").toStdString());
    if (checked.hasError()) {
        m_problem->setText(tr("Not saved: %1").arg(QString::fromStdString(checked.error().toString())));
        return;
    }
    if (!m_controller->canEdit()) {
        m_problem->setText(tr("Demonstration mode is on: the project is read-only."));
        return;
    }
    if (m_lessons != m_controller->project().lessons)
        m_controller->undoStack()->push(new SetLessonsCommand(m_controller, m_lessons));
    QDialog::accept();
}

} // namespace jieshui::ui
