/// How many lines a text takes in a column that wraps it, for the row's height: words fill each
/// line up to the column's width in characters, a little more less one for the cell's padding
/// (the width unit is a digit of 11-point Calibri; 12-point text, averaged over words, fits
/// about 1.1 characters a unit in Calibri or Carlito and a little fewer in DejaVu Sans, which
/// LibreOffice uses without either: this errs towards a line too many), a word longer than a
/// line is broken, and each line break starts a line.
enum WrappedLines {
  static func count(_ text: String, width: Double) -> Int {
    let capacity = max(Int((width * 1.05).rounded(.down)) - 1, 1)
    let lines: [Substring] = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.reduce(0) { total, line in
      var lines = 1
      var used = 0
      for word in line.split(separator: " ") {
        let length = word.count
        if used > 0, used + 1 + length > capacity {
          lines += 1
          used = 0
        }
        used += (used > 0 ? 1 : 0) + length
        while used > capacity {
          lines += 1
          used -= capacity
        }
      }
      return total + lines
    }
  }
}
