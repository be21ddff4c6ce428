import ArgumentParser
import Foundation
import ReadinessCore

/// `--as-of YYYY-MM-DD`: the day the report describes.
struct AsOfOption: ParsableArguments {
  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      "Day to report on (default: the inventory's programme.as_of, else today in UTC).",
      valueName: "yyyy-mm-dd"),
    transform: AsOfOption.day)
  var asOf: Day?

  /// `--as-of` wins, then the inventory's `programme.as_of`, else today (UTC).
  var choice: AsOfChoice { AsOfChoice(given: asOf, today: Self.today()) }

  /// Today's date in UTC.
  static func today() -> Day {
    Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
  }

  private static func day(_ text: String) throws -> Day {
    guard let day = Day(iso: text) else {
      throw ValidationError(
        "'\(TerminalText.clean(text, limit: 40))' is not a date: write YYYY-MM-DD, e.g. 2026-11-25")
    }
    guard InputLimits.contains(day) else {
      throw ValidationError("--as-of must be a date \(InputLimits.dateRange), not \(text)")
    }
    return day
  }
}
