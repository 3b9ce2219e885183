#pragma once

// Every stream is a socket and every QNetworkAccessManager a thread with a
// wake-up descriptor: a run of 1,024 streams needs about 1,300 descriptors,
// more than the soft limit many systems start a process with (1,024).
namespace FileLimit {

// Raises this process's soft limit on open files to its hard limit (at most
// 65,536) and returns the limit now in force (-1 when unknown).
long long raise();
// The limit in force (-1 when unknown).
long long current();
// How many streams can be open at once within that limit: a descriptor per
// socket, one per six (a manager's thread), another per stream when the
// server is in this process too (the simulated provider), and room for the rest.
long long maxStreams(bool serverInProcess);

} // namespace FileLimit
