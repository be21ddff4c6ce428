import ReadinessCore

/// The tasks re-planned since the saved baseline the report compares with: each with its
/// baseline and plan dates, "—" where a task was added or removed since.
struct HTMLReplannedView: Encodable {
  let name: String
  let savedOn: String
  let rows: [Row]
  let hasRows: Bool

  struct Row: Encodable {
    let id: String
    let title: String
    let baselineStart: String
    let baselineEnd: String
    let planStart: String
    let planEnd: String
  }

  init(_ comparison: BaselineComparison) {
    name = comparison.name
    savedOn = comparison.savedOn.iso
    rows = comparison.replanned.map {
      Row(
        id: $0.id, title: HTMLText.clean($0.title), baselineStart: $0.baseline?.start.iso ?? "—",
        baselineEnd: $0.baseline?.end.iso ?? "—", planStart: $0.plan?.start.iso ?? "—",
        planEnd: $0.plan?.end.iso ?? "—")
    }
    hasRows = !rows.isEmpty
  }
}
