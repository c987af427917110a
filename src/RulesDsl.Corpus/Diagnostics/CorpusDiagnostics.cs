using RulesDsl.Diagnostics;

namespace RulesDsl.Corpus.Diagnostics;

/// <summary>
/// Every diagnostic the corpus reader can report, one factory each, so that an id is defined in one place.
/// Ids RD0001–RD0049 belong to the corpus reader, RD0050–RD0099 to the linker, RD0100 on to the rules language;
/// RD0053 kept its id when the anchor map came to be read with the corpus instead of by the linker.
/// </summary>
public static class CorpusDiagnostics
{
    public static Diagnostic InvalidAnchorMap(SourcePosition at, string problem) => new(
        "RD0053", DiagnosticSeverity.Error, at,
        $"the anchor map is not valid: {problem}");

    public static Diagnostic InvalidCriteriaTable(SourcePosition at, string problem) => new(
        "RD0164", DiagnosticSeverity.Error, at,
        $"the criteria table is not valid: {problem}");

    public static Diagnostic EmptyFile(SourcePosition at) => new(
        "RD0001", DiagnosticSeverity.Error, at,
        "the file is empty; a corpus file must hold the text of at least one provision");

    public static Diagnostic BinaryFile(SourcePosition at) => new(
        "RD0002", DiagnosticSeverity.Error, at,
        "the file holds a NUL byte and looks binary, not text; it was not read");

    public static Diagnostic InvalidUtf8(SourcePosition at, byte value) => new(
        "RD0003", DiagnosticSeverity.Error, at,
        $"the byte 0x{value:X2} is not valid UTF-8; save the file as UTF-8 (it was not read)");

    public static Diagnostic ByteOrderMark(SourcePosition at) => new(
        "RD0004", DiagnosticSeverity.Info, at,
        "the file starts with a UTF-8 byte order mark; it was skipped and the text read as UTF-8");

    public static Diagnostic CarriageReturns(SourcePosition at) => new(
        "RD0005", DiagnosticSeverity.Info, at,
        "the file has CRLF line ends; they were read as line ends and are not part of the text");

    public static Diagnostic InvalidFrontMatter(SourcePosition at, string problem) => new(
        "RD0006", DiagnosticSeverity.Error, at,
        $"the front matter is not valid YAML: {problem}; the file was not read");

    public static Diagnostic NestedTooDeep(SourcePosition at, string problem) => new(
        "RD0025", DiagnosticSeverity.Error, at,
        $"the Markdown is nested deeper than it can be read ({problem}); the file was not read");

    public static Diagnostic LinkSyntaxTooCostly(SourcePosition at, bool tooManyBrackets) => new(
        "RD0026", DiagnosticSeverity.Error, at,
        tooManyBrackets
            ? "this paragraph holds more '[' than its length allows (√(16 × its characters)); Markdig's work on them grows with their square, so the file was not read"
            : "the link syntax from here on would have Markdig read this paragraph again at each '](' (more than 16 times its characters in all); the file was not read");

    public static Diagnostic LineTooLong(SourcePosition at, int length, int limit) => new(
        "RD0007", DiagnosticSeverity.Error, at,
        $"line of {length:N0} characters is longer than the {limit:N0} a provision line may have; the file was not read");

    public static Diagnostic LinkOutsideCorpus(SourcePosition at, string target) => new(
        "RD0008", DiagnosticSeverity.Warning, at,
        $"the link '{target}' points outside the corpus folder; it is kept as written and never followed");

    public static Diagnostic Unclassified(SourcePosition at, string firstWords) => new(
        "RD0009", DiagnosticSeverity.Warning, at,
        $"text that is neither a provision nor known page boilerplate was kept as unclassified: \"{firstWords}\"");

    public static Diagnostic UnknownLanguage(SourcePosition at) => new(
        "RD0010", DiagnosticSeverity.Warning, at,
        "the language could not be told from front matter, path or text; add 'language: xx' to the front matter");

    public static Diagnostic BoilerplateSetAside(SourcePosition at, string what) => new(
        "RD0011", DiagnosticSeverity.Info, at,
        $"page boilerplate set aside, not read as law: {what}");

    public static Diagnostic LostSuperscript(SourcePosition at, string written, string meant) => new(
        "RD0012", DiagnosticSeverity.Warning, at,
        $"'{written}' reads like {meant} with its superscript lost in conversion; check the source before citing the number");

    public static Diagnostic InvalidFrontMatterValue(SourcePosition at, string key, string value, string expected) => new(
        "RD0013", DiagnosticSeverity.Error, at,
        $"front matter '{key}: {value}' is not {expected}; the file was not read");

    public static Diagnostic InvalidTextStatus(SourcePosition at, string value, IEnumerable<string> known) => new(
        "RD0056", DiagnosticSeverity.Error, at,
        $"front matter 'status: {value}' is not a status of a text; expected {string.Join(", ", known.Select(k => $"'{k}'"))}; the file was not read");

    public static Diagnostic CorpusFolderMissing(SourcePosition at) => new(
        "RD0014", DiagnosticSeverity.Error, at,
        "the corpus folder does not exist");

    public static Diagnostic DuplicateProvision(SourcePosition at, string id, SourcePosition first) => new(
        "RD0015", DiagnosticSeverity.Error, at,
        $"provision {id} in this language and version is already read from {first}; the second text was not kept");

    public static Diagnostic NoProvision(SourcePosition at) => new(
        "RD0016", DiagnosticSeverity.Warning, at,
        "no provision was recognised in this file; its text is kept as unclassified");

    public static Diagnostic LabelsAligned(SourcePosition at, string labels, string reference) => new(
        "RD0017", DiagnosticSeverity.Info, at,
        $"this version labels its points {labels}; they are aligned by position to the ids of {reference}");

    public static Diagnostic LabelsNotAligned(SourcePosition at, int count, int referenceCount, string reference) => new(
        "RD0018", DiagnosticSeverity.Warning, at,
        $"this version has {count} points where {reference} has {referenceCount}; they keep their own labels as ids");

    public static Diagnostic Unreadable(SourcePosition at, string reason) => new(
        "RD0019", DiagnosticSeverity.Error, at,
        $"the file could not be read: {reason}");

    public static Diagnostic SignatureSetAside(SourcePosition at, string firstLine) => new(
        "RD0020", DiagnosticSeverity.Info, at,
        $"the signature block (\"{firstLine}\" and the signatories after it) was set aside, not read as law");

    public static Diagnostic RepeatedLabel(SourcePosition at, string label, string parent, string outcome) => new(
        "RD0021", DiagnosticSeverity.Warning, at,
        $"the label '{label}' is printed twice at the same level of {parent}; both texts are kept: {outcome}");

    public static Diagnostic NoteNotCalled(SourcePosition at, string number) => new(
        "RD0022", DiagnosticSeverity.Info, at,
        $"footnote ({number}) is called by no provision (its call stands in text that is not law); it was set aside as a note");

    public static Diagnostic UnknownBlockId(SourcePosition at, string id) => new(
        "RD0023", DiagnosticSeverity.Warning, at,
        $"the block id '^{id}' looks like a provision or division id but is not one (such as art_51__para_1 or cpt_V.sct_1); it was kept as a vault block id");

    public static Diagnostic PartBeforeParent(SourcePosition at, string id, string parent) => new(
        "RD0024", DiagnosticSeverity.Warning, at,
        $"{id} comes before its parent {parent} is opened; parents must come before their parts");
}
