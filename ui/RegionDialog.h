// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Dataset.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;

namespace jieshui::ui {

/**
 * Asks for a region: code, kind and parent (for a new one), Chinese and English names. Add mode offers the
 * kinds that may lie under the chosen parent; rename mode shows the code, kind and parent fixed.
 */
class RegionDialog : public QDialog {
    Q_OBJECT

public:
    /** Add mode: a new region, under @p parentCode by default. */
    RegionDialog(const core::Dataset& dataset, const QString& parentCode, QWidget* parent = nullptr);
    /** Rename mode for @p region. */
    RegionDialog(const core::Dataset& dataset, const core::Region& region, QWidget* parent = nullptr);

    /** The region as entered (code, kind, names, parent). */
    core::Region region() const;

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameZhEdit() const { return m_nameZh; }
    QLineEdit* nameEnEdit() const { return m_nameEn; }
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* parentBox() const { return m_parent; }

private:
    void build(bool renaming);
    void fillKinds();
    void updateOk();

    const core::Dataset& m_dataset;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_nameZh = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_parent = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace jieshui::ui
