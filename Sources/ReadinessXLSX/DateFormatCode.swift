import ReadinessCore

/// A date cell's number format from the language's own short date (`Figure.shortDay`, CLDR's
/// numeric date through Foundation): two days are written and their figures read back as the
/// format's parts, so the cells show days as report.html's tables do. English writes ISO days,
/// so it keeps `yyyy-mm-dd`; a language whose days are not in Latin digits falls back to it.
enum DateFormatCode {
  /// 2033-11-22: day, month and year each a figure of its own.
  private static let probe = Day(year: 2033, month: 11, day: 22)!
  /// 2033-03-04: whether the day and month are written with a leading zero.
  private static let padding = Day(year: 2033, month: 3, day: 4)!

  static func day(_ language: any MessageLanguage) -> String {
    code(language, year: true) ?? "yyyy-mm-dd"
  }

  /// The day and month alone, the year and its separator left out.
  static func dayAndMonth(_ language: any MessageLanguage) -> String {
    code(language, year: false) ?? "dd mmm"
  }

  private static func code(_ language: any MessageLanguage, year: Bool) -> String? {
    let text = language.figure(.shortDay(probe))
    // Without its year, whose "2033" holds a "03" of its own.
    let padded = language.figure(.shortDay(padding)).replacingOccurrences(of: "2033", with: "")
    let dayCode = padded.contains("04") ? "dd" : "d"
    let monthCode = padded.contains("03") ? "mm" : "m"
    var parts: [(String, String)] = [("22", dayCode), ("11", monthCode)]
    parts.insert(text.contains("2033") ? ("2033", "yyyy") : ("33", "yy"), at: 0)
    var code = ""
    var rest = Substring(text)
    var found = 0
    while let first = rest.first {
      if let (figure, part) = parts.first(where: { rest.hasPrefix($0.0) }) {
        code += part == "yyyy" || part == "yy" ? (year ? part : "\u{0}") : part
        rest = rest.dropFirst(figure.count)
        found += 1
      } else if first.isNumber {
        return nil
      } else {
        code += "/-. ".contains(first) ? String(first) : "\\" + String(first)
        rest = rest.dropFirst()
      }
    }
    guard found == 3 else { return nil }
    return year ? code : withoutYear(code)
  }

  /// `dd/mm/\0` or `\0-mm-dd` without the year's mark and the separators that part it from
  /// the day and month.
  private static func withoutYear(_ code: String) -> String {
    let parts = code.split(separator: "\u{0}", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return code }
    let separator: (Character) -> Bool = { "/-. ".contains($0) }
    let before =
      parts[1].isEmpty
      ? String(parts[0].reversed().drop(while: separator).reversed()) : String(parts[0])
    return before + String(parts[1].drop(while: separator))
  }
}
