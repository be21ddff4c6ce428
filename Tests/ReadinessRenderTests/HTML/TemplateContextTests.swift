import Testing

@testable import ReadinessRender

/// View models become plain dictionaries and arrays before the template engine reads them.
@Suite("TemplateContext turns view models into dictionaries")
struct TemplateContextTests {
  struct Row {
    var name: String
    var late: Bool
    var owner: String?
  }
  struct Page {
    var title: String
    var rows: [Row]
    var empty: [Row]
  }

  @Test("structs become dictionaries, arrays keep order, nil fields are left out")
  func converts() throws {
    let page = Page(
      title: "Plan",
      rows: [Row(name: "a", late: true, owner: "Li"), Row(name: "b", late: false, owner: nil)],
      empty: [])
    let context = try #require(TemplateContext.make(page) as? [String: Any])
    #expect(context["title"] as? String == "Plan")
    let rows = try #require(context["rows"] as? [Any]).compactMap { $0 as? [String: Any] }
    #expect(rows.map { $0["name"] as? String } == ["a", "b"])
    #expect(rows.map { $0["late"] as? Bool } == [true, false])
    #expect(rows[0]["owner"] as? String == "Li" && rows[1]["owner"] == nil)
    #expect((context["empty"] as? [Any])?.isEmpty == true)
  }
}
