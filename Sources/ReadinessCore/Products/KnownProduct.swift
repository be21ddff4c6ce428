/// What a known product does with a webhook that carries no phone number, as the catalogue
/// records it.
public enum ProductVerdict: String, CaseIterable, Sendable, VocabularyWords {
  /// It reads the body and hands the application the BSUID.
  case works
  /// It reads phone-less bodies, with a shortcoming the finding names.
  case partial
  /// It fails or loses phone-less bodies: a system built on it is taken as not handling them.
  case breaks

  public static var family: String { "productVerdict" }
}

/// One entry of the product catalogue (`Catalog/products.yaml`): a product, the versions it
/// covers, what they do without a phone number, and where that is known from.
public struct KnownProduct: Sendable {
  /// The name systems give before `@` (`pywa`), compared without case.
  public var product: String
  /// Exact versions covered; with none, `from`…`through` (dotted numbers, inclusive) or, with
  /// neither, every version.
  public var versions: [String] = []
  public var from: String?
  public var through: String?
  public var handlesMissingPhone: ProductVerdict = .partial
  /// Where it reads the BSUID (`contacts[0].user_id`), when it does.
  public var readsBSUID: String?
  /// What it does, in a sentence the report quotes.
  public var finding: String
  /// The source: the test suite, Meta's or the vendor's documentation (a URL).
  public var source: String
  public var verified: Day?
  /// Verified by this repository's test suite against the real library (README's table).
  public var verifiedByTests = false
  public var location: SourceLocation?
  public var origin = SourceMap()

  public init(product: String, finding: String, source: String) {
    self.product = product
    self.finding = finding
    self.source = source
  }

  /// Whether this entry covers `version` (nil: the system named none).
  public func covers(_ version: String?) -> Bool {
    if versions.isEmpty, from == nil, through == nil { return true }
    guard let version else { return false }
    if !versions.isEmpty { return versions.contains(version) }
    guard let number = Self.numbers(version) else { return false }
    if let from, let low = Self.numbers(from), number.lexicographicallyPrecedes(low) {
      return false
    }
    if let through, let high = Self.numbers(through), high.lexicographicallyPrecedes(number) {
      return false
    }
    return true
  }

  /// `4.5.0` → [4, 5, 0]; trailing zeros dropped so `4.5` equals `4.5.0`; nil when a part is
  /// not a number.
  static func numbers(_ version: String) -> [Int]? {
    var parts = version.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
    guard !parts.isEmpty, !parts.contains(nil) else { return nil }
    while parts.count > 1, parts.last == 0 { parts.removeLast() }
    return parts.compactMap { $0 }
  }
}
