/// A default date or value the assessment used because the inventory gave none.
public struct Assumption: Sendable, Equatable {
  /// What it is about (`phase implementation end`, `milestone claim-window`, `username adoption`).
  public var subject: String
  public var value: String
  /// Where the default comes from (`default`, `Meta: business usernames claimable 29 June 2026`).
  public var source: String
  public init(subject: String, value: String, source: String) {
    self.subject = subject
    self.value = value
    self.source = source
  }
}
