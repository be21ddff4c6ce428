import Testing

@testable import ReadinessRender

/// Text in the Gantt's SVG cannot wrap, so every label is fitted to the room it has.
@Suite("Gantt labels fit their room")
struct GanttLabelTests {
  @Test("a long task name is cut before the End column, by its width, not its character count")
  func namesStopBeforeEndColumn() {
    let long = "phone-request: Phone-number request (REQUEST_CONTACT_INFO) early July"
    let cut = GanttLabel.truncate(long, to: GanttRow.labelMax)
    #expect(cut.hasSuffix("…"))
    #expect(GanttLabel.width(cut) <= GanttRow.labelMax)
    #expect(
      GanttLayout.columns.task + GanttLabel.width(cut) <= GanttLayout.columns.end
        - GanttLayout.columnGap)
    // Capitals are wider than lower case: the same number of characters needs more room.
    #expect(GanttLabel.width("REQUEST_CONTACT") > GanttLabel.width("request_contact"))
    #expect(GanttLabel.width("iiii") < GanttLabel.width("mmmm"))
    // Bold is wider than regular, so a bold label is cut sooner.
    let bold = GanttLabel.truncate(long, to: 200, bold: true)
    #expect(bold.count < GanttLabel.truncate(long, to: 200).count)
  }

  @Test("with hostile 300-character names every row's name, status and owner stays in its column")
  func hostileNamesStayInColumns() {
    let padded = HTMLFixture.assessment(
      text: { $0 + String(repeating: "Wموظف用👩‍💻", count: 60) }, generatedTasks: 40)
    let rows = GanttLayout(padded).panels.flatMap(\.rows)
    #expect(rows.contains { $0.label.hasSuffix("…\u{2069}") })
    for row in rows {
      let bold = row.kind == .group || row.kind == .phase
      #expect(GanttLabel.width(row.label, bold: bold) <= GanttRow.labelMax, "\(row.label)")
      #expect(GanttLabel.width(row.status, bold: true) <= GanttRow.statusMax, "\(row.status)")
      #expect(GanttLabel.width(row.barText, fontSize: GanttLabel.barFont) <= GanttRow.barTextMax)
    }
  }

  @Test("the longest status, LATE · CRITICAL, fits the status column whole")
  func longestStatusFits() {
    #expect(GanttLabel.width("LATE · CRITICAL", bold: true) <= GanttRow.statusMax)
  }

  @Test(
    "week labels are dropped when weeks are narrower than a label and its gap, kept when there is room"
  )
  func weekLabelsOnlyWithRoom() {
    let days = [HTMLFixture.day("2026-03-01"), HTMLFixture.day("2027-03-31")]
    let year = GanttAxis(
      covering: days, left: 0, width: GanttLayout.timelineWidth, calendar: .standard)
    #expect(year.dayWidth * 7 < GanttAxis.weekLabelRoom)
    #expect(!year.weeks.isEmpty && year.weeks.allSatisfy { $0.label.isEmpty })
    let quarter = GanttAxis(
      covering: [HTMLFixture.day("2026-03-01"), HTMLFixture.day("2026-05-31")], left: 0,
      width: GanttLayout.timelineWidth, calendar: .standard)
    let labelled = quarter.weeks.filter { !$0.label.isEmpty }
    #expect(labelled.count == quarter.weeks.count && labelled.count >= 12)
    for (a, b) in zip(labelled, labelled.dropFirst()) {
      let room = b.labelX - a.labelX - GanttLabel.width(a.label, fontSize: GanttAxis.weekFont)
      #expect(room >= GanttAxis.labelGap)
    }
  }

  @Test(
    "month labels always fit their month: the year on the first month and each January, shorter when narrow"
  )
  func monthLabelsFit() {
    let days = [HTMLFixture.day("2026-03-01"), HTMLFixture.day("2027-03-31")]
    let axis = GanttAxis(
      covering: days, left: 0, width: GanttLayout.timelineWidth, calendar: .standard)
    let months = axis.months(.english)
    #expect(months.count == 13 && months.allSatisfy { !$0.label.isEmpty })
    #expect(
      months[0].label.hasPrefix("Mar") && ["Jan 2027", "Jan 27"].contains(months[10].label)
        && months[1].label == "Apr")
    for (a, b) in zip(months, months.dropFirst()) {
      #expect(
        GanttLabel.width(a.label, fontSize: GanttAxis.monthFont, bold: true) + GanttAxis.labelGap
          <= b.x - a.x)
    }
    let decade = GanttAxis(
      covering: [HTMLFixture.day("2026-01-01"), HTMLFixture.day("2035-12-31")], left: 0, width: 920,
      calendar: .standard)
    #expect(decade.months(.english).allSatisfy { $0.label.count <= 1 })
  }

  @Test(
    "an RTL name is isolated with its own ellipsis, so it is cut at its own end and the id keeps its place"
  )
  func rtlNamesIsolated() {
    let label = GanttLabel.fit(
      "fix-bot", String(repeating: "مركز الاتصال ", count: 40), to: GanttRow.labelMax)
    #expect(label.hasPrefix("\u{2068}fix-bot\u{2069} \u{2068}مركز"))
    #expect(label.hasSuffix("…\u{2069}"))
    #expect(GanttLabel.width(label) <= GanttRow.labelMax)
    // A hostile id longer than the column leaves no room for the name: the whole is cut as one.
    let huge = GanttLabel.fit(String(repeating: "x", count: 500), "name", to: GanttRow.labelMax)
    #expect(huge.hasSuffix("…\u{2069}") && GanttLabel.width(huge) <= GanttRow.labelMax)
  }

  @Test(
    "an emoji sequence counts every pictograph it joins, as viewers without an emoji font draw each"
  )
  func emojiSequencesCountEachPictograph() {
    #expect(GanttLabel.width("👨‍👩‍👧‍👦") >= 4 * GanttLabel.width("👩"))
    #expect(GanttLabel.width("\u{2068}ab\u{2069}") == GanttLabel.width("ab"))
  }
}
