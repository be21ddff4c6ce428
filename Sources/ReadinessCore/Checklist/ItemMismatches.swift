/// Finds the covering tasks whose state disagrees with an item's own data. Only items measured
/// by their data, and not attested, can disagree: otherwise the tasks or the attestation decide.
enum ItemMismatches {
  static func find(
    item: ChecklistItemID, tally: ItemTally, basis: ItemResult.Basis, attested: Bool,
    tasks: [PlanTask]
  ) -> [ItemMismatch] {
    guard basis == .data, !attested, tally.counted > 0 else { return [] }
    let item: MessageArgument = .text(item.rawValue)
    if tally.done < tally.counted {
      return tasks.filter(\.isFinished).map { task in
        ItemMismatch(
          task: task.id,
          message: Message(
            PendingMessages.taskDone,
            [
              "task": .text(task.id), "item": item, "done": .count(tally.done),
              "counted": .count(tally.counted),
            ]),
          hint: Message(PendingMessages.taskDoneHint, ["item": item]))
      }
    }
    return tasks.filter { !$0.isFinished }.map { task in
      ItemMismatch(
        task: task.id,
        message: Message(
          PendingMessages.taskOpen,
          ["item": item, "task": .text(task.id), "percent": .percent(task.progress)]),
        hint: Message(PendingMessages.taskOpenHint))
    }
  }
}
