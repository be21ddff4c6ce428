/// A view model as the templates read it: the tree `TemplateEncoder` makes from an `Encodable`
/// view. Fields keep their declaration order; a nil optional is simply absent.
enum TemplateValue: Sendable {
  case text(String)
  case bool(Bool)
  case int(Int)
  case double(Double)
  case list([TemplateValue])
  case object(TemplateObject)

  /// The field `name` of an object; nil for anything else, as swift-mustache finds no field in
  /// a string, a number or a list.
  @inline(__always)
  func field(_ name: String) -> TemplateValue? {
    guard case .object(let object) = self else { return nil }
    return object[name]
  }

  /// The value as swift-mustache's `[String: Any]`, `[Any]` and scalars, for templates that use
  /// more of Mustache than `MustacheRenderer` renders.
  var plain: Any {
    switch self {
    case .text(let text): text
    case .bool(let bool): bool
    case .int(let int): int
    case .double(let double): double
    case .list(let items): items.map(\.plain)
    case .object(let object):
      Dictionary(
        object.fields.map { ($0.name, $0.value.plain) }, uniquingKeysWith: { _, last in last })
    }
  }
}

/// An object's fields in declaration order.
struct TemplateObject: Sendable {
  var fields: [(name: String, value: TemplateValue)] = []

  /// The last field named `name` (a later one replaces an earlier, as in a dictionary). Lengths
  /// are compared first: most names differ in length, and that costs no string comparison.
  subscript(name: String) -> TemplateValue? {
    let length = name.utf8.count
    var index = fields.count
    while index > 0 {
      index -= 1
      if fields[index].name.utf8.count == length, fields[index].name == name {
        return fields[index].value
      }
    }
    return nil
  }
}
