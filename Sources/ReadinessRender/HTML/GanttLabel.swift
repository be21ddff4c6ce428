/// Width estimates and truncation for Gantt labels, which SVG cannot wrap or clip by itself.
enum GanttLabel {
  /// Approximate advance of one narrow character at the chart's 12-unit font.
  static let unitWidth = 6.6

  /// Estimated width of `text` in chart units: wide (CJK, emoji) characters count double.
  static func width(_ text: String) -> Double {
    Double(text.reduce(0) { $0 + units($1) }) * unitWidth
  }

  /// `text` cut at a character boundary to fit `maxWidth` units, ending in `…` when cut.
  static func truncate(_ text: String, to maxWidth: Double) -> String {
    let budget = Int(maxWidth / unitWidth)
    guard text.reduce(0, { $0 + units($1) }) > budget else { return text }
    var used = 1
    var out = ""
    for ch in text {
      let w = units(ch)
      if used + w > budget { break }
      used += w
      out.append(ch)
    }
    return out + "…"
  }

  private static func units(_ ch: Character) -> Int {
    guard let v = ch.unicodeScalars.first?.value else { return 1 }
    let wide =
      (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
      || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
    return wide ? 2 : 1
  }
}
