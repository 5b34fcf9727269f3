#pragma once

#include <QLoggingCategory>

// The client sync engine's categories below "stride.sync" (core/base/logging.h), one per concern, so that one can be
// switched on alone: QT_LOGGING_RULES="stride.sync.pull.debug=true", or all of them with "stride.sync*.debug=true".
// The list is in docs/development.md "Logging categories".
Q_DECLARE_LOGGING_CATEGORY(lcSyncPull)
Q_DECLARE_LOGGING_CATEGORY(lcSyncPush)
Q_DECLARE_LOGGING_CATEGORY(lcSyncAuth)
Q_DECLARE_LOGGING_CATEGORY(lcSyncReplica)
