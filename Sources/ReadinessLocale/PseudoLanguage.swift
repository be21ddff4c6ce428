import ReadinessCore

/// A pseudo-locale for testing, `en-XA`: every message and fixed text accented and lengthened
/// ("⟦Ŕéð ƀéçåûšé …·····⟧"), placeholders, template tags and markup kept, so that any English
/// left in an output is plain to see and layouts meet text 40 % longer.
public struct PseudoLanguage: MessageLanguage {
  /// Its tag, given to `--lang`.
  public static let identifier = "en-XA"
  public var tag: String { Self.identifier }
  public var rightToLeft: Bool { false }
  public var reviewed: Bool { true }
  private let figures = LocaleFigures("en-GB")

  public init() {}

  public func pattern(_ key: MessageKey, count: Int?) -> String {
    Self.pseudo(EnglishLanguage().pattern(key, count: count))
  }

  public func figure(_ figure: Figure) -> String { figures.format(figure) }

  public func list(_ items: [String], _ style: ListStyle) -> String {
    items.joined(separator: style == .semicolon ? " ; " : " · ")
  }

  public func quote(_ text: String, limit: Int) -> String {
    "«" + MessageQuoting.plain(text, limit: limit, marks: CatalogLanguage.marks) + "»"
  }

  public func fixedText(_ english: String) -> String { Self.pseudo(english) }

  /// `text` with its letters accented outside `{…}`, `{{…}}` and `<…>`, 40 % longer.
  static func pseudo(_ text: String) -> String {
    var out = ""
    var depth = 0
    var inTag = false
    var letters = 0
    for character in text {
      switch character {
      case "{": depth += 1
      case "}": depth = max(0, depth - 1)
      case "<": inTag = true
      case ">": inTag = false
      default: break
      }
      if depth == 0 && !inTag && character != ">" && character != "}",
        let accented = accents[character]
      {
        out.append(accented)
        letters += 1
      } else {
        out.append(character)
      }
    }
    guard letters > 0 else { return text }
    return "⟦" + out + String(repeating: "·", count: (letters * 2 + 4) / 5) + "⟧"
  }

  private static let accents: [Character: Character] = Dictionary(
    uniqueKeysWithValues: zip(
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
      "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"))
}
