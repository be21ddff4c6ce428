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

  init(_ points: [TrendPoint]) {
    let days = points.map(\.asOf.ordinal)
    let first = Double(days.min() ?? 0)
    let span = Double(max((days.max() ?? 0) - (days.min() ?? 0), 1))
    let plotWidth = Self.width - Self.left - Self.right
    let x = { (day: Day) in
      points.count == 1
        ? Self.left + plotWidth / 2 : Self.left + (Double(day.ordinal) - first) / span * plotWidth
    }
    grid = stride(from: 0.0, through: 100, by: 25).map { TrendGridLine(value: $0) }
    let step = max(1, Int((Double(points.count) / 8).rounded(.up)))
    dates = points.enumerated().filter { $0.offset % step == 0 || $0.offset == points.count - 1 }
      .map { TrendDateLabel(x: SVGNumber.format(x($0.element.asOf)), text: $0.element.asOf.iso) }
    var series = [
      TrendSeries(
        name: "Overall", css: "overall",
        values: points.map {
          (
            x($0.asOf), $0.overall.score,
            "\($0.asOf.iso): overall \(HTMLText.decimal($0.overall.score)) \(HTMLRAG.text($0.overall.rag))"
          )
        })
    ]
    for phase in PhaseID.allCases {
      let name = HTMLRAG.phaseName(phase)
      let scored = points.compactMap { point in
        point.phases.first { $0.id == phase }.flatMap { p in
          p.score.map {
            (
              x(point.asOf), $0,
              "\(point.asOf.iso): \(name) \(HTMLText.decimal($0)) \(HTMLRAG.text(p.rag))"
            )
          }
        }
      }
      let expected = points.compactMap { point in
        point.phases.first { $0.id == phase }.map {
          (
            x(point.asOf), $0.expected,
            "\(point.asOf.iso): \(name) expected \(HTMLText.decimal($0.expected))"
          )
        }
      }
      series.append(TrendSeries(name: name, css: phase.rawValue, values: scored))
      series.append(
        TrendSeries(name: "\(name), expected", css: "\(phase.rawValue) expected", values: expected))
    }
    self.series = Self.spreadLabels(series.filter { !$0.markers.isEmpty })
    rows = points.reversed().map(TrendRow.init)
    summary =
      points.count == 1
      ? "One report so far: the trend starts here."
      : "\(points.count) reports from \(points.first!.asOf.iso) to \(points.last!.asOf.iso)."
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

/// A horizontal grid line at a score, with its label.
struct TrendGridLine: Encodable {
  let y: String
  let label: String
  init(value: Double) {
    y = SVGNumber.format(TrendChart.y(value))
    label = SVGNumber.format(value)
  }
}

struct TrendDateLabel: Encodable {
  let x: String
  let text: String
}

/// One line of the chart: its points, a marker with a tooltip per point, and its end label.
struct TrendSeries: Encodable {
  let name: String
  let css: String
  let points: String
  let markers: [TrendMarker]
  let labelX: String
  var labelY: String
  /// Only score lines are labelled at their end; dotted expected ones have smaller markers.
  let hasLabel: Bool
  let radius: String
  /// The label's y before spreading.
  let labelPosition: Double

  init(name: String, css: String, values: [(x: Double, score: Double, title: String)]) {
    self.name = name
    self.css = css
    points = values.map { "\(SVGNumber.format($0.x)),\(SVGNumber.format(TrendChart.y($0.score)))" }
      .joined(separator: " ")
    markers = values.map {
      TrendMarker(
        x: SVGNumber.format($0.x), y: SVGNumber.format(TrendChart.y($0.score)), title: $0.title)
    }
    labelX = SVGNumber.format(TrendChart.width - TrendChart.right + 8)
    labelPosition = TrendChart.y(values.last?.score ?? 0) + 4
    labelY = SVGNumber.format(labelPosition)
    hasLabel = !css.hasSuffix("expected")
    radius = hasLabel ? "3" : "1.5"
  }
}

struct TrendMarker: Encodable {
  let x: String
  let y: String
  let title: String
}

/// One snapshot in the table beside the chart, newest first.
struct TrendRow: Encodable {
  let asOf: String
  let overall: String
  let rag: String
  let ragText: String
  let phases: [String]

  init(_ point: TrendPoint) {
    asOf = point.asOf.iso
    overall = HTMLText.decimal(point.overall.score)
    rag = point.overall.rag.rawValue
    ragText = HTMLRAG.text(point.overall.rag)
    phases = PhaseID.allCases.map { id in
      guard let phase = point.phases.first(where: { $0.id == id }) else { return "n/a" }
      let score = phase.score.map { HTMLText.decimal($0) } ?? "n/a"
      return "\(score) \(HTMLRAG.text(phase.rag)) (expected \(HTMLText.decimal(phase.expected)))"
    }
  }
}
