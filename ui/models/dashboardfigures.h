#pragma once

// DashboardFigures moved to stride_core (analytics/dashboardfigures.h) so the benchmark computes the page
// exactly as the app does. This header and its empty .cpp only remain while ui/CMakeLists.txt lists them.
#include "analytics/dashboardfigures.h"
