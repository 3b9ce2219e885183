// The report loader on any file: it reads a report or names the problem, never more.
#include "report/reportreader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    (void)ReportReader::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                              QStringLiteral("fuzz.json"), &error);
    return 0;
}
