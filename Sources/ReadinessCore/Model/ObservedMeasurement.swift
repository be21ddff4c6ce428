/// Adoption measured in the business's own webhook logs (`bsuid-readiness measure --out`), read
/// from the file `programme.scenarios.observed` names.
public struct ObservedMeasurement: Sendable, Equatable {
  /// The file as the inventory names it.
  public var file: String
  /// The last day the logs cover (the Sunday of the last week counted); nil when nothing was.
  public var measuredTo: Day?
  /// Incoming user messages counted.
  public var sampleSize: Int
  /// Share of them that came without a phone number (identity state S-C).
  public var withoutPhoneShare: Double
  /// Share of them from users with a username, when the file gives it.
  public var usernameShare: Double?
  /// BSUID changes seen (`user_changed_number`, `user_changed_user_id`), when given.
  public var bsuidChanges: Int?
  /// Where the inventory's `observed:` key is.
  public var location: SourceLocation?

  public init(
    file: String, measuredTo: Day?, sampleSize: Int, withoutPhoneShare: Double,
    usernameShare: Double? = nil, bsuidChanges: Int? = nil, location: SourceLocation? = nil
  ) {
    self.file = file
    self.measuredTo = measuredTo
    self.sampleSize = sampleSize
    self.withoutPhoneShare = withoutPhoneShare
    self.usernameShare = usernameShare
    self.bsuidChanges = bsuidChanges
    self.location = location
  }

  /// Whether it can size a scenario: at least one message was counted.
  public var isUsable: Bool { sampleSize > 0 && measuredTo != nil }

  /// "measured to 2026-11-22 on 48,210 messages".
  public var basis: String { basisMessage.english }

  public var basisMessage: Message {
    Message(
      ObservedMessages.basis,
      [
        "date": measuredTo.map { .day($0) } ?? .word(WordMessages.noDate),
        "count": .figure(.whole(Double(sampleSize))),
      ])
  }
}
