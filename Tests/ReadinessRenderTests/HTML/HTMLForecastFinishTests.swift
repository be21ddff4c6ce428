import Foundation
import ReadinessCore
import Testing

@testable import ReadinessRender

/// The headline gives the programme's forecast finish against its planned finish.
@Suite("Headline forecast finish")
struct HTMLForecastFinishTests {
  @Test(
    "the headline says when the programme is forecast to finish, in working days after the planned finish"
  )
  func headlineSentence() throws {
    let html = try HTMLTestSupport.html(HTMLFixture.assessment())
    let headline = try #require(html.range(of: "id=\"headline\"")).upperBound
    let end = try #require(html.range(of: "</header>")).lowerBound
    // T-11 is planned on Thursday 2026-10-01 and forecast on Wednesday 2026-10-14.
    #expect(
      html[headline..<end].contains(
        "<p class=\"finish finish-late\">Forecast finish 2026-10-14, 9 working days after the planned 2026-10-01</p>"
      ))
  }

  /// A one-task schedule planned to end Friday 2026-05-08 and forecast to end `forecast`.
  func line(_ forecast: String) -> HTMLFinishLine {
    let task = HTMLFixture.task(
      "T", "Task", .implementation, owner: nil, "2026-05-04", "2026-05-08", progress: 50,
      forecast: ("2026-05-04", forecast, 0))
    let day = HTMLFixture.day
    return HTMLFinishLine(
      Schedule(tasks: [task], milestones: [], start: day("2026-05-04"), end: day("2026-05-08")))
  }

  @Test("one working day, ahead of plan, as planned, and no tasks")
  func variants() {
    #expect(
      line("2026-05-11").sentence
        == "Forecast finish 2026-05-11, 1 working day after the planned 2026-05-08")
    #expect(
      line("2026-05-06").sentence
        == "Forecast finish 2026-05-06, 2 working days before the planned 2026-05-08")
    #expect(line("2026-05-06").state == "ahead")
    #expect(line("2026-05-08").sentence == "Forecast finish 2026-05-08, as planned")
    let day = HTMLFixture.day
    #expect(
      !HTMLFinishLine(
        Schedule(tasks: [], milestones: [], start: day("2026-05-04"), end: day("2026-05-08"))
      ).hasFinish)
  }
}
