import Foundation
import ReadinessCore

/// Figures in a locale's own way, through Foundation's formatters and CLDR's data: `1.234,5`
/// in pt-BR, `IDR 211.600.000` in id, `25 de nov. de 2026`. Values are rounded as English
/// rounds them (half away from zero, `DecimalRounding`) before they are formatted, so every
/// language shows the same figure.
struct LocaleFigures: Sendable {
  let locale: Locale
  private let dateStyle: Date.FormatStyle
  private let shortDateStyle: Date.FormatStyle
  /// CLDR's stand-alone names: months abbreviated, January first; weekdays whole, Monday first.
  private let months: [String]
  private let weekdays: [String]
  /// Figures already written.
  private let written = WrittenFigures()

  init(_ identifier: String) {
    locale = Locale(identifier: identifier)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    var style = Date.FormatStyle(
      date: .abbreviated, time: .omitted, locale: locale, calendar: calendar)
    style.timeZone = calendar.timeZone
    dateStyle = style
    // Two-digit day and month, four-digit year, in the locale's order (`09/12/2026`).
    var short = Date.FormatStyle(locale: locale, calendar: calendar).day(.twoDigits)
      .month(.twoDigits).year(.defaultDigits)
    short.timeZone = calendar.timeZone
    shortDateStyle = short
    // Stand-alone forms (`LLL`, `cccc`), as a label or a list names them, not inside a date.
    let symbols = DateFormatter()
    symbols.locale = locale
    symbols.calendar = calendar
    symbols.timeZone = calendar.timeZone
    symbols.dateFormat = "LLL"
    months = (1...12).map { month in
      calendar.date(from: DateComponents(year: 2001, month: month, day: 15))
        .map(symbols.string) ?? ""
    }
    symbols.dateFormat = "cccc"
    // 2001-01-01, 11,323 days after 1970-01-01, was a Monday.
    weekdays = (0..<7).map {
      symbols.string(from: Date(timeIntervalSince1970: Double(11_323 + $0) * 86_400))
    }
  }

  /// `figure` in the locale, each distinct figure formatted once: a plan names the same few
  /// hundred days, counts and scores tens of thousands of times, and a Foundation formatter
  /// costs microseconds a call.
  func format(_ figure: Figure) -> String {
    let figure = Self.rounded(figure)
    return written.name(figure) { make(figure) }
  }

  private func make(_ figure: Figure) -> String {
    switch figure {
    case .count(let n): n.formatted(.number.locale(locale))
    case .whole(let value): number(value, places: 0)
    case .score(let value): number(value, places: 1)
    case .percent(let value):
      (value / 100).formatted(.percent.precision(.fractionLength(0...1)).locale(locale))
    case .day(let day): Self.date(day).formatted(dateStyle)
    case .shortDay(let day): Self.date(day).formatted(shortDateStyle)
    case .month(let month): months.indices.contains(month - 1) ? months[month - 1] : ""
    case .weekday(let weekday): weekdays[weekday.index]
    case .money(let amount, let currency, let places):
      currency + "\u{A0}" + number(amount, places: places)
    }
  }

  /// The figure as it will be shown, rounded as English rounds it (half away from zero), so
  /// that figures showing the same are formatted, and kept, once.
  private static func rounded(_ figure: Figure) -> Figure {
    switch figure {
    case .whole(let value): .whole(round(value, places: 0))
    case .score(let value): .score(round(value, places: 1))
    case .percent(let value): .percent(round(value.isNaN ? 0 : value, places: 1))
    case .money(let amount, let currency, let places):
      .money(round(amount, places: places), currency: currency, places: places)
    default: figure
    }
  }

  /// Rounded, and a negative zero made positive: English writes both as `0`.
  private static func round(_ value: Double, places: Int) -> Double {
    DecimalRounding.rounded(value, places: places) + 0
  }

  /// The day's midnight, UTC: days count from 1970-01-01.
  private static func date(_ day: Day) -> Date {
    Date(timeIntervalSince1970: Double(day.ordinal) * 86_400)
  }

  /// `value` rounded to `places` decimals, with the locale's separators and digits.
  private func number(_ value: Double, places: Int) -> String {
    guard value.isFinite else { return "n/a" }
    return DecimalRounding.rounded(value, places: places).formatted(
      .number.precision(.fractionLength(places)).locale(locale))
  }
}

/// The figures already written, shared by the threads that render one language. It stops
/// keeping new ones past `limit`, so a plan of countless distinct amounts cannot grow it
/// without bound.
final class WrittenFigures: @unchecked Sendable {
  static let limit = 100_000
  // Guarded by `lock`.
  private var texts: [Figure: String] = [:]
  private let lock = NSLock()

  func name(_ figure: Figure, _ make: () -> String) -> String {
    lock.lock()
    defer { lock.unlock() }
    if let text = texts[figure] { return text }
    let text = make()
    // A figure holding NaN never equals itself, so it is never found: not kept.
    if texts.count < Self.limit, figure == figure { texts[figure] = text }
    return text
  }
}
