import ArgumentParser

/// `--csv-root DIR`: a folder besides the inventory's own that its `{csv: file}` sections and
/// its observed adoption file may read from.
struct CSVRootOption: ParsableArguments {
  @Option(
    name: .customLong("csv-root"),
    help: ArgumentHelp(
      "Folder the inventory's CSV files (and observed adoption file) may also be read from"
        + " (default: only the inventory's folder and the folders under it).",
      valueName: "dir"))
  var path: String?
}
