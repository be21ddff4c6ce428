/// The schema's words in diagnostics, as messages: what a value expects ("a date
/// (YYYY-MM-DD)"), how to write one, a range of numbers.
extension SchemaType {
  private typealias M = SchemaTypeMessages

  /// The name used in "expected …" messages.
  package var noun: Message {
    switch self {
    case .string: Message(M.text)
    case .id, .riskID: Message(M.id)
    case .integer: Message(M.wholeNumber)
    case .number: Message(M.number)
    case .boolean: Message(M.boolean)
    case .date: Message(M.date)
    case .currency: Message(M.currency)
    case .enumeration: Message(M.enumeration)
    case .checklistID: Message(M.checklistID)
    case .list: Message(M.list)
    case .object, .map: Message(M.mapping)
    case .table: Message(M.table)
    case .dayList: Message(M.dayList)
    }
  }

  /// How to write a value of this type, for hints.
  package var example: Message {
    switch self {
    case .string: Message(M.writeText)
    case .id: Message(M.writeID)
    case .riskID: Message(M.writeRiskID)
    case .integer(let range), .number(let range):
      Message(M.writeNumber, ["range": .message(range.phrase)])
    case .boolean: Message(M.writeBoolean)
    case .date: Message(M.writeDate)
    case .currency: Message(M.writeCurrency)
    case .enumeration(let values, _, _):
      Message(M.writeEnumeration, ["values": .text(values.joined(separator: ", "))])
    case .checklistID: Message(M.writeChecklistID)
    case .list(let element): Message(M.writeList, ["sample": .text(element.sample)])
    case .object(let schema):
      Message(
        M.writeObject, ["keys": .text(schema.fields.prefix(3).map(\.name).joined(separator: ", "))])
    case .map: Message(M.writeMap)
    case .table: Message(M.writeTable)
    case .dayList: Message(M.writeDayList)
    }
  }

  private var sample: String {
    switch self {
    case .enumeration(let values, _, _): values.prefix(2).joined(separator: ", ")
    case .checklistID: "R-I1, R-C1"
    case .number, .integer: "0.05, 0.2"
    default: "a, b"
    }
  }
}

extension NumberRange {
  /// "between 0 and 1", "at least 0", "exactly 1"; the bounds as the inventory writes numbers.
  package var phrase: Message {
    typealias M = SchemaTypeMessages
    func show(_ v: Double) -> MessageArgument {
      .text(v == v.rounded() ? String(Int(v)) : String(v))
    }
    switch (minimum, maximum) {
    case (let lo?, let hi?) where lo == hi: return Message(M.exactly, ["value": show(lo)])
    case (let lo?, let hi?): return Message(M.between, ["minimum": show(lo), "maximum": show(hi)])
    case (let lo?, nil): return Message(M.atLeast, ["value": show(lo)])
    case (nil, let hi?): return Message(M.atMost, ["value": show(hi)])
    case (nil, nil): return Message(M.anyNumber)
    }
  }
}
