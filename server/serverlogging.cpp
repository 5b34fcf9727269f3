#include "serverlogging.h"

Q_LOGGING_CATEGORY(lcServerPull, "stride.server.pull", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerPush, "stride.server.push", QtInfoMsg)
