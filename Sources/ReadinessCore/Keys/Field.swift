/// One inventory key, declared once and bound to the model property it fills, the way an
/// argument parser's option binds a flag to a property. The declaration is the key's schema
/// (name, type, whether it is required, its doc line and starter comment), builds the property
/// from the value the decoder accepted, and names the key when a rule asks where a property was
/// written (`KeyedEntry.location(of:)`).
///
/// Unchecked `Sendable`: it is immutable once made; its closures capture only key paths and
/// other declarations, which are immutable too.
public struct Field<Model>: @unchecked Sendable {
  /// Name, type, whether required, doc line and starter comment.
  public let key: SchemaField
  /// The property it fills; nil for a key kept nowhere in the model (read elsewhere, or only
  /// documented).
  let property: PartialKeyPath<Model>?
  /// Writes the decoded value into the model.
  let build: (inout Model, Decoded) -> Void

  /// A key built by `build`: a nested object, a map, a list of entries.
  @inline(__always) init(
    _ property: PartialKeyPath<Model>?, _ name: String, _ type: SchemaType, required: Bool = false,
    doc: String, starter: String? = nil, build: @escaping (inout Model, Decoded) -> Void
  ) {
    key = SchemaField(name, type, required: required, doc, starter: starter)
    self.property = property
    self.build = build
  }

  /// A key whose value is stored as decoded; left out, the property keeps the model's default.
  @inline(__always) init<Value: KeyValue>(
    _ property: WritableKeyPath<Model, Value>, _ name: String, _ type: SchemaType,
    required: Bool = false, doc: String, starter: String? = nil
  ) {
    self.init(property, name, type, required: required, doc: doc, starter: starter) {
      model, decoded in
      if let value = Value(decoded: decoded) { model[keyPath: property] = value }
    }
  }

  /// An optional property: nil when the key is left out.
  @inline(__always) init<Value: KeyValue>(
    _ property: WritableKeyPath<Model, Value?>, _ name: String, _ type: SchemaType,
    required: Bool = false, doc: String, starter: String? = nil
  ) {
    self.init(property, name, type, required: required, doc: doc, starter: starter) {
      model, decoded in
      if let value = Value(decoded: decoded) { model[keyPath: property] = value }
    }
  }

  /// A key the model keeps nowhere: read by the loader itself, or accepted and documented only.
  init(_ name: String, _ type: SchemaType, required: Bool = false, doc: String) {
    self.init(nil, name, type, required: required, doc: doc) { _, _ in }
  }

  /// A nested object (`monthly_ad_spend: {amount, currency}`), set when `keys` can build it.
  @inline(__always) init<Value>(
    _ property: WritableKeyPath<Model, Value?>, _ name: String, object keys: Keys<Value>,
    doc: String, starter: String? = nil
  ) {
    self.init(property, name, .object(keys.schema), doc: doc, starter: starter) {
      model, decoded in
      if let object = decoded.object, let value = keys.build(object) {
        model[keyPath: property] = value
      }
    }
  }

  /// A list of objects (`wabas`), each built by `keys`.
  @inline(__always) init<Entry>(
    _ property: WritableKeyPath<Model, [Entry]>, _ name: String, list keys: Keys<Entry>,
    doc: String, starter: String? = nil
  ) {
    self.init(property, name, .list(.object(keys.schema)), doc: doc, starter: starter) {
      model, decoded in
      model[keyPath: property] = (decoded.list ?? []).compactMap { $0.object.flatMap(keys.build) }
    }
  }

  /// A table (`flows`): a list of objects or `{csv: file.csv}`, its rows built on every core.
  @inline(__always) init<Entry: Sendable>(
    _ property: WritableKeyPath<Model, [Entry]>, _ name: String, table keys: Keys<Entry>,
    doc: String, starter: String? = nil
  ) {
    self.init(property, name, .table(keys.schema), doc: doc, starter: starter) {
      model, decoded in
      let objects = (decoded.list ?? []).compactMap(\.object)
      model[keyPath: property] = objects.concurrentMap { keys.build($0) }.compactMap { $0 }
    }
  }
}
