/// A file-system-safe name for a programme, used in the default output folder.
public enum ProgrammeSlug {
  /// Longest slug produced, in characters; keeps paths well under file-name limits.
  public static let maxLength = 64

  /// Lower-case ASCII letters and digits, every other run of characters turned into one `-`,
  /// no leading or trailing `-`, at most `maxLength` characters; `programme` when nothing is left
  /// (`"Acme Télécom — WhatsApp"` → `acme-t-l-com-whatsapp`).
  public static func slug(_ name: String) -> String {
    var slug = ""
    var pendingDash = false
    for scalar in name.unicodeScalars {
      let lower =
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
      if ("a"..."z").contains(lower) || ("0"..."9").contains(lower) {
        if pendingDash && !slug.isEmpty { slug.append("-") }
        pendingDash = false
        guard slug.unicodeScalars.count < maxLength else { break }
        slug.unicodeScalars.append(lower)
      } else {
        pendingDash = true
      }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    return slug.isEmpty ? "programme" : slug
  }
}
