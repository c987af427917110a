using RulesDsl.Language.Formatting;
using RulesDsl.Language.Parsing;
using RulesDsl.Language.Syntax;
using RulesDsl.Language.Tests.Formatting;
using RulesDsl.Language.Tests.Parsing;

namespace RulesDsl.Language.Tests.Mutation;

/// <summary>
/// The repository's rules file corrupted 200 ways, one typo each: the parser never throws, reports inside the file,
/// loses no more than the typo touched, and reads a variant that is still valid text back whole.
/// </summary>
public class MutationTests
{
    private const int Count = 200;

    private static readonly string Original = File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gpai-systemic-risk.rules"));

    private static readonly List<string> OriginalDeclarations = Declarations(RulesParser.Parse("original.rules", Original).File);

    private static IEnumerable<TestCaseData> Variants() =>
        RulesMutations.Variants(Original, Count).Select(variant => new TestCaseData(variant.Seed, variant.Text).SetArgDisplayNames($"seed {variant.Seed}"));

    [TestCaseSource(nameof(Variants))]
    public void A_corrupted_file_is_read_as_far_as_it_can_be(int seed, string text)
    {
        var result = RulesParser.Parse($"variant-{seed}.rules", text);

        result.ShouldBeWellFormed(text);
        // One corruption touches at most two places (a swap), so it breaks at most two declarations.
        result.Diagnostics.Length.ShouldBeLessThanOrEqualTo(2);
        // A keyword moved off the start of its line joins its declaration to the one before, and the token it was
        // swapped with changes a third: no other declaration may be lost or altered.
        var kept = Declarations(result.File);
        OriginalDeclarations.Count(declaration => !kept.Remove(declaration)).ShouldBeLessThanOrEqualTo(3);
        if (result.Diagnostics.IsEmpty)
        {
            var reparsed = RulesParser.Parse("formatted.rules", RulesFormatter.Format(result.File));
            reparsed.Diagnostics.ShouldBeEmpty();
            reparsed.File.ShouldBeSameTreeAs(result.File);
        }
    }

    [Test]
    public void The_variants_are_reproducible_and_mostly_broken()
    {
        var variants = RulesMutations.Variants(Original, Count).ToList();

        variants.ShouldBe(RulesMutations.Variants(Original, Count).ToList());
        variants.Select(variant => variant.Seed).ShouldBe(Enumerable.Range(1, Count));
        variants.Count(variant => variant.Text != Original).ShouldBeGreaterThan(Count * 9 / 10);
        variants.Count(variant => !RulesParser.Parse("variant.rules", variant.Text).Diagnostics.IsEmpty).ShouldBeGreaterThan(Count / 2);
    }

    /// <summary>Each declaration in canonical form, without the header and the imports, to compare declarations across
    /// files. Without the file's text too: the formatter takes comments from it, and a comment is no part of a
    /// declaration's meaning.</summary>
    private static List<string> Declarations(RulesFile file) =>
        [.. file.Declarations.Select(declaration => RulesFormatter.Format(file with { Text = "", Header = new Header("", null, null, default), Declarations = [declaration], Imports = [] }))];
}
