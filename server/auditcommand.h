#pragma once

#include <QStringList>

namespace Stride::Server {

// `stride-server audit --db URL [--since DATETIME] [--user LOGIN] [--format text|json]`: the audit trail, oldest
// first (AuditLog).
class AuditCommand final {
public:
    static int run(const QStringList& args);
};

} // namespace Stride::Server
