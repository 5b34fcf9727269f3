#include "synclogging.h"

Q_LOGGING_CATEGORY(lcSyncPull, "stride.sync.pull", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSyncPush, "stride.sync.push", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSyncAuth, "stride.sync.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSyncReplica, "stride.sync.replica", QtInfoMsg)
