/// The register's entries: the PM's own risks, and a generated risk with its stable id.
extension RiskRegister {
  /// The inventory's own risks, as given; accepted and closed ones stay listed but do not count
  /// as open, and an acceptance lapses after its review date.
  static func manual(_ risks: [ManualRisk], asOf: Day) -> [Risk] {
    risks.map {
      let action = $0.action.map(Message.verbatim) ?? Message(RiskActionMessages.followUp)
      var risk = Risk(
        id: $0.id, kind: .manual, severity: $0.severity ?? .medium, ref: $0.id, title: $0.title,
        owner: $0.owner, action: action.english, due: $0.due)
      risk.actionMessage = action
      risk.likelihood = $0.likelihood
      risk.impact = $0.impact
      risk.note = $0.note
      risk.review = $0.review
      risk.setStatus(RiskOverrides.status($0, computed: nil, asOf: asOf))
      return risk
    }
  }

  static func generated(
    _ kind: Risk.Kind, _ ref: String, _ severity: Severity, title: Message, owner: String?,
    action: Message
  ) -> Risk {
    var risk = Risk(
      id: "\(kind.rawValue):\(ref)", kind: kind, severity: severity, ref: ref,
      title: title.english, owner: owner, action: action.english, due: nil)
    risk.titleMessage = title
    risk.actionMessage = action
    return risk
  }
}

extension Risk {
  /// The PM's status at as-of, with what it means (`RiskOverrides.status`).
  mutating func setStatus(_ status: (RiskState, Message?)) {
    self.status = status.0
    statusNoteMessage = status.1
    statusNote = status.1?.english
  }
}
