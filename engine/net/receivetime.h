#pragma once

#include <QtGlobal>

#include <optional>
#include <sys/types.h>

// When a read's bytes reached this machine, rather than when the reading
// thread got round to them. The kernel stamps every TCP segment as it arrives
// (SO_TIMESTAMPNS, software receive time) and hands the stamp of the last
// segment a read consumed back with the bytes. So a reading thread that waited
// for a core (two threads and a server on two cores) no longer shows up in the
// figures. The stamp is taken as the network stack takes the segment in (its
// own delays still count), and it is never earlier than the read's last byte.
//
// The kernel's stamp is CLOCK_REALTIME; it is turned into MonoClock by its age
// (realtime now minus the stamp), which no NTP slew can distort over the
// milliseconds involved. An age that makes no sense (the wall clock was set
// between arrival and read) falls back to the time taken before the read.
namespace ReceiveTime {

// How old a kernel stamp may be and still be trusted: bytes wait in the
// socket while the reading thread is held back (a full inbox), never this long.
constexpr qint64 kMaxAgeNs = 30'000'000'000LL;

// Asks the kernel to stamp what arrives on `fd`; false if it refused (the
// reads are then timed by the reading thread, as on every other platform).
bool enable(int fd);

// The kernel switches stamping on for the machine a moment after the first
// socket asks (in a deferred work item), and off again after the last one
// closes; segments that arrive meanwhile carry no stamp. One socket that
// asks and stays open for the life of the process (a hint to the kernel,
// deliberately process-wide) keeps it on between runs. Thread-safe.
void keepOn();

// The MonoClock time of a kernel stamp, or nothing if it cannot be trusted.
std::optional<qint64> toMonoNs(qint64 kernelRealNs, qint64 realNowNs, qint64 monoNowNs);

// read(2) that also says when the last byte read arrived (MonoClock), if the
// kernel stamped it and the stamp can be trusted.
ssize_t read(int fd, char *data, size_t size, std::optional<qint64> *arrivedNs);

} // namespace ReceiveTime
