// The shared builders (`inventory { … }`, `flow(…)`, `assess(…)`) for every file of this target.
@_exported import ReadinessTestSupport
