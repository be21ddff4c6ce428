extension PlanTask: KeyedEntry {
  /// The keys of an entry of `tasks`. Progress left out is 100 for a done task, else 0; status
  /// left out follows from progress.
  public static let keys = Keys<PlanTask>(
    "task", seed: { PlanTask(id: "", title: "", phase: .planning) },
    [
      Field(\.id, "id", .id, required: true, doc: "Unique id of the task."),
      Field(\.title, "title", .string, required: true, doc: "What is to be done."),
      Field(
        \.phase, "phase", .cases(of: PhaseID.self), required: true, doc: "Roadmap phase.",
        starter: SchemaType.words(PhaseID.self)),
      Field(\.owner, "owner", .string, doc: "Person doing it."),
      Field(
        \.start, "start", .date, doc: "Start date; default: after dependencies, or the phase start."
      ),
      Field(\.end, "end", .date, doc: "Inclusive end date (or give duration)."),
      Field(
        \.duration, "duration", .integer(InputLimits.duration),
        doc: "Working days, Monday–Friday (or give end).",
        starter: "working days (or end: YYYY-MM-DD); starts with its phase"),
      Field(\.dependsOn, "depends_on", .list(.id), doc: "Ids of tasks that must finish first."),
      Field(
        \.progress, "progress", .number(.percent),
        doc: "Percent complete; default 100 when done, else 0.", starter: "percent"),
      Field(\.status, "status", .workStatus, doc: "Default: from progress."),
      Field(\.covers, "covers", .list(.checklistID), doc: "Checklist items this task advances."),
      Field(
        \.milestone, "milestone", .boolean,
        doc: "Takes no time; falls on its end or after its dependencies.",
        starter: "no end date: falls on its phase start"),
    ], location: \.location, origin: \.origin,
    finish: { task, given in
      if !given(\.progress) { task.progress = task.status == .done ? 100 : 0 }
      if !given(\.status) {
        task.status =
          task.progress == 0 ? .notStarted : task.progress >= 100 ? .done : .inProgress
      }
    })
}
