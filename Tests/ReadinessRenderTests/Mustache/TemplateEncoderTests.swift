import ReadinessCore
import Testing

@testable import ReadinessRender

/// View models reach the templates through their `Encodable` conformance: every stored field,
/// in declaration order, with nil optionals left out.
@Suite("TemplateEncoder turns view models into template values")
struct TemplateEncoderTests {
  struct Row: Encodable {
    var name: String
    var late: Bool
    var owner: String?
    var count: Int
    var share: Double
  }
  struct Page: Encodable {
    var title: String
    var rows: [Row]
    var empty: [Row]
    var level: UInt8
    var ratio: Float
  }

  @Test(
    "structs become objects, lists keep order, scalars keep their kind, nil fields are left out")
  func converts() throws {
    let page = Page(
      title: "Plan",
      rows: [
        Row(name: "a", late: true, owner: "Li", count: 3, share: 0.5),
        Row(name: "b", late: false, owner: nil, count: -1, share: 1e-05),
      ],
      empty: [], level: 7, ratio: 0.5)
    let value = try TemplateEncoder.encode(page)
    guard case .text("Plan")? = value.field("title"), case .list(let rows)? = value.field("rows"),
      case .list(let empty)? = value.field("empty")
    else {
      Issue.record("unexpected \(value)")
      return
    }
    #expect(empty.isEmpty && rows.count == 2)
    guard case .int(7)? = value.field("level"), case .double(0.5)? = value.field("ratio") else {
      Issue.record("other number widths: \(value)")
      return
    }
    guard case .object(let first) = rows[0], case .object(let second) = rows[1] else { return }
    #expect(first.fields.map(\.name) == ["name", "late", "owner", "count", "share"])
    #expect(second.fields.map(\.name) == ["name", "late", "count", "share"])
    guard case .bool(true)? = first["late"], case .int(-1)? = second["count"],
      case .double(1e-05)? = second["share"]
    else {
      Issue.record("scalars changed kind: \(rows)")
      return
    }
  }

  @Test("no field of the report, briefing or portfolio views is dropped", arguments: [0, 1, 2])
  func everyField(_ page: Int) throws {
    let assessment = HistoryFixture.with(AssessmentFixture.full())
    let view: any Encodable =
      switch page {
      case 0: HTMLView(assessment, wording: .english)
      case 1: BriefingView(assessment, wording: .english)
      default:
        PortfolioView(
          [PortfolioEntry(assessment, file: "a.yaml", folder: "a", report: "a/r.html")],
          trend: nil)
      }
    let value = try TemplateEncoder.encode(view)
    #expect(Self.mismatches(Mirror(reflecting: view), value, path: "view") == [])
  }

  /// Where `value` lacks a stored field of the value `mirror` reflects, at any depth.
  static func mismatches(_ mirror: Mirror, _ value: TemplateValue, path: String) -> [String] {
    switch (mirror.displayStyle, value) {
    case (.struct?, .object(let object)):
      var found: [String] = []
      let present = mirror.children.compactMap { child -> (String, Any)? in
        let unwrapped = Mirror(reflecting: child.value)
        guard unwrapped.displayStyle == .optional else { return (child.label ?? "?", child.value) }
        return unwrapped.children.first.map { (child.label ?? "?", $0.value) }
      }
      if present.map(\.0) != object.fields.map(\.name) {
        found.append("\(path): \(present.map(\.0)) ≠ \(object.fields.map(\.name))")
      }
      for (label, child) in present {
        guard let field = object[label] else { continue }
        found += mismatches(Mirror(reflecting: child), field, path: path + "." + label)
      }
      return found
    case (.collection?, .list(let items)):
      let children = Array(mirror.children)
      guard children.count == items.count else {
        return ["\(path): \(children.count) ≠ \(items.count) items"]
      }
      return zip(children, items).enumerated().flatMap { index, pair in
        mismatches(Mirror(reflecting: pair.0.value), pair.1, path: "\(path)[\(index)]")
      }
    case (.struct?, _), (.collection?, _):
      return ["\(path): \(value)"]
    default:
      return []
    }
  }
}
