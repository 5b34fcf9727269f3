#include "logging.h"

Q_LOGGING_CATEGORY(lcDb, "stride.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "stride.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "stride.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAnalytics, "stride.analytics", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "stride.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "stride.ui", QtInfoMsg)
