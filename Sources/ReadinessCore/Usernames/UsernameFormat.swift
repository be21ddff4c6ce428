/// Meta's format rules for a business username handle. Meta compares handles ignoring case, so
/// upper-case letters count as their lower-case ones.
public enum UsernameFormat {
  /// Endings that make a handle look like a domain name, which Meta refuses.
  static let domainEndings = [
    "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "app", "dev",
    "me", "ai", "xyz", "online", "site", "shop", "store", "tech", "us", "uk", "de", "fr",
    "es", "it", "nl", "br", "in", "mx", "ar", "id", "ng", "za", "au", "ca", "eu",
  ]

  /// Every rule `handle` breaks, as short sentences; empty when the handle is valid.
  public static func problems(_ written: String) -> [String] {
    let handle = folded(written)
    var found: [String] = []
    let count = handle.unicodeScalars.count
    if count < 3 || count > 35 { found.append("must be 3 to 35 characters long (has \(count))") }
    let allowed = handle.unicodeScalars.allSatisfy { s in
      ("a"..."z").contains(s) || ("0"..."9").contains(s) || s == "." || s == "_"
    }
    if !allowed {
      found.append("may contain only letters a–z, 0–9, '.' and '_'")
    }
    if !handle.unicodeScalars.contains(where: { ("a"..."z").contains($0) }) {
      found.append("must contain at least one letter")
    }
    if handle.hasPrefix(".") || handle.hasSuffix(".") {
      found.append("must not start or end with '.'")
    }
    if handle.contains("..") { found.append("must not contain '..'") }
    if handle.hasPrefix("www") { found.append("must not start with 'www'") }
    if let dot = handle.lastIndex(of: "."),
      domainEndings.contains(String(handle[handle.index(after: dot)...]))
    {
      found.append("must not end in a domain ('\(handle[dot...])')")
    }
    return found
  }

  /// The handle as Meta compares it: ASCII upper-case letters as lower-case.
  public static func folded(_ handle: String) -> String {
    String(
      String.UnicodeScalarView(
        handle.unicodeScalars.map { s in
          ("A"..."Z").contains(s) ? Unicode.Scalar(s.value + 32)! : s
        }))
  }
}
