/// `decision-overdue`: a decision that is still not decided after the day it was needed by.
enum DecisionRisks {
  /// Medium, owned by the decision's owner, due on its `needed_by` (see
  /// `Decision.isOverdue`).
  static func overdue(_ decisions: [Decision], asOf: Day) -> [Risk] {
    decisions.compactMap { decision in
      guard decision.isOverdue(at: asOf), let neededBy = decision.neededBy else { return nil }
      var risk = RiskRegister.generated(
        .decisionOverdue, decision.id, .medium,
        title: Message(
          RiskMessages.decisionOverdue,
          [
            "title": .text(decision.title), "neededBy": .day(neededBy),
            "status": .word(WordMessages.vocabulary(decision.effectiveStatus)),
          ]),
        owner: decision.owner,
        action: Message(RiskActionMessages.decide))
      risk.due = neededBy
      return risk
    }
  }
}
