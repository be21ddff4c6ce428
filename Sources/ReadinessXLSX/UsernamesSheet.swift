import ReadinessCore

/// The Usernames sheet: each handle's claim, target date and risk.
enum UsernamesSheet {
  static func fill(_ sheet: Sheet, _ usernames: [UsernameResult]) {
    let f = sheet.formats
    let w = sheet.words
    let columns: [(String, Double)] = [
      ("Username", 20), ("Status", 11), ("Owner", 14), ("Target", 11), ("Phone number", 16),
      ("Verified badge", 8), ("Alternates", 20), ("Risk", 9), ("Format problems", 36),
    ]
    sheet.header(0, columns, wrap: ["Username", "Owner", "Alternates", "Format problems"])
    for (offset, username) in usernames.enumerated() {
      let row = offset + 1
      let claim = username.claim
      sheet.text(row, 0, claim.handle)
      sheet.text(row, 1, w.word(claim.status))
      sheet.text(row, 2, claim.owner)
      sheet.day(row, 3, claim.target)
      sheet.text(row, 4, claim.phoneNumber)
      sheet.flag(row, 5, claim.verifiedBadge)
      sheet.text(row, 6, claim.alternates.joined(separator: ", "))
      sheet.text(row, 7, username.risk.map { w.word($0) }, username.risk.flatMap { f.severity[$0] })
      sheet.text(row, 8, w.joined(username.formatProblemMessages, .semicolon))
    }
    sheet.table(headerRow: 0, lastRow: usernames.count, columns: columns.count)
  }
}
