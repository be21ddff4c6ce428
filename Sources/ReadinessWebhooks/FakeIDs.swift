import ReadinessCore

/// Deterministic fake identifiers for webhook fixtures: the same seed gives the same ids.
/// SplitMix64 drives every draw, so output never depends on the platform's random source.
public struct FakeIDs: Sendable {
  private var random: SplitMix64

  public init(seed: UInt64) { random = SplitMix64(seed: seed) }

  /// The next 64 random bits.
  mutating func next() -> UInt64 { random.next() }

  /// A number in `0..<bound`.
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  /// `count` decimal digits, the first not zero.
  mutating func digits(_ count: Int) -> String {
    String(1 + below(9)) + (1..<count).map { _ in String(below(10)) }.joined()
  }

  mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }

  /// A BSUID as Meta writes it: the user's ISO 3166 country code, a period, then 20 digits as
  /// in Meta's examples or, for one user in three, 32 letters and digits (Meta allows up to 128
  /// alphanumeric characters: code that matches BSUIDs with `\d+` must meet one).
  mutating func bsuid(country: String) -> String {
    guard below(3) == 0 else { return "\(country).\(digits(20))" }
    return "\(country)." + alphanumeric(32)
  }

  /// `count` letters and digits.
  mutating func alphanumeric(_ count: Int) -> String {
    String((0..<count).map { _ in Self.alphabet[below(Self.alphabet.count)] })
  }

  static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

  /// A parent BSUID: country code, `ENT`, then the digits (`US.ENT.11815799212886844830`).
  mutating func parentBSUID(country: String) -> String { "\(country).ENT.\(digits(20))" }

  /// A message id: `wamid.` and base64 text, as Meta's are.
  mutating func wamid() -> String { "wamid.HBgL" + alphanumeric(44) + "AA==" }

  /// A fake user in `country`: name, username, phone number (wa_id digits) and BSUIDs.
  mutating func user() -> FakeUser {
    let (country, callingCode, length) = pick(Self.countries)
    let first = pick(Self.firstNames)
    let last = pick(Self.lastNames)
    return FakeUser(
      name: "\(first) \(last)",
      username: "\(first.lowercased()).\(last.lowercased())\(below(100))",
      waID: callingCode + digits(length),
      userID: bsuid(country: country),
      parentUserID: parentBSUID(country: country))
  }

  /// Country code, calling code and subscriber digits of the fake users' numbers.
  static let countries = [
    ("NL", "31", 9), ("GB", "44", 10), ("DE", "49", 10), ("US", "1", 10), ("BR", "55", 11),
    ("IN", "91", 10), ("ES", "34", 9),
  ]
  static let firstNames = [
    "Sheena", "Pablo", "Anouk", "Oliver", "Priya", "Lucas", "Marta", "Jonas",
  ]
  static let lastNames = [
    "Nelson", "Morales", "Visser", "Bennett", "Sharma", "Costa", "Ruiz", "Weber",
  ]
}

/// A fake WhatsApp user with every identifier a webhook may carry.
public struct FakeUser: Sendable, Equatable {
  public var name: String
  public var username: String
  /// The phone number as webhooks write it: digits only.
  public var waID: String
  public var userID: String
  public var parentUserID: String
}
