#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace Stride {

// Opportunity stages (docs/sales-method.md rule 3): the six funnel stages in order, plus Lost (输单).
// Won is "signed & paid" (签约回款). Stored as its code (stageCode) in opportunities.stage.
enum class Stage { Lead, Contact, Needs, Demo, Objection, Won, Lost };

// "lead", "contact", "needs", "demo", "objection", "won", "lost".
QString stageCode(Stage stage);
std::optional<Stage> stageFromCode(const QString& code);

// The six funnel stages in order, Lead … Won (Lost is not a step of the funnel).
const QList<Stage>& funnelStages();
// Won or Lost: the opportunity is closed.
bool isClosedStage(Stage stage);

// Translation context of stageSourceText(): the UI shows
// QCoreApplication::translate(kStageTranslationContext, stageSourceText(s)); the English source strings are
// marked with QT_TRANSLATE_NOOP so lupdate collects them, and stride_zh_CN.ts maps them to stageChineseName().
inline constexpr char kStageTranslationContext[] = "Stride::Stage";
const char* stageSourceText(Stage stage); // "Lead assigned", "First contact", …
QString stageEnglishName(Stage stage);
// 线索分配 首次触达 需求确认 方案演示 异议处理 签约回款 输单: for exports and logs that need Chinese without a
// translator.
QString stageChineseName(Stage stage);

} // namespace Stride
