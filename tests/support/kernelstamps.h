#pragma once

#include "net/receivetime.h"

#include <QElapsedTimer>
#include <QThread>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

// Tests that expect the kernel's receive stamps wait for them first: the
// kernel turns stamping on a moment after the first socket asks (ReceiveTime::keepOn).
namespace KernelStamps {

namespace Detail {

// One byte over a loopback TCP pair: does it come back stamped?
inline bool oneByteStamped()
{
    bool stamped = false;
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    const auto *any = reinterpret_cast<sockaddr *>(&address);
    if (listener >= 0 && client >= 0 && ::bind(listener, any, length) == 0 && ::listen(listener, 1) == 0
        && ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) == 0 && ReceiveTime::enable(client)
        && ::connect(client, any, length) == 0) {
        const int server = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
        char byte = 'x';
        std::optional<qint64> arrived;
        if (server >= 0 && ::write(server, &byte, 1) == 1 && ReceiveTime::read(client, &byte, 1, &arrived) == 1)
            stamped = arrived.has_value();
        if (server >= 0)
            ::close(server);
    }
    for (const int fd : {listener, client}) {
        if (fd >= 0)
            ::close(fd);
    }
    return stamped;
}

} // namespace Detail

// True once stamps are on (at most `timeoutMs` of polling every 5 ms).
inline bool waitUntilOn(int timeoutMs = 5000)
{
    ReceiveTime::keepOn();
    QElapsedTimer waited;
    waited.start();
    while (!Detail::oneByteStamped()) {
        if (waited.elapsed() > timeoutMs)
            return false;
        QThread::msleep(5);
    }
    return true;
}

} // namespace KernelStamps
