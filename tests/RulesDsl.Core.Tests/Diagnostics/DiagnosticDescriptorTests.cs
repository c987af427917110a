using System.Text.RegularExpressions;
using RulesDsl.Diagnostics;

namespace RulesDsl.Core.Tests.Diagnostics;

/// <summary>
/// The registry of descriptors, the code and docs/diagnostics.md name the same ids: every id the sources report has a
/// descriptor with the severity it is reported with, and every descriptor is documented, with the page's title and
/// severity, at a heading of the page.
/// </summary>
public sealed partial class DiagnosticDescriptorTests
{
    private static readonly string Registry = Path.Combine("src", "RulesDsl.Core", "Diagnostics", "DiagnosticDescriptors.cs");

    [Test]
    public void Every_id_the_sources_report_has_a_descriptor_with_its_severity()
    {
        var reported = SourcesOutsideTheRegistry().SelectMany(text => IdLiteral().Matches(text)).Select(m => m.Groups["id"].Value).ToHashSet();
        var made = SourcesOutsideTheRegistry().SelectMany(text => Factory().Matches(text))
            .Select(m => (Id: m.Groups["id"].Value, Severity: Enum.Parse<DiagnosticSeverity>(m.Groups["severity"].Value)))
            .ToList();

        reported.Count.ShouldBeGreaterThan(80);
        reported.Order().ShouldBe(DiagnosticDescriptors.All.Select(d => d.Id).Order());
        made.Select(m => m.Id).ToHashSet().ShouldBe(reported, ignoreOrder: true);
        made.ShouldAllBe(m => DiagnosticDescriptors.Of(m.Id).DefaultSeverity == m.Severity);
    }

    [Test]
    public void Every_descriptor_is_documented_with_its_title_and_severity_and_every_documented_id_has_one()
    {
        var documented = DocumentedId().Matches(Page).Select(m => (
            Id: m.Groups["id"].Value,
            Severity: m.Groups["severity"].Value switch { "note" => DiagnosticSeverity.Info, var word => Enum.Parse<DiagnosticSeverity>(word, ignoreCase: true) },
            Title: m.Groups["title"].Value)).ToList();

        documented.Select(d => d.Id).ShouldBeUnique();
        documented.Select(d => d.Id).Order().ShouldBe(DiagnosticDescriptors.All.Select(d => d.Id).Order());
        foreach (var (id, severity, title) in documented)
        {
            var descriptor = DiagnosticDescriptors.Of(id);
            (descriptor.Title, descriptor.DefaultSeverity).ShouldBe((title, severity), id);
        }
    }

    [Test]
    public void Every_help_link_goes_to_the_heading_that_documents_the_id()
    {
        var sections = Heading().Matches(Page)
            .Select(m => (Anchor: GitHubAnchor(m.Groups["text"].Value), Start: m.Index))
            .ToList();

        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            descriptor.HelpLink.ShouldBe($"docs/diagnostics.md#{descriptor.Anchor}");
            var at = sections.FindIndex(s => s.Anchor == descriptor.Anchor);
            at.ShouldBeGreaterThanOrEqualTo(0, $"{descriptor.Id}: no heading of docs/diagnostics.md has the anchor #{descriptor.Anchor}");
            var end = at + 1 < sections.Count ? sections[at + 1].Start : Page.Length;
            Page[sections[at].Start..end].ShouldContain(descriptor.Id, Case.Sensitive, $"{descriptor.Id} is not documented under #{descriptor.Anchor}");
        }
    }

    [Test]
    public void Names_are_distinct_identifiers_and_every_descriptor_has_help()
    {
        DiagnosticDescriptors.All.Select(d => d.Name).ShouldBeUnique();
        DiagnosticDescriptors.All.ShouldAllBe(d => PascalCase().IsMatch(d.Name));
        DiagnosticDescriptors.All.ShouldAllBe(d => d.Help.Length > d.Title.Length / 2 && d.Title.Length > 0);
    }

    [Test]
    public void An_id_without_a_descriptor_is_named_in_the_error()
    {
        Should.Throw<KeyNotFoundException>(() => DiagnosticDescriptors.Of("RD9999")).Message.ShouldContain("RD9999");
    }

    private static string Page { get; } = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md")).ReplaceLineEndings("\n");

    private static IEnumerable<string> SourcesOutsideTheRegistry() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetRelativePath(RepoPaths.Root, f) != Registry)
            .Select(File.ReadAllText);

    /// <summary>The anchor GitHub gives a heading: lower case, punctuation dropped, each space a hyphen.</summary>
    private static string GitHubAnchor(string heading) => NotInAnchor().Replace(heading.Trim().ToLowerInvariant(), "").Replace(' ', '-');

    [GeneratedRegex("\"(?<id>RD[0-9]{4})\"")]
    private static partial Regex IdLiteral();

    [GeneratedRegex(@"""(?<id>RD[0-9]{4})"",\s*DiagnosticSeverity\.(?<severity>\w+)")]
    private static partial Regex Factory();

    // A table row "| RD0001 | error | the file is empty | …" or a heading "### RD0100 — syntax error (error)".
    [GeneratedRegex(@"^(?:\| (?<id>RD[0-9]{4}) \| (?<severity>\w+) \| (?<title>[^|\n]*?) \||### (?<id>RD[0-9]{4}) — (?<title>.*) \((?<severity>\w+)\)$)", RegexOptions.Multiline)]
    private static partial Regex DocumentedId();

    [GeneratedRegex(@"^#{2,3} (?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\p{L}\p{Nd}\- _]")]
    private static partial Regex NotInAnchor();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]+$")]
    private static partial Regex PascalCase();
}
