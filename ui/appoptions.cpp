#include "appoptions.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Stride {

Result<AppOptions> AppOptions::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Stride, the offline-first CRM for field-sales teams"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"demo"_s, u"Open the demo organisation."_s});
    parser.addOption({u"role"_s, u"Act as the demo's first rep, supervisor or director."_s, u"ROLE"_s, u"rep"_s});
    parser.addOption({u"demo-customers"_s, u"Customers in a new demo replica (default 3000)."_s, u"N"_s, u"3000"_s});
    parser.addOption({u"profile"_s, u"Open a saved profile."_s, u"NAME"_s});
    parser.addOption({u"db"_s, u"Open a replica file directly."_s, u"FILE"_s});
    parser.addOption({u"lang"_s, u"User interface language: zh_CN or en."_s, u"LANG"_s});
    parser.addOption({u"dark"_s, u"Use the dark palette."_s});
    parser.addOption({u"screenshots"_s, u"Save a PNG of every main page into DIR, then quit."_s, u"DIR"_s});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s))
        return fail(parser.helpText());
    if (parser.isSet(u"version"_s))
        return fail(u"stride "_s + QStringLiteral(STRIDE_VERSION));

    AppOptions o;
    o.demo = parser.isSet(u"demo"_s);
    o.role = parser.value(u"role"_s);
    if (!QStringList{u"rep"_s, u"supervisor"_s, u"director"_s}.contains(o.role))
        return fail(u"--role must be rep, supervisor or director, not \"%1\""_s.arg(o.role));
    bool ok = false;
    o.demoCustomers = parser.value(u"demo-customers"_s).toInt(&ok);
    if (!ok || o.demoCustomers < 1 || o.demoCustomers > 200000)
        return fail(u"--demo-customers must be a whole number from 1 to 200000"_s);
    o.profile = parser.value(u"profile"_s);
    o.dbPath = parser.value(u"db"_s);
    if (int(o.demo) + int(!o.profile.isEmpty()) + int(!o.dbPath.isEmpty()) > 1)
        return fail(u"give only one of --demo, --profile and --db"_s);
    o.language = parser.value(u"lang"_s);
    if (!o.language.isEmpty() && o.language != u"zh_CN"_s && o.language != u"en"_s)
        return fail(u"--lang must be zh_CN or en"_s);
    o.dark = parser.isSet(u"dark"_s);
    o.screenshotDir = parser.value(u"screenshots"_s);
    return o;
}

} // namespace Stride
