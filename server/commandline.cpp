#include "commandline.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Stride::Server {

std::optional<int> parseOrAnswer(QCommandLineParser& parser, const QStringList& args) {
    if (!parser.parse(args)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return 1;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

} // namespace Stride::Server
