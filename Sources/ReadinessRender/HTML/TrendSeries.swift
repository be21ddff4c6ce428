import ReadinessCore

/// A horizontal grid line at a score, with its label.
struct TrendGridLine: Encodable {
  let y: String
  let label: String
  init(value: Int, wording: Wording) {
    y = SVGNumber.format(TrendChart.y(Double(value)))
    label = wording.figure(.count(value))
  }
}

/// A date under the plot, at its x.
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

/// A point of a line, with its tooltip.
struct TrendMarker: Encodable {
  let x: String
  let y: String
  let title: String
}

/// One snapshot in the table beside the chart, newest first.
struct TrendRow: Encodable {
  /// The day as ISO (the `datetime`) and in the page's language.
  let asOf: String
  let asOfText: String
  let overall: String
  let rag: String
  let ragText: String
  let phases: [String]

  init(_ point: TrendPoint, wording: Wording) {
    asOf = point.asOf.iso
    asOfText = wording.cellDay(point.asOf)
    overall = wording.score(point.overall.score)
    rag = point.overall.rag.rawValue
    ragText = wording(WordMessages.ragLabel(point.overall.rag))
    phases = PhaseID.allCases.map { id in
      guard let phase = point.phases.first(where: { $0.id == id }) else {
        return wording(ChangeMessages.notApplicable)
      }
      return wording(
        TrendMessages.phaseCell,
        [
          "score": .text(wording.score(phase.score)),
          "rag": .message(Message(WordMessages.ragLabel(phase.rag))),
          "expected": .score(phase.expected),
        ])
    }
  }
}
