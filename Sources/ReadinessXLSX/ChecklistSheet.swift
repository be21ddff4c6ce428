import ReadinessCore

/// The Checklist sheet: one row per item, completion as a percentage.
enum ChecklistSheet {
  static func fill(_ sheet: Sheet, _ items: [ItemResult]) {
    let f = sheet.formats
    let columns: [(String, Double)] = [
      ("Item", 7), ("Phase", 13), ("Title", 44), ("Status", 12), ("Completion", 11), ("Weight", 8),
      ("Basis", 7), ("Done", 6), ("Counted", 8), ("Attested", 9), ("Open entries", 8),
      ("Covering tasks", 22),
    ]
    sheet.header(0, columns, wrap: ["Title", "Covering tasks"])
    for (offset, item) in items.enumerated() {
      let row = offset + 1
      sheet.text(row, 0, item.id.rawValue)
      sheet.text(row, 1, item.phase.rawValue)
      sheet.text(row, 2, item.title)
      sheet.text(row, 3, item.status.words)
      sheet.percent(row, 4, item.completion)
      sheet.number(row, 5, item.weight, f.score)
      sheet.text(row, 6, item.basis.rawValue)
      sheet.number(row, 7, Double(item.done))
      sheet.number(row, 8, Double(item.counted))
      sheet.flag(row, 9, item.attested)
      sheet.number(row, 10, Double(item.pending.count))
      sheet.text(row, 11, item.coveringTasks.joined(separator: ", "))
    }
    sheet.table(headerRow: 0, lastRow: items.count, columns: columns.count)
    sheet.colourByText(
      column: 3, rows: 1, items.count,
      fills: [
        (WorkStatus.done.words, f.outcome[.works]!),
        (WorkStatus.blocked.words, f.outcome[.breaks]!),
        (WorkStatus.inProgress.words, f.outcome[.degraded]!),
      ])
  }
}
