import ReadinessCore

/// A long list of what is still open for a checklist item, collapsed in the checklist to its
/// first entries and "and N more", pointing to the appendix that lists it in full.
struct HTMLPendingMore: Encodable {
  /// Lists up to `limit` entries are shown whole; longer ones show their first `shown`.
  static let limit = 4
  static let shown = 3

  let text: String
  let anchor: String

  init?(_ i: ItemResult, wording: Wording) {
    guard i.pending.count > Self.limit else { return nil }
    text = wording(ReportChecklistMessages.more, ["count": .count(i.pending.count - Self.shown)])
    anchor = HTMLOpenEntries.anchor(i)
  }

  /// The entries the checklist shows.
  static func shown(_ i: ItemResult) -> [PendingRef] {
    i.pending.count > limit ? Array(i.pending.prefix(shown)) : i.pending
  }
}

/// The appendix: the full list of every collapsed item's open entries, in the checklist's order.
struct HTMLOpenEntries: Encodable {
  let items: [HTMLOpenItem]
  let hasItems: Bool

  init(_ a: Assessment, wording: Wording) {
    items = a.phases.flatMap { p in
      a.checklist.filter { $0.phase == p.id && $0.pending.count > HTMLPendingMore.limit }.map {
        HTMLOpenItem($0, wording: wording)
      }
    }
    hasItems = !items.isEmpty
  }

  /// The id of an item's rows in the appendix.
  static func anchor(_ i: ItemResult) -> String { "open-" + i.id.rawValue }
}

/// One item's rows in the appendix.
struct HTMLOpenItem: Encodable {
  let id: String
  let title: String
  let anchor: String
  let count: String
  let rows: [HTMLPendingRow]

  init(_ i: ItemResult, wording: Wording) {
    id = HTMLText.clean(i.id.rawValue)
    title = HTMLText.clean(wording(Message(i.id.titleKey), english: i.title))
    anchor = HTMLOpenEntries.anchor(i)
    count = wording.figure(.count(i.pending.count))
    rows = i.pending.map { HTMLPendingRow($0, wording: wording) }
  }
}
