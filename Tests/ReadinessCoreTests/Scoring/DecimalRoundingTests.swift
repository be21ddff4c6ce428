import Foundation
import Testing

@testable import ReadinessCore

@Suite("decimal rounding")
struct DecimalRoundingTests {
  @Test("halves as written round away from zero")
  func halves() {
    #expect(DecimalRounding.rounded(2.01 * 0.5, places: 2) == 1.01)
    #expect(DecimalRounding.rounded(90 * 0.5 * 0.7, places: 0) == 32)
    #expect(DecimalRounding.rounded(1.005, places: 2) == 1.01)
    #expect(DecimalRounding.rounded(-2.5, places: 0) == -3)
    #expect(DecimalRounding.rounded(37.339999999999996, places: 2) == 37.34)
    #expect(DecimalRounding.rounded(-0.001, places: 2).sign == .plus)
  }

  @Test("the fast path gives the decimal path's double for every value tried")
  func fastPathMatchesDecimal() {
    var generator = SystemRandomNumberGenerator()
    var values: [Double] = [
      0, 0.5, 1.5, 2.675, 1e12 + 0.5, 123_456.785, -0.045, 99.95, 66.66666666666667,
    ]
    for _ in 0..<20_000 {
      let magnitude = Double.random(in: -3...9, using: &generator)
      values.append(Double.random(in: -1...1, using: &generator) * pow(10, magnitude))
      // Decimals with few digits, the figures scores and money are made of, and their halves.
      let cents = Double(Int.random(in: -10_000_000...10_000_000, using: &generator))
      values.append(cents / 1000)
      values.append(cents / 100 * 0.7)
    }
    for value in values {
      for places in [0, 1, 2, 4] {
        let fast = DecimalRounding.rounded(value, places: places)
        let reference = DecimalRounding.viaDecimal(value, places: places)
        #expect(fast == reference, "\(value) to \(places) places: \(fast) ≠ \(reference)")
        if fast != reference { return }
      }
    }
  }
}
