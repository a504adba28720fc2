/// One step of turning a PDF into output, as `brochure profile` times it.
///
/// The stages are those a change can target on its own: poppler's work (`open`,
/// `extraction`), ours on geometry (`layout`), ICU (`normalisation`), the section parsers,
/// and the output's cost (`encoding`, `schemaCompile`, `validation`, `textRendering`).
public enum PipelineStage: String, CaseIterable, Sendable, Codable {
    /// Header check, poppler opening the file.
    case open
    /// poppler's text of each page, copied into `Glyph` values.
    case extraction
    /// `LayoutEngine` on every page, then running headers and footers across pages.
    case layout
    /// SHA-256 of the file, for the output's `source`: `extract` only (`text` never asks).
    case checksum
    /// The ICU text normaliser and era parser, called from the section parsers.
    case normalisation
    /// Segmentation, section parsers, cross-checks, organisation and edition, less normalisation.
    case sections
    /// `JSONOutput.encode` of the brochure document.
    case encoding
    /// Compiling the bundled brochure schema (once per process: zero when warm).
    case schemaCompile
    /// Parsing the JSON text back and validating it against the schema.
    case validation
    /// `TextRenderer`: what `brochure text` adds after layout.
    case textRendering

    /// The stages `brochure text` runs.
    public static let textPipeline: [PipelineStage] = [.open, .extraction, .layout, .textRendering]

    /// The stages `brochure extract` runs.
    public static let extractPipeline: [PipelineStage] = [
        .open, .extraction, .layout, .checksum, .normalisation, .sections, .encoding, .schemaCompile, .validation,
    ]
}
