import ReadinessCore

extension XMLRenderer {
  /// `<risks>`: the register, worst first, generated and manual alike.
  static func writeRisks(_ risks: [Risk], _ wording: Wording, to writer: LibXMLWriter) {
    writer.element("risks", [:]) {
      for risk in risks {
        writer.element(
          "risk",
          [
            "id": risk.id, "kind": risk.kind.rawValue, "severity": risk.severity.rawValue,
            "ref": risk.ref, "title": wording(risk.titleMessage, english: risk.title),
            "owner": risk.owner,
            "action": wording(risk.actionMessage, english: risk.action),
            "due": risk.due?.iso, "open": XMLNumber.boolean(risk.open),
            "likelihood": risk.likelihood?.rawValue, "impact": risk.impact?.rawValue,
            "status": risk.status.rawValue,
            "overridden": risk.overridden ? XMLNumber.boolean(true) : nil,
            "computed-severity": risk.computedSeverity?.rawValue, "review": risk.review?.iso,
            "note": risk.note,
            "status-note": wording(risk.statusNoteMessage, english: risk.statusNote),
          ])
      }
    }
  }

  /// `<usernames>`: each claim with its risk severity (absent when none), alternates and the
  /// format rules its handles break.
  static func writeUsernames(
    _ usernames: [UsernameResult], _ wording: Wording, to writer: LibXMLWriter
  ) {
    writer.element("usernames", [:]) {
      for username in usernames {
        let claim = username.claim
        writer.element(
          "username",
          [
            "handle": claim.handle, "status": claim.status.rawValue,
            "risk": username.risk?.rawValue ?? "none",
            "sources": claim.sources.map(\.rawValue).joined(separator: " "),
            "verified-badge": XMLNumber.boolean(claim.verifiedBadge == true), "owner": claim.owner,
            "target": claim.target?.iso, "claimed-on": claim.claimedOn?.iso,
            "phone-number": claim.phoneNumber,
          ]
        ) {
          for alternate in claim.alternates {
            writer.element("alternate", ["handle": alternate])
          }
          for problem in username.formatProblemMessages {
            writer.element("format-problem", [:]) { writer.text(wording(problem)) }
          }
        }
      }
    }
  }
}
