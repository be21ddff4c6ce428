import ReadinessCore
import ReadinessLocale
import Testing

@testable import ReadinessRender

/// The Gantt chart, the trend chart and the driving chain in the page's language: the
/// pseudo-locale leaves none of their English, and English reads as it always did.
@Suite("report.html: the Gantt and trend charts in the page's language")
struct GanttWordingTests {
  static let assessment = HistoryFixture.with(HTMLFixture.assessment())

  /// Every text the charts show, not their geometry or CSS classes.
  static func texts(_ wording: Wording) -> [String] {
    let gantt = GanttView(GanttLayout(assessment, wording: wording))
    let l = gantt.legend
    let samples = [
      l.forecastSample, l.planSample, l.slipSample, l.criticalSample, l.milestoneSample,
      l.plannedMilestoneSample, l.programmeMilestoneSample, l.dependencySample, l.externalSample,
      l.asOfSample,
    ]
    var texts = [gantt.summary] + samples.flatMap { [$0.text, $0.slipText] }
    texts += (gantt.grid.monthLabels + gantt.grid.weekLabels).map(\.label)
    for panel in gantt.panels {
      texts += [panel.label, panel.asOfLabel]
      texts += panel.rows.flatMap {
        [$0.label, $0.fullText, $0.end, $0.forecast, $0.done, $0.slack, $0.status, $0.slipText]
          + [$0.barText]
      }
    }
    let trend = TrendChart(assessment.history?.trend ?? [], wording: wording)
    texts += [trend.summary] + trend.dates.map(\.text) + trend.grid.map(\.label)
    texts += trend.series.flatMap { [$0.name] + $0.markers.map(\.title) }
    texts += trend.rows.flatMap { [$0.asOfText, $0.overall, $0.ragText] + $0.phases }
    texts.append(HTMLDrivingChain(assessment.schedule, shown: 2, in: wording.language) { $0 }.text)
    return texts
  }

  /// Lower-case words of three letters or more.
  static func words(_ text: String) -> [String] {
    text.split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 3 }.map { $0.lowercased() }
  }

  /// The words of the charts' English patterns, placeholders left out.
  static let english = Set(
    GanttMessages.all.flatMap { [$0.english, $0.englishOne ?? ""] }
      .flatMap { words($0.replacing(/\{[^}]*\}/, with: " ")) })

  /// The words of the fixture's own text, shown as given in every language.
  static let inventory: Set<String> = {
    let s = assessment.schedule
    let tasks = s.tasks.flatMap {
      [$0.task.id, $0.task.title, $0.task.owner ?? "", $0.lateReason ?? ""] + $0.task.dependsOn
    }
    let others =
      s.milestones.flatMap { [$0.id, $0.title] } + assessment.phases.map(\.ragReason)
      + s.calendar.holidays.map { $0.name ?? "" }
    return Set((tasks + others).flatMap(words))
  }()

  @Test("the pseudo-locale leaves no English word of the charts' messages, beyond inventory text")
  func pseudo() {
    let words = Self.texts(Wording(language: PseudoLanguage())).flatMap(Self.words)
    let left = Set(words).intersection(Self.english).subtracting(Self.inventory)
    #expect(left.isEmpty, "English left: \(left.sorted())")
    #expect(words.count > 300)
    // The same check finds the charts' English in English.
    let english = Set(Self.texts(.english).flatMap(Self.words))
    #expect(english.intersection(Self.english).subtracting(Self.inventory).count > 40)
  }

  @Test("in English the charts read as they always did")
  func english() throws {
    let a = Self.assessment
    let gantt = GanttView(GanttLayout(a))
    #expect(
      gantt.summary
        == "9 tasks and 2 task milestones; 1 late, 5 on the critical path. Working days: Monday"
        + " to Friday; holidays (shaded amber): 2026-04-03 Good Friday, 2026-12-25.")
    let l = gantt.legend
    #expect(
      [l.forecastSample.text, l.slipSample.text, l.slipSample.slipText, l.asOfSample.text] == [
        "forecast / done", "slip past the plan (hatched), in working days", "+12 d", "as-of date",
      ])
    #expect(gantt.grid.monthLabels.prefix(2).map(\.label) == ["Jan 2026", "Feb"])
    let panel = try #require(gantt.panels.first)
    #expect(panel.label == "Gantt chart rows 1 to 20 of 20")
    #expect(panel.asOfLabel == "as of \(a.asOf.iso)")
    let rows = Dictionary(panel.rows.map { ($0.fullText.prefix(5), $0) }) { first, _ in first }
    let t5 = try #require(rows["T-5 B"])
    #expect(
      t5.fullText
        == "T-5 Backfill BSUIDs for existing contacts. Owner Dev team. Plan 2026-04-13 to"
        + " 2026-05-08, 20 working days. Forecast 2026-04-13 to 2026-06-05, slip +20 d. 40% done,"
        + " in progress. Slack 0 working days, on the critical path (plan slack 0). LATE:"
        + " unfinished at its end 2026-05-08. After T-4")
    #expect(
      [t5.status, t5.slack, t5.slipText, t5.done] == ["LATE · CRITICAL", "0 d", "+20 d", "40%"])
    let planning = try #require(rows["Plann"])
    #expect(
      planning.fullText
        == "Planning: 2026-01-01 to 2026-03-31, score 87.5 of 100 (expected 100.0), RED: ended"
        + " 2026-03-31 at 87.5 of 100")
    #expect([planning.status, planning.done] == ["RED", "87.5%"])
    let webhooks = try #require(rows["bsuid"])
    #expect(webhooks.fullText == "bsuid-webhooks: BSUIDs in webhooks, 2026-04-06 (default date)")
    #expect(webhooks.status == "default date")
    let trend = TrendChart(a.history?.trend ?? [])
    #expect(trend.summary == "2 reports from 2026-11-18 to 2026-11-25.")
    #expect(trend.series.map(\.name).contains("Planning, expected"))
    #expect(trend.rows.first?.phases.last == "n/a GREEN (expected 0.0)")
    let chain = HTMLDrivingChain(a.schedule, shown: 2) { $0 }
    #expect(
      chain.text == "Backfill BSUIDs for existing contacts → … 2 more … → Launch readiness review")
  }
}
