#include "importmapping.h"

#include "importfields.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// A header as compared: lower case, without a unit or note in brackets ("金额(元)", "Amount (CNY)"), without a
// required-field star, spaces, underscores, hyphens or colons.
QString normalised(const QString& header) {
    QString h = header.toLower();
    static const QRegularExpression bracket(u"[(（\\[【].*$"_s);
    h.remove(bracket);
    static const QRegularExpression noise(u"[\\s_\\-*:：]"_s);
    h.remove(noise);
    return h;
}

bool matches(const ImportField& field, const QString& header) {
    const QString h = normalised(header);
    if (h.isEmpty())
        return false;
    if (h == normalised(field.name))
        return true;
    for (const QString& name : field.headers) {
        if (normalised(name) == h)
            return true;
    }
    return false;
}

// A column's letters as in Excel (A = 0, AA = 26); -1 for anything else.
int columnFromLetters(const QString& text) {
    if (text.isEmpty() || text.size() > 3)
        return -1;
    int index = 0;
    for (QChar c : text) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return -1;
        index = index * 26 + (u - u'A' + 1);
    }
    return index - 1;
}

} // namespace

ImportMapping::ImportMapping(ImportKind kind, QStringList header)
    : m_kind(kind)
    , m_header(std::move(header))
    , m_fields(m_header.size()) {}

ImportMapping ImportMapping::guess(ImportKind kind, const QStringList& header) {
    ImportMapping mapping(kind, header);
    for (int column = 0; column < header.size(); ++column) {
        for (const ImportField& field : ImportFields::of(kind)) {
            if (mapping.columnOf(field.name) < 0 && matches(field, header.at(column))) {
                mapping.m_fields[column] = field.name;
                break;
            }
        }
    }
    return mapping;
}

QString ImportMapping::fieldOf(int column) const {
    return m_fields.value(column);
}

int ImportMapping::columnOf(const QString& field) const {
    if (field.isEmpty())
        return -1;
    return int(m_fields.indexOf(field));
}

Status ImportMapping::assign(int column, const QString& field) {
    if (column < 0 || column >= m_fields.size())
        return fail(ErrorCode::Usage,
                    QCoreApplication::translate("ImportMapping", "there is no column %1 (the file has %2)")
                        .arg(column + 1)
                        .arg(m_fields.size()));
    if (!field.isEmpty() && !ImportFields::find(m_kind, field)) {
        QStringList names;
        for (const ImportField& f : ImportFields::of(m_kind))
            names << f.name;
        return fail(ErrorCode::Usage, QCoreApplication::translate("ImportMapping", "%1 have no field '%2' (fields: %3)")
                                          .arg(importKindName(m_kind), field, names.join(u", "_s)));
    }
    if (const int previous = columnOf(field); previous >= 0)
        m_fields[previous].clear();
    m_fields[column] = field;
    return {};
}

Status ImportMapping::assign(const QString& assignment) {
    const qsizetype eq = assignment.lastIndexOf(u'=');
    if (eq <= 0)
        return fail(ErrorCode::Usage,
                    QCoreApplication::translate("ImportMapping", "--map '%1' is not COLUMN=FIELD").arg(assignment));
    const QString column = assignment.left(eq).trimmed();
    QString field = assignment.mid(eq + 1).trimmed();
    if (field == u"-"_s)
        field.clear();
    int index = -1;
    for (int i = 0; i < m_header.size() && index < 0; ++i) {
        if (m_header.at(i).trimmed().compare(column, Qt::CaseInsensitive) == 0)
            index = i;
    }
    bool isNumber = false;
    const int number = column.toInt(&isNumber);
    if (index < 0 && isNumber)
        index = number - 1;
    if (index < 0)
        index = columnFromLetters(column);
    if (index < 0 || index >= m_header.size())
        return fail(ErrorCode::Usage,
                    QCoreApplication::translate("ImportMapping", "--map %1: no column '%2' (columns: %3)")
                        .arg(assignment, column, m_header.join(u", "_s)));
    return assign(index, field);
}

QStringList ImportMapping::missingRequired() const {
    QStringList missing;
    for (const ImportField& f : ImportFields::of(m_kind)) {
        if (f.required && columnOf(f.name) < 0)
            missing << f.name;
    }
    return missing;
}

QString ImportMapping::describe() const {
    QStringList parts;
    for (int i = 0; i < m_header.size(); ++i) {
        const QString name = m_header.at(i).isEmpty()
                                 ? QCoreApplication::translate("ImportMapping", "column %1").arg(i + 1)
                                 : m_header.at(i);
        parts << (m_fields.at(i).isEmpty() ? QCoreApplication::translate("ImportMapping", "%1 (ignored)").arg(name)
                                           : u"%1 → %2"_s.arg(name, m_fields.at(i)));
    }
    return parts.join(u", "_s);
}

} // namespace Stride
