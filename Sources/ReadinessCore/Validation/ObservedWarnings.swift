/// Warnings about the observed adoption file, at the inventory's `observed:` key: nothing was
/// counted (`sample_size: 0`: no observed scenario), or the measurement is old or later than the
/// as-of date.
enum ObservedWarnings {
  /// A measurement older than this many days before the as-of date is stale.
  static let staleAfterDays = 56

  /// The warnings for `observed` read at `asOf`.
  static func check(_ observed: ObservedMeasurement?, asOf: Day) -> [Diagnostic] {
    guard let observed else { return [] }
    guard observed.sampleSize > 0 else {
      return [
        Diagnostic(
          .warning, code: .observedEmpty,
          "the observed adoption file '\(observed.file.clipped)' counted no incoming message:"
            + " the report shows no observed scenario",
          at: observed.location,
          hint: "run `bsuid-readiness measure` on logs that hold incoming messages")
      ]
    }
    // Messages were counted but `measured_to` could not be read: its own error says why.
    guard let measuredTo = observed.measuredTo else { return [] }
    if measuredTo > asOf {
      return [
        Diagnostic(
          .warning, code: .observedAfterAsOf,
          "the observed adoption is measured to \(measuredTo.iso), after the as-of date"
            + " \(asOf.iso)",
          at: observed.location,
          hint: "the report is read at \(asOf.iso): check programme.as_of or --as-of, or measure"
            + " logs up to that day")
      ]
    }
    guard measuredTo.ordinal < asOf.ordinal - staleAfterDays else { return [] }
    return [
      Diagnostic(
        .warning, code: .observedStale,
        "the observed adoption is a stale measurement: measured to \(measuredTo.iso), more than"
          + " 8 weeks before the as-of date \(asOf.iso)",
        at: observed.location,
        hint: "run `bsuid-readiness measure` on recent webhook logs and write observed.yaml again")
    ]
  }
}
