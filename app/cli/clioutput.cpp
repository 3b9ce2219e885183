#include "clioutput.h"

#include "exitcodes.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace {

// The strings of the report commands, in their "ReportCommand" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

} // namespace

int CliOutput::write(const QByteArray &bytes, const QString &outPath)
{
    QTextStream err(stderr);
    if (outPath.isEmpty()) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return ExitCode::Ok;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << Tr::tr("cannot write %1: %2").arg(outPath, file.errorString()) << '\n';
        return ExitCode::SomeFailed;
    }
    err << Tr::tr("Written to %1").arg(outPath) << '\n';
    return ExitCode::Ok;
}
