import ReadinessCore

/// The PM's words on the briefing: "Key messages" (the summary, achievements and next steps)
/// and "Asks of the steering committee", each clipped to what one page holds, with a pointer
/// to report.html when something was cut.
struct BriefingCommentary: Encodable {
  let summary: String
  let hasSummary: Bool
  let messages: BriefingList<String>
  let asks: BriefingList<String>
  let hasAsks: Bool
  /// "Clipped: the whole commentary is at the top of report.html", empty when nothing was cut.
  let pointer: String
  let clipped: Bool

  init?(_ c: Commentary?, wording: Wording) {
    guard let c, !c.isEmpty else { return nil }
    let summaryText = HTMLText.clean(c.summary, or: "")
    summary = BriefingText.clip(summaryText, BriefingText.summaryLength)
    hasSummary = !summary.isEmpty
    let lines =
      c.achievements.map { wording(BriefingMessages.done, ["line": .text($0)]) }
      + c.nextSteps.map { wording(BriefingMessages.next, ["line": .text($0)]) }
    let clip = { (line: String) in BriefingText.clip(line, BriefingText.messageLength) }
    messages = BriefingList(
      lines.map(clip), limit: hasSummary ? BriefingText.messages - 1 : BriefingText.messages,
      wording: wording)
    asks = BriefingList(
      c.asks.map(clip), limit: BriefingText.messages, more: BriefingMessages.moreAsks,
      wording: wording)
    hasAsks = asks.hasRows
    let cut =
      messages.hasMore || asks.hasMore || summary != summaryText
      || (lines + c.asks).contains { HTMLText.clean($0).count > BriefingText.messageLength }
    clipped = cut
    pointer = cut ? wording(BriefingMessages.clipped) : ""
  }
}
