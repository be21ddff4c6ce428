extension Snapshot {
  /// The snapshot of `assessment`, with the results of the gates the run checked.
  public init(_ assessment: Assessment, gates: [Gate] = []) {
    self.init(
      programme: assessment.programme.slug, asOf: assessment.asOf, overall: assessment.overall,
      phases: assessment.phases.map {
        Phase(id: $0.id, score: $0.score, expected: $0.expected, rag: $0.rag)
      },
      items: assessment.checklist.map {
        Item(id: $0.id.rawValue, completion: $0.completion, status: $0.status)
      },
      risks: assessment.risks.map {
        RiskEntry(
          id: $0.id, kind: $0.kind.rawValue, severity: $0.severity, title: $0.title,
          titleMessage: $0.titleMessage, open: $0.open)
      },
      tasks: assessment.schedule.tasks.map {
        Task(
          id: $0.task.id, title: $0.task.title, plannedEnd: $0.end, forecastEnd: $0.forecastEnd,
          slip: $0.slip, progress: $0.task.clampedProgress, finished: $0.task.isFinished,
          late: $0.late)
      },
      usernames: assessment.usernames.map {
        Username(handle: $0.claim.handle, status: $0.claim.status)
      },
      exposure: assessment.exposure.scenarios.map {
        ExposureEntry(adoption: $0.adoption, conversations: $0.conversations, spend: $0.spend)
      },
      gates: gates.map { $0.check(assessment.overall) })
    calendar = assessment.schedule.calendar
    commentary = assessment.commentary
  }
}
