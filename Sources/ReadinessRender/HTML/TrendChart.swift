import ReadinessCore

/// The trend chart's geometry: overall and phase scores across the snapshots as SVG polylines,
/// each phase's expected progress dotted beside it, on a 0–100 scale, with a table fallback.
struct TrendChart: Encodable {
  static let width = 760.0
  static let height = 280.0
  static let left = 44.0
  static let right = 150.0
  static let top = 16.0
  static let bottom = 40.0

  let width = SVGNumber.format(Self.width)
  let height = SVGNumber.format(Self.height)
  let plotLeft = SVGNumber.format(Self.left)
  let plotRight = SVGNumber.format(Self.width - Self.right)
  let grid: [TrendGridLine]
  let dates: [TrendDateLabel]
  let series: [TrendSeries]
  let rows: [TrendRow]
  let summary: String

  /// The chart of `points`, oldest first, its texts in `wording`'s language.
  init(_ points: [TrendPoint], wording: Wording = .english) {
    typealias M = TrendMessages
    let days = points.map(\.asOf.ordinal)
    let first = Double(days.min() ?? 0)
    let span = Double(max((days.max() ?? 0) - (days.min() ?? 0), 1))
    let plotWidth = Self.width - Self.left - Self.right
    let x = { (day: Day) in
      points.count == 1
        ? Self.left + plotWidth / 2 : Self.left + (Double(day.ordinal) - first) / span * plotWidth
    }
    grid = stride(from: 0, through: 100, by: 25).map { TrendGridLine(value: $0, wording: wording) }
    let step = max(1, Int((Double(points.count) / 8).rounded(.up)))
    dates = points.enumerated().filter { $0.offset % step == 0 || $0.offset == points.count - 1 }
      .map {
        TrendDateLabel(
          x: SVGNumber.format(x($0.element.asOf)), text: wording.cellDay($0.element.asOf))
      }
    let rag = { (rag: RAG) in MessageArgument.message(Message(WordMessages.ragLabel(rag))) }
    var series = [
      TrendSeries(
        name: wording(M.overall), css: "overall",
        values: points.map {
          let score = $0.overall.score
          let title = Message(
            M.overallPoint,
            ["date": .day($0.asOf), "score": .score(score), "rag": rag($0.overall.rag)])
          return (x($0.asOf), score, wording(title))
        })
    ]
    for phase in PhaseID.allCases {
      let name = MessageArgument.message(Message(WordMessages.phaseName(phase)))
      let scored = points.compactMap { point in
        point.phases.first { $0.id == phase }.flatMap { p in
          p.score.map {
            let title = Message(
              M.phasePoint,
              ["date": .day(point.asOf), "phase": name, "score": .score($0), "rag": rag(p.rag)])
            return (x(point.asOf), $0, wording(title))
          }
        }
      }
      let expected = points.compactMap { point in
        point.phases.first { $0.id == phase }.map {
          let title = Message(
            M.expectedPoint,
            ["date": .day(point.asOf), "phase": name, "score": .score($0.expected)])
          return (x(point.asOf), $0.expected, wording(title))
        }
      }
      series.append(
        TrendSeries(
          name: wording(WordMessages.phaseName(phase)), css: phase.rawValue, values: scored))
      series.append(
        TrendSeries(
          name: wording(M.expected, ["phase": name]), css: "\(phase.rawValue) expected",
          values: expected))
    }
    self.series = Self.spreadLabels(series.filter { !$0.markers.isEmpty })
    rows = points.reversed().map { TrendRow($0, wording: wording) }
    summary =
      points.count == 1
      ? wording(M.first)
      : wording(
        M.summary,
        [
          "count": .count(points.count), "from": .day(points.first!.asOf),
          "to": .day(points.last!.asOf),
        ])
  }

  /// Moves the score lines' end labels apart (at least 13 units) so that none overlaps;
  /// dotted expected lines carry no label.
  private static func spreadLabels(_ series: [TrendSeries]) -> [TrendSeries] {
    var series = series
    let labelled = series.indices.filter { series[$0].hasLabel }
      .sorted { series[$0].labelPosition < series[$1].labelPosition }
    var previous = -Double.infinity
    for index in labelled {
      let y = max(series[index].labelPosition, previous + 13)
      series[index].labelY = SVGNumber.format(y)
      previous = y
    }
    return series
  }

  /// The y coordinate of a score.
  static func y(_ score: Double) -> Double {
    top + (100 - min(100, max(0, score))) / 100 * (height - top - bottom)
  }
}
