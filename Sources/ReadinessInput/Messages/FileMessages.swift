import ReadinessCore

/// Why a file the inventory names (or a portfolio's inventory, a shard) was not read, as the
/// reader tells it in an `InventoryLoader.ReadFailure`: the diagnostic at the file's key
/// completes "cannot read the CSV file 'x': …" with it.
public enum FileMessages {
  public static let noSuchFile = MessageKey("diagnostic.file.noSuchFile", "no such file")
  public static let pathHint = MessageKey(
    "diagnostic.file.path.hint",
    "the path is relative to the inventory's folder; check that the file exists")
  public static let outside = MessageKey(
    "diagnostic.file.outside", "it is outside the inventory's folder (use --csv-root to allow it)")
  public static let outsideBoth = MessageKey(
    "diagnostic.file.outsideBoth", "it is outside the inventory's folder and the --csv-root folder")
  public static let outsideHint = MessageKey(
    "diagnostic.file.outside.hint",
    "keep the files it names beside the inventory, or allow their folder with --csv-root DIR"
      + " (symbolic links are followed before this check)")
  public static let notRegular = MessageKey(
    "diagnostic.file.notRegular", "it is {kind}, not a regular file")
  public static let notRegularHint = MessageKey(
    "diagnostic.file.notRegular.hint",
    "name a regular file: a CSV file saved from a spreadsheet, an .ics holiday calendar, or what"
      + " `measure` wrote")
  public static let folder = MessageKey("diagnostic.file.kind.folder", "a folder")
  public static let pipe = MessageKey("diagnostic.file.kind.pipe", "a named pipe (FIFO)")
  public static let device = MessageKey("diagnostic.file.kind.device", "a device")
  public static let socket = MessageKey("diagnostic.file.kind.socket", "a socket")
  public static let special = MessageKey("diagnostic.file.kind.special", "a special file")
  public static let tooLarge = MessageKey(
    "diagnostic.file.tooLarge", "{what} is larger than the {limit} limit")
  public static let tooLargeHint = MessageKey(
    "diagnostic.file.tooLarge.hint",
    "the limit is per file: move large sections (systems, flows, usernames, tasks) into CSV files"
      + " of their own")
  public static let it = MessageKey("diagnostic.file.it", "it")
  public static let theInventory = MessageKey("diagnostic.file.inventory", "the inventory")
  public static let standardInput = MessageKey("diagnostic.file.standardInput", "standard input")
  public static let outsideClients = MessageKey(
    "diagnostic.file.outsideClients",
    "it resolves outside the clients folder '{folder}'; it was not read")
  public static let outsideClientsHint = MessageKey(
    "diagnostic.file.outsideClients.hint",
    "put the inventory itself in the folder rather than a symbolic link to a file elsewhere, or"
      + " name the file on the command line")
  public static let clientsOnlyHint = MessageKey(
    "diagnostic.file.clientsOnly.hint",
    "keep only inventory files (.yaml, .yml, .json) in the clients folder")
  public static let outsideShards = MessageKey(
    "diagnostic.file.outsideShards", "it resolves outside the folder '{folder}'; it was not read")
  public static let outsideShardsHint = MessageKey(
    "diagnostic.file.outsideShards.hint",
    "copy the shard's files into the folder rather than linking to them")
  public static let shardOnlyHint = MessageKey(
    "diagnostic.file.shardOnly.hint",
    "a shard file is the JSON file a `portfolio --shard` run wrote")

  static let all: [MessageKey] = [
    noSuchFile, pathHint, outside, outsideBoth, outsideHint, notRegular, notRegularHint, folder,
    pipe,
    device, socket, special, tooLarge, tooLargeHint, it, theInventory, standardInput,
    outsideClients, outsideClientsHint, clientsOnlyHint, outsideShards, outsideShardsHint,
    shardOnlyHint,
  ]
}
