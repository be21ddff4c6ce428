import CXLSXWriter

extension Sheet {
  /// Colours cells of `column` from `first` to `last` by their text, so an edited value
  /// recolours: cells equal to a fill's text, or, with `prefix`, beginning with it.
  func colourByText(
    column: Int, rows first: Int, _ last: Int, fills: [(String, Format)], prefix: Bool = false
  ) {
    guard last >= first else { return }
    for (value, format) in fills {
      var rule = lxw_conditional_format()
      if prefix {
        rule.type = UInt8(LXW_CONDITIONAL_TYPE_TEXT.rawValue)
        rule.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_TEXT_BEGINS_WITH.rawValue)
      } else {
        rule.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
        rule.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_EQUAL_TO.rawValue)
      }
      rule.format = format
      (prefix ? value : "\"\(value)\"").withCString { text in
        rule.value_string = UnsafeMutablePointer(mutating: text)
        _ = worksheet_conditional_format_range(
          pointer, lxw_row_t(first), lxw_col_t(column), lxw_row_t(last), lxw_col_t(column), &rule)
      }
    }
  }
}
