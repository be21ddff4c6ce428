import CXLSXWriter
import ReadinessCore
import ReadinessRender

/// One worksheet and the calls the sheets use: every text is written as a string (never a
/// formula, so `=1+1` stays text), numbers as numbers and days as Excel dates. A row whose
/// wrapped text runs to several lines is made that many lines tall, as neither Excel nor
/// LibreOffice sizes a row to its text when opening a file.
final class Sheet {
  let pointer: UnsafeMutablePointer<lxw_worksheet>
  /// The sheet's name, as a formula refers to it (`SheetNames.reference`).
  let reference: String
  let formats: Formats
  /// The workbook's language: its headers, words and messages.
  let words: Wording
  /// The width of each column `header` set, in characters.
  private var widths: [Int: Double] = [:]
  /// The columns whose text wraps.
  private var wrapping: Set<Int> = []
  /// The lines of the tallest cell written so far in each row taller than one line.
  private var rowLines: [Int: Int] = [:]
  /// The rows `table` filters: its header row and last row.
  private var filtered: (row: Int, lastRow: Int)?

  /// A sheet that prints on A4 landscape, every column on one page's width, gridlines drawn, the
  /// sheet's name and `heading` at the top of each page and its page number at the foot.
  init(
    _ workbook: UnsafeMutablePointer<lxw_workbook>, name: String, formats: Formats,
    words: Wording = .english, heading: String = ""
  ) {
    pointer = workbook_add_worksheet(workbook, name)
    reference = SheetNames.reference(name)
    self.formats = formats
    self.words = words
    setUpPrinting(heading: heading)
  }

  func text(_ row: Int, _ column: Int, _ value: String?, _ format: Format? = nil) {
    guard let value else { return }
    // A wrapping column's own format wraps, and so do the header and the coloured fills.
    if wrapping.contains(column) || format == formats.header, let width = widths[column] {
      heighten(row, to: WrappedLines.count(value, width: width))
    } else if !words.keysOnText, let width = widths[column], format != formats.title {
      widen(column, from: width, toFit: value)
    }
    // withCString lends the string's own bytes; passing the String would copy them per cell.
    XLSXText.cell(value).withCString {
      _ = worksheet_write_string(pointer, lxw_row_t(row), lxw_col_t(column), $0, format)
    }
  }

  func number(_ row: Int, _ column: Int, _ value: Double?, _ format: Format? = nil) {
    guard let value, value.isFinite else { return }
    worksheet_write_number(pointer, lxw_row_t(row), lxw_col_t(column), value, format)
  }

  /// A 0–1 share as a percentage with one decimal when it is not whole (12.5%, 25%), the one
  /// percent rule of every output.
  func percent(_ row: Int, _ column: Int, _ value: Double?) {
    guard let value, value.isFinite else { return }
    let shown = DecimalRounding.rounded(value * 100, places: 1)
    number(row, column, value, shown.rounded() == shown ? formats.percent : formats.percentTenth)
  }

  /// An amount in its currency's format (`[$EUR] #,##0.00`).
  func money(_ row: Int, _ column: Int, _ value: Money?) {
    guard let value else { return }
    number(row, column, value.amount, formats.money[value.currency])
  }

  func day(_ row: Int, _ column: Int, _ value: Day?, _ format: Format? = nil) {
    guard let value else { return }
    let parts = value.components
    var date = lxw_datetime(
      year: Int32(parts.year), month: Int32(parts.month), day: Int32(parts.day), hour: 0, min: 0,
      sec: 0)
    worksheet_write_datetime(
      pointer, lxw_row_t(row), lxw_col_t(column), &date, format ?? formats.date)
  }

  func flag(_ row: Int, _ column: Int, _ value: Bool?) {
    guard let value else { return }
    worksheet_write_boolean(pointer, lxw_row_t(row), lxw_col_t(column), value ? 1 : 0, formats.flag)
  }

  /// A bold header row at `row` with the given columns and widths, each title in the workbook's
  /// language (`WorkbookColumns`); the columns titled in `wrap` (in English) wrap their text, so
  /// long titles and notes print within the page's width.
  func header(
    _ row: Int, _ columns: [(title: String, width: Double)], wrap: Set<String> = [],
    from first: Int = 0
  ) {
    for (offset, column) in columns.enumerated() {
      let wraps = wrap.contains(column.title)
      worksheet_set_column(
        pointer, lxw_col_t(first + offset), lxw_col_t(first + offset), column.width,
        wraps ? formats.wrap : formats.plain)
      widths[first + offset] = column.width
      if wraps { wrapping.insert(first + offset) }
      text(
        row, first + offset, WorkbookColumns.title(column.title, in: words.language),
        formats.header)
    }
  }

  /// A translated word is often longer than the English its column was sized for: a column that
  /// does not wrap grows to fit a short text (a word or a label, not a name), so "vermelho" is
  /// not cut where "red" fitted.
  private func widen(_ column: Int, from width: Double, toFit value: String) {
    let needed = Double(value.count) + 1
    guard needed > width, value.count <= 16 else { return }
    worksheet_set_column(
      pointer, lxw_col_t(column), lxw_col_t(column), needed, formats.plain)
    widths[column] = needed
  }

  /// `value` wrapped across the cells of `columns` in `row`, merged into one, the row as tall as
  /// the text.
  func merged(_ row: Int, _ columns: ClosedRange<Int>, _ value: String) {
    let width = columns.reduce(0) { $0 + (widths[$1] ?? 8.43) }
    heighten(row, to: WrappedLines.count(value, width: width))
    XLSXText.cell(value).withCString {
      _ = worksheet_merge_range(
        pointer, lxw_row_t(row), lxw_col_t(columns.lowerBound), lxw_row_t(row),
        lxw_col_t(columns.upperBound), $0, formats.wrap)
    }
  }

  /// Makes `row` `lines` lines tall, unless a cell already made it taller.
  private func heighten(_ row: Int, to lines: Int) {
    guard lines > max(rowLines[row] ?? 1, 1) else { return }
    rowLines[row] = lines
    worksheet_set_row(pointer, lxw_row_t(row), Formats.lineHeight * Double(lines), nil)
  }

  /// Freezes the rows above `row`, filters the table from `row` down to `lastRow`, and prints
  /// `row` at the top of every page.
  func table(headerRow row: Int, lastRow: Int, columns: Int) {
    worksheet_freeze_panes(pointer, lxw_row_t(row + 1), 0)
    filtered = (row, max(lastRow, row))
    worksheet_autofilter(
      pointer, lxw_row_t(row), 0, lxw_row_t(max(lastRow, row)), lxw_col_t(max(columns - 1, 0)))
    _ = worksheet_repeat_rows(pointer, lxw_row_t(row), lxw_row_t(row))
  }

  /// Filters the table to `column` too, so that sorting it keeps a hidden code column beside
  /// its rows.
  func extendTable(to column: Int) {
    guard let filtered else { return }
    worksheet_autofilter(
      pointer, lxw_row_t(filtered.row), 0, lxw_row_t(filtered.lastRow), lxw_col_t(column))
  }
}
