#include "widgets/customerpicker.h"

#include "session.h"
#include "storage/customerrepository.h"
#include "storage/searchrepository.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSet>
#include <QStandardItemModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Stride {

CustomerPicker::CustomerPicker(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_edit(new QLineEdit(this))
    , m_hits(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_hits, this))
    , m_debounce(new QTimer(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_edit->setCompleter(m_completer);
    m_edit->setClearButtonEnabled(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &CustomerPicker::search);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_id.clear();
        m_debounce->start();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& i) {
        choose(i.data(Qt::UserRole).toString(), i.data(Qt::DisplayRole).toString());
    });
}

void CustomerPicker::search() {
    m_hits->clear();
    SearchRepository repo(m_session.store());
    const Result<QList<SearchHit>> hits = repo.search(m_edit->text(), 30);
    if (!hits)
        return;
    QSet<QString> seen;
    CustomerRepository customers(m_session.store());
    for (const SearchHit& h : *hits) {
        if (h.customerId.isEmpty() || seen.contains(h.customerId))
            continue;
        seen.insert(h.customerId);
        QString name = h.kind == u"customer"_s ? h.title : QString();
        if (name.isEmpty()) {
            const Result<Customer> c = customers.customer(h.customerId);
            if (!c)
                continue;
            name = c->name;
        }
        auto* item = new QStandardItem(name);
        item->setData(h.customerId, Qt::UserRole);
        m_hits->appendRow(item);
        if (seen.size() >= 12)
            break;
    }
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
}

void CustomerPicker::choose(const QString& id, const QString& name) {
    m_id = id;
    m_name = name;
    m_edit->setText(name);
    emit customerChanged(id);
}

void CustomerPicker::setCustomer(const QString& id) {
    if (id.isEmpty()) {
        m_id.clear();
        m_name.clear();
        m_edit->clear();
        emit customerChanged(QString());
        return;
    }
    const Result<Customer> c = CustomerRepository(m_session.store()).customer(id);
    choose(id, c ? c->name : id);
}

} // namespace Stride
