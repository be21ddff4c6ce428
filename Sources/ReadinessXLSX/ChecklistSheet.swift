import ReadinessCore

/// The Checklist sheet: one row per item, completion as a percentage.
enum ChecklistSheet {
  /// The statuses coloured, each as the outcome it looks like.
  private static let colours: [(WorkStatus, Outcome)] = [
    (.done, .works), (.blocked, .breaks), (.inProgress, .degraded),
  ]

  static func fill(_ sheet: Sheet, _ items: [ItemResult]) {
    let f = sheet.formats
    let w = sheet.words
    let columns: [(String, Double)] = [
      ("Item", 7), ("Phase", 13), ("Title", 44), ("Status", 12), ("Completion", 11), ("Weight", 8),
      ("Basis", 7), ("Done", 6), ("Counted", 8), ("Attested", 9), ("Open entries", 8),
      ("Covering tasks", 22),
    ]
    sheet.header(0, columns, wrap: ["Title", "Covering tasks"])
    for (offset, item) in items.enumerated() {
      let row = offset + 1
      sheet.text(row, 0, item.id.rawValue)
      sheet.text(row, 1, w(WordMessages.phase(item.phase)))
      sheet.text(row, 2, w(Message(item.id.titleKey)))
      sheet.text(row, 3, w.word(item.status))
      sheet.percent(row, 4, item.completion)
      sheet.number(row, 5, item.weight, f.score)
      sheet.text(row, 6, w(WorkbookMessages.basis(item.basis)))
      sheet.number(row, 7, Double(item.done))
      sheet.number(row, 8, Double(item.counted))
      sheet.flag(row, 9, item.attested)
      sheet.number(row, 10, Double(item.pending.count))
      sheet.text(row, 11, item.coveringTasks.joined(separator: ", "))
    }
    sheet.table(headerRow: 0, lastRow: items.count, columns: columns.count)
    sheet.colour(
      column: 3, rows: 1, codes: items.map(\.status.rawValue), codeColumn: columns.count,
      fills: colours.map { ($0.rawValue, w.word($0), f.outcome[$1]!) })
  }
}
