import Foundation
import Testing

@testable import ReadinessCore

/// `Figures.decimal` and `percent` work on the digits' UTF-8 bytes; they must write exactly
/// what the Character-based versions they replaced wrote (kept here as the reference).
@Suite("Figures writes grouped decimals as before")
struct FiguresDecimalTests {
  static func reference(_ value: Double, places: Int) -> String {
    guard value.isFinite else { return "n/a" }
    let places = max(places, 0)
    let rounded = DecimalRounding.rounded(value, places: places)
    let digits = Figures.fixed(abs(rounded), places: places)
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    let isZero = !digits.contains { ("1"..."9").contains($0) }
    let sign = rounded < 0 && !isZero ? "−" : ""
    let characters = Array(parts[0])
    var whole = ""
    for (i, d) in characters.enumerated() {
      if i > 0 && (characters.count - i) % 3 == 0 { whole.append(",") }
      whole.append(d)
    }
    return places > 0 && parts.count == 2 ? sign + whole + "." + parts[1] : sign + whole
  }

  @Test("random and edge values at 0 to 3 places (and -1) match the reference", arguments: -1...3)
  func matchesReference(places: Int) {
    var generator = SystemRandomNumberGenerator()
    var values: [Double] = [
      0, -0.0, 0.04, -0.04, 0.05, -0.05, 999.95, -999.95, 1000, 123_456_789.5, 1e15, -1e15,
      1e20, 1e300, -.greatestFiniteMagnitude, .leastNonzeroMagnitude, .nan, .infinity,
    ]
    for _ in 0..<5_000 {
      let magnitude = pow(10, Double(Int.random(in: -4...18, using: &generator)))
      values.append(Double.random(in: -1...1, using: &generator) * magnitude)
    }
    for value in values {
      #expect(
        Figures.decimal(value, places: places) == Self.reference(value, places: places),
        "\(value) at \(places) places")
    }
  }

  @Test("percent drops a trailing .0 only")
  func percent() {
    #expect(Figures.percent(60) == "60%")
    #expect(Figures.percent(62.5) == "62.5%")
    #expect(Figures.percent(-0.04) == "0%")
    #expect(Figures.percent(-12.0) == "−12%")
    #expect(Figures.percent(1_000_000.04) == "1,000,000%")
    #expect(Figures.percent(.nan) == "0%")
  }
}
