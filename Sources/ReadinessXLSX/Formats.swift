import CXLSXWriter
import ReadinessCore
import ReadinessRender

typealias Format = UnsafeMutablePointer<lxw_format>

/// The workbook's cell formats: number formats, the header, and the fills that colour RAG,
/// outcomes, severities and the Gantt grid. Every format aligns to the top of its cell, so a row
/// whose wrapped text runs to several lines still reads across; the fills wrap their text, as a
/// PM's severity ("medium, set by the PM; computed: high") is long.
struct Formats {
  /// The size of every cell's text: 12 points, so a sheet fitted to the page's width prints at 9
  /// points or more.
  static let fontSize = 12.0
  /// Each line of text in a row, in points.
  static let lineHeight = 15.0

  let plain, header, title, wrap, date, weekDate, score, delta, count, flag: Format
  /// Percentages: `percent` for a whole one (25%), `percentTenth` for one that is not (12.5%).
  let percent, percentTenth: Format
  /// Amounts per currency code, with the decimals `CurrencyDigits` chose for it.
  let money: [String: Format]
  let rag: [RAG: Format]
  let outcome: [Outcome: Format]
  let severity: [Severity: Format]
  /// Gantt cells: plan only, forecast only, both, and a milestone.
  let plan, forecast, planAndForecast, milestone: Format

  /// The formats of `workbook`; dates and flags as `words`' language writes them.
  init(
    _ workbook: UnsafeMutablePointer<lxw_workbook>, currencyDigits: [String: Int] = [:],
    words: Wording = .english
  ) {
    let fontSize = Self.fontSize
    func make(_ configure: (Format) -> Void) -> Format {
      let format = workbook_add_format(workbook)!
      format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
      format_set_font_size(format, fontSize)
      configure(format)
      return format
    }
    func numbers(_ code: String) -> Format { make { format_set_num_format($0, code) } }
    func fill(_ background: Int32, font: Int32 = 0x000000) -> Format {
      make {
        format_set_pattern($0, UInt8(LXW_PATTERN_SOLID.rawValue))
        format_set_bg_color($0, lxw_color_t(background))
        format_set_font_color($0, lxw_color_t(font))
        format_set_text_wrap($0)
      }
    }
    plain = make { _ in }
    header = make {
      format_set_bold($0)
      format_set_text_wrap($0)
      format_set_bottom($0, UInt8(LXW_BORDER_THIN.rawValue))
      format_set_bg_color($0, 0xD9E1F2)
      format_set_pattern($0, UInt8(LXW_PATTERN_SOLID.rawValue))
    }
    title = make {
      format_set_bold($0)
      format_set_font_size($0, 14)
    }
    wrap = make { format_set_text_wrap($0) }
    date = numbers(words.dateFormat)
    weekDate = make {
      format_set_num_format($0, words.weekFormat)
      format_set_bold($0)
      format_set_rotation($0, 90)
    }
    score = numbers("0.0")
    delta = numbers("+0.0;-0.0;0.0")
    percent = numbers("0%")
    percentTenth = numbers("0.0%")
    count = numbers("#,##0")
    flag = numbers(words.flagFormat)
    // Sorted, so the formats are added in the same order on every run (a byte-identical file).
    money = Dictionary(
      uniqueKeysWithValues: currencyDigits.keys.sorted().map {
        ($0, numbers(CurrencyDigits.numberFormat($0, currencyDigits[$0]!)))
      })
    rag = [
      .green: fill(0xC6EFCE, font: 0x006100), .amber: fill(0xFFEB9C, font: 0x9C5700),
      .red: fill(0xFFC7CE, font: 0x9C0006),
    ]
    outcome = [
      .works: fill(0xC6EFCE, font: 0x006100), .unaffected: fill(0xE2EFDA),
      .degraded: fill(0xFFEB9C, font: 0x9C5700), .breaks: fill(0xFFC7CE, font: 0x9C0006),
      .unknown: fill(0xD9D9D9),
    ]
    severity = [
      .critical: fill(0xC00000, font: 0xFFFFFF), .high: fill(0xFFC7CE, font: 0x9C0006),
      .medium: fill(0xFFEB9C, font: 0x9C5700), .low: fill(0xE2EFDA),
    ]
    plan = fill(0xBDD7EE)
    forecast = fill(0xF4B084)
    planAndForecast = fill(0x2F75B5)
    milestone = make {
      format_set_bold($0)
      format_set_align($0, UInt8(LXW_ALIGN_CENTER.rawValue))
      format_set_font_color($0, 0xC00000)
    }
  }
}
