#pragma once

// Bounds of the tests that hold wall-clock measurements to the published
// figures. A sanitized build runs client and simulator several times slower,
// and the simulator's time scale multiplies every lag: such a build measures
// in real time and allows more.
namespace Fidelity {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif

// Largest relative distance of a measured p50 from the published figure.
inline constexpr double kTolerance = kSanitized ? 0.25 : 0.15;
// The simulated provider's speed-up for such runs.
inline constexpr double kTimeScale = kSanitized ? 1.0 : 2.0;

} // namespace Fidelity
