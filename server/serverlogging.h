#pragma once

#include <QLoggingCategory>

// stride-server's categories below "stride.server" (core/base/logging.h), one per concern:
// QT_LOGGING_RULES="stride.server.push.debug=true", or all with "stride.server*.debug=true". The list is in
// docs/development.md "Logging categories".
Q_DECLARE_LOGGING_CATEGORY(lcServerPull)
Q_DECLARE_LOGGING_CATEGORY(lcServerPush)
