extension Changes {
  /// What changed from `previous` to `current` (two snapshots of one programme); working days
  /// are counted on `current`'s calendar.
  /// Ids are looked up in dictionaries, so the comparison grows with the snapshots' size.
  public static func between(_ previous: Snapshot, _ current: Snapshot) -> Changes {
    let wasOpen = firstByID(previous.risks.filter(\.open), \.id)
    let isOpen = Set(current.risks.filter(\.open).map(\.id))
    let tasksBefore = firstByID(previous.tasks, \.id)
    let unfinishedBefore = Set(previous.tasks.filter { !$0.finished }.map(\.id))
    let onTimeBefore = Set(previous.tasks.filter { !$0.late }.map(\.id))
    var changes = Changes(
      since: previous.asOf,
      overall: ScoreChange(
        from: previous.overall.score, to: current.overall.score, fromRAG: previous.overall.rag,
        toRAG: current.overall.rag),
      phases: phases(previous.phases, current.phases),
      items: items(previous.items, current.items),
      newRisks: current.risks.filter { $0.open && wasOpen[$0.id] == nil },
      closedRisks: previous.risks.filter { $0.open && !isOpen.contains($0.id) },
      regradedRisks: current.risks.compactMap { risk in
        guard risk.open, let before = wasOpen[risk.id], before.severity != risk.severity else {
          return nil
        }
        return RiskRegrade(risk: risk, from: before.severity)
      },
      slippedTasks: current.tasks.compactMap { task in
        guard let before = tasksBefore[task.id], task.forecastEnd > before.forecastEnd else {
          return nil
        }
        let days = current.calendar.slip(from: before.forecastEnd, to: task.forecastEnd)
        return TaskSlip(task: task, from: before.forecastEnd, workingDays: days)
      },
      finishedTasks: current.tasks.filter { task in
        task.finished && unfinishedBefore.contains(task.id)
      },
      lateTasks: current.tasks.filter { task in task.late && onTimeBefore.contains(task.id) },
      usernames: usernames(previous.usernames, current.usernames),
      exposure: exposure(previous.exposure, current.exposure),
      baseline: previous.baseline == current.baseline
        ? nil : BaselineChange(from: previous.baseline, to: current.baseline))
    changes.commentary = CommentaryChange(previous.commentary, current.commentary)
    return changes
  }

  /// Each entry of `list` by its key, the first one where a key repeats (as a search would find).
  private static func firstByID<T>(_ list: [T], _ key: (T) -> String) -> [String: T] {
    Dictionary(list.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
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
    let handlesBefore = firstByID(previous, \.handle)
    let handlesNow = Set(current.map(\.handle))
    let changed: [UsernameChange] = current.compactMap { name in
      let before = handlesBefore[name.handle]
      guard before?.status != name.status else { return nil }
      return UsernameChange(handle: name.handle, from: before?.status, to: name.status)
    }
    let removed = previous.filter { !handlesNow.contains($0.handle) }
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
