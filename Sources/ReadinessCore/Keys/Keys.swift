/// The declared keys of one kind of entry (a flow, a task, the programme): the object's schema,
/// and how to build the model value from a decoded object. Built once (each model's static
/// `keys`), it indexes its fields by name for the builder and by property for `location(of:)`.
///
/// Unchecked `Sendable`: immutable once made (see `Field`).
public struct Keys<Model>: @unchecked Sendable {
  /// The object as the decoder, the JSON Schema and the docs see it.
  public let schema: ObjectSchema
  /// The fields' key names, in order: the builder finds an entry's field by comparing names,
  /// which for short keys costs less than hashing them, starting after the last one found
  /// (entries mostly come in declaration order, or CSV column order).
  private let keyNames: [String]
  /// The fields' builders, in order, apart so that calling one copies no declaration.
  private let builders: [(inout Model, Decoded) -> Void]
  private let names: [PartialKeyPath<Model>: String]
  private let seed: () -> Model
  private let required: UInt64
  private let place: ((inout Model, DecodedObject) -> Void)?
  private let finish: ((inout Model, (PartialKeyPath<Model>) -> Bool) -> Void)?

  /// `seed` is the value before any key is read (placeholders for required keys that were
  /// missing, already reported); `requires` lists the properties without which there is no
  /// value at all (a milestone without a date); `location` and `origin` receive where the
  /// object and each of its values were written; `finish` derives defaults from what was
  /// given (its argument says whether a property's key was given a valid value).
  init(
    _ name: String, seed: @escaping () -> Model, _ fields: [Field<Model>],
    requires: [PartialKeyPath<Model>] = [],
    location: WritableKeyPath<Model, SourceLocation?>? = nil,
    origin: WritableKeyPath<Model, SourceMap>? = nil,
    finish: ((inout Model, (PartialKeyPath<Model>) -> Bool) -> Void)? = nil
  ) {
    precondition(fields.count <= 64, "\(name): a key set holds at most 64 keys")
    schema = ObjectSchema(name, fields.map(\.key))
    keyNames = fields.map(\.key.name)
    builders = fields.map(\.build)
    names = Dictionary(
      fields.compactMap { field in field.property.map { ($0, field.key.name) } },
      uniquingKeysWith: { first, _ in first })
    self.seed = seed
    let byProperty = Dictionary(
      fields.enumerated().compactMap { i, field in field.property.map { ($0, i) } },
      uniquingKeysWith: { first, _ in first })
    required = requires.reduce(0) { $0 | 1 << UInt64(byProperty[$1]!) }
    place =
      location == nil && origin == nil
      ? nil
      : { model, object in
        if let location { model[keyPath: location] = object.location }
        if let origin { model[keyPath: origin] = SourceMap(object) }
      }
    self.finish = finish
  }

  /// The key name declared for `property`.
  public func name(of property: PartialKeyPath<Model>) -> String {
    guard let name = names[property] else {
      preconditionFailure("\(schema.name): no key is declared for \(property)")
    }
    return name
  }

  /// The model value of `object`, each valid value written through its declaration (the first
  /// of a repeated key wins); nil when a property in `requires` was not given.
  package func build(_ object: DecodedObject) -> Model? {
    var model = seed()
    return apply(object, to: &model) ? model : nil
  }

  /// Writes `object`'s values into `model`; false when a required property was not given.
  @discardableResult
  package func apply(_ object: DecodedObject, to model: inout Model) -> Bool {
    var given: UInt64 = 0
    var next = 0
    for entry in object.entries {
      guard let index = index(of: entry.key, from: next), given & 1 << UInt64(index) == 0 else {
        continue
      }
      given |= 1 << UInt64(index)
      next = index + 1
      builders[index](&model, entry.value)
    }
    guard given & required == required else { return false }
    place?(&model, object)
    finish?(&model) { property in
      guard let name = names[property], let index = index(of: name, from: 0) else { return false }
      return given & 1 << UInt64(index) != 0
    }
    return true
  }

  /// The index of the field named `key`, looking from `start` on, then before it.
  private func index(of key: String, from start: Int) -> Int? {
    for index in start..<keyNames.count where keyNames[index] == key { return index }
    for index in 0..<min(start, keyNames.count) where keyNames[index] == key { return index }
    return nil
  }
}
