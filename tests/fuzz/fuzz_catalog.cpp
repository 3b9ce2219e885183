// The catalog loader on any file, over the built-in catalog.
#include "catalog/catalog.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Catalog builtIn = Catalog::builtIn();
    Catalog catalog = builtIn;
    QString error;
    (void)catalog.load(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz.json"),
                       &error);
    return 0;
}
