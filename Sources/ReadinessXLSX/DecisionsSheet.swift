import ReadinessCore

/// The Decisions sheet: the programme's decisions as the inventory lists them, with the status
/// each has (`decided` when dated, else `proposed`, unless given) and the day it is needed by.
enum DecisionsSheet {
  static func fill(_ sheet: Sheet, _ decisions: [Decision]) {
    let w = sheet.words
    let columns: [(String, Double)] = [
      ("Decision", 16), ("Title", 40), ("Status", 11), ("Owner", 16), ("Needed by", 11),
      ("Decided", 11), ("Rationale", 32), ("Linked to", 16),
    ]
    sheet.header(0, columns, wrap: ["Decision", "Title", "Owner", "Rationale", "Linked to"])
    for (offset, decision) in decisions.enumerated() {
      let row = offset + 1
      sheet.text(row, 0, decision.id)
      sheet.text(row, 1, decision.title)
      sheet.text(row, 2, w.word(decision.effectiveStatus))
      sheet.text(row, 3, decision.owner)
      sheet.day(row, 4, decision.neededBy)
      sheet.day(row, 5, decision.date)
      sheet.text(row, 6, decision.rationale)
      sheet.text(row, 7, decision.link)
    }
    sheet.table(headerRow: 0, lastRow: decisions.count, columns: columns.count)
  }
}
