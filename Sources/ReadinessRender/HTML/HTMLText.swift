import Foundation
import ReadinessCore

/// Text clean-up and formatting for the HTML view models: every inventory string passes through
/// `clean` before it reaches a template, and every number is formatted here, never in templates.
enum HTMLText {
  /// `text` with the code points HTML forbids in a document (C0 controls other than tab, line
  /// feed and carriage return, DEL, C1 controls, noncharacters) replaced by U+FFFD.
  static func clean(_ text: String) -> String {
    // Most text has no byte that can start a forbidden code point (a C0 control or DEL; 0xC2
    // leads C1 controls, 0xEF the noncharacters of the first plane, 0xF0–0xF4 those of the
    // others), and is returned without decoding a scalar.
    guard text.containsUTF8(where: mayStartForbidden) else { return text }
    return text.replacingScalars(where: isForbidden)
  }

  private static func mayStartForbidden(_ byte: UInt8) -> Bool {
    byte < 0x20
      ? byte != 0x09 && byte != 0x0A && byte != 0x0D
      : byte == 0x7F || byte == 0xC2 || byte == 0xEF || byte >= 0xF0
  }

  /// `clean(text)`, or `fallback` when `text` is nil or empty.
  static func clean(_ text: String?, or fallback: String) -> String {
    guard let text, !text.isEmpty else { return fallback }
    return clean(text)
  }

  private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x20 { return v != 0x09 && v != 0x0A && v != 0x0D }
    if (0x7F...0x9F).contains(v) || (0xFDD0...0xFDEF).contains(v) { return true }
    return v & 0xFFFE == 0xFFFE
  }

  /// `link` when it is a plain http(s) URL safe to put in an `href`, else nil (shown as text).
  static func httpURL(_ link: String?) -> String? {
    guard let link, link.count <= 2048 else { return nil }
    let allowed = CharacterSet(
      charactersIn:
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%")
    guard link.unicodeScalars.allSatisfy({ allowed.contains($0) }),
      let url = URL(string: link), let scheme = url.scheme?.lowercased(),
      scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty
    else { return nil }
    return link
  }

  /// `value` with `places` decimals and thousands separators (`Figures.decimal`).
  static func decimal(_ value: Double, places: Int = 1) -> String {
    Figures.decimal(value, places: places)
  }

  /// The `dir` of a text: `ltr` for a sentence the tool wrote around inventory names (so a
  /// right-to-left name quoted first does not reverse the sentence), `auto` for inventory text.
  /// In `wording`'s language, a generated sentence takes the page's direction.
  static func direction(generated: Bool, wording: Wording) -> String {
    generated ? wording.dir : "auto"
  }
}
