// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonPlayer.h"

#include "DomainLabels.h"
#include "MapStage.h"
#include "ProjectController.h"

#include <algorithm>

namespace jieshui::ui {

LessonPlayer::LessonPlayer(ProjectController* controller, MapStage* stage, QObject* parent)
    : QObject(parent), m_controller(controller), m_stage(stage) {
    connect(m_controller, &ProjectController::changed, this, &LessonPlayer::onChanged);
}

int LessonPlayer::stepCount() const {
    const core::Lesson* l = lesson();
    return l ? int(l->steps.size()) : 0;
}

const core::Lesson* LessonPlayer::lesson() const {
    const auto& lessons = m_controller->project().lessons;
    return m_lesson >= 0 && m_lesson < int(lessons.size()) ? &lessons[std::size_t(m_lesson)] : nullptr;
}

const core::LessonStep* LessonPlayer::step() const {
    const core::Lesson* l = lesson();
    return l && m_step >= 0 && m_step < int(l->steps.size()) ? &l->steps[std::size_t(m_step)] : nullptr;
}

bool LessonPlayer::start(int index) {
    const auto& lessons = m_controller->project().lessons;
    if (index < 0 || index >= int(lessons.size()) || lessons[std::size_t(index)].steps.empty())
        return false;
    const bool wasPlaying = isPlaying();
    m_lesson = index;
    m_step = 0;
    apply();
    if (!wasPlaying)
        emit playingChanged(true);
    return true;
}

void LessonPlayer::stop() {
    if (!isPlaying())
        return;
    m_lesson = -1;
    m_step = -1;
    m_stage->setCompareScenario(QString());
    m_stage->setCaption(QString(), QString());
    m_stage->setKicker(QString());
    emit playingChanged(false);
}

bool LessonPlayer::goTo(int index) {
    if (!isPlaying())
        return false;
    index = std::clamp(index, 0, stepCount() - 1);
    if (index == m_step)
        return false;
    m_step = index;
    apply();
    return true;
}

bool LessonPlayer::next() {
    return isPlaying() && m_step + 1 < stepCount() && goTo(m_step + 1);
}

bool LessonPlayer::previous() {
    return isPlaying() && m_step > 0 && goTo(m_step - 1);
}

void LessonPlayer::apply() {
    const core::Lesson* l = lesson();
    const core::LessonStep* s = step();
    if (!l || !s)
        return;
    const bool chinese = DomainLabels::isChinese();
    // Scenario first: the verdicts of the year and indicator are then those of the step's scenario.
    if (!s->scenario.empty())
        m_controller->setScenario(QString::fromStdString(s->scenario));
    m_controller->setIndicator(s->indicator);
    m_controller->setYear(s->year);
    m_controller->setSelectedRegion(QString::fromStdString(s->regionCode));
    m_stage->setCompareScenario(QString::fromStdString(s->compareScenario));
    m_stage->setKicker(tr("%1 — step %2 of %3")
                           .arg(QString::fromStdString(l->title(chinese)))
                           .arg(m_step + 1)
                           .arg(stepCount()));
    m_stage->setCaption(QString::fromStdString(s->caption(chinese)),
                        QString::fromStdString(s->source(chinese)));
    emit stepChanged(m_lesson, m_step);
}

void LessonPlayer::onChanged(const ChangeEvent& event) {
    if (event.kind == ChangeKind::ProjectReplaced || event.kind == ChangeKind::LessonsChanged)
        stop();
    else if (event.kind == ChangeKind::LanguageChanged && isPlaying())
        apply(); // the caption in the new language
}

} // namespace jieshui::ui
