using System.Text.RegularExpressions;

namespace RulesDsl.Language.Tests.Catalogue;

/// <summary>docs/diagnostics.md and the code name the same diagnostic ids, each once.</summary>
public partial class DiagnosticCatalogueTests
{
    [Test]
    public void Every_id_in_the_code_is_documented_and_every_documented_id_exists()
    {
        var inCode = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => IdLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups["id"].Value))
            .ToHashSet();
        var documented = DocumentedIds().Matches(DiagnosticsPage.Text).Select(m => m.Groups["id"].Value).ToList();

        documented.ShouldBeUnique();
        documented.Order().ShouldBe(inCode.Order());
    }

    [Test]
    public void Ids_are_defined_once_in_the_code()
    {
        var definitions = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*Diagnostics.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => IdLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups["id"].Value))
            .ToList();

        definitions.ShouldBeUnique();
    }

    [GeneratedRegex("\"(?<id>RD[0-9]{4})\"")]
    private static partial Regex IdLiteral();

    // A table row "| RD0001 |" or a heading "### RD0100 —".
    [GeneratedRegex(@"^(?:\| (?<id>RD[0-9]{4}) \||### (?<id>RD[0-9]{4}) )", RegexOptions.Multiline)]
    private static partial Regex DocumentedIds();
}

/// <summary>docs/diagnostics.md, and the example rules file under each heading of the rules language.</summary>
internal static partial class DiagnosticsPage
{
    public static string Text { get; } = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"));

    public static IEnumerable<(string Id, string Example)> Examples() =>
        Section().Matches(Text).Select(m => (m.Groups["id"].Value, m.Groups["rules"].Value));

    [GeneratedRegex(@"^### (?<id>RD[0-9]{4}) [^\n]*\n(?:(?!### )[^\n]*\n)*?```rules\n(?<rules>.*?)```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Section();
}
