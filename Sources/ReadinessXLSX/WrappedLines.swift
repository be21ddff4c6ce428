/// How many lines a text takes in a column that wraps it, for the row's height. Words fill each
/// line up to the column's width less half a unit of padding, breaking at spaces and after
/// hyphens as Excel and LibreOffice do; a word longer than a line is broken, and each line break
/// starts a line. Widths are in the column width's unit (a digit of 11-point Calibri, 7 pixels)
/// for the sheets' 12-point Calibri: its letters' advance widths, punctuation and other
/// characters rounded up, so this errs towards a line too many.
enum WrappedLines {
  static func count(_ text: String, width: Double) -> Int {
    let capacity = max(width - 0.5, 1)
    let lines: [Substring] = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.reduce(0) { total, line in
      var lines = 1
      var used = 0.0
      for (gap, part) in parts(line) {
        let length = part.unicodeScalars.reduce(0) { $0 + Self.width(of: $1) }
        if used > 0, used + gap + length > capacity {
          lines += 1
          used = 0
        }
        used += (used > 0 ? gap : 0) + length
        while used > capacity {
          lines += 1
          used -= capacity
        }
      }
      return total + lines
    }
  }

  /// The pieces a line may break between, each with the width before it: a space before a word,
  /// nothing before the part of a word after a hyphen.
  private static func parts(_ line: Substring) -> [(Double, Substring)] {
    line.split(separator: " ").flatMap { word in
      var pieces: [(Double, Substring)] = []
      var start = word.startIndex
      for index in word.indices where word[index] == "-" && index != word.startIndex {
        let end = word.index(after: index)
        pieces.append((pieces.isEmpty ? space : 0, word[start..<end]))
        start = end
      }
      if start < word.endIndex { pieces.append((pieces.isEmpty ? space : 0, word[start...])) }
      return pieces
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
