#include "replicaclock.h"

#include "settingsstore.h"

namespace Stride {

ReplicaClock::ReplicaClock(Database& db, Mode mode, const Clock& wall)
    : m_wall(wall)
    , m_mode(mode) {
    const QString recorded = SettingsStore(db).value(Settings::demoNow);
    if (recorded.isEmpty())
        return;
    const QDateTime at = QDateTime::fromString(recorded, Qt::ISODate);
    if (!at.isValid())
        return; // an unreadable value is no demo day: the wall clock is the safe reading
    m_demoNow = at.toUTC();
    m_offsetMs = m_wall.now().msecsTo(*m_demoNow);
}

QDateTime ReplicaClock::now() const {
    if (!m_demoNow)
        return m_wall.now();
    if (m_mode == Mode::Fixed)
        return *m_demoNow;
    return m_wall.now().addMSecs(m_offsetMs);
}

} // namespace Stride
