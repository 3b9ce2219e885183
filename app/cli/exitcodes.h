#pragma once

// tokenmeter-cli's exit codes.
namespace ExitCode {
inline constexpr int Ok = 0;            // every request succeeded
inline constexpr int SomeFailed = 1;    // the run finished, some requests failed
inline constexpr int Usage = 2;         // bad arguments or input files
inline constexpr int Interrupted = 130; // stopped by SIGINT/SIGTERM, partial results printed
} // namespace ExitCode
