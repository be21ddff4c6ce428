/// How many lines a text takes in a column that wraps it, for the row's height. Words fill each
/// line up to the column's width less half a unit of padding, breaking at spaces and after
/// hyphens as Excel and LibreOffice do; a word longer than a line is broken, and each line break
/// starts a line. Widths are in the column width's unit (a digit of 11-point Calibri, 7 pixels)
/// for the sheets' 12-point Calibri: its letters' advance widths, punctuation and other
/// characters rounded up, so this errs towards a line too many.
enum WrappedLines {
  static func count(_ text: String, width: Double) -> Int {
    var lines = Lines(capacity: max(width - 0.5, 1))
    var wordStart = true
    for character in text {
      switch character {
      case "\n":
        lines.endLine()
        wordStart = true
      case " ":
        lines.endPiece()
        wordStart = true
      default:
        if wordStart { lines.gap = space }
        var length = lines.piece ?? 0
        for scalar in character.unicodeScalars { length += Self.width(of: scalar) }
        lines.piece = length
        // A word breaks after a hyphen, but not after one that starts it.
        if character == "-", !wordStart {
          lines.endPiece()
          lines.gap = 0
        }
        wordStart = false
      }
    }
    lines.endLine()
    return lines.total
  }

  /// The lines counted so far, read a piece at a time: a piece is a word, or the part of one up
  /// to and after a hyphen, and `gap` is the room before it (a space before a word, nothing
  /// inside one). Counting needs no list of the pieces.
  private struct Lines {
    let capacity: Double
    var total = 0
    var lines = 1
    var used = 0.0
    var gap = 0.0
    var piece: Double? = nil

    /// Places the piece read: on this line when it fits, else on the next; a piece longer than
    /// a line is broken.
    mutating func endPiece() {
      guard let length = piece else { return }
      if used > 0, used + gap + length > capacity {
        lines += 1
        used = 0
      }
      used += (used > 0 ? gap : 0) + length
      while used > capacity {
        lines += 1
        used -= capacity
      }
      piece = nil
    }

    /// Ends a line of the text: each line break starts a line, an empty one too.
    mutating func endLine() {
      endPiece()
      total += lines
      (lines, used) = (1, 0)
    }
  }

  private static let space = 0.52
  /// Calibri's advance widths of a–z and A–Z, in 2048ths of an em.
  private static let lower = [
    981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080, 1076, 1076,
    714, 801, 686, 1076, 925, 1464, 887, 927, 809,
  ]
  private static let upper = [
    1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356, 1058,
    1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959,
  ]

  /// 12-point text is 16 pixels an em; a unit is 7 pixels.
  private static func width(of scalar: Unicode.Scalar) -> Double {
    let em: Int
    switch scalar.value {
    case 0x61...0x7A: em = lower[Int(scalar.value - 0x61)]
    case 0x41...0x5A: em = upper[Int(scalar.value - 0x41)]
    case 0x30...0x39: em = 1038
    case 0x20...0x7E: em = 900
    default: em = 1200
    }
    return Double(em) / 2048 * 16 / 7
  }
}
