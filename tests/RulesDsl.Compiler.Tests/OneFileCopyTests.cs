using RulesDsl.Language.Parsing;

namespace RulesDsl.Compiler.Tests;

/// <summary>
/// The compiler tests edit and map lines of the shipped rules in one file (tests/Inputs/rules): the copy must hold
/// the declarations the shipped pair holds, word for word, so that what the tests compile is what ships.
/// </summary>
public class OneFileCopyTests
{
    [Test]
    public void The_one_file_copy_holds_every_declaration_of_the_shipped_pair_and_nothing_else()
    {
        var shipped = Declarations(File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gpai-models.rules")))
            .Concat(Declarations(File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gpai-systemic-risk.rules"))));

        Declarations(Built.GpaiText).Order(StringComparer.Ordinal).ShouldBe(shipped.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Declarations(string text)
    {
        var parsed = RulesParser.Parse("rules/copy.rules", text);
        parsed.Diagnostics.ShouldBeEmpty();
        return parsed.File.Declarations.Select(d => text.Substring(d.Span.Start, d.Span.Length));
    }
}
