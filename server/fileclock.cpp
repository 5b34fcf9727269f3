#include "fileclock.h"

#include <QFile>
#include <QTimeZone>

namespace Stride::Server {

QDateTime FileClock::now() const {
    if (m_file.isEmpty())
        return QDateTime::currentDateTimeUtc();
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly))
        return QDateTime::currentDateTimeUtc();
    bool ok = false;
    const qint64 secs = f.readAll().trimmed().toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()) : QDateTime::currentDateTimeUtc();
}

} // namespace Stride::Server
