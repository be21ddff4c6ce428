/// A business username to claim (the `usernames` section).
public struct UsernameClaim: Sendable {
  public var handle: String
  public var sources: [UsernameSource] = []
  /// Nil when not given.
  public var verifiedBadge: Bool?
  public var status: UsernameStatus = .notStarted
  /// The day it was claimed (with status `claimed`); nil when not given.
  public var claimedOn: Day?
  public var owner: String?
  public var target: Day?
  public var alternates: [String] = []
  /// The business phone number it is claimed for; Meta allows one username per number.
  public var phoneNumber: String?
  public var location: SourceLocation?
  public var origin = SourceMap()

  public init(handle: String) { self.handle = handle }
}
