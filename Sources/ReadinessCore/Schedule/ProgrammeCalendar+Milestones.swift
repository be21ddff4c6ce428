/// Meta's default milestones, and their titles and sources as messages.
extension ProgrammeCalendar {
  /// Meta's six milestones with where each date comes from.
  static let defaultMilestones: [(id: String, title: String, date: Day, source: String)] = [
    (
      "bsuid-webhooks", "BSUIDs in webhooks", date(2026, 4, 6),
      "Meta BSUID doc changelog: BSUIDs in webhooks from early April 2026"
    ),
    (
      "test-countries", "Usernames in pilot countries", date(2026, 6, 1),
      "BSPs (Freshworks, Infobip): rollout in test countries from 1 June 2026"
    ),
    (
      "claim-window", "Business usernames claimable", date(2026, 6, 29),
      "Meta BSUID doc: business usernames claimable from 29 June 2026"
    ),
    (
      "send-to-bsuid", "Sending by BSUID (recipient)", date(2026, 7, 1),
      "Meta BSUID doc changelog 29 June 2026: send to BSUID from July 2026"
    ),
    (
      "phone-request", "Phone-number request (REQUEST_CONTACT_INFO)", date(2026, 7, 1),
      "Meta BSUID doc changelog 29 June 2026: request button early July 2026"
    ),
    (
      "global-rollout", "Global rollout", date(2026, 12, 31),
      "default: usernames for everyone later in 2026 (Meta gives no date)"
    ),
  ]

  /// A default milestone's title as a message, its id `milestone.<id>`.
  static func titleKey(_ milestone: (id: String, title: String, date: Day, source: String))
    -> MessageKey
  {
    MessageKey("milestone.\(milestone.id)", milestone.title)
  }

  /// Where a default milestone's date comes from, as a message, its id
  /// `assumption.source.milestone.<id>`.
  static func sourceKey(_ milestone: (id: String, title: String, date: Day, source: String))
    -> MessageKey
  {
    MessageKey("assumption.source.milestone.\(milestone.id)", milestone.source)
  }
}
