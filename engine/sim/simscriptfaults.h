#pragma once

struct SimFault;
struct SimScript;

// How the faults asked for rewrite a planned answer: errors, garbage, stalls,
// truncation, a reset, an oversized line, a trickle or a stream without end.
namespace SimScriptFaults {

void apply(const SimFault &fault, SimScript *script);

} // namespace SimScriptFaults
