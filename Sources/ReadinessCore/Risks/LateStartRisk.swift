/// `late-start`: a programme that starts after BSUIDs reached webhooks, when username users may
/// already be reaching flows that drop them.
enum LateStartRisk {
  /// High, owned by the IT stakeholder (the team that changes the integrations), else nobody.
  /// The action names the catch-up plan only when a phase window follows it.
  static func risks(start: Day, bsuidWebhooks: Day, catchUpPlan: Bool, stakeholders: [Stakeholder])
    -> [Risk]
  {
    guard start > bsuidWebhooks else { return [] }
    let it = stakeholders.first { $0.team.lowercased() == "it" }
    return [
      RiskRegister.generated(
        .lateStart, "bsuid-webhooks", .high,
        title: Message(
          RiskMessages.lateStart, ["start": .day(start), "webhooks": .day(bsuidWebhooks)]),
        owner: it?.owner,
        action: Message(
          catchUpPlan ? RiskActionMessages.lateStartCatchUp : RiskActionMessages.lateStart))
    ]
  }
}
