#pragma once

#include <QJsonValue>
#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Stride {

// The organisation's policy values as a form: its name, language (of task titles and messages) and the time zone
// its days and months follow; the lead fields an opportunity needs before it is saved, the
// value-score weights (their sum shown as they change) and tier thresholds, and the yellow/red dwell
// thresholds per stage. Works on the JSON value of each policy key ("org.name", "org.language", "org.timezone",
// "lead.required_fields", "score.weights", "score.tiers", "dwell.thresholds"); core validates them.
class PolicyEditor final : public QWidget {
    Q_OBJECT
public:
    explicit PolicyEditor(QWidget* parent = nullptr);

    static QStringList keys();
    static QStringList leadFields();  // industry, budget_band, decision_chain, demand_stage
    static QStringList dwellStages(); // lead … objection

    void setValues(const QMap<QString, QJsonValue>& values);
    QMap<QString, QJsonValue> values() const;
    // "Last changed by … on …" under each group, by key; empty for a key never changed.
    void setChanges(const QMap<QString, QString>& changes);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* languageBox() const { return m_language; }
    QComboBox* timeZoneBox() const { return m_timeZone; }
    QCheckBox* requiredBox(const QString& field) const { return m_required.value(field); }
    QDoubleSpinBox* weightBox(int i) const { return m_weights[i]; } // 0 = P, 1 = S, 2 = T
    QSpinBox* tierABox() const { return m_tierA; }
    QSpinBox* tierBBox() const { return m_tierB; }
    QDoubleSpinBox* yellowBox(const QString& stage) const { return m_yellow.value(stage); }
    QDoubleSpinBox* redBox(const QString& stage) const { return m_red.value(stage); }

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildOrgBox();
    void buildLeadBox();
    void buildScoreBox();
    void buildDwellBox();
    void retranslate();
    void updateSum();

    QGroupBox* m_orgBox;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_timeZoneLabel;
    QComboBox* m_timeZone;
    QLabel* m_orgChange;
    QString m_loadedName;
    QGroupBox* m_leadBox;
    QLabel* m_leadHint;
    QMap<QString, QCheckBox*> m_required;
    QLabel* m_leadChange;
    QGroupBox* m_scoreBox;
    QLabel* m_weightLabels[3];
    QDoubleSpinBox* m_weights[3];
    QLabel* m_sum;
    QLabel* m_tierALabel;
    QSpinBox* m_tierA;
    QLabel* m_tierBLabel;
    QSpinBox* m_tierB;
    QLabel* m_scoreChange;
    QGroupBox* m_dwellBox;
    QLabel* m_yellowHead;
    QLabel* m_redHead;
    QMap<QString, QLabel*> m_stageLabels;
    QMap<QString, QDoubleSpinBox*> m_yellow;
    QMap<QString, QDoubleSpinBox*> m_red;
    QLabel* m_dwellChange;
};

} // namespace Stride
