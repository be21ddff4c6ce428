/// Turns a view model into the plain dictionaries and arrays the template engine reads fastest.
///
/// swift-mustache looks a struct's fields up with `Mirror` on every tag, searching the whole
/// context stack, which made a 2,000-task Gantt take seconds. Reflecting each value once, here,
/// gives the same output (a struct's fields become a dictionary's keys) at a fraction of the cost.
enum TemplateContext {
  /// `value` with every struct turned into `[String: Any]`, every array's elements converted, and
  /// optionals unwrapped (a nil field is left out, which templates read as false or empty).
  static func make(_ value: Any) -> Any {
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .struct?, .class?:
      var fields: [String: Any] = [:]
      for child in mirror.children {
        guard let label = child.label, let converted = unwrap(child.value) else { continue }
        fields[label] = make(converted)
      }
      return fields
    case .collection?:
      return mirror.children.map { make($0.value) }
    case .optional?:
      return unwrap(value).map(make) ?? [String: Any]()
    default:
      return value
    }
  }

  /// The wrapped value of an optional, nil for `.none`; any other value as it is.
  private static func unwrap(_ value: Any) -> Any? {
    let mirror = Mirror(reflecting: value)
    guard mirror.displayStyle == .optional else { return value }
    return mirror.children.first.map(\.value)
  }
}
