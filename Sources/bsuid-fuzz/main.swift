import Foundation
import ReadinessRender

// bsuid-fuzz: a seeded, time-bounded mutation run over inventories. Each corpus file runs as
// it is, then mutated copies run until the time is up, in process, through loading,
// validation, assessment and every report format (each file self-checked: workbook.xml
// against its schema). Before each input runs it is written to --input-file, so when one traps
// or hangs the file holds it. Exit 0: no finding (the input file is removed); 1: a file that
// fails its check or cannot be written, or a render error; 3: an input ran too long; a signal:
// a crash. 64: bad arguments.
//
//   bsuid-fuzz --seed 1 --seconds 20 --corpus DIR... --templates Templates/html
//              --schema Schemas/workbook.xsd --input-file crash.yaml

func fail(_ message: String, status: Int32) -> Never {
  FileHandle.standardError.write(Data("bsuid-fuzz: \(message)\n".utf8))
  exit(status)
}

var options: [String: [String]] = [:]
var arguments = CommandLine.arguments.dropFirst()
while let name = arguments.popFirst(), name.hasPrefix("--"), let value = arguments.popFirst() {
  options[String(name.dropFirst(2)), default: []].append(value)
}
guard let seed = options["seed"]?.first.flatMap(UInt64.init),
  let seconds = options["seconds"]?.first.flatMap(Double.init),
  let corpus = options["corpus"], let templates = options["templates"]?.first,
  let schemaPath = options["schema"]?.first, let inputPath = options["input-file"]?.first
else {
  fail(
    "usage: bsuid-fuzz --seed N --seconds S --corpus DIR... --templates DIR --schema FILE --input-file FILE",
    status: 64)
}

var limit = rlimit(rlim_cur: 4 << 30, rlim_max: 4 << 30)
setrlimit(Int32(RLIMIT_AS.rawValue), &limit)

let seeds = Corpus.inputs(in: corpus)
guard !seeds.isEmpty else { fail("no .yaml or .json input in \(corpus)", status: 64) }
let pipeline = try Pipeline(
  templates: TemplateSet(bundled: Corpus.templates(in: templates)),
  schemaURL: URL(fileURLWithPath: schemaPath))
let inputFile = URL(fileURLWithPath: inputPath)
let watchdog = Watchdog(limit: 15)
var mutator = Mutator(seed: seed)
let start = Date()
var tried = 0
var rendered = 0
/// The corpus inputs that rendered unchanged.
var renders: [Int] = []
while tried < seeds.count || Date().timeIntervalSince(start) < seconds {
  // Mostly mutate inputs that render, so that mutations reach the assessment and renderers.
  let base =
    !renders.isEmpty && mutator.below(5) < 4
    ? seeds[renders[mutator.below(renders.count)]] : seeds[mutator.below(seeds.count)]
  let text =
    tried < seeds.count
    ? seeds[tried] : mutator.mutate(base, other: seeds[mutator.below(seeds.count)])
  let input = Data(text.utf8)
  try input.write(to: inputFile)
  let outcome: Pipeline.Outcome
  do {
    outcome = try watchdog.guarding { try pipeline.run(input, fileName: "fuzz-input") }
  } catch {
    outcome = .finding("rendering failed: \(error)")
  }
  tried += 1
  switch outcome {
  case .invalid: break
  case .rendered:
    rendered += 1
    if tried <= seeds.count { renders.append(tried - 1) }
  case .finding(let why): fail("input \(tried) (kept in \(inputPath)): \(why)", status: 1)
  }
}
try? FileManager.default.removeItem(at: inputFile)
let elapsed = String(format: "%.1f", Date().timeIntervalSince(start))
print(
  "bsuid-fuzz: tried \(tried) inputs in \(elapsed) s (seed \(seed)), \(rendered) rendered:"
    + " no crash, hang or invalid workbook")
