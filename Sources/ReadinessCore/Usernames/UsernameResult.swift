/// A username with its claim risk and format problems.
public struct UsernameResult: Sendable {
  public var claim: UsernameClaim
  /// Severity of its `username-unclaimed`/`username-invalid` risk, nil when none.
  public var risk: Severity?
  /// Meta format rules each handle or alternate breaks ("acme.com: ends in a domain").
  public var formatProblemMessages: [Message]
  /// The format problems in English.
  public var formatProblems: [String] { formatProblemMessages.map(\.english) }
  public init(claim: UsernameClaim, risk: Severity?, formatProblems: [Message]) {
    self.claim = claim
    self.risk = risk
    self.formatProblemMessages = formatProblems
  }
}
