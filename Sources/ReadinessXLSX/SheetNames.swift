/// A sheet's name as Excel allows it: at most 31 characters (UTF-16 units, as Excel counts
/// them), none of `[]:*?/\`, not beginning or ending with an apostrophe, not empty, and unlike
/// every other sheet's name of the workbook whatever the case. A translated name may break
/// these rules; the English ones keep them.
struct SheetNames {
  static let maximumLength = 31
  private var taken: Set<String> = []

  /// `name` made valid and unique in the workbook; `fallback` (the English name) when nothing of
  /// it is left.
  mutating func valid(_ name: String, fallback: String) -> String {
    var clean = String(
      name.map { "[]:*?/\\".contains($0) || $0.isNewline ? " " : $0 }.filter { $0 != "\u{0}" })
    clean = String(clean.drop { $0 == "'" || $0 == " " })
    clean = Self.cut(clean, to: Self.maximumLength)
    while clean.hasSuffix("'") || clean.hasSuffix(" ") { clean.removeLast() }
    if clean.isEmpty { clean = fallback }
    var unique = clean
    var number = 2
    while taken.contains(unique.lowercased()) {
      let suffix = " \(number)"
      unique = Self.cut(clean, to: Self.maximumLength - suffix.utf16.count) + suffix
      number += 1
    }
    taken.insert(unique.lowercased())
    return unique
  }

  /// The first whole characters of `text` that fit `length` UTF-16 units.
  private static func cut(_ text: String, to length: Int) -> String {
    var cut = ""
    for character in text {
      guard cut.utf16.count + character.utf16.count <= length else { break }
      cut.append(character)
    }
    return cut
  }

  /// `name` as a formula refers to it: as it is when it is letters alone (`Summary`), else
  /// between apostrophes, its own doubled (`'Visão geral'`).
  static func reference(_ name: String) -> String {
    let letters =
      !name.isEmpty
      && name.unicodeScalars.allSatisfy {
        ("A"..."Z").contains($0) || ("a"..."z").contains($0)
      }
    return letters ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
  }
}
