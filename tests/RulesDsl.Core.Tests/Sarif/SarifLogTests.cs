using System.Text.Json;
using RulesDsl.Corpus.Reading;
using RulesDsl.Diagnostics;
using RulesDsl.Sarif;

namespace RulesDsl.Core.Tests.Sarif;

public sealed class SarifLogTests
{
    [Test]
    public void A_path_with_spaces_a_hash_and_accented_letters_is_a_percent_encoded_relative_uri()
    {
        var diagnostic = new Diagnostic("RD0012", DiagnosticSeverity.Warning, new SourcePosition(@"corpus\eu ai act\nl\artikel één #51.md", 24, 14), "'1025' reads like 10^25");

        var location = Location(Results(SarifLog.Write([diagnostic], "1.0.0")).Single());

        location.GetProperty("uri").GetString().ShouldBe("corpus/eu%20ai%20act/nl/artikel%20%C3%A9%C3%A9n%20%2351.md");
        location.GetProperty("uriBaseId").GetString().ShouldBe(SarifLog.SourceRoot);
    }

    [Test]
    public void The_lost_superscript_of_Article_51_2_in_a_folder_named_in_Dutch_points_at_a_file_uri_GitHub_can_read()
    {
        using var corpus = new TempCorpus();
        corpus.Write("AI-verordening één/eu-ai-act/en/art 51.md", File.ReadAllBytes(RepoPaths.InInputs("eurlex-markdown/eu-ai-act/en/art-51.md")));
        var diagnostics = CorpusReader.Read(corpus.Folder).Diagnostics;

        var result = Results(SarifLog.Write(diagnostics, "1.0.0")).Single(r => r.GetProperty("ruleId").GetString() == "RD0012");

        var uri = Location(result).GetProperty("uri").GetString()!;
        uri.ShouldStartWith("file:///");
        uri.ShouldEndWith("/AI-verordening%20%C3%A9%C3%A9n/eu-ai-act/en/art%2051.md");
        new Uri(uri).LocalPath.ShouldBe(Path.GetFullPath(Path.Combine(corpus.Folder, "AI-verordening één", "eu-ai-act", "en", "art 51.md")));
        Location(result).TryGetProperty("uriBaseId", out _).ShouldBeFalse();
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()).ShouldBe((24, 14));
    }

    [Test]
    public void Each_rule_used_carries_what_GitHub_code_scanning_shows_and_results_point_at_it()
    {
        using var corpus = new TempCorpus();
        corpus.CopyExcerpts();
        corpus.Write("eu-ai-act/en/empty.md", "");
        var diagnostics = CorpusReader.Read(corpus.Folder).Diagnostics;

        using var log = JsonDocument.Parse(SarifLog.Write(diagnostics, "1.2.3"));

        log.RootElement.GetProperty("version").GetString().ShouldBe("2.1.0");
        var run = log.RootElement.GetProperty("runs").EnumerateArray().ShouldHaveSingleItem();
        var driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().ShouldBe("rulesdsl");
        driver.GetProperty("version").GetString().ShouldBe("1.2.3");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).ShouldBe(diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
        rules.Select(r => r.GetProperty("id").GetString()).ShouldContain("RD0001");
        rules.Select(r => r.GetProperty("id").GetString()).ShouldContain("RD0012");
        foreach (var rule in rules)
        {
            var descriptor = DiagnosticDescriptors.Of(rule.GetProperty("id").GetString()!);
            rule.GetProperty("name").GetString().ShouldBe(descriptor.Name);
            rule.GetProperty("shortDescription").GetProperty("text").GetString().ShouldBe(descriptor.Title);
            rule.GetProperty("fullDescription").GetProperty("text").GetString().ShouldBe(descriptor.Help);
            rule.GetProperty("help").GetProperty("text").GetString().ShouldBe(descriptor.Help);
            rule.GetProperty("help").GetProperty("markdown").GetString()!.ShouldContain($"]({descriptor.HelpLink})");
            rule.GetProperty("helpUri").GetString().ShouldBe(descriptor.HelpLink);
            rule.GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBeOneOf("error", "warning", "note");
        }

        var superscript = rules.Single(r => r.GetProperty("id").GetString() == "RD0012");
        superscript.GetProperty("shortDescription").GetProperty("text").GetString().ShouldBe("a number that lost its superscript");
        superscript.GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBe("warning");
        superscript.GetProperty("helpUri").GetString().ShouldBe("docs/diagnostics.md#corpus-reader");

        var results = run.GetProperty("results").EnumerateArray().ToList();
        results.Count.ShouldBe(diagnostics.Length);
        foreach (var result in results)
        {
            var rule = rules[result.GetProperty("ruleIndex").GetInt32()];
            rule.GetProperty("id").GetString().ShouldBe(result.GetProperty("ruleId").GetString());
            result.GetProperty("message").GetProperty("text").GetString().ShouldNotBeNullOrWhiteSpace();
            result.GetProperty("level").GetString().ShouldBeOneOf("error", "warning", "note");
            Location(result).GetProperty("uri").GetString().ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Test]
    public void A_hint_is_part_of_the_message()
    {
        var diagnostic = new Diagnostic("RD0101", DiagnosticSeverity.Error, new SourcePosition("rules/gpai.rules", 9, 8), "there is no fact named 'trainng_compute'", 15, "did you mean 'training_compute'?");

        var result = Results(SarifLog.Write([diagnostic], "1.0.0")).Single();

        result.GetProperty("message").GetProperty("text").GetString().ShouldBe("there is no fact named 'trainng_compute' (did you mean 'training_compute'?)");
    }

    private static List<JsonElement> Results(string sarif) =>
        JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();

    private static JsonElement Location(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
}
