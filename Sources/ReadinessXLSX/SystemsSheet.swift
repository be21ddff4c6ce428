import ReadinessCore

/// The Systems sheet: each system's identifiers and readiness work.
enum SystemsSheet {
  static func fill(_ sheet: Sheet, _ systems: [BusinessSystem]) {
    let w = sheet.words
    let columns: [(String, Double)] = [
      ("System", 12), ("Name", 15), ("Kind", 12), ("Owner", 12), ("Team", 10), ("Stores", 11),
      ("Needs BSUID", 9), ("BSUID field", 9), ("Dedupe key", 11), ("Handles missing phone", 8),
      ("Consumes webhooks", 9), ("Handles id changes", 8), ("Sends messages", 9),
      ("BSUID send field", 8), ("Status", 10), ("Notes", 16),
    ]
    sheet.header(
      0, columns,
      wrap: [
        "System", "Name", "Kind", "Owner", "Team", "Stores", "Needs BSUID", "BSUID field",
        "Dedupe key", "BSUID send field", "Status", "Notes",
      ])
    for (offset, system) in systems.enumerated() {
      let row = offset + 1
      sheet.text(row, 0, system.id)
      sheet.text(row, 1, system.name)
      sheet.text(row, 2, w.word(system.kind))
      sheet.text(row, 3, system.owner)
      sheet.text(row, 4, system.team)
      sheet.text(row, 5, system.stores.map { w.word($0) }.joined(separator: ", "))
      sheet.text(row, 6, w.word(system.needsBSUID))
      sheet.text(row, 7, system.bsuidField.map { w.word($0) })
      sheet.text(row, 8, system.dedupeKey.map { w.word($0) })
      sheet.flag(row, 9, system.handlesMissingPhone)
      sheet.flag(row, 10, system.consumesWebhooks)
      sheet.flag(row, 11, system.handlesIdChanges)
      sheet.flag(row, 12, system.sendsMessages)
      sheet.text(row, 13, system.bsuidSendField.map { w.word($0) })
      sheet.text(row, 14, w.word(system.status))
      sheet.text(row, 15, system.notes)
    }
    sheet.table(headerRow: 0, lastRow: systems.count, columns: columns.count)
  }
}
