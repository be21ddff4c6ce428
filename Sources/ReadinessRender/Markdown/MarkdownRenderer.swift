import Foundation
import ReadinessCore

/// Renders an assessment as `report.md`: the headline, the phases, the changes since the last
/// report, the worst open risks, the actions by owner and the plan as a Mermaid gantt, for a
/// wiki page, a ticket or a pull request. Inventory text is escaped (`MarkdownText`,
/// `MermaidGantt.name`); figures use `Figures`, as everywhere.
public enum MarkdownRenderer {
  public static let fileName = "report.md"

  public static func render(_ a: Assessment) -> RenderedFile {
    let parts = [
      headline(a), MarkdownControl.commentary(a), phases(a), changes(a), risks(a),
      MarkdownControl.issues(a), actions(a), timeline(a), replanned(a),
    ]
    return RenderedFile(
      name: fileName, bytes: Data(parts.compactMap { $0 }.joined(separator: "\n").utf8))
  }

  static func headline(_ a: Assessment) -> String {
    var lines = ["# \(MarkdownText.escape(a.programme.name))", ""]
    if let organisation = a.programme.organisation, !organisation.isEmpty {
      lines += [MarkdownText.escape(organisation), ""]
    }
    lines += ["Username and BSUID readiness as of \(a.asOf.iso).", ""]
    lines.append(
      "**Overall \(Figures.score(a.overall.score)) of 100, \(HTMLRAG.text(a.overall.shownRAG)).** "
        + MarkdownText.escape(a.overall.shownReason))
    let finish = HTMLFinishLine(a.schedule, baseline: a.baseline)
    if finish.hasFinish { lines += ["", finish.sentence + "."] }
    let chain = HTMLDrivingChain(a.schedule) { MarkdownText.escape($0) }
    if chain.hasChain { lines += ["", "Driving chain: \(chain.text)."] }
    return lines.joined(separator: "\n") + "\n"
  }

  static func phases(_ a: Assessment) -> String {
    var lines = [
      "## Phases", "", "| Phase | Window | Score | Expected | RAG | Why |",
      "|---|---|---:|---:|---|---|",
    ]
    lines += a.phases.map { p in
      MarkdownText.row([
        HTMLRAG.phaseName(p.id), "\(p.start.iso) to \(p.end.iso)",
        p.score.map(Figures.score) ?? "n/a",
        Figures.score(p.expected), HTMLRAG.text(p.shownRAG), MarkdownText.escape(p.shownReason),
      ])
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Nil when no history is kept.
  static func changes(_ a: Assessment) -> String? {
    guard let history = a.history else { return nil }
    guard let changes = history.changes else {
      return "## Since the last report\n\n\(ChangesText.nothingToCompare)\n"
    }
    return ChangesReport.markdown(
      changes, heading: "Since the last report (\(changes.since.iso))", money: a.money)
  }

  static func risks(_ a: Assessment) -> String {
    let open = a.openRisks
    let shown = a.topRisks
    guard !open.isEmpty else { return "## Top open risks\n\nNo open risks.\n" }
    var lines = [
      "## Top open risks", "", "| Severity | Risk | Id | Owner | Due | Action |",
      "|---|---|---|---|---|---|",
    ]
    lines += shown.map { r in
      MarkdownText.row([
        r.severity.rawValue.uppercased()
          + (r.computedSeverity.map { ", set by the PM; computed: \($0.rawValue)" } ?? ""),
        MarkdownText.escape(r.title),
        MarkdownText.escape(r.id),
        MarkdownText.escape(r.owner, or: "unassigned"), r.due?.iso ?? "no date",
        MarkdownText.escape(r.action),
      ])
    }
    if open.count > shown.count {
      lines += ["", "and \(open.count - shown.count) more open risks in report.html."]
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func actions(_ a: Assessment) -> String {
    var lines = [
      "## Actions by owner, \(a.actions.windowStart.iso) to \(a.actions.windowEnd.iso)", "",
    ]
    guard !a.actions.owners.isEmpty else {
      return (lines + ["Nothing needs action in the window."]).joined(separator: "\n") + "\n"
    }
    for owner in a.actions.owners {
      lines += [
        "### \(MarkdownText.escape(owner.name, or: "Unassigned")) (\(owner.actions.count))"
          + MarkdownControl.load(owner, limit: a.actions.loadLimit), "",
      ]
      lines += owner.actions.map(item)
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  /// `- **URGENT** task: Title (id), due 2026-12-01; late: why`.
  static func item(_ action: Action) -> String {
    var text = "- " + (action.urgent ? "**URGENT** " : "") + "\(action.kind.rawValue): "
    text += "\(MarkdownText.escape(action.title)) (\(MarkdownText.escape(action.id))), "
    text += action.due.map { "due \($0.iso)" } ?? "no due date"
    if action.late {
      text += "; late: " + MarkdownText.escape(action.lateReason, or: "past its end")
    }
    if action.overdue { text += "; overdue" }
    if let riskAction = action.riskAction, !riskAction.isEmpty {
      text += ". " + MarkdownText.escape(riskAction)
    }
    return text
  }

  static func timeline(_ a: Assessment) -> String {
    "## Timeline\n\nForecast dates; `crit` marks the critical path.\n\n" + MermaidGantt.block(a)
  }

  /// The tasks re-planned since the saved baseline; nil without one.
  static func replanned(_ a: Assessment) -> String? {
    guard let baseline = a.baseline else { return nil }
    let since = "baseline `\(baseline.name)`, saved \(baseline.savedOn.iso)"
    guard !baseline.replanned.isEmpty else {
      return "## Re-planned\n\nNo task has been re-planned since \(since).\n"
    }
    var lines = [
      "## Re-planned", "", "Tasks whose planned dates differ from \(since).", "",
      "| Task | Baseline start | Baseline end | Plan start | Plan end |", "|---|---|---|---|---|",
    ]
    lines += baseline.replanned.map {
      MarkdownText.row([
        "\(MarkdownText.escape($0.title)) (`\($0.id)`)", $0.baseline?.start.iso ?? "—",
        $0.baseline?.end.iso ?? "—", $0.plan?.start.iso ?? "—", $0.plan?.end.iso ?? "—",
      ])
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
