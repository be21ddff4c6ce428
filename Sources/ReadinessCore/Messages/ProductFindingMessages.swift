/// What the product catalogue says of a system's product (`ProductCatalog.apply`): its finding,
/// or that it does not cover the version named.
enum ProductFindingMessages {
  static let notCovered = MessageKey(
    "diagnostic.productNotCovered",
    "system '{system}' uses {product}, which the product catalogue does not cover (it knows"
      + " {name} {covered}): not assessed")
  static let notCoveredHint = MessageKey(
    "diagnostic.productNotCovered.hint", "name the version as {name}@VERSION")
  static let finding = MessageKey(
    "diagnostic.productFinding", "system '{system}' uses {product}: {finding} ({attribution})")
  static let findingLowered = MessageKey(
    "diagnostic.productFinding.lowered",
    "system '{system}' uses {product}: {finding} ({attribution}); its handles_missing_phone is"
      + " taken as false")
  static let readsBSUID = MessageKey(
    "diagnostic.productFinding.works",
    "the product reads the BSUID; your own code around it decides handles_missing_phone")
  static let checkCode = MessageKey(
    "diagnostic.productFinding.hint",
    "check your code around {name} with `bsuid-readiness fixtures --post`")

  static let all: [MessageKey] = [
    notCovered, notCoveredHint, finding, findingLowered, readsBSUID, checkCode,
  ]
}
