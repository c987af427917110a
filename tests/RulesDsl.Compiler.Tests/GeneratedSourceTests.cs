using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RulesDsl.Compiler.Generation;
using RulesDsl.Language.Checking;
using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Tests;

/// <summary>
/// Generated C# is Roslyn syntax written out: it parses as it was built, its strings are the rules' own, its numbers
/// are the rules' exactly, and every kind of expression compiles to what the rules mean.
/// </summary>
public class GeneratedSourceTests
{
    // The shipped rules and a conclusion whose condition uses every expression the language has: a date, yes/no and
    // decimal literal, a set literal, contains, not, or, subtraction; and parameters at the edges of a double.
    private const string Extra = """

        fact release_date: date
          cites Article 51(2)

        parameter tiny_threshold: FLOP
          value 0.1 FLOP from 2025-08-02
          cites Article 51(2)

        parameter largest_threshold: FLOP
          value 1.7976931348623157e308 FLOP from 2025-08-02
          cites Article 51(2)

        conclusion covered_release
          cites Article 51(2)

        rule release_route
          concludes covered_release
          when (release_date at least 2025-08-02 and not (modalities contains biological_sequences)) or (training_compute - finetuning_compute at most 2.5 FLOP and capability_benchmarks_high is yes) or modalities is {audio, video}
          cites Article 51(2)
        """;

    private static readonly Lazy<CheckedRules> Every = new(() => Built.Check(Built.Gpai.Syntax.Text + Extra, "rules/every.rules"));

    [TestCase("gpai")]
    [TestCase("payload")]
    [TestCase("every")]
    public void The_source_parses_without_diagnostics_each_line_map_leads_a_lambda_or_a_condition_of_Decide_and_each_string_is_a_value_of_the_rules(string name)
    {
        var rules = name switch
        {
            "payload" => SandboxTests.PayloadRules,
            "every" => Every.Value,
            _ => Built.Gpai,
        };
        var generated = ClassifierGenerator.Generate(rules, Built.Corpus);

        var tree = CSharpSyntaxTree.ParseText(generated.Source);

        tree.GetDiagnostics().ShouldBeEmpty();
        var maps = tree.GetRoot().DescendantTrivia().Where(t => t.GetStructure() is LineDirectiveTriviaSyntax { File.ValueText: var file } && file == rules.Syntax.Path).ToList();
        // Each condition and derivation three times: as the lambda the runtime evaluates, and as the statement of Decide,
        // over R.Facts, and of DecideTyped, over the typed facts, that computes it.
        var expressions = rules.RuleSet.Rules.Sum(r => r.Unless is null ? 1 : 2) + rules.RuleSet.Facts.Sum(f => f.Fallbacks.Length);
        maps.Count.ShouldBe(3 * expressions);
        maps.Count(t => t.Token.IsKind(SyntaxKind.StaticKeyword) && t.Token.Parent is ParenthesizedLambdaExpressionSyntax).ShouldBe(expressions);
        foreach (var decide in new[] { "Decide", "DecideTyped" })
        {
            maps.Count(t => t.Token.Parent?.Parent?.Parent is LocalDeclarationStatementSyntax { Declaration.Variables: [var local] }
                && local.Identifier.ValueText.TrimEnd("0123456789".ToCharArray()) is "when" or "unless" or "derived"
                && local.FirstAncestorOrSelf<MethodDeclarationSyntax>()?.Identifier.ValueText == decide).ShouldBe(expressions, decide);
        }
        var strings = tree.GetRoot().DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken)).Select(t => t.ValueText).ToList();
        strings.ShouldContain(rules.RuleSet.Syntax.Header.Title);
        var provisions = generated.Manifest.Citations.Select(c => c.Id).ToHashSet();
        foreach (var value in strings)
        {
            (rules.Syntax.Text.Contains(value, StringComparison.Ordinal) || provisions.Contains(value) || value == rules.Syntax.Path)
                .ShouldBeTrue($"\"{value}\" is neither rules text, a cited provision nor the rules path");
        }
    }

    [Test]
    public void Numbers_reach_the_classifier_exactly()
    {
        using var loaded = Built.Load(Every.Value);
        var parameters = loaded.Classifier.Definition.Parameters;

        parameters.Single(p => p.Name == "tiny_threshold").Values.Single().Value.ShouldBe(Quantity.Of(1, -1));
        parameters.Single(p => p.Name == "largest_threshold").Values.Single().Value.ShouldBe(Quantity.Of(double.MaxValue));
        parameters.Single(p => p.Name == "compute_threshold").Values.Single().Value.ShouldBe(Quantity.Of(1, 25));
        parameters.Single(p => p.Name == "business_users_threshold").Values.Single().Value.ShouldBe(Quantity.Of(10_000));
    }

    [Test]
    public void Every_kind_of_expression_compiles_to_what_the_rules_mean()
    {
        using var loaded = Built.Load(Every.Value);
        var classifier = loaded.Classifier;
        var recent = Built.GeneralPurpose.With("release_date", new DateOnly(2025, 9, 1));

        Conclude(recent.With("modalities", ["text"])).ShouldBe(Truth.Yes);
        Conclude(recent.With("modalities", ["text", "biological_sequences"])).ShouldBe(Truth.Unknown);
        Conclude(Built.GeneralPurpose.With("release_date", new DateOnly(2025, 1, 1)).With("modalities", ["text"])
            .With("training_compute", 3.0).With("finetuning_compute", 1.0).With("capability_benchmarks_high", true)).ShouldBe(Truth.Yes);
        Conclude(Built.GeneralPurpose.With("release_date", new DateOnly(2025, 1, 1)).With("modalities", ["text"])
            .With("training_compute", 4.0).With("finetuning_compute", 1.0).With("capability_benchmarks_high", true)).ShouldBe(Truth.No);
        Conclude(Built.GeneralPurpose.With("modalities", ["video", "audio"])).ShouldBe(Truth.Yes);

        Truth Conclude(Facts facts) => classifier.Conclude("covered_release", facts, Built.Traced).Outcome;
    }

    [Test]
    public void A_label_holding_a_bidi_override_is_written_escaped_into_the_source_and_reaches_the_classifier_as_written()
    {
        // U+202E reverses what follows on screen: raw in the .g.cs, a reviewer would read a different label than the one compiled.
        const string Label = "cumulative amount\u202e of computation\u200b used for training";
        var rules = Built.Check(Built.GpaiText.Replace("cumulative amount of computation used for training", Label, StringComparison.Ordinal), Built.GpaiPath);
        rules.HasErrors.ShouldBeFalse();

        var compiled = Built.Compile(rules);

        compiled.HasErrors.ShouldBeFalse();
        compiled.Generated.Source.ShouldNotContain("\u202e");
        compiled.Generated.Source.ShouldNotContain("\u200b");
        compiled.Generated.Source.ShouldContain("\"cumulative amount\\u202e of computation\\u200b used for training\"");
        var strings = CSharpSyntaxTree.ParseText(compiled.Generated.Source).GetRoot().DescendantTokens()
            .Where(t => t.IsKind(SyntaxKind.StringLiteralToken)).Select(t => t.ValueText);
        strings.ShouldContain(Label);
    }
}
