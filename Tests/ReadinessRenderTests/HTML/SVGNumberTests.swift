import Testing

@testable import ReadinessRender

/// Every number in the Gantt's SVG is written one way, whichever view writes it.
@Test("SVG numbers have at most one decimal and no trailing .0")
func svgNumbers() {
  #expect(SVGNumber.format(1480) == "1480")
  #expect(SVGNumber.format(45.0) == "45")
  #expect(SVGNumber.format(12.25) == "12.3")
  #expect(SVGNumber.format(2.0 / 3) == "0.7")
  #expect(SVGNumber.format(-0.04) == "0")
}
