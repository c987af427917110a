using RulesDsl.Diagnostics;
using RulesDsl.Import.Html;
using RulesDsl.Import.Model;

namespace RulesDsl.Import.Tests;

/// <summary>The AI Act's real EUR-Lex sources in the repository, each imported once for all tests.</summary>
internal static class Sources
{
    public static string ActFolder => RepoPaths.InCorpus("eu-ai-act");

    public static string Dutch => Path.Combine(ActFolder, "sources", "nl", "eurlex", "aiact_nl.html");

    public static string English => Directory.GetFiles(Path.Combine(ActFolder, "sources", "en", "eurlex"), "*.html").Single();

    private static readonly Lazy<(ImportedAct Act, List<Diagnostic> Diagnostics)> DutchAct = new(() => Import(Dutch));
    private static readonly Lazy<(ImportedAct Act, List<Diagnostic> Diagnostics)> EnglishAct = new(() => Import(English));

    public static (ImportedAct Act, List<Diagnostic> Diagnostics) Nl => DutchAct.Value;

    public static (ImportedAct Act, List<Diagnostic> Diagnostics) En => EnglishAct.Value;

    public static (ImportedAct Act, List<Diagnostic> Diagnostics) Import(string path)
    {
        var diagnostics = new List<Diagnostic>();
        var act = HtmlImporter.Import([(path, File.ReadAllBytes(path))], "eu-ai-act", diagnostics);
        act.ShouldNotBeNull(string.Join("\n", diagnostics));
        return (act, diagnostics);
    }

    public static ImportedProvision Find(ImportedAct act, string id) => act.Body.Provisions().Single(p => p.Id.Value == id);

    public static string Text(ImportedProvision provision) => string.Join(" ", provision.Text.Select(t => t.Text.ToString()));
}
