using System.Numerics;
using RulesDsl.Corpus.Languages;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Citing;

namespace RulesDsl.Language.Tests.Checking;

/// <summary>
/// RD0129: a rule compares as the clause it cites writes, "greater than" in Article 51(2), "at least" in Annex XIII
/// point (f), checked on the shipped rules edited and on the shipped corpus in English and Dutch.
/// </summary>
public class ComparisonWordTests
{
    // The threshold of Article 51(2) and its presumption are in the shared declarations, which import nothing; the
    // file of Annex XIII (f) imports them, so it is checked where it lies, beside them.
    private static readonly Shipped[] Files =
    [
        new("rules/gpai-models.rules", File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "rules", "gpai-models.rules"))),
        Shipped.Read("gpai-systemic-risk.rules"),
    ];

    private static IReadOnlyList<Diagnostic> Comparisons(Shipped file) =>
        [.. Against.Check(file.Text, file.Path).Diagnostics.Where(d => d.Id == "RD0129")];

    /// <summary>The shipped file that writes <paramref name="from"/>, edited.</summary>
    private static Shipped Edited(string from, string to)
    {
        var file = Files.Single(f => f.Text.Contains(from, StringComparison.Ordinal));
        return file with { Text = file.Text.Replace(from, to, StringComparison.Ordinal) };
    }

    [Test]
    public void The_shipped_rules_compare_as_Article_51_2_and_Annex_XIII_f_write()
    {
        Files.ShouldAllBe(file => Comparisons(file).Count == 0);
    }

    [Test]
    public void At_least_where_Article_51_2_writes_greater_than_warns_at_the_operator_showing_both()
    {
        var text = Edited("when training_compute greater than compute_threshold", "when training_compute at least compute_threshold");

        var warning = Comparisons(text).ShouldHaveSingleItem();

        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        warning.Position.File.ShouldBe(text.Path);
        var line = text.Text.Split('\n')[warning.Position.Line - 1];
        line.ShouldBe("  when training_compute at least compute_threshold");
        line[(warning.Position.Column - 1)..].ShouldStartWith("at least compute_threshold");
        warning.Length.ShouldBe("at least".Length);
        warning.Message.ShouldBe("the rule compares with 10^25 by 'at least', but Article 51(2) writes \"greater than\" before it");
        warning.Hint.ShouldBe("write 'greater than', as the clause compares");
    }

    [Test]
    public void Greater_than_where_Annex_XIII_f_writes_at_least_warns()
    {
        var text = Edited("when business_users_eu at least business_users_threshold", "when business_users_eu > business_users_threshold");

        var warning = Comparisons(text).ShouldHaveSingleItem();

        warning.Message.ShouldContain("by '>'");
        warning.Message.ShouldContain("Annex XIII, point (f) writes \"at least\"");
    }

    [Test]
    public void The_symbol_of_the_clause_s_comparison_does_not_warn()
    {
        Comparisons(Edited("when training_compute greater than compute_threshold", "when training_compute > compute_threshold")).ShouldBeEmpty();
        Comparisons(Edited("when business_users_eu at least business_users_threshold", "when business_users_eu >= business_users_threshold")).ShouldBeEmpty();
    }

    [Test]
    public void The_threshold_on_the_left_is_read_the_other_way_round()
    {
        Comparisons(Edited("when training_compute greater than compute_threshold", "when compute_threshold less than training_compute")).ShouldBeEmpty();

        var warning = Comparisons(Edited("when training_compute greater than compute_threshold", "when compute_threshold at most training_compute")).ShouldHaveSingleItem();

        warning.Hint.ShouldBe("write 'less than', as the clause compares");
    }

    [Test]
    public void A_number_written_in_the_condition_is_checked_as_a_parameter_is()
    {
        var warning = Comparisons(Edited("when training_compute greater than compute_threshold", "when training_compute at least 10^25 FLOP")).ShouldHaveSingleItem();

        warning.Message.ShouldContain("Article 51(2) writes \"greater than\"");
    }

    [Test]
    public void In_Dutch_groter_is_dan_of_Article_51_2_is_read()
    {
        const string dutch = """
            rules "Drempel voor rekenkracht"
            act eu-ai-act
            language nl
            fact rekenkracht: FLOP
              cites artikel 51, lid 2
            parameter drempel: FLOP
              value 10^25 FLOP from 2025-08-02
              cites artikel 51, lid 2
            conclusion capaciteiten_met_grote_impact
              cites artikel 51, lid 1, punt a)
            presumption vermoeden
              presumes capaciteiten_met_grote_impact
              when rekenkracht OPERATOR drempel
              cites artikel 51, lid 2
            verdict capaciteiten_met_grote_impact
              cites artikel 51, lid 1
            """;

        var right = Against.Check(dutch.Replace("OPERATOR", "greater than", StringComparison.Ordinal), "rules/nl.rules");
        right.Diagnostics.ShouldBeEmpty();
        var wrong = Against.Check(dutch.Replace("OPERATOR", "at least", StringComparison.Ordinal), "rules/nl.rules");

        wrong.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("the rule compares with 10^25 by 'at least', but Artikel 51, lid 2 writes \"groter is dan\" before it");
    }

    [TestCase("en", "shall be not less than 10 000 users", Comparison.AtLeast)]
    [TestCase("en", "when it exceeds 10 000", Comparison.GreaterThan)]
    [TestCase("de", "mindestens 10 000 registrierten", Comparison.AtLeast)]
    [TestCase("de", "mehr als 10 000", Comparison.GreaterThan)]
    [TestCase("fr", "supérieure à 10 000", Comparison.GreaterThan)]
    [TestCase("fr", "au moins 10 000 utilisateurs", Comparison.AtLeast)]
    [TestCase("nl", "niet meer dan 10 000", Comparison.AtMost)]
    public void The_longest_comparison_words_of_the_language_before_the_number_are_read(string language, string clause, Comparison expected)
    {
        CitedComparisons.Before(clause, new ExactNumber(new BigInteger(10_000), 0), language).ShouldNotBeNull().Comparison.ShouldBe(expected);
    }

    [Test]
    public void Words_that_end_another_word_are_not_read()
    {
        CitedComparisons.Before("thunder 10 000", new ExactNumber(new BigInteger(10_000), 0), "en").ShouldBeNull();
    }

    [Test]
    public void A_wrong_threshold_is_told_what_Article_51_2_writes_and_the_right_one_draws_nothing()
    {
        var text = Edited("value 10^25 FLOP from 2025-08-02", "value 10^26 FLOP from 2025-08-02");

        var warning = Against.Check(text.Text, text.Path).Diagnostics.ShouldHaveSingleItem();

        warning.Id.ShouldBe("RD0113");
        text.Text.Split('\n')[warning.Position.Line - 1][(warning.Position.Column - 1)..].ShouldStartWith("10^26 FLOP");
        warning.Message.ShouldBe("10^26 is not written in Article 51(2); Article 51(3) as the corpus has it; Article 51(2) writes \"greater than 10^25\"");
        Files.ShouldAllBe(file => Against.Check(file.Text, file.Path).Diagnostics.IsEmpty);
    }

    [Test]
    public void A_wrong_count_is_told_what_Annex_XIII_f_writes()
    {
        var edited = Edited("value 10 000 from 2025-08-02", "value 1 000 from 2025-08-02");

        var warning = Against.Check(edited.Text, edited.Path).Diagnostics.ShouldHaveSingleItem();

        warning.Id.ShouldBe("RD0113");
        warning.Message.ShouldEndWith("; Annex XIII, point (f) writes \"at least 10 000\"");
    }
}
