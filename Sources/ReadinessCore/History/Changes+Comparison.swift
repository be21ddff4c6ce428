extension Changes {
  /// What changed from `previous` to `current` (two snapshots of one programme).
  public static func between(_ previous: Snapshot, _ current: Snapshot) -> Changes {
    Changes(
      since: previous.asOf,
      overall: ScoreChange(
        from: previous.overall.score, to: current.overall.score, fromRAG: previous.overall.rag,
        toRAG: current.overall.rag),
      phases: phases(previous.phases, current.phases),
      items: items(previous.items, current.items),
      newRisks: current.risks.filter { risk in
        risk.open && !previous.risks.contains { $0.id == risk.id && $0.open }
      },
      closedRisks: previous.risks.filter { risk in
        risk.open && !current.risks.contains { $0.id == risk.id && $0.open }
      },
      regradedRisks: current.risks.compactMap { risk in
        guard risk.open,
          let before = previous.risks.first(where: { $0.id == risk.id && $0.open }),
          before.severity != risk.severity
        else { return nil }
        return RiskRegrade(risk: risk, from: before.severity)
      },
      slippedTasks: current.tasks.compactMap { task in
        guard let before = previous.tasks.first(where: { $0.id == task.id }),
          task.forecastEnd > before.forecastEnd
        else { return nil }
        let days =
          WorkCalendar.finishNumber(task.forecastEnd)
          - WorkCalendar.finishNumber(before.forecastEnd)
        return TaskSlip(task: task, from: before.forecastEnd, workingDays: days)
      },
      finishedTasks: current.tasks.filter { task in
        task.finished && previous.tasks.contains { $0.id == task.id && !$0.finished }
      },
      lateTasks: current.tasks.filter { task in
        task.late && previous.tasks.contains { $0.id == task.id && !$0.late }
      },
      usernames: usernames(previous.usernames, current.usernames),
      exposure: exposure(previous.exposure, current.exposure))
  }

  private static func phases(_ previous: [Snapshot.Phase], _ current: [Snapshot.Phase])
    -> [PhaseChange]
  {
    current.map { phase in
      let before = previous.first { $0.id == phase.id }
      return PhaseChange(
        id: phase.id,
        change: ScoreChange(
          from: before?.score, to: phase.score, fromRAG: before?.rag ?? phase.rag, toRAG: phase.rag)
      )
    }
  }

  /// Items whose status changed or whose completion moved by more than rounding noise.
  private static func items(_ previous: [Snapshot.Item], _ current: [Snapshot.Item]) -> [ItemChange]
  {
    current.compactMap { item in
      let before = previous.first { $0.id == item.id }
      let moved: Bool =
        switch (before?.completion, item.completion) {
        case (let a?, let b?): abs(a - b) > 1e-9
        case (nil, nil): false
        default: true
        }
      guard before == nil || before?.status != item.status || moved else { return nil }
      return ItemChange(
        id: item.id, fromStatus: before?.status, toStatus: item.status,
        fromCompletion: before?.completion, toCompletion: item.completion)
    }
  }

  private static func usernames(_ previous: [Snapshot.Username], _ current: [Snapshot.Username])
    -> [UsernameChange]
  {
    let changed: [UsernameChange] = current.compactMap { name in
      let before = previous.first { $0.handle == name.handle }
      guard before?.status != name.status else { return nil }
      return UsernameChange(handle: name.handle, from: before?.status, to: name.status)
    }
    let removed = previous.filter { name in !current.contains { $0.handle == name.handle } }
      .map { UsernameChange(handle: $0.handle, from: $0.status, to: nil) }
    return changed + removed
  }

  private static func exposure(
    _ previous: [Snapshot.ExposureEntry], _ current: [Snapshot.ExposureEntry]
  ) -> [ExposureChange] {
    current.map { entry in
      let before = previous.first { $0.adoption == entry.adoption }
      let currencies = Set((before?.spend ?? []).map(\.currency) + entry.spend.map(\.currency))
      let spend = currencies.sorted().map { currency in
        SpendChange(
          currency: currency,
          from: before?.spend.first { $0.currency == currency }?.amount ?? 0,
          to: entry.spend.first { $0.currency == currency }?.amount ?? 0)
      }
      return ExposureChange(
        adoption: entry.adoption, fromConversations: before?.conversations,
        toConversations: entry.conversations, spend: spend)
    }
  }
}
