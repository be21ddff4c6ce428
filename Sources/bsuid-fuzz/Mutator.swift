import ReadinessCore

/// Seeded mutations of inventory text: values swapped for hostile ones (limits, dates, huge
/// numbers, long or empty text, control characters), lines repeated, dropped or spliced from
/// another input, bytes flipped. The same seed gives the same inputs.
struct Mutator {
  private var random: SplitMix64

  init(seed: UInt64) { random = SplitMix64(seed: seed) }

  mutating func next() -> UInt64 { random.next() }

  mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }

  /// Values that have broken, or sit at the edge of, what the tool accepts.
  static let values: [String] = [
    "0", "-0", "-1", "0.5", "1", "100", "101", "1000", "1000.5", "2000", "2001", "1e12",
    "1000000000001",
    "1e15", "1e19", "1e300", "1e308", "1e400", "-1e308", "5e-324", "9223372036854775807",
    "18446744073709551616", "1000000000", "0001-01-01", "1999-12-31", "2000-01-01", "2000-01-03",
    "2100-12-31", "2101-01-01", "9999-12-31", "2026-02-30", "\"\"", "\" \"", "~", "[]", "{}",
    "[a, b]", "{x: 1}", "yes", "no", "\"\u{0}\"", "\"\u{202E}evil\"", "\"\u{1B}[31mred\"",
    "\"{{> report}}\"", "\"<script>x</script>\"", "R-I1", "done", "planning", "click_to_whatsapp",
    String(repeating: "x", count: 10_000), String(repeating: "y", count: 10_001),
    String(repeating: "z", count: 201),
  ]

  /// `text` with one to three mutations; `other` supplies lines to splice in.
  mutating func mutate(_ text: String, other: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let donor = other.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for _ in 0...below(3) where !lines.isEmpty {
      let i = below(lines.count)
      switch below(7) {
      case 0, 1, 2: lines[i] = replacingValue(lines[i])
      case 3: lines.insert(lines[i], at: i)
      case 4: lines.remove(at: i)
      case 5 where !donor.isEmpty: lines.insert(donor[below(donor.count)], at: i)
      default: lines[i] = flippingByte(lines[i])
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The line with the value after its last `: ` (or its last word) replaced.
  private mutating func replacingValue(_ line: String) -> String {
    let value = Self.values[below(Self.values.count)]
    if let colon = line.range(of: ": ", options: .backwards) {
      return String(line[..<colon.upperBound]) + value
    }
    return line + " " + value
  }

  private mutating func flippingByte(_ line: String) -> String {
    var bytes = Array(line.utf8)
    guard !bytes.isEmpty else { return line }
    bytes[below(bytes.count)] ^= UInt8(truncatingIfNeeded: 1 << below(8))
    return String(decoding: bytes, as: UTF8.self)
  }
}
