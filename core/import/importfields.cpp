#include "importfields.h"

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

using T = ImportField::Type;

ImportField field(const char16_t* name, const char16_t* label, T type, const char16_t* column, QStringList headers) {
    ImportField f;
    f.name = QString::fromUtf16(name);
    f.label = QString::fromUtf16(label);
    f.type = type;
    f.column = QString::fromUtf16(column);
    f.headers = std::move(headers);
    return f;
}

ImportField required(ImportField f) {
    f.required = true;
    return f;
}

ImportField range(ImportField f, std::optional<double> min, std::optional<double> max) {
    f.min = min;
    f.max = max;
    return f;
}

ImportField idField() {
    return field(u"id", u"Id", T::Id, u"", {u"id"_s, u"编号"_s, u"ID号"_s});
}

// The customer a contact or an order belongs to, and the address that tells customers of one name apart.
QList<ImportField> customerReference() {
    return {
        required(field(u"customer", u"Customer", T::Customer, u"customer_id",
                       {u"customer"_s, u"customer name"_s, u"customer id"_s, u"company"_s, u"company name"_s,
                        u"account"_s, u"客户名称"_s, u"客户"_s, u"公司名称"_s, u"公司"_s, u"单位名称"_s, u"客户名"_s})),
        field(u"customer_address", u"Customer address", T::Text, u"",
              {u"customer address"_s, u"address"_s, u"客户地址"_s, u"地址"_s, u"公司地址"_s})};
}

QList<ImportField> customerFields() {
    return {
        required(field(u"name", u"Name", T::Text, u"name",
                       {u"name"_s, u"customer"_s, u"customer name"_s, u"company"_s, u"company name"_s, u"account"_s,
                        u"account name"_s, u"客户名称"_s, u"客户"_s, u"名称"_s, u"公司名称"_s, u"公司"_s, u"单位名称"_s,
                        u"客户名"_s})),
        field(u"name_en", u"English name", T::Text, u"name_en",
              {u"english name"_s, u"name (english)"_s, u"name en"_s, u"英文名称"_s, u"英文名"_s}),
        field(u"industry", u"Industry", T::Text, u"industry", {u"industry"_s, u"sector"_s, u"行业"_s, u"所属行业"_s}),
        field(u"size_band", u"Size", T::Text, u"size_band",
              {u"size"_s, u"size band"_s, u"company size"_s, u"规模"_s, u"企业规模"_s}),
        field(u"region", u"Region", T::Text, u"region",
              {u"region"_s, u"area"_s, u"territory"_s, u"地区"_s, u"区域"_s, u"所在地区"_s, u"省份"_s}),
        field(u"address", u"Address", T::Text, u"address",
              {u"address"_s, u"地址"_s, u"详细地址"_s, u"公司地址"_s, u"客户地址"_s}),
        field(u"owner", u"Owner", T::Rep, u"owner_id",
              {u"owner"_s, u"owner id"_s, u"rep"_s, u"sales rep"_s, u"salesperson"_s, u"account owner"_s, u"负责人"_s,
               u"销售"_s, u"销售代表"_s, u"客户经理"_s, u"归属销售"_s, u"跟进人"_s}),
        field(u"team", u"Team", T::Team, u"", {u"team"_s, u"sales team"_s, u"团队"_s, u"销售团队"_s, u"所属团队"_s}),
        field(u"budget_band", u"Budget", T::Text, u"budget_band", {u"budget"_s, u"budget band"_s, u"预算"_s}),
        field(u"decision_chain", u"Decision chain", T::Text, u"decision_chain", {u"decision chain"_s, u"决策链"_s}),
        field(u"demand_stage", u"Demand stage", T::Text, u"demand_stage", {u"demand stage"_s, u"需求阶段"_s}),
        field(u"tags", u"Tags", T::Text, u"tags", {u"tags"_s, u"tag"_s, u"标签"_s}),
        range(field(u"satisfaction", u"Satisfaction", T::Number, u"satisfaction",
                    {u"satisfaction"_s, u"满意度"_s, u"客户满意度"_s}),
              0, 100),
        range(field(u"trial_participation", u"Trial participation", T::Number, u"trial_participation",
                    {u"trial participation"_s, u"trial"_s, u"试用参与度"_s, u"试用"_s}),
              0, 100),
        field(u"created_at", u"Created", T::Date, u"created_at",
              {u"created"_s, u"created at"_s, u"created on"_s, u"创建日期"_s, u"创建时间"_s, u"建档日期"_s}),
        idField(),
    };
}

QList<ImportField> contactFields() {
    QList<ImportField> fields = customerReference();
    fields << required(field(u"name", u"Name", T::Text, u"name",
                             {u"name"_s, u"contact"_s, u"contact name"_s, u"full name"_s, u"联系人"_s, u"姓名"_s,
                              u"联系人姓名"_s}))
           << field(u"title", u"Title", T::Text, u"title",
                    {u"title"_s, u"job title"_s, u"position"_s, u"职务"_s, u"职位"_s, u"头衔"_s})
           << field(u"phone", u"Phone", T::Text, u"phone",
                    {u"phone"_s, u"mobile"_s, u"telephone"_s, u"tel"_s, u"电话"_s, u"手机"_s, u"手机号"_s,
                     u"联系电话"_s, u"手机号码"_s})
           << field(u"email", u"E-mail", T::Text, u"email",
                    {u"email"_s, u"e-mail"_s, u"mail"_s, u"邮箱"_s, u"电子邮箱"_s, u"电子邮件"_s})
           << field(u"chain_role", u"Role in the decision chain", T::Text, u"chain_role",
                    {u"chain role"_s, u"role"_s, u"decision role"_s, u"角色"_s, u"决策角色"_s})
           << idField();
    return fields;
}

QList<ImportField> orderFields() {
    QList<ImportField> fields = customerReference();
    fields << required(field(u"ordered_at", u"Ordered on", T::Date, u"ordered_at",
                             {u"ordered at"_s, u"order date"_s, u"date"_s, u"ordered on"_s, u"订单日期"_s,
                              u"下单日期"_s, u"下单时间"_s, u"日期"_s, u"采购日期"_s}))
           << required(range(field(u"amount", u"Amount", T::Number, u"amount",
                                   {u"amount"_s, u"total"_s, u"value"_s, u"order amount"_s, u"金额"_s, u"订单金额"_s,
                                    u"总金额"_s, u"采购金额"_s}),
                             0, std::nullopt))
           << idField();
    return fields;
}

} // namespace

const QList<ImportField>& ImportFields::of(ImportKind kind) {
    static const QList<ImportField> customers = customerFields();
    static const QList<ImportField> contacts = contactFields();
    static const QList<ImportField> orders = orderFields();
    switch (kind) {
    case ImportKind::Contacts:
        return contacts;
    case ImportKind::Orders:
        return orders;
    case ImportKind::Customers:
        break;
    }
    return customers;
}

const ImportField* ImportFields::find(ImportKind kind, const QString& name) {
    for (const ImportField& f : of(kind)) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QStringList ImportFields::defaultKey(ImportKind kind) {
    switch (kind) {
    case ImportKind::Contacts:
        return {u"customer"_s, u"name"_s};
    case ImportKind::Orders:
        return {u"customer"_s, u"ordered_at"_s, u"amount"_s};
    case ImportKind::Customers:
        break;
    }
    return {u"name"_s, u"address"_s};
}

} // namespace Stride
