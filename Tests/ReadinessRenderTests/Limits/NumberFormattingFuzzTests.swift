import Foundation
import ReadinessCore
import Testing

@testable import ReadinessRender

/// Every number formatter takes any finite double without trapping and writes what it was given:
/// seeded random bit patterns (huge, tiny, subnormal, negative) and the edge values by name.
@Suite("Number formatting over any finite double")
struct NumberFormattingFuzzTests {
  static let edges: [Double] = [
    0, -0.0, 0.5, -0.5, 2.5, 1.005, 1e15 + 0.5, 9_007_199_254_740_993, 9.223372036854775807e18,
    1e19, -1e19, 1e300, 1e308, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
    .leastNormalMagnitude, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, 1e-300, 4.9e-320,
  ]

  /// The edges, then random finite doubles from random bit patterns and random magnitudes.
  static func values(count: Int) -> [Double] {
    var rng = SplitMix64(seed: 11)
    var out = edges
    while out.count < count {
      let bits = Double(bitPattern: rng.next())
      if bits.isFinite { out.append(bits) }
      out.append(
        Double.random(in: -1...1, using: &rng)
          * pow(10, Double(Int.random(in: -30...30, using: &rng))))
    }
    return out
  }

  /// The number a formatted text stands for (thousands separators and the minus sign undone).
  func parsed(_ text: String) -> Double? {
    Double(text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "−", with: "-"))
  }

  /// Whether `text` is within rounding of `value` at `places` decimals.
  func close(_ text: String, _ value: Double, places: Int) -> Bool {
    guard let back = parsed(text) else { return false }
    return abs(back - value) <= 0.5 * pow(10, -Double(places)) + abs(value) * 1e-14
  }

  @Test("Figures and HTMLText format every finite double as grouped digits near its value")
  func figures() {
    let grouped = /^−?[0-9]{1,3}(,[0-9]{3})*(\.[0-9]+)?$/
    for value in Self.values(count: 4_000) {
      for places in 0...2 {
        let text = Figures.decimal(value, places: places)
        #expect(text.wholeMatch(of: grouped) != nil, "\(value) at \(places): \(text)")
        #expect(close(text, value, places: places), "\(value) at \(places): \(text)")
      }
      #expect(HTMLText.decimal(value).wholeMatch(of: grouped) != nil)
      #expect(Figures.count(value).wholeMatch(of: grouped) != nil)
      #expect(MoneyFormat()(value, "EUR").hasPrefix("EUR "))
      #expect(Figures.percent(fraction: value).hasSuffix("%"))
      #expect(!Figures.score(value).isEmpty)
    }
  }

  @Test("XMLNumber writes every finite double as an xs:decimal near its value, never an exponent")
  func xmlNumbers() {
    let decimal = /^-?[0-9]+(\.[0-9]+)?$/
    for value in Self.values(count: 4_000) {
      for digits in [0, 1, 2, 4] {
        let text = XMLNumber.decimal(value, digits: digits)
        #expect(text.wholeMatch(of: decimal) != nil, "\(value) to \(digits): \(text)")
        #expect(close(text, value, places: digits), "\(value) to \(digits): \(text)")
        #expect(text != "-0")
      }
    }
  }

  @Test("SVG coordinates format any finite double")
  func svgNumbers() {
    for value in Self.values(count: 2_000) {
      #expect(Double(SVGNumber.format(value)) != nil, "\(value)")
    }
  }

  @Test(
    "the Gantt's months end at year 9999 and past it, and cover 2000–2100 month by month",
    .timeLimit(.minutes(1)))
  func ganttMonthsNearTheEndOfTheCalendar() throws {
    let late = try #require(Day(year: 9999, month: 11, day: 15))
    let axis = GanttAxis(
      covering: [late, late.adding(days: 90)], left: 0, width: 1000, calendar: .standard)
    #expect(axis.months(.english).count == 4)
    #expect(axis.last.iso == "10000-02-29")
    let full = GanttAxis(
      covering: [InputLimits.earliestDate, InputLimits.latestDate], left: 0, width: 1000,
      calendar: .standard)
    #expect(full.months(.english).count == 101 * 12)
    #expect(full.first == InputLimits.earliestDate && full.last == InputLimits.latestDate)
  }
}
