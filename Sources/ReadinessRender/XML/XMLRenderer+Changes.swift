import ReadinessCore

extension XMLRenderer {
  /// `<changes since="…">` (only when there is an earlier snapshot) and `<trend>` (whenever a
  /// history is kept): what the history adds to the workbook.
  static func writeHistory(_ history: ReportHistory?, to writer: LibXMLWriter) {
    guard let history else { return }
    if let changes = history.changes { writeChanges(changes, to: writer) }
    writer.element("trend", [:]) {
      for point in history.trend {
        let score = { (id: PhaseID) in
          point.phases.first { $0.id == id }?.score.map(XMLNumber.score)
        }
        writer.element(
          "point",
          [
            "as-of": point.asOf.iso, "overall": XMLNumber.score(point.overall.score),
            "rag": point.overall.rag.rawValue, "planning": score(.planning),
            "implementation": score(.implementation), "testing": score(.testing),
          ])
      }
    }
  }

  /// Every figure that moved since the previous snapshot; phases and exposure always listed.
  static func writeChanges(_ changes: Changes, to writer: LibXMLWriter) {
    writer.element("changes", ["since": changes.since.iso]) {
      writeScore("score", id: nil, changes.overall, to: writer)
      for phase in changes.phases {
        writeScore("phase", id: phase.id.rawValue, phase.change, to: writer)
      }
      for item in changes.items {
        writer.element(
          "item",
          [
            "id": item.id, "from-status": item.fromStatus?.rawValue,
            "status": item.toStatus.rawValue,
            "from-completion": item.fromCompletion.map(XMLNumber.fraction),
            "completion": item.toCompletion.map(XMLNumber.fraction),
          ])
      }
      for (name, risks) in [("new-risk", changes.newRisks), ("closed-risk", changes.closedRisks)] {
        for risk in risks {
          writer.element(
            name, ["id": risk.id, "kind": risk.kind, "severity": risk.severity.rawValue])
        }
      }
      for regrade in changes.regradedRisks {
        writer.element(
          "regraded-risk",
          [
            "id": regrade.risk.id, "kind": regrade.risk.kind,
            "from-severity": regrade.from.rawValue, "severity": regrade.risk.severity.rawValue,
          ])
      }
      writeTaskChanges(changes, to: writer)
      for name in changes.usernames {
        writer.element(
          "username",
          ["handle": name.handle, "from-status": name.from?.rawValue, "status": name.to?.rawValue])
      }
      for entry in changes.exposure {
        writer.element(
          "exposure",
          [
            "adoption": XMLNumber.fraction(entry.adoption),
            "from-conversations": entry.fromConversations.map(XMLNumber.whole),
            "conversations": XMLNumber.whole(entry.toConversations),
          ]
        ) {
          for spend in entry.spend {
            writer.element(
              "spend",
              [
                "currency": spend.currency, "from": XMLNumber.money(spend.from),
                "to": XMLNumber.money(spend.to),
              ])
          }
        }
      }
    }
  }

  private static func writeTaskChanges(_ changes: Changes, to writer: LibXMLWriter) {
    for slip in changes.slippedTasks {
      writer.element(
        "slipped-task",
        [
          "id": slip.task.id, "from-forecast-end": slip.from.iso,
          "forecast-end": slip.task.forecastEnd.iso, "working-days": String(slip.workingDays),
        ])
    }
    for task in changes.finishedTasks { writer.element("finished-task", ["id": task.id]) }
    for task in changes.lateTasks { writer.element("late-task", ["id": task.id]) }
  }

  /// `<score>` or `<phase id>` with `from`, `to`, `delta`, `from-rag`, `rag`; scores are absent
  /// where a phase had none.
  private static func writeScore(
    _ name: String, id: String?, _ change: ScoreChange, to writer: LibXMLWriter
  ) {
    writer.element(
      name,
      [
        "id": id, "from": change.from.map(XMLNumber.score), "to": change.to.map(XMLNumber.score),
        "delta": change.delta.map(XMLNumber.delta), "from-rag": change.fromRAG.rawValue,
        "rag": change.toRAG.rawValue,
      ])
  }
}
