/// The languages the reports are written in: English, built in, and one catalogue each for the
/// others. A tag may add a region for its figures (`es-MX` writes es's words with Mexico's
/// numbers and dates).
public enum ReportLanguages {
  /// The languages with a catalogue, and English.
  public static let shipped = ["en", "es", "hi", "id", "pt-BR"]

  /// `tag` in canonical case (`pt-br` → `pt-BR`, `ES-419` → `es-419`) when it is a shipped
  /// language, alone or with a region (two letters or three digits); nil for anything else,
  /// scripts and extensions included.
  public static func canonical(_ tag: String) -> String? {
    guard tag.utf8.count <= 10,
      tag.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
    else { return nil }
    let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), parts[0].count == 2, parts[0].allSatisfy(\.isLetter) else {
      return nil
    }
    let language = parts[0].lowercased()
    guard parts.count == 2 else { return shipped.contains(language) ? language : nil }
    let region = parts[1]
    let isRegion =
      (region.count == 2 && region.allSatisfy(\.isLetter))
      || (region.count == 3 && region.allSatisfy(\.isNumber))
    guard isRegion else { return nil }
    let canonical = language + "-" + region.uppercased()
    return catalogue(forCanonical: canonical) == nil ? nil : canonical
  }

  /// The shipped language a tag is written in (`es-MX` → `es`, `pt-br` → `pt-BR`), nil when
  /// none.
  public static func catalogue(for tag: String) -> String? {
    canonical(tag).flatMap(catalogue(forCanonical:))
  }

  private static func catalogue(forCanonical tag: String) -> String? {
    if shipped.contains(tag) { return tag }
    let language = String(tag.prefix { $0 != "-" })
    return shipped.contains(language) ? language : nil
  }

  /// What to write instead of a language the tool lacks.
  public static let hintMessage = Message(
    CheckMessages.languageHint, ["languages": .text(shipped.joined(separator: ", "))])
  /// The hint in English, for usage errors.
  public static let hint = hintMessage.english
}
