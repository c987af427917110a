using RulesDsl.Language.Checking;

namespace RulesDsl.Language.Tests.Checking;

/// <summary>A rules file whose lines end in a carriage return alone (old Mac) reads as the same file with line feeds.</summary>
public class OldMacLineEndTests
{
    private static string CarriageReturnsOnly(string text) => text.ReplaceLineEndings("\r");

    [Test]
    public void The_shipped_rules_with_carriage_returns_only_check_clean_as_they_do_with_line_feeds()
    {
        using var lineFeeds = new TempCorpus();
        using var carriageReturns = new TempCorpus();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "rules")))
        {
            var text = File.ReadAllText(file);
            lineFeeds.Write("rules/" + Path.GetFileName(file), text);
            carriageReturns.Write("rules/" + Path.GetFileName(file), file.EndsWith(".rules", StringComparison.Ordinal) ? CarriageReturnsOnly(text) : text);
        }

        var (expectedFiles, expected) = RulesChecker.CheckAll(Path.Combine(lineFeeds.Folder, "rules"), Against.Corpus, Against.Today);
        var (files, diagnostics) = RulesChecker.CheckAll(Path.Combine(carriageReturns.Folder, "rules"), Against.Corpus, Against.Today);

        expectedFiles.Length.ShouldBe(3);
        files.Length.ShouldBe(expectedFiles.Length);
        diagnostics.Select(Shown).ShouldBe(expected.Select(Shown));
        files.SelectMany(f => f.RuleSet.Rules).Count().ShouldBe(expectedFiles.SelectMany(f => f.RuleSet.Rules).Count());

        static string Shown(RulesDsl.Diagnostics.Diagnostic d) => $"{Path.GetFileName(d.Position.File)} {d.Position.Line}:{d.Position.Column} {d.Id} {d.Message}";
    }

    [Test]
    public void A_mistake_in_a_file_with_carriage_returns_only_is_reported_on_its_own_line_and_column()
    {
        var shipped = Shipped.Read("gpai-systemic-risk.rules");
        var text = shipped.Text.ReplaceLineEndings("\n").Replace("fact business_users_eu: count", "fact business_users_eu: cuont", StringComparison.Ordinal);
        var line = text[..text.IndexOf("cuont", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var withLineFeeds = Against.Check(text, shipped.Path).Diagnostics.Where(d => d.IsError).ShouldHaveSingleItem();
        var withCarriageReturns = Against.Check(CarriageReturnsOnly(text), shipped.Path).Diagnostics.Where(d => d.IsError).ShouldHaveSingleItem();

        (withLineFeeds.Position.Line, withLineFeeds.Position.Column).ShouldBe((line, 25));
        (withCarriageReturns.Id, withCarriageReturns.Position.Line, withCarriageReturns.Position.Column, withCarriageReturns.Message)
            .ShouldBe((withLineFeeds.Id, line, 25, withLineFeeds.Message));
    }
}
