#include "receivetime.h"

#include "core/monoclock.h"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <sys/socket.h>

namespace ReceiveTime {

namespace {

// A stamp a hair in the future is the two clocks being read a few
// nanoseconds apart; more than this is a clock that was set.
constexpr qint64 kFutureSlackNs = 1'000'000;
constexpr qint64 kMaxSeconds = 9'000'000'000LL; // so that the stamp in nanoseconds fits a qint64
// The two reads of the wall clock around the monotonic one may be this far
// apart (a thread preempted between them) before they are taken again.
constexpr qint64 kClockPairSlackNs = 20'000;

qint64 realNowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000LL + ts.tv_nsec;
}

struct ClockPair
{
    qint64 realNs = 0;
    qint64 monoNs = 0;
};

// The wall clock and the monotonic clock at one instant: the monotonic read
// between two wall-clock reads, against their midpoint. A thread preempted
// between the reads would otherwise age every stamp by the preemption and
// report arrivals early; the pair is read again (up to three times) when the
// wall-clock reads are far apart, and the error is at most half their gap.
ClockPair clocksNow()
{
    ClockPair pair;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const qint64 before = realNowNs();
        pair.monoNs = MonoClock::nowNs();
        const qint64 after = realNowNs();
        pair.realNs = before + (after - before) / 2;
        if (after - before <= kClockPairSlackNs)
            break;
    }
    return pair;
}

} // namespace

bool enable(int fd)
{
#ifdef SO_TIMESTAMPNS
    const int one = 1;
    return ::setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &one, sizeof one) == 0;
#else
    Q_UNUSED(fd);
    return false;
#endif
}

void keepOn()
{
    static const int holder = [] {
        const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        if (fd >= 0)
            enable(fd);
        return fd;
    }();
    Q_UNUSED(holder);
}

std::optional<qint64> toMonoNs(qint64 kernelRealNs, qint64 realNowNs, qint64 monoNowNs)
{
    if (kernelRealNs <= 0)
        return std::nullopt;
    const qint64 ageNs = realNowNs - kernelRealNs;
    if (ageNs < -kFutureSlackNs || ageNs > kMaxAgeNs)
        return std::nullopt;
    return monoNowNs - qMax<qint64>(0, ageNs);
}

ssize_t read(int fd, char *data, size_t size, std::optional<qint64> *arrivedNs)
{
    iovec io{data, size};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(timespec))];
    msghdr message{};
    message.msg_iov = &io;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    ssize_t n = 0;
    do {
        n = ::recvmsg(fd, &message, 0);
    } while (n < 0 && errno == EINTR);
    if (n <= 0)
        return n;
#ifdef SCM_TIMESTAMPNS
    for (cmsghdr *c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_TIMESTAMPNS || c->cmsg_len < CMSG_LEN(sizeof(timespec)))
            continue;
        timespec stamp{};
        std::memcpy(&stamp, CMSG_DATA(c), sizeof stamp);
        if (stamp.tv_sec < 0 || stamp.tv_sec >= kMaxSeconds || stamp.tv_nsec < 0 || stamp.tv_nsec >= 1'000'000'000)
            continue;
        const qint64 kernelNs = qint64(stamp.tv_sec) * 1'000'000'000LL + stamp.tv_nsec;
        // Both clocks now, together (only when there is a stamp to age): the
        // stamp's age carries over from one to the other.
        const ClockPair now = clocksNow();
        *arrivedNs = toMonoNs(kernelNs, now.realNs, now.monoNs);
    }
#endif
    return n;
}

} // namespace ReceiveTime
