#pragma once

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace Stride {

// Opens (creates, migrates) a replica and, for the demo, fills an empty one with the demo organisation and
// its value scores — on a worker thread with its own Database connection, reporting progress, so that the
// window never waits on disk. The GUI thread opens its own connection once finished() says the file is ready.
class ReplicaLoader final : public QObject {
    Q_OBJECT
public:
    struct Request {
        QString path;
        bool fillDemo = false; // generate the demo organisation when the replica is empty
        int demoCustomers = 3000;
    };

    explicit ReplicaLoader(Request request, QObject* parent = nullptr);
    ~ReplicaLoader() override;

    void start();
    // Stops after the current step; a demo generation in progress stops within a second and rolls back.
    void cancel() { m_cancel = true; }
    bool isRunning() const;

signals:
    void progress(int percent, const QString& phase); // phase is untranslated: "open", "demo", "scores"
    void finished(bool ok, const QString& error);

private:
    void run();

    Request m_request;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace Stride
