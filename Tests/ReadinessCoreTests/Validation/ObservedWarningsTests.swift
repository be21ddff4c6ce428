import Testing

@testable import ReadinessCore

/// `inventory.observed-empty` says nothing was counted: only a file with `sample_size: 0`.
struct ObservedWarningsTests {
  let asOf = Day(iso: "2026-11-25")!

  func measurement(sampleSize: Int, measuredTo: String?) -> ObservedMeasurement {
    ObservedMeasurement(
      file: "observed.yaml", measuredTo: measuredTo.flatMap(Day.init(iso:)),
      sampleSize: sampleSize, withoutPhoneShare: 0)
  }

  @Test func nothingCountedWarns() {
    let codes = ObservedWarnings.check(measurement(sampleSize: 0, measuredTo: nil), asOf: asOf)
      .map(\.code)
    #expect(codes == [.observedEmpty])
  }

  /// A sample of 1 whose `measured_to` could not be read (1970-01-04, refused at its own key)
  /// counted a message: the file's own error says what is wrong, not "counted no message".
  @Test func aSampleWithoutAReadableDateDoesNotClaimNothingWasCounted() {
    #expect(ObservedWarnings.check(measurement(sampleSize: 1, measuredTo: nil), asOf: asOf).isEmpty)
    #expect(
      ObservedWarnings.check(measurement(sampleSize: 1, measuredTo: "2026-11-22"), asOf: asOf)
        .isEmpty)
  }
}
