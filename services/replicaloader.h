#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace Stride {

class ReplicaWorker;

// Opens (creates, migrates) a replica and, for the demo, fills an empty one with the demo organisation and
// its value scores — on a ReplicaWorker with its own read-write connection, reporting progress, so that the
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
    void cancel() { m_cancel->store(true); }
    bool isRunning() const;

signals:
    void progress(int percent, const QString& phase); // phase is untranslated: "open", "demo", "scores"
    void finished(bool ok, const QString& error);
    // Instead of finished() after cancel(): nothing was written (a demo generation rolls back).
    void cancelled();

private:
    Request m_request;
    ReplicaWorker* m_worker = nullptr;
    // Shared with the job on the worker, which reads it while it generates.
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
};

} // namespace Stride
