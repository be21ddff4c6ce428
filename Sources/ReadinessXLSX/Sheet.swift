import CXLSXWriter
import ReadinessCore

/// One worksheet and the calls the sheets use: every text is written as a string (never a
/// formula, so `=1+1` stays text), numbers as numbers and days as Excel dates.
struct Sheet {
  let pointer: UnsafeMutablePointer<lxw_worksheet>
  let formats: Formats

  init(_ workbook: UnsafeMutablePointer<lxw_workbook>, name: String, formats: Formats) {
    pointer = workbook_add_worksheet(workbook, name)
    self.formats = formats
    // Printed (or converted to PDF): A4 landscape, every column on one page's width.
    worksheet_set_landscape(pointer)
    worksheet_set_paper(pointer, 9)
    worksheet_fit_to_pages(pointer, 1, 0)
  }

  func text(_ row: Int, _ column: Int, _ value: String?, _ format: Format? = nil) {
    guard let value else { return }
    // withCString lends the string's own bytes; passing the String would copy them per cell.
    XLSXText.cell(value).withCString {
      _ = worksheet_write_string(pointer, lxw_row_t(row), lxw_col_t(column), $0, format)
    }
  }

  func number(_ row: Int, _ column: Int, _ value: Double?, _ format: Format? = nil) {
    guard let value, value.isFinite else { return }
    worksheet_write_number(pointer, lxw_row_t(row), lxw_col_t(column), value, format)
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
    worksheet_write_boolean(pointer, lxw_row_t(row), lxw_col_t(column), value ? 1 : 0, nil)
  }

  /// A bold header row at `row` with the given columns and widths.
  func header(_ row: Int, _ columns: [(title: String, width: Double)], from first: Int = 0) {
    for (offset, column) in columns.enumerated() {
      text(row, first + offset, column.title, formats.header)
      worksheet_set_column(
        pointer, lxw_col_t(first + offset), lxw_col_t(first + offset), column.width, nil)
    }
  }

  /// Freezes the rows above `row` and filters the table from `row` down to `lastRow`.
  func table(headerRow row: Int, lastRow: Int, columns: Int) {
    worksheet_freeze_panes(pointer, lxw_row_t(row + 1), 0)
    worksheet_autofilter(
      pointer, lxw_row_t(row), 0, lxw_row_t(max(lastRow, row)), lxw_col_t(max(columns - 1, 0)))
  }

  /// Colours cells of `column` from `first` to `last` by their text, so an edited value recolours.
  func colourByText(column: Int, rows first: Int, _ last: Int, fills: [(String, Format)]) {
    guard last >= first else { return }
    for (value, format) in fills {
      var rule = lxw_conditional_format()
      rule.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
      rule.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_EQUAL_TO.rawValue)
      rule.format = format
      "\"\(value)\"".withCString { quoted in
        rule.value_string = UnsafeMutablePointer(mutating: quoted)
        _ = worksheet_conditional_format_range(
          pointer, lxw_row_t(first), lxw_col_t(column), lxw_row_t(last), lxw_col_t(column), &rule)
      }
    }
  }
}
