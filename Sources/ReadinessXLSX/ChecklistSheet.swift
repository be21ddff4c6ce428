import ReadinessCore

/// The Checklist sheet: one row per item, completion as a percentage.
enum ChecklistSheet {
  static func fill(_ sheet: Sheet, _ items: [ItemResult]) {
    let f = sheet.formats
    let columns: [(String, Double)] = [
      ("Item", 8), ("Phase", 15), ("Title", 60), ("Status", 14), ("Completion", 12), ("Weight", 9),
      ("Basis", 8), ("Done", 7), ("Counted", 9), ("Attested", 9), ("Open entries", 12),
      ("Covering tasks", 30),
    ]
    sheet.header(0, columns)
    for (offset, item) in items.enumerated() {
      let row = offset + 1
      sheet.text(row, 0, item.id.rawValue)
      sheet.text(row, 1, item.phase.rawValue)
      sheet.text(row, 2, item.title)
      sheet.text(row, 3, item.status.rawValue)
      sheet.number(row, 4, item.completion, f.percent)
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
        ("done", f.outcome[.works]!), ("blocked", f.outcome[.breaks]!),
        ("in_progress", f.outcome[.degraded]!),
      ])
  }
}
