/// The languages the reports are written in: English, built in, and one catalogue each for the
/// others. A tag may add a region for its figures (`es-MX` writes es's words with Mexico's
/// numbers and dates).
public enum ReportLanguages {
  /// The languages with a catalogue, and English.
  public static let shipped = ["en", "es", "hi", "id", "pt-BR"]

  /// The shipped language `tag` is written in (`es-MX` → `es`, `pt-br` → `pt-BR`), nil when
  /// none.
  public static func catalogue(for tag: String) -> String? {
    let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
    guard !tag.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.count <= 8 }),
      tag.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
    else { return nil }
    if let exact = shipped.first(where: { $0.lowercased() == tag.lowercased() }) { return exact }
    let language = parts[0].lowercased()
    return shipped.first { $0 == language }
  }

  /// What to write instead of a language the tool lacks.
  public static let hint =
    "write one of \(shipped.joined(separator: ", ")); a region may follow for its figures (es-MX)"
}
