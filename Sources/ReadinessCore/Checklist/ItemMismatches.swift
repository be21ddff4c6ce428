/// Finds the covering tasks whose state disagrees with an item's own data. Only items measured
/// by their data, and not attested, can disagree: otherwise the tasks or the attestation decide.
enum ItemMismatches {
  static func find(
    item: ChecklistItemID, tally: ItemTally, basis: ItemResult.Basis, attested: Bool,
    tasks: [PlanTask]
  ) -> [ItemMismatch] {
    guard basis == .data, !attested, tally.counted > 0 else { return [] }
    let id = item.rawValue
    if tally.done < tally.counted {
      let data = "\(tally.done) of \(tally.counted) done by its data"
      return tasks.filter(\.isFinished).map { task in
        ItemMismatch(
          task: task.id, message: "task '\(task.id)' is done, but \(id) is \(data)",
          hint: "update the inventory's data for what is still open under \(id), or reopen the task"
        )
      }
    }
    return tasks.filter { !$0.isFinished }.map { task in
      ItemMismatch(
        task: task.id,
        message: "\(id) is complete by its data, but task '\(task.id)' is "
          + "\(Figures.percent(task.progress)) done",
        hint: "mark the task done (status: done or progress: 100) if the work is finished")
    }
  }
}
