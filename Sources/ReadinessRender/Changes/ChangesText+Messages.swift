import ReadinessCore

/// The comparison with the previous report as messages, for a page in any language.
extension ChangesText {
  /// The groups as messages: a heading and one line per change. A risk is named by its title's
  /// message: the register's for a risk open now, the history's for a closed one (its English,
  /// verbatim, when the history kept no message).
  static func messageGroups(_ changes: Changes) -> [(title: MessageKey, lines: [Message])] {
    typealias M = ChangeMessages
    func risk(_ r: Snapshot.RiskEntry) -> Message {
      Message(
        M.risk,
        ["severity": severity(r.severity), "title": .message(r.titleMessage), "id": .text(r.id)])
    }
    func task(_ t: Snapshot.Task) -> Message {
      Message(M.task, ["title": .text(t.title), "id": .text(t.id)])
    }
    let groups: [(title: MessageKey, lines: [Message])] = [
      (M.items, changes.items.map(item)),
      (M.newRisks, changes.newRisks.map(risk)),
      (M.closedRisks, changes.closedRisks.map(risk)),
      (
        M.regraded,
        changes.regradedRisks.map {
          Message(
            M.regradedRisk,
            [
              "from": severity($0.from), "to": severity($0.risk.severity),
              "title": .message($0.risk.titleMessage), "id": .text($0.risk.id),
            ])
        }
      ),
      (
        M.slipped,
        changes.slippedTasks.map {
          Message(
            M.slippedTask,
            [
              "title": .text($0.task.title), "id": .text($0.task.id), "from": .day($0.from),
              "to": .day($0.task.forecastEnd), "count": .count($0.workingDays),
            ])
        }
      ),
      (M.finished, changes.finishedTasks.map(task)),
      (M.becameLate, changes.lateTasks.map(task)),
      (
        M.usernames,
        changes.usernames.map {
          Message(
            M.username,
            [
              "handle": .text($0.handle),
              "from": $0.from.map(username) ?? .word(M.new),
              "to": $0.to.map(username) ?? .word(M.removed),
            ])
        }
      ),
      (M.baseline, changes.baseline.map { [baseline($0)] } ?? []),
      (M.commentary, changes.commentary?.messages ?? []),
    ]
    return groups.filter { !$0.lines.isEmpty }
  }

  /// `plan-q1 (finish 2026-06-30) → plan-q2 (finish 2026-07-31)`, `none` for a side without.
  static func baseline(_ change: BaselineChange) -> Message {
    func mark(_ mark: BaselineMark?) -> MessageArgument {
      guard let mark else { return .word(WordMessages.none) }
      let finish = mark.finish.map { MessageArgument.day($0) } ?? .word(WordMessages.none)
      return .message(Message(ChangeMessages.mark, ["name": .text(mark.name), "finish": finish]))
    }
    return Message(ChangeMessages.baselines, ["from": mark(change.from), "to": mark(change.to)])
  }

  /// `R-I1 'BSUID adopted: …': blocked → in progress (12.5% → 25%)`: the item by
  /// id and title, its statuses in words and its completions by the one percent rule.
  static func item(_ change: ItemChange) -> Message {
    var arguments: MessageArguments = [
      "id": .text(change.id),
      "title": ChecklistItemID(rawValue: change.id).map { .word($0.titleKey) } ?? .text(change.id),
      "from": change.fromStatus.map(status) ?? .word(ChangeMessages.new),
      "to": status(change.toStatus),
    ]
    guard change.fromCompletion != change.toCompletion else {
      return Message(ChangeMessages.item, arguments)
    }
    arguments["fromShare"] = share(change.fromCompletion)
    arguments["toShare"] = share(change.toCompletion)
    return Message(ChangeMessages.itemCompletion, arguments)
  }

  private static func severity(_ value: Severity) -> MessageArgument {
    .word(WordMessages.severityLabel(value))
  }

  private static func status(_ value: WorkStatus) -> MessageArgument {
    .word(WordMessages.vocabulary(value))
  }

  private static func username(_ value: UsernameStatus) -> MessageArgument {
    .word(WordMessages.vocabulary(value))
  }

  private static func share(_ fraction: Double?) -> MessageArgument {
    fraction.map { .percent($0 * 100) } ?? .word(ChangeMessages.notApplicable)
  }
}
