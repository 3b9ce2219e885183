#include "filelimit.h"

#include <QtGlobal>

#include <limits>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

long long FileLimit::raise()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    constexpr rlim_t kEnough = 65536;
    const rlim_t wanted = limit.rlim_max == RLIM_INFINITY ? kEnough : qMin(limit.rlim_max, kEnough);
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < wanted) {
        limit.rlim_cur = wanted;
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0)
            return -1;
    }
    return current();
#else
    return -1;
#endif
}

long long FileLimit::current()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return -1;
    return static_cast<long long>(limit.rlim_cur);
#else
    return -1;
#endif
}

long long FileLimit::maxStreams(bool serverInProcess)
{
    constexpr long long kReserved = 128; // the database, translations, fonts, the simulated provider
    const long long limit = current();
    return limit < 0 ? std::numeric_limits<long long>::max()
                     : qMax(0LL, (limit - kReserved) * 6 / (serverInProcess ? 13 : 7));
}
