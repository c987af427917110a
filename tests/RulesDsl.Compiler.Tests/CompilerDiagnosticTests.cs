using System.Collections.Immutable;
using System.Reflection.Metadata;
using RulesDsl.Compiler.Emit;
using RulesDsl.Compiler.Generation;

namespace RulesDsl.Compiler.Tests;

/// <summary>What only the compiler sees, reported as diagnostics at the rules line, and the line map it leaves behind.</summary>
public class CompilerDiagnosticTests
{
    private static string Gpai => Built.Gpai.Syntax.Text;

    [Test]
    public void The_warm_up_that_starts_Roslyn_early_compiles_through_to_emit()
    {
        ClassifierCompiler.WarmUp().ShouldBeTrue();
    }

    [Test]
    public void RD0201_a_number_beyond_a_double()
    {
        var rules = Built.Check(Gpai.Replace("value 10^25 FLOP", "value 10^400 FLOP", StringComparison.Ordinal), Built.GpaiPath);
        rules.HasErrors.ShouldBeFalse();

        var compiled = Built.Compile(rules);

        var diagnostic = compiled.Diagnostics.Single(d => d.Id == "RD0201");
        diagnostic.IsError.ShouldBeTrue();
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((LineOf(Gpai, "value 10^25 FLOP"), 9));
        diagnostic.Message.ShouldContain("10^400");
        compiled.Assembly.ShouldBeEmpty();
        compiled.Generated.Source.ShouldBeEmpty();
    }

    [Test]
    public void RD0202_a_parameter_that_is_not_a_quantity_a_date_or_a_duration()
    {
        var text = Gpai.Replace("# The cumulative compute", "parameter applies_from: yes/no\n  value yes from 2025-08-02\n  cites Article 51(2)\n\n# The cumulative compute", StringComparison.Ordinal);
        var rules = Built.Check(text, Built.GpaiPath);
        rules.HasErrors.ShouldBeFalse();

        var diagnostic = Built.Compile(rules).Diagnostics.Single(d => d.Id == "RD0202");

        (diagnostic.Position.Line, diagnostic.Position.Column, diagnostic.Length).ShouldBe((LineOf(text, "parameter applies_from"), 11, "applies_from".Length));
        diagnostic.Hint.ShouldNotBeNull().ShouldContain("unit");
    }

    [Test]
    public void RD0203_a_rules_path_a_line_map_cannot_name()
    {
        var rules = Built.Check(Gpai, "rules/gpai\"systemic.rules");

        var diagnostic = Built.Compile(rules).Diagnostics.Single(d => d.Id == "RD0203");

        diagnostic.IsError.ShouldBeTrue();
        diagnostic.Position.File.ShouldBe("rules/gpai\"systemic.rules");
    }

    [TestCase("\u2028")]
    [TestCase("\u2029")]
    [TestCase("\u0085")]
    [TestCase("\r")]
    [TestCase("\u202e")]
    public void RD0203_a_rules_path_holding_a_line_terminator_or_a_format_character_generates_nothing(string character)
    {
        // The rest of the path would start a directive of its own after the #line that names it.
        var path = $"rules/gpai{character}#error injected{character}.rules";
        var rules = Built.Check(Gpai, path);
        rules.HasErrors.ShouldBeFalse();

        var compiled = Built.Compile(rules);

        var diagnostic = compiled.Diagnostics.Single(d => d.IsError);
        diagnostic.Id.ShouldBe("RD0203");
        diagnostic.Position.File.ShouldBe(path);
        diagnostic.Message.ShouldContain($"\\u{(int)character[0]:x4}");
        compiled.Generated.Source.ShouldBeEmpty();
        compiled.Assembly.ShouldBeEmpty();
    }

    [Test]
    public void RD0200_a_compiler_message_points_at_the_rules_line_its_code_came_from()
    {
        var generated = ClassifierGenerator.Generate(Built.Gpai, Built.Corpus);
        var broken = generated with { Source = generated.Source.Replace("e.Parameter(0)", "e.Parameter(\"zero\")", StringComparison.Ordinal) };

        var compiled = ClassifierCompiler.Compile(broken);

        var diagnostic = compiled.Diagnostics.Single(d => d.Id == "RD0200");
        diagnostic.Position.File.ShouldBe(Built.GpaiPath);
        diagnostic.Position.Line.ShouldBe(LineOf(Gpai, ComputePresumption));
        diagnostic.Message.ShouldContain("CS1503");
        compiled.Assembly.ShouldBeEmpty();
    }

    [Test]
    public void Each_condition_and_derivation_is_mapped_to_its_rules_line()
    {
        var source = ClassifierGenerator.Generate(Built.Gpai, Built.Corpus).Source;
        var lines = Gpai.Split('\n');

        foreach (var (line, index) in lines.Select((l, i) => (l.Trim(), i + 1)).Where(l => l.Item1.StartsWith("when ", StringComparison.Ordinal) || l.Item1.StartsWith("from ", StringComparison.Ordinal)))
        {
            source.ShouldContain($"#line {index} \"{Built.GpaiPath}\"\n", customMessage: line);
        }
    }

    [Test]
    public void The_pdb_steps_through_the_rules_file_which_it_embeds()
    {
        var compiled = Built.Compile(Built.Gpai);
        using var provider = MetadataReaderProvider.FromPortablePdbImage(ImmutableArray.Create([.. compiled.Pdb]));
        var pdb = provider.GetMetadataReader();

        var rulesDocument = pdb.Documents.Single(d => pdb.GetString(pdb.GetDocument(d).Name) == Built.GpaiPath);
        var lines = pdb.MethodDebugInformation
            .SelectMany(m => pdb.GetMethodDebugInformation(m).GetSequencePoints())
            .Where(p => p.Document == rulesDocument && !p.IsHidden)
            .Select(p => p.StartLine)
            .ToHashSet();
        // The presumption of Article 51(2) and the derivation of recital 111.
        lines.ShouldContain(LineOf(Gpai, ComputePresumption));
        lines.ShouldContain(Gpai.Split('\n').ToList().FindIndex(l => l.Contains("from pretraining_compute", StringComparison.Ordinal)) + 1);
        pdb.CustomDebugInformation.Select(h => pdb.GetCustomDebugInformation(h))
            .Count(i => i.Parent.Kind == HandleKind.Document).ShouldBe(2);
    }

    /// <summary>The condition of the presumption of Article 51(2) in the shipped rules.</summary>
    internal const string ComputePresumption = "when training_compute greater than compute_threshold";

    /// <summary>The line of a text's first line holding <paramref name="content"/>, counted from 1: the shipped rules move as they grow.</summary>
    internal static int LineOf(string text, string content) =>
        text.Split('\n').ToList().FindIndex(line => line.Contains(content, StringComparison.Ordinal)) + 1;
}
