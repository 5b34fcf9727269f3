#pragma once

#include <QString>

namespace Stride::Server {

// A signed-in user as the server sees them: who they are and what they may see.
struct Account {
    QString id;
    QString name;
    QString role; // rep, supervisor, director, admin
    QString teamId;
    QString repId; // the reps row this account acts as (owner of customers, tasks …)
    bool disabled = false;

    bool seesAll() const { return role == QStringLiteral("director") || role == QStringLiteral("admin"); }
    bool isSupervisor() const { return role == QStringLiteral("supervisor"); }
    bool isAdmin() const { return role == QStringLiteral("admin"); }
};

} // namespace Stride::Server
