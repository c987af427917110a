using System.Text.Json;
using System.Text.RegularExpressions;
using RulesDsl.Corpus.Languages;
using RulesDsl.Explain.Rendering;
using RulesDsl.Runtime;
using static RulesDsl.Explain.Tests.Explained;

namespace RulesDsl.Explain.Tests;

/// <summary>
/// A Dutch explanation of every shipped example reads Dutch: no English word outside a quote marked as English, and no
/// name of the rules file (<c>training_compute</c>) where a reader reads words. English words are those of the English
/// explanation words and the English labels of the rules that neither the Dutch words, the Dutch labels nor the Dutch
/// Official Journal use ("Commissie", "benchmarks" and "AI" are Dutch too).
/// </summary>
public partial class DutchWordingTests
{
    private static readonly Lazy<HashSet<string>> EnglishWords = new(() =>
    {
        var definitions = ShippedRuleSets.Select(set => set.Classifier.Definition).ToList();
        var english = Words(ReaderLanguage.Of("en").Vocabulary.Words.Values
            .Concat(definitions.SelectMany(d => LabelsIn(d, "en").Append(d.TitleIn("en")))));
        var dutch = Words(ReaderLanguage.Of("nl").Vocabulary.Words.Values
            .Concat(definitions.SelectMany(d => LabelsIn(d, "nl").Append(d.TitleIn("nl"))))
            .Append(File.ReadAllText(Path.Combine(RepoPaths.Corpus, "eu-ai-act", "nl", "oj.md"))));
        english.ExceptWith(dutch);
        return english;
    });

    private static IEnumerable<TestCaseData> DutchExamples => ExampleTitles.Select(title => new TestCaseData(title).SetArgDisplayNames(Slug(title)));

    [TestCaseSource(nameof(DutchExamples))]
    public void The_Dutch_tree_and_Markdown_have_no_English_word_outside_marked_quotes_and_no_raw_name(string example)
    {
        var explanation = ExampleIn(example, "nl");
        foreach (var format in new[] { "tree", "md" })
        {
            using var output = new StringWriter();
            ExplanationRenderers.For(format, new RenderOptions()).Render(explanation, output);
            var prose = Prose(output.ToString());

            RawName().Matches(prose).Select(m => m.Value).ShouldBeEmpty($"{format}: names of the rules file shown raw");
            Words([prose]).Where(EnglishWords.Value.Contains).ShouldBeEmpty($"{format}: English words outside quotes");
        }
    }

    [TestCaseSource(nameof(DutchExamples))]
    public void The_Dutch_JSON_keeps_names_as_names_and_words_in_Dutch_beside_them(string example)
    {
        using var output = new StringWriter();
        new JsonExplanation().Render(ExampleIn(example, "nl"), output);

        var words = HumanValues(JsonDocument.Parse(output.ToString()).RootElement).ToList();

        words.ShouldNotBeEmpty();
        words.Where(value => RawName().IsMatch(value)).ShouldBeEmpty();
        Words(words).Where(EnglishWords.Value.Contains).ShouldBeEmpty();
    }

    [Test]
    public void The_English_words_the_check_looks_for_include_what_Dutch_explanations_used_to_show()
    {
        EnglishWords.Value.ShouldContain("presumption");
        EnglishWords.Value.ShouldContain("computation");
        EnglishWords.Value.ShouldContain("unknown");
        EnglishWords.Value.ShouldNotContain("benchmarks");
    }

    /// <summary>What a reader reads as prose: without quotes (“…” in the tree, "> " lines in Markdown) and link targets.</summary>
    private static string Prose(string rendered)
    {
        var withoutLinks = LinkTarget().Replace(rendered, "");
        var withoutQuoteLines = string.Join('\n', withoutLinks.Split('\n').Where(line => !line.TrimStart(' ', '│', '├', '└', '─', '-', '●').StartsWith('>')));
        return Quoted().Replace(withoutQuoteLines, "");
    }

    /// <summary>The values of a JSON explanation meant for people: labels, outcomes, statuses, how, the rule set.</summary>
    private static IEnumerable<string> HumanValues(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property =>
            property.Value.ValueKind == JsonValueKind.String
                ? property.Name is "label" or "conclusionLabel" or "outcomeLabel" or "ruleSet" or "decidingRuleLabel" or "criterionFor"
                  // A step's outcome and status are words; the applicability's status is a code beside its label.
                  || (property.Name is "outcome" or "status" && element.TryGetProperty("kind", out _))
                    ? [property.Value.GetString()!]
                    : []
                : property.Name == "how" ? property.Value.EnumerateArray().Select(v => v.GetString()!) : HumanValues(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(HumanValues),
        _ => [],
    };

    private static IEnumerable<string> LabelsIn(RuleSetDefinition definition, string language) =>
        definition.Facts.Select(f => f.Labels).Concat(definition.Parameters.Select(p => p.Labels))
            .Concat(definition.Conclusions.Select(c => c.Labels)).Concat(definition.Rules.Select(r => r.Labels))
            .Select(labels => Labels.In(labels, language)).OfType<string>();

    private static HashSet<string> Words(IEnumerable<string> texts) =>
        [.. texts.SelectMany(text => Word().Matches(text).Select(m => m.Value.ToLowerInvariant()))];

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b[a-z]+_[a-z_]+\b")]
    private static partial Regex RawName();

    [GeneratedRegex(@"\(<[^>]*>\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex("“[^”]*”", RegexOptions.Singleline)]
    private static partial Regex Quoted();
}
