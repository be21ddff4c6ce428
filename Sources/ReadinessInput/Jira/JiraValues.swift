import ReadinessCore

/// Jira's own spellings of dates and estimates.
enum JiraValues {
  static let months = [
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
  ]

  /// `05/Dec/26 9:12 AM`, `05/Dec/26`, `2026-12-05` or `2026-12-05 09:12` → the day.
  static func day(_ text: String) -> Day? {
    let date = text.split(separator: " ").first.map(String.init) ?? ""
    if let day = Day(iso: String(date.prefix(10))), date.count >= 10 { return day }
    let parts = date.split(separator: "/")
    guard parts.count == 3, let dayNumber = Int(parts[0]),
      let month = months[parts[1].lowercased()],
      var year = Int(parts[2])
    else { return nil }
    if parts[2].count == 2 { year += 2000 }
    return Day(year: year, month: month, day: dayNumber)
  }

  /// An estimate in seconds (as Jira exports it) → working days of `hoursPerDay`, rounded up.
  static func workingDays(seconds text: String, hoursPerDay: Double) -> Int? {
    guard let seconds = Double(text), seconds >= 0, hoursPerDay > 0 else { return nil }
    return Int((seconds / 3600 / hoursPerDay).rounded(.up))
  }
}
