#pragma once

#include "clock.h"

#include <QString>

namespace Stride::Server {

// The time read from a file at every reading, in seconds since the epoch: how the tests of sign-in throttling
// stop and move a running server's clock (serve --clock-file, hidden from --help). Without a file, or with one
// that holds no number, it is the wall clock.
class FileClock final : public Clock {
public:
    explicit FileClock(QString file = {})
        : m_file(std::move(file)) {}
    QDateTime now() const override;

private:
    QString m_file;
};

} // namespace Stride::Server
