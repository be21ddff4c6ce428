/// Width estimates and truncation for Gantt labels, which SVG cannot wrap or clip by itself.
///
/// Widths are upper bounds for the fonts the stylesheet names: ASCII uses the advances of
/// DejaVu Sans (wider than Segoe UI, San Francisco, Roboto or Helvetica), bold text adds the
/// widest bold-to-regular ratio of DejaVu Sans, so a label cut to fit a column fits it.
enum GanttLabel {
  /// The font size of the chart's text: the label columns, group rows and month labels.
  static let columnFont = 12.0
  /// The font size of the text beside a bar.
  static let barFont = 11.0
  /// How much wider bold text is than regular, at most (DejaVu Sans Bold over Book).
  static let boldFactor = 1.14

  /// DejaVu Sans advances for U+0020…U+007E, in thousandths of an em.
  private static let ascii: [Int] = [
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
    1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
    603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
  ]

  /// Estimated width of `text` at `fontSize`, in chart units.
  static func width(_ text: String, fontSize: Double = columnFont, bold: Bool = false) -> Double {
    Double(advance(text)) * scale(fontSize, bold)
  }

  /// `text` cut at a character boundary to fit `maxWidth` units at `fontSize`, ending in `…`
  /// when cut.
  static func truncate(
    _ text: String, to maxWidth: Double, fontSize: Double = columnFont, bold: Bool = false
  ) -> String {
    let budget = Int(maxWidth / scale(fontSize, bold))
    guard advance(text) > budget else { return text }
    var used = advance(Character("…"))
    var out = ""
    for ch in text {
      let w = advance(ch)
      if used + w > budget { break }
      used += w
      out.append(ch)
    }
    return out + "…"
  }

  /// Chart units per thousandth of an em.
  private static func scale(_ fontSize: Double, _ bold: Bool) -> Double {
    fontSize / 1000 * (bold ? boldFactor : 1)
  }

  /// `lead` and `text` (an id and a name) side by side, cut to fit `maxWidth`. Each is wrapped
  /// in a first-strong isolate with its own ellipsis, so a right-to-left name is cut at its own
  /// end and never reorders the id beside it inside the left-to-right chart.
  static func fit(
    _ lead: String, _ text: String, to maxWidth: Double, fontSize: Double = columnFont
  ) -> String {
    let room = maxWidth - width(lead + " ", fontSize: fontSize)
    guard !text.isEmpty else { return isolate(truncate(lead, to: maxWidth, fontSize: fontSize)) }
    guard room >= width("…", fontSize: fontSize) else {
      return isolate(truncate(lead + " " + text, to: maxWidth, fontSize: fontSize))
    }
    return isolate(lead) + " " + isolate(truncate(text, to: room, fontSize: fontSize))
  }

  /// `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
  static func isolate(_ text: String) -> String { "\u{2068}" + text + "\u{2069}" }

  /// Advance of a whole text: the sum over its characters, taken over its scalars, which gives
  /// the same sum without finding where each character ends.
  private static func advance(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + advance($1) }
  }

  /// Advance of one character, a grapheme cluster. An emoji sequence counts each of its
  /// pictographs, as a viewer without an emoji font shows each as a box; joiners, variation
  /// selectors and bidi controls take no room.
  private static func advance(_ ch: Character) -> Int {
    ch.unicodeScalars.reduce(0) { $0 + advance($1) }
  }

  private static func advance(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if (0x20...0x7E).contains(v) { return ascii[Int(v) - 0x20] }
    if v == 0x2026 { return 1000 }
    if v == 0x00B7 { return 318 }
    let invisible =
      (0x0300...0x036F).contains(v) || (0x200B...0x200F).contains(v)
      || (0x202A...0x202E).contains(v)
      || (0x2060...0x206F).contains(v) || (0xFE00...0xFE0F).contains(v)
      || (0xE0000...0xE007F).contains(v)
    if invisible { return 0 }
    if (0x1F000...0x1FAFF).contains(v) || (0x2600...0x27BF).contains(v) || v == 0x20E3 {
      return 1300
    }
    let wide =
      (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
      || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0x20000...0x3FFFD).contains(v)
    return wide ? 1000 : 800
  }
}
