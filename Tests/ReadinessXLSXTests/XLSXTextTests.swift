import Testing

@testable import ReadinessXLSX

/// The OOXML `_xHHHH_` escape and the cell-length cut, which every workbook cell passes through.
@Suite struct XLSXTextTests {
  @Test(arguments: [
    ("no underscore", "no underscore"),
    ("snake_case_name", "snake_case_name"),
    ("_x0041_", "_x005F_x0041_"),
    ("a_xBEEF_b", "a_x005F_xBEEF_b"),
    ("_x0041__x0042_", "_x005F_x0041__x005F_x0042_"),
    ("_x0041_x0042_", "_x005F_x0041_x0042_"),
    ("_X0041_", "_X0041_"),
    ("_x004G_", "_x004G_"),
    ("_x0041", "_x0041"),
    ("é_x00e9_🙂", "é_x005F_x00e9_🙂"),
  ])
  func hexCodesAreEscaped(input: String, expected: String) {
    #expect(XLSXText.escapingHexCodes(input) == expected)
  }

  @Test func longTextIsCutToTheCellLimit() {
    let cell = XLSXText.cell(String(repeating: "🙂", count: 20_000))
    #expect(cell.utf16.count == XLSXText.maximumLength)
    #expect(cell.hasSuffix("…"))
  }
}
