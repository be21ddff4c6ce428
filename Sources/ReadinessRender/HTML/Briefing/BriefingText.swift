import ReadinessCore

/// The briefing's limits: how many entries each list shows and how long a text may run before
/// it is clipped. The templates clamp lines as well; these keep a hostile inventory from
/// handing the browser megabytes it would only hide.
enum BriefingText {
  static let changes = 3
  static let milestones = 5
  static let decisions = 2
  /// Lines of each commentary box (the summary counts as one of the key messages).
  static let messages = 3
  static let summaryLength = 220
  static let messageLength = 120

  static let titleLength = 110
  static let reasonLength = 260
  static let nameLength = 90
  static let ownerLength = 40
  /// A driving-chain step's title in the headline.
  static let chainStepLength = 36

  /// `HTMLText.clean(text)` cut to `limit` characters, ending in `…` when cut.
  static func clip(_ text: String, _ limit: Int) -> String {
    let cleaned = HTMLText.clean(text)
    guard cleaned.count > limit else { return cleaned }
    return String(cleaned.prefix(limit - 1)) + "…"
  }

  /// `clip(text ?? "", limit)`, or `fallback` when `text` is nil or empty.
  static func clip(_ text: String?, _ limit: Int, or fallback: String) -> String {
    guard let text, !text.isEmpty else { return fallback }
    return clip(text, limit)
  }
}

/// The first entries of a list and the "and N more" that stands for the rest.
struct BriefingList<Row: Encodable>: Encodable {
  let rows: [Row]
  let hasRows: Bool
  /// `and 3 more`, empty when nothing was cut.
  let more: String
  let hasMore: Bool

  /// The first `limit` of `all`; `more` says how many are left out ("and {count} more").
  init(_ all: [Row], limit: Int, more: MessageKey = BriefingMessages.more, wording: Wording) {
    self.init(shown: Array(all.prefix(limit)), of: all.count, more: more, wording: wording)
  }

  /// `shown`, chosen elsewhere, of `total` rows.
  init(shown: [Row], of total: Int, more key: MessageKey = BriefingMessages.more, wording: Wording)
  {
    rows = shown
    hasRows = !rows.isEmpty
    let rest = total - rows.count
    more = rest > 0 ? wording(key, ["count": .count(rest)]) : ""
    hasMore = rest > 0
  }
}
