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
    parser.addOption(
        {u"role"_s, u"Act as the demo's first rep, supervisor, director or admin."_s, u"ROLE"_s, u"rep"_s});
    parser.addOption({u"demo-customers"_s, u"Customers in a new demo replica (default 3000)."_s, u"N"_s, u"3000"_s});
    parser.addOption({u"profile"_s, u"Open a saved profile."_s, u"NAME"_s});
    parser.addOption({u"db"_s, u"Open a replica file directly."_s, u"FILE"_s});
    parser.addOption({u"lang"_s, u"User interface language: zh_CN or en."_s, u"LANG"_s});
    parser.addOption({u"dark"_s, u"Use the dark palette."_s});
    parser.addOption({u"screenshots"_s, u"Save a PNG of every main page into DIR, then quit."_s, u"DIR"_s});
    parser.addOption({u"server"_s, u"Sign in to this stride-server (https://host:port)."_s, u"URL"_s});
    parser.addOption({u"ca"_s, u"A private CA certificate (PEM) that signed the server's certificate."_s, u"FILE"_s});
    parser.addOption({u"pin"_s, u"The server certificate's SHA-256 fingerprint to pin."_s, u"SHA256"_s});
    parser.addOption({u"user"_s, u"The user to sign in as (with --server)."_s, u"NAME"_s});
    parser.addOption({u"password-stdin"_s, u"Read the password from the first line of standard input."_s});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s))
        return fail(ErrorCode::Help, parser.helpText());
    if (parser.isSet(u"version"_s))
        return fail(ErrorCode::Help, u"stride "_s + QStringLiteral(STRIDE_VERSION));

    AppOptions o;
    o.demo = parser.isSet(u"demo"_s);
    o.role = parser.value(u"role"_s);
    if (roleFromString(o.role) == Role::Unknown)
        return fail(u"--role must be rep, supervisor, director or admin, not \"%1\""_s.arg(o.role));
    bool ok = false;
    o.demoCustomers = parser.value(u"demo-customers"_s).toInt(&ok);
    if (!ok || o.demoCustomers < 1 || o.demoCustomers > 200000)
        return fail(u"--demo-customers must be a whole number from 1 to 200000"_s);
    o.profile = parser.value(u"profile"_s);
    o.dbPath = parser.value(u"db"_s);
    o.serverUrl = parser.value(u"server"_s);
    o.caFile = parser.value(u"ca"_s);
    o.fingerprint = parser.value(u"pin"_s);
    o.user = parser.value(u"user"_s);
    o.passwordStdin = parser.isSet(u"password-stdin"_s);
    if (int(o.demo) + int(!o.profile.isEmpty()) + int(!o.dbPath.isEmpty()) + int(!o.serverUrl.isEmpty()) > 1)
        return fail(u"give only one of --demo, --profile, --db and --server"_s);
    if (!o.serverUrl.isEmpty() && (o.user.isEmpty() || !o.serverUrl.startsWith(u"https://"_s)))
        return fail(u"--server needs an https:// URL and --user"_s);
    if (o.serverUrl.isEmpty() && (o.passwordStdin || !o.user.isEmpty() || !o.caFile.isEmpty()))
        return fail(u"--user, --ca and --password-stdin go with --server"_s);
    o.language = parser.value(u"lang"_s);
    if (!o.language.isEmpty() && o.language != u"zh_CN"_s && o.language != u"en"_s)
        return fail(u"--lang must be zh_CN or en"_s);
    o.dark = parser.isSet(u"dark"_s);
    o.screenshotDir = parser.value(u"screenshots"_s);
    return o;
}

} // namespace Stride
