/// Meta's format rules for a business username handle. Meta compares handles ignoring case, so
/// upper-case letters count as their lower-case ones.
public enum UsernameFormat {
  /// Endings that make a handle look like a domain name, which Meta refuses.
  static let domainEndings = [
    "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "app", "dev",
    "me", "ai", "xyz", "online", "site", "shop", "store", "tech", "us", "uk", "de", "fr",
    "es", "it", "nl", "br", "in", "mx", "ar", "id", "ng", "za", "au", "ca", "eu",
  ]

  /// Every rule `handle` breaks, as short sentences in English; empty when the handle is valid.
  public static func problems(_ written: String) -> [String] {
    problemMessages(written).map(\.english)
  }

  /// Every rule `handle` breaks, as messages.
  public static func problemMessages(_ written: String) -> [Message] {
    typealias M = UsernameMessages
    let handle = folded(written)
    var found: [Message] = []
    let count = handle.unicodeScalars.count
    if count < 3 || count > 35 { found.append(Message(M.length, ["count": .count(count)])) }
    let allowed = handle.unicodeScalars.allSatisfy { s in
      ("a"..."z").contains(s) || ("0"..."9").contains(s) || s == "." || s == "_"
    }
    if !allowed {
      found.append(Message(M.characters))
    }
    if !handle.unicodeScalars.contains(where: { ("a"..."z").contains($0) }) {
      found.append(Message(M.letter))
    }
    if handle.hasPrefix(".") || handle.hasSuffix(".") {
      found.append(Message(M.dotEnds))
    }
    if handle.contains("..") { found.append(Message(M.doubleDot)) }
    if handle.hasPrefix("www") { found.append(Message(M.www)) }
    if let dot = handle.lastIndex(of: "."),
      domainEndings.contains(String(handle[handle.index(after: dot)...]))
    {
      found.append(Message(M.domain, ["ending": .text(String(handle[dot...]))]))
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
