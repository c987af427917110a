using RulesDsl.Diagnostics;
using RulesDsl.Import.Formex;
using RulesDsl.Import.Model;
using RulesDsl.Tests;

namespace RulesDsl.Import.Tests.Formex;

/// <summary>The English Formex package of the AI Act under corpus/eu-ai-act/sources, and what the tests ask of an import.</summary>
internal static class FormexFiles
{
    public const string Folder = "corpus/eu-ai-act/sources/en/formex";

    public const string ActFile = "L_202401689EN.000101.fmx.xml";

    public const string DescriptionFile = "L_202401689EN.doc.fmx.xml";

    private static readonly Lazy<(ImportedAct? Act, List<Diagnostic> Diagnostics)> English = new(() => Import(Package()));

    public static ImportedAct Act => English.Value.Act ?? throw new InvalidOperationException("the English package did not import");

    public static List<Diagnostic> Diagnostics => English.Value.Diagnostics;

    /// <summary>Every file of the package, by its path from the repository root.</summary>
    public static List<(string Path, byte[] Bytes)> Package() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, Folder), "*.fmx.xml")
            .Order(StringComparer.Ordinal)
            .Select(path => ($"{Folder}/{Path.GetFileName(path)}", File.ReadAllBytes(path)))
            .ToList();

    public static byte[] Bytes(string fileName) => File.ReadAllBytes(Path.Combine(RepoPaths.Root, Folder, fileName));

    public static (ImportedAct? Act, List<Diagnostic> Diagnostics) Import(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        var diagnostics = new List<Diagnostic>();
        var act = FormexImporter.Import(files, "eu-ai-act", diagnostics);
        return (act, diagnostics);
    }

    public static IEnumerable<ImportedProvision> Provisions(ImportedAct act) => act.Body.SelectMany(Provisions);

    public static ImportedProvision Provision(ImportedAct act, string id) =>
        Provisions(act).SingleOrDefault(p => p.Id.Value == id) ?? throw new InvalidOperationException($"no provision {id}");

    public static IEnumerable<ImportedDivision> Divisions(ImportedAct act) => act.Body.SelectMany(Divisions);

    /// <summary>The whole act as lines of text (ids, labels, titles, text, notes, frame), to compare two imports.</summary>
    public static List<string> Lines(ImportedAct act) =>
    [
        $"{act.Act} {act.Language} {act.Version} {act.Eli} {act.Title}",
        .. act.Frame.Select(f => $"{f.Kind}: {string.Join(" | ", f.Paragraphs.Select(Show))}"),
        .. act.Body.SelectMany(Lines),
        .. act.Notes.Select(n => $"note {n.Number} from {n.CalledFrom}: {Show(n.Text)}"),
    ];

    public static string Show(InlineText text) => string.Concat(text.Runs.Select(r => r.Kind switch
    {
        InlineKind.Superscript => $"<sup>{r.Text}</sup>",
        InlineKind.Subscript => $"<sub>{r.Text}</sub>",
        InlineKind.NoteReference => $"[^{r.Text}]",
        _ => r.Text,
    }));

    private static IEnumerable<ImportedProvision> Provisions(ImportedNode node) => node switch
    {
        ImportedDivision division => division.Children.SelectMany(Provisions),
        ImportedProvision provision => [provision, .. provision.Parts.SelectMany(Provisions)],
        _ => [],
    };

    private static IEnumerable<ImportedDivision> Divisions(ImportedNode node) =>
        node is ImportedDivision division ? [division, .. division.Children.SelectMany(Divisions)] : [];

    private static IEnumerable<string> Lines(ImportedNode node) => node switch
    {
        ImportedDivision division => [$"{division.Id} {division.Label} / {division.Title}", .. division.Children.SelectMany(Lines)],
        ImportedProvision provision =>
        [
            $"{provision.Id} {provision.Label} / {provision.Title}",
            .. provision.Text.Select(p => $"  after {p.AfterPart}: {Show(p.Text)}"),
            .. provision.Parts.SelectMany(Lines),
        ],
        _ => [],
    };
}
