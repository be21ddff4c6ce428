import Foundation
import Testing

@testable import ReadinessCore

/// `Figures.fixed` writes a rounded value's digits by integer arithmetic; it must give exactly
/// what `%.Nf` gives, which it replaced for speed.
@Suite("Figures writes fixed decimals as %.Nf does")
struct FiguresFixedTests {
  @Test("every rounded value below 10^15 once scaled, and the edges, match %.Nf", arguments: 0...3)
  func matchesFormat(places: Int) {
    var generator = SystemRandomNumberGenerator()
    var values: [Double] = [
      0, 0.5, 1.005, 2.675, 999.995, 1_234_567.125, 99_999_999_999.99, 999_999_999_999.5,
      1e14, 1e15 - 1, 1e15, 1e15 + 0.5, 1e20, .leastNonzeroMagnitude, 4.9e-320,
    ]
    for _ in 0..<20_000 {
      let magnitude = pow(10, Double(Int.random(in: -6...16, using: &generator)))
      values.append(Double.random(in: 0...1, using: &generator) * magnitude)
    }
    for value in values {
      let rounded = DecimalRounding.rounded(value, places: places)
      #expect(
        Figures.fixed(rounded, places: places) == String(format: "%.\(places)f", rounded),
        "\(value) at \(places) places")
    }
  }
}
