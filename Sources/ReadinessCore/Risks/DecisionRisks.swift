/// `decision-overdue`: a decision that is still not decided after the day it was needed by.
enum DecisionRisks {
  /// Medium, owned by the decision's owner, due on its `needed_by` (see
  /// `Decision.isOverdue`).
  static func overdue(_ decisions: [Decision], asOf: Day) -> [Risk] {
    decisions.compactMap { decision in
      guard decision.isOverdue(at: asOf), let neededBy = decision.neededBy else { return nil }
      var risk = RiskRegister.generated(
        .decisionOverdue, decision.id, .medium,
        title: "Decision '\(decision.title)' was needed by \(neededBy.iso) and is not decided"
          + " (\(decision.effectiveStatus.words))",
        owner: decision.owner,
        action: "Take the decision, or agree a new needed-by date with the stakeholders")
      risk.due = neededBy
      return risk
    }
  }
}
