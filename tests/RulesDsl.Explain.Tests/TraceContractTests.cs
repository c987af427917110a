using System.Text.RegularExpressions;
using RulesDsl.Corpus.Languages;
using RulesDsl.Explain.Building;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Tests;

/// <summary>
/// The runtime's trace is typed and the explanation's words come from the vocabulary: no layer reads words back out of
/// the trace, and every shipped vocabulary has a word for everything a trace can say.
/// </summary>
public class TraceContractTests
{
    // What consumers once sliced out of the trace's English notes and values.
    private static readonly Regex ParsedTraceText = new(
        """
        "decided by |"in force from |"no value in force on |"rebutted: its exception|\.Note\b|Split\(' '\)\[0\]
        """.Trim(),
        RegexOptions.CultureInvariant);

    // The runtime that writes traces and the projects that read them.
    private static readonly string[] Consumers = ["RulesDsl.Runtime", "RulesDsl.Compiler", "RulesDsl.Explain", "RulesDsl.Cli"];

    [Test]
    public void No_source_outside_the_vocabulary_reads_the_old_trace_phrases()
    {
        var sources = Consumers
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", project), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => Path.GetFileName(path) != "Vocabulary.cs")
            .ToList();

        sources.Count.ShouldBeGreaterThan(50);
        sources.SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, index)))
            .Where(x => ParsedTraceText.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(RepoPaths.Root, x.path)}({x.index + 1}): {x.line.Trim()}")
            .ShouldBeEmpty();
    }

    [TestCase("en")]
    [TestCase("nl")]
    [TestCase("de")]
    [TestCase("fr")]
    public void Every_shipped_vocabulary_has_a_word_for_every_truth_way_status_and_phrase(string language)
    {
        var words = Vocabulary.For(language);

        words.Lacking.ShouldBeEmpty();
        // The English words, which every language's are checked against, are those an explanation asks for: no more.
        ReaderLanguage.English.Vocabulary.Words.Keys.Order(StringComparer.Ordinal).ShouldBe(Vocabulary.Keys.Order(StringComparer.Ordinal));
        Enum.GetValues<StepStatus>().Select(status => words[status]).ShouldAllBe(word => word.Length > 0);
    }

    [Test]
    public void The_Dutch_words_differ_from_the_English_ones_for_what_a_trace_says()
    {
        var (english, dutch) = (Vocabulary.For("en"), Vocabulary.For("nl"));

        Enum.GetValues<StepStatus>().ShouldAllBe(status => english[status] != dutch[status]);
        Enum.GetValues<Way>().ShouldAllBe(way => english[way] != dutch[way]);
        Enum.GetValues<Truth>().ShouldAllBe(truth => english[truth] != dutch[truth]);
        dutch[StepStatus.InForce].ShouldBe("van kracht sinds");
    }

    [Test]
    public void An_explanation_is_of_the_date_its_verdict_was_decided_on()
    {
        var day = new DateOnly(2024, 5, 10);
        var verdict = Built.GpaiClassifier.Classify(Built.GeneralPurpose.With("training_compute", 3.8e25), new ClassifyOptions(day));

        verdict.AsOf.ShouldBe(day);
        var explanation = new Explainer(Built.Corpus).Explain(new Model.Classification(verdict, []), Built.GpaiClassifier.Definition, new ExplainOptions("en"));

        explanation.AsOf.ShouldBe(day);
        // Chapter V applies from 2 August 2025 (Article 113, point (b)): the law gave no answer then.
        explanation.Outcome.ShouldBe("not applicable");
        explanation.Applicability.ShouldNotBeNull().From.ShouldBe(new DateOnly(2025, 8, 2));
    }
}
