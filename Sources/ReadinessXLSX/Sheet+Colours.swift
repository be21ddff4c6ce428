import CXLSXWriter

extension Sheet {
  /// Colours the cells of `column` from `first` to `last`, the cell of row `first + i` by the
  /// fill of its code `codes[i]`. In English, where each code's words are the text shown, the
  /// rules compare the cells' own text (`colourByText`, with `prefix` for a text that goes on);
  /// in another language they compare the code, written in the hidden column `codeColumn`, so
  /// no rule names a word of any language.
  func colour(
    column: Int, rows first: Int, codes: [String?], codeColumn: Int,
    fills: [(code: String, words: String, format: Format)], prefix: Bool = false
  ) {
    let last = first + codes.count - 1
    guard !words.keysOnText else {
      return colourByText(
        column: column, rows: first, last, fills: fills.map { ($0.words, $0.format) },
        prefix: prefix)
    }
    guard last >= first else { return }
    var options = lxw_row_col_options(hidden: 1, level: 0, collapsed: 0)
    worksheet_set_column_opt(
      pointer, lxw_col_t(codeColumn), lxw_col_t(codeColumn), 8, nil, &options)
    for (offset, code) in codes.enumerated() { text(first + offset, codeColumn, code) }
    extendTable(to: codeColumn)
    let cell = "$" + Self.columnName(codeColumn) + String(first + 1)
    for fill in fills {
      var rule = lxw_conditional_format()
      rule.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
      rule.format = fill.format
      "=\(cell)=\"\(fill.code)\"".withCString { formula in
        rule.value_string = UnsafeMutablePointer(mutating: formula)
        _ = worksheet_conditional_format_range(
          pointer, lxw_row_t(first), lxw_col_t(column), lxw_row_t(last), lxw_col_t(column), &rule)
      }
    }
  }

  /// Colours cells of `column` from `first` to `last` by their text, so an edited value
  /// recolours: cells equal to a fill's text, or, with `prefix`, beginning with it.
  private func colourByText(
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

  /// A column's letters: 0 is `A`, 26 `AA`.
  static func columnName(_ column: Int) -> String {
    var name = ""
    var rest = column + 1
    while rest > 0 {
      let digit = (rest - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + digit))) + name
      rest = (rest - 1) / 26
    }
    return name
  }
}
