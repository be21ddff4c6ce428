import ReadinessCore

extension XMLRenderer {
  /// `<actions>`: what needs action in the window after `as_of`, by owner (an `<owner>` without
  /// `name` holds the unassigned ones, last). `ref` is the task's or the risk's id; `late` and
  /// `late-reason` are written for tasks and milestones, `overdue` for risks; `severity`,
  /// `risk-kind` and `action` for risks and for late tasks (their own `task-late` risk); `due`
  /// is absent for a risk without a due date.
  static func writeActions(_ actions: Actions, _ wording: Wording, to writer: LibXMLWriter) {
    writer.element(
      "actions",
      [
        "window-start": actions.windowStart.iso, "window-end": actions.windowEnd.iso,
        "load-limit": String(actions.loadLimit),
      ]
    ) {
      for owner in actions.owners {
        writer.element(
          "owner",
          [
            "name": owner.name, "load": String(owner.load),
            "overloaded": XMLNumber.boolean(owner.overloaded),
          ]
        ) {
          for action in owner.actions {
            let isRisk = action.kind == .risk
            writer.element(
              "action",
              [
                "kind": action.kind.rawValue, "ref": action.id, "due": action.due?.iso,
                "urgent": XMLNumber.boolean(action.urgent),
                "title": wording(action.titleMessage, english: action.title),
                "late": isRisk ? nil : XMLNumber.boolean(action.late),
                "late-reason": wording(action.lateReasonMessage, english: action.lateReason),
                "overdue": isRisk ? XMLNumber.boolean(action.overdue) : nil,
                "severity": action.severity?.rawValue, "risk-kind": action.riskKind?.rawValue,
                "action": wording(action.riskActionMessage, english: action.riskAction),
              ])
          }
        }
      }
    }
  }
}
