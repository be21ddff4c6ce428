import ReadinessCore

/// The Owner load sheet: per owner, open risks and unfinished tasks in the action window (each
/// task once), flagged above the load limit.
enum OwnerLoadSheet {
  static func fill(_ sheet: Sheet, _ actions: Actions) {
    let f = sheet.formats
    let w = sheet.words
    let columns: [(String, Double)] = [
      ("Owner", 26), ("Open actions and tasks", 14), ("Limit", 8), ("Overloaded", 12),
    ]
    sheet.header(0, columns, wrap: ["Owner"])
    for (offset, owner) in actions.owners.enumerated() {
      let row = offset + 1
      sheet.text(row, 0, owner.name ?? w(WorkbookMessages.unassigned))
      sheet.number(row, 1, Double(owner.load), f.count)
      sheet.number(row, 2, Double(actions.loadLimit), f.count)
      sheet.text(row, 3, owner.overloaded ? w(WorkbookMessages.overloaded) : nil, f.rag[.red])
    }
    sheet.table(headerRow: 0, lastRow: actions.owners.count, columns: columns.count)
  }
}
