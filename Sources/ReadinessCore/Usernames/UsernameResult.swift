/// A username with its claim risk and format problems.
public struct UsernameResult: Sendable {
  public var claim: UsernameClaim
  /// Severity of its `username-unclaimed`/`username-invalid` risk, nil when none.
  public var risk: Severity?
  /// Meta format rules each handle or alternate breaks ("acme.com: ends in a domain").
  public var formatProblems: [String]
  public init(claim: UsernameClaim, risk: Severity?, formatProblems: [String]) {
    self.claim = claim
    self.risk = risk
    self.formatProblems = formatProblems
  }
}
