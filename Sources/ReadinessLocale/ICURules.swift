import CICU

/// CLDR's cardinal plural rules for a locale, from the system's ICU: the category of a count
/// ("one", "many", "other") and the categories the language has.
final class PluralRules: @unchecked Sendable {
  // ICU's rules are immutable once open and may be used from any thread.
  private let rules: UnsafeMutableRawPointer

  init?(_ locale: String) {
    guard let rules = bsuid_plural_open(locale) else { return nil }
    self.rules = rules
  }

  deinit { bsuid_plural_close(rules) }

  func category(_ count: Int) -> String {
    var out = [CChar](repeating: 0, count: 16)
    let length = bsuid_plural_select(rules, Double(count), &out, 16)
    return length > 0
      ? String(decoding: out.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
      : "other"
  }

  /// The language's categories in CLDR's order (zero, one, two, few, many, other).
  var categories: [String] {
    var out = [CChar](repeating: 0, count: 128)
    let length = bsuid_plural_categories(rules, &out, 128)
    guard length > 0 else { return ["other"] }
    let names = String(
      decoding: out.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self
    )
    .split(separator: " ").map(String.init)
    return Self.order.filter(names.contains)
  }

  static let order = ["zero", "one", "two", "few", "many", "other"]
}

/// ICU's "and" list pattern for a locale: "a, b e c" in Portuguese, "a, b, dan c" in Indonesian.
final class ListJoiner: @unchecked Sendable {
  // ICU's list formatter is immutable once open and may be used from any thread.
  private let formatter: UnsafeMutableRawPointer

  init?(_ locale: String) {
    guard let formatter = bsuid_list_open(locale) else { return nil }
    self.formatter = formatter
  }

  deinit { bsuid_list_close(formatter) }

  func join(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    let units = items.map { Array($0.utf16) }
    let lengths = units.map { Int32($0.count) }
    var capacity = units.reduce(64) { $0 + $1.count + 16 }
    while true {
      var out = [UInt16](repeating: 0, count: capacity)
      let length = Self.withPointers(units) { pointers in
        bsuid_list_format(formatter, pointers, lengths, Int32(units.count), &out, Int32(capacity))
      }
      if length < 0 { return items.joined(separator: ", ") }
      if Int(length) <= capacity {
        return String(decoding: out.prefix(Int(length)), as: UTF16.self)
      }
      capacity = Int(length) + 1
    }
  }

  private static func withPointers<R>(
    _ units: [[UInt16]], _ body: ([UnsafePointer<UInt16>?]) -> R
  ) -> R {
    var pointers: [UnsafePointer<UInt16>?] = []
    func next(_ index: Int) -> R {
      guard index < units.count else { return body(pointers) }
      return units[index].withUnsafeBufferPointer { buffer in
        pointers.append(buffer.baseAddress)
        return next(index + 1)
      }
    }
    return next(0)
  }
}
