import ReadinessCore

/// What `measure` recognised in the logs it read, and whether the count can be used.
public struct LogSummary: Sendable {
  /// Why a count cannot be used.
  public enum Problem: Sendable, Equatable {
    /// No incoming message was counted.
    case nothingCounted
    /// More than half of the values read held no usable body.
    case mostlyMalformed
  }

  public let lines: [String]
  public let problem: Problem?

  public init(_ tally: AdoptionTally) {
    let counted = LogShape.allCases.compactMap { shape -> String? in
      tally.shapes[shape].map { "\(Self.number($0)) \(shape.rawValue)" }
    }
    var read = "Read \(Self.number(tally.bodies)) value\(tally.bodies == 1 ? "" : "s")"
    read += counted.isEmpty ? "" : ": " + counted.joined(separator: ", ")
    var lines = [read]
    var layout: [String] = []
    if tally.multiLine > 0 { layout.append("\(Self.number(tally.multiLine)) pretty-printed") }
    if tally.inArrays > 0 { layout.append("\(Self.number(tally.inArrays)) in arrays") }
    if !layout.isEmpty { lines.append("  of which " + layout.joined(separator: ", ")) }
    if tally.malformed > 0 {
      lines.append("  \(Self.number(tally.malformed)) malformed, skipped")
    }
    let sample = tally.counts.values.map(\.inbound).reduce(0, +)
    lines.append("Counted \(Self.number(sample)) incoming message\(sample == 1 ? "" : "s")")
    self.lines = lines
    if tally.malformed * 2 > tally.bodies {
      problem = .mostlyMalformed
    } else if sample == 0 {
      problem = .nothingCounted
    } else {
      problem = nil
    }
  }

  private static func number(_ value: Int) -> String { Figures.count(Double(value)) }
}
