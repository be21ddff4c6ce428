extension KnownProduct: KeyedEntry {
  /// The keys of a catalogue entry.
  public static let keys = Keys<KnownProduct>(
    "product", seed: { KnownProduct(product: "", finding: "", source: "") },
    [
      Field(\.product, "product", .string, required: true, doc: "Name systems give before @."),
      Field(\.versions, "versions", .list(.string), doc: "Exact versions covered."),
      Field(\.from, "from", .string, doc: "First version covered (dotted numbers)."),
      Field(\.through, "through", .string, doc: "Last version covered (dotted numbers)."),
      Field(
        \.handlesMissingPhone, "handles_missing_phone", .cases(of: ProductVerdict.self),
        required: true, doc: "works, partial or breaks without a phone number."),
      Field(\.readsBSUID, "reads_bsuid", .string, doc: "Where it reads the BSUID."),
      Field(\.finding, "finding", .string, required: true, doc: "What it does, in a sentence."),
      Field(\.source, "source", .string, required: true, doc: "Where that is known from."),
      Field(\.verified, "verified", .date, doc: "When it was last checked."),
      Field(
        \.verifiedByTests, "verified_by_tests", .boolean,
        doc: "Checked by this repository's tests against the real library."),
    ], location: \.location, origin: \.origin)
}

extension ProductCatalog {
  /// The keys of the catalogue file.
  public static let keys = Keys<ProductCatalog>(
    "catalogue", seed: { ProductCatalog() },
    [
      Field(
        \.version, "version", .integer(NumberRange(minimum: 1, maximum: 1)), required: true,
        doc: "Catalogue format version; must be 1."),
      Field(\.entries, "products", list: KnownProduct.keys, doc: "The known products."),
    ])
}
