import Foundation
import ReadinessCore

/// One generated file: its name in the output folder and its bytes.
public struct FixtureFile: Sendable {
  public var name: String
  public var bytes: Data
}

/// Writes webhook bodies for an inventory: each flow that is not outbound in S-A, S-B and S-C,
/// and per WABA the status, system and shared-contact bodies, with `manifest.json` last.
public enum FixtureGenerator {
  /// When the fixtures' messages happen: 2026-09-01T00:00Z, one minute apart.
  static let firstTimestamp = 1_788_220_800

  public static func generate(
    _ inventory: Inventory, matrix: [FlowStates], seed: UInt64
  ) -> (files: [FixtureFile], manifest: FixtureManifest) {
    var ids = FakeIDs(seed: seed)
    let numbers = businessNumbers(inventory.programme.wabas, ids: &ids)
    var builder = Builder(ids: ids)
    for (index, flow) in inventory.flows.enumerated() where !flow.kind.isOutbound {
      let business = numbers.first { $0.waba == flow.waba } ?? numbers[0]
      let row = matrix.first { $0.id == flow.id }
      for state in UserState.allCases {
        builder.message(
          flow, index: index + 1, state: state, business, outcome: row?.outcomes[state])
      }
    }
    for business in numbers { builder.accountEvents(business) }
    let manifest = FixtureManifest(
      programme: inventory.programme.name, seed: seed, files: builder.entries)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // A manifest of strings and integers always encodes.
    let manifestBytes = (try? encoder.encode(manifest)) ?? Data()
    return (
      builder.files + [FixtureFile(name: "manifest.json", bytes: manifestBytes + Data("\n".utf8))],
      manifest
    )
  }

  /// Each WABA's first number with Meta-style ids; a stand-in account when there is none.
  /// A flow that names no WABA goes to the first, as it does for the programme's only one.
  static func businessNumbers(_ wabas: [WABA], ids: inout FakeIDs) -> [BusinessNumber] {
    let accounts = wabas.isEmpty ? [WABA(id: "waba")] : wabas
    return accounts.map { waba in
      let digits = waba.phoneNumbers.first.map { $0.number.filter(\.isASCII).filter(\.isNumber) }
      return BusinessNumber(
        waba: waba.id, entryID: ids.digits(15),
        displayPhoneNumber: digits.flatMap { $0.isEmpty ? nil : $0 } ?? "1555" + ids.digits(7),
        phoneNumberID: ids.digits(15), parentBSUID: waba.parentBSUID == true)
    }
  }

  /// A name that is safe as part of a file name: letters, digits, `-` and `_`, at most 40.
  static func fileSafe(_ text: String) -> String {
    let safe = text.map {
      $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_"
    }
    return String(safe.prefix(40))
  }

  /// JSON with sorted keys: the same input gives the same bytes. Every character outside
  /// ASCII is written as a `\uXXXX` escape (UTF-16, so an emoji is a surrogate pair), as Meta
  /// sends bodies and signs them. Bodies hold only strings, numbers, booleans, arrays and
  /// objects, so encoding cannot fail.
  static func encode(_ body: JSONObject) -> Data {
    let data = try? JSONSerialization.data(
      withJSONObject: body, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    let text = String(decoding: data ?? Data(), as: UTF8.self)
    var ascii = ""
    ascii.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        ascii.unicodeScalars.append(scalar)
      } else {
        // Outside a string JSON has only ASCII, so every such character is inside one.
        for unit in String(scalar).utf16 { ascii += "\\u" + hex4(unit) }
      }
    }
    return Data(ascii.utf8) + Data("\n".utf8)
  }

  /// Four lowercase hexadecimal digits.
  private static func hex4(_ unit: UInt16) -> String {
    let digits = String(unit, radix: 16)
    return String(repeating: "0", count: 4 - digits.count) + digits
  }
}
