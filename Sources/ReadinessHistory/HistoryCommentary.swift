import GRDB
import ReadinessCore

/// The `commentary` table's rows: one per line, in order, each with its part.
enum HistoryCommentary {
  static func rows(_ commentary: Commentary?) -> [[(any DatabaseValueConvertible)?]] {
    guard let c = commentary else { return [] }
    let summary = c.summary.map { [("summary", $0)] } ?? []
    let lines =
      summary + c.achievements.map { ("achievement", $0) } + c.nextSteps.map { ("next-step", $0) }
      + c.asks.map { ("ask", $0) }
    return lines.map { [$0.0, $0.1] }
  }

  /// The commentary of `rows`; nil when there is none (and in snapshots from before it was kept).
  static func commentary(_ rows: [StoredRow]) throws -> Commentary? {
    guard !rows.isEmpty else { return nil }
    var c = Commentary()
    for row in rows {
      let text: String = try row.value("text")
      let part: String = try row.value("part")
      switch part {
      case "summary": c.summary = text
      case "achievement": c.achievements.append(text)
      case "next-step": c.nextSteps.append(text)
      case "ask": c.asks.append(text)
      default:
        throw StoredRow.Unreadable(
          reason: "commentary holds '\(StoredRow.excerpt(part))', not a part of this version")
      }
    }
    return c
  }
}
