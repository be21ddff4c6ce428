import Testing

@testable import ReadinessRender

/// Containers handed out for later (nested containers, super encoders) are filled in where
/// they were taken, even when written after the fields that follow them; list items of
/// different sizes keep all their fields.
struct TemplateEncoderNestingTests {
  /// Writes a nested object, then a field, then the nested object's contents.
  struct Nesting: Encodable {
    enum Key: String, CodingKey { case inner, after, list, parent, a, b }

    func encode(to encoder: any Encoder) throws {
      var top = encoder.container(keyedBy: Key.self)
      var inner = top.nestedContainer(keyedBy: Key.self, forKey: .inner)
      var list = top.nestedUnkeyedContainer(forKey: .list)
      try top.encode("later", forKey: .after)
      var parent = top.superEncoder(forKey: .parent).container(keyedBy: Key.self)
      try inner.encode("x", forKey: .a)
      try list.encode(1)
      var item = list.nestedContainer(keyedBy: Key.self)
      try list.encode(3)
      try item.encode(true, forKey: .b)
      try parent.encode("p", forKey: .a)
    }
  }

  struct Small: Encodable { let a: String }
  struct Big: Encodable { let a, b, c, d: String }

  @Test("nested containers written late land in their own place, in order")
  func nested() throws {
    let value = try TemplateEncoder.encode(Nesting())
    guard case .object(let top) = value else {
      Issue.record("not an object: \(value)")
      return
    }
    #expect(top.fields.map(\.name) == ["inner", "list", "after", "parent"])
    guard case .text("x")? = top["inner"]?.field("a"), case .text("later")? = top["after"],
      case .text("p")? = top["parent"]?.field("a"), case .list(let items)? = top["list"],
      items.count == 3, case .int(1) = items[0], case .bool(true)? = items[1].field("b"),
      case .int(3) = items[2]
    else {
      Issue.record("misplaced: \(value)")
      return
    }
  }

  @Test("items of a list keep every field, whatever the size of the item before")
  func mixedSizes() throws {
    struct Mixed: Encodable {
      let small: [Small]
      let big: [Big]
    }
    let value = try TemplateEncoder.encode(
      Mixed(
        small: [Small(a: "1"), Small(a: "2")],
        big: [Big(a: "1", b: "2", c: "3", d: "4"), Big(a: "5", b: "6", c: "7", d: "8")]))
    guard case .list(let big)? = value.field("big"), case .list(let small)? = value.field("small")
    else {
      Issue.record("\(value)")
      return
    }
    let names = (small + big).map { item -> [String] in
      guard case .object(let object) = item else { return [] }
      return object.fields.map(\.name)
    }
    #expect(names == [["a"], ["a"], ["a", "b", "c", "d"], ["a", "b", "c", "d"]])
  }
}
