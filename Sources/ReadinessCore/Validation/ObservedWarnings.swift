/// Warnings about the observed adoption file, at the inventory's `observed:` key: nothing was
/// counted (`sample_size: 0`: no observed scenario), or the measurement is old or later than the
/// as-of date.
enum ObservedWarnings {
  private typealias M = WarningMessages
  /// A measurement older than this many days before the as-of date is stale.
  static let staleAfterDays = 56

  /// The warnings for `observed` read at `asOf`.
  static func check(_ observed: ObservedMeasurement?, asOf: Day) -> [Diagnostic] {
    guard let observed else { return [] }
    guard observed.sampleSize > 0 else {
      return [
        Diagnostic(
          .warning, code: .observedEmpty,
          Message(M.observedEmpty, ["file": .text(observed.file.clipped)]),
          at: observed.location, hint: Message(M.observedEmptyHint))
      ]
    }
    // Messages were counted but `measured_to` could not be read: its own error says why.
    guard let measuredTo = observed.measuredTo else { return [] }
    if measuredTo > asOf {
      return [
        Diagnostic(
          .warning, code: .observedAfterAsOf,
          Message(M.observedAfterAsOf, ["measuredTo": .day(measuredTo), "asOf": .day(asOf)]),
          at: observed.location, hint: Message(M.observedAfterAsOfHint, ["asOf": .day(asOf)]))
      ]
    }
    guard measuredTo.ordinal < asOf.ordinal - staleAfterDays else { return [] }
    return [
      Diagnostic(
        .warning, code: .observedStale,
        Message(M.observedStale, ["measuredTo": .day(measuredTo), "asOf": .day(asOf)]),
        at: observed.location, hint: Message(M.observedStaleHint))
    ]
  }
}
