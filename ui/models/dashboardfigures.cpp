// DashboardFigures is defined in stride_core: analytics/dashboardfigures.cpp (see models/dashboardfigures.h).
#include "models/dashboardfigures.h"
