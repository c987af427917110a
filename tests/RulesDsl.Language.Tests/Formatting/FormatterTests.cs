using RulesDsl.Language.Formatting;
using RulesDsl.Language.Parsing;
using RulesDsl.Language.Syntax;
using RulesDsl.Language.Tests.Parsing;

namespace RulesDsl.Language.Tests.Formatting;

/// <summary>The canonical layout of docs/language.md, and formatting then parsing gives back the same tree.</summary>
public class FormatterTests
{
    private static IEnumerable<string> RulesFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "rules"), "*.rules").Select(Path.GetFileName)!;

    /// <summary>Every rules file of the repository, shipped or test input, by its path from the root.</summary>
    private static IEnumerable<string> RepositoryRulesFiles() =>
        Directory.EnumerateFiles(RepoPaths.Root, "*.rules", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/'))
            .Where(file => !file.Split('/').Any(folder => folder is "bin" or "obj" or ".git"))
            .Order(StringComparer.Ordinal);

    [Test]
    public void Canonical_layout()
    {
        var file = Parsed.Text("""
            # a comment, kept
            rules "Layout"
            act eu-ai-act
            language nl


            enum modality
            values text,image ,  audio
            cites Annex XIII, punt d)
            fact modalities:set of modality
                cites Annex XIII, punt d)
            fact training_compute :  FLOP
            parameter threshold: FLOP   # the threshold
              value 10^25   FLOP   from 2025-08-02
              value 1.000.000 FLOP from 2026-01-01
            estimate training_compute
              from (6*parameters *  training_tokens)   as  FLOP
              cites overweging 111 zin 6 ;Annex XIII, punt c)
            conclusion systemic_risk
              means   "systeemrisico"
            presumption p
              presumes   not systemic_risk
              when training_compute > threshold and not (modalities contains image or x <= 2,5)
              unless a >= b
              exception   to   r
              cites artikel 51, lid 2 sentence 1
            verdict systemic_risk
            example "e"
              given modalities =   {text,image}
              given flag = yes
              expect systemic_risk = unknown
            """);

        file.Diagnostics.ShouldBeEmpty();
        var formatted = RulesFormatter.Format(file.File);
        RulesParser.Parse("formatted.rules", formatted).File.ShouldBeSameTreeAs(file.File);
        formatted.ShouldBe("""
            # a comment, kept
            rules "Layout"
            act eu-ai-act
            language nl

            enum modality
              values text, image, audio
              cites Annex XIII, punt d)

            fact modalities: set of modality
              cites Annex XIII, punt d)

            fact training_compute: FLOP

            parameter threshold: FLOP # the threshold
              value 10^25 FLOP from 2025-08-02
              value 1.000.000 FLOP from 2026-01-01

            estimate training_compute
              from (6 × parameters × training_tokens) as FLOP
              cites overweging 111 zin 6; Annex XIII, punt c)

            conclusion systemic_risk
              means "systeemrisico"

            presumption p
              presumes not systemic_risk
              when training_compute greater than threshold and not (modalities contains image or x at most 2,5)
              unless a at least b
              exception to r
              cites artikel 51, lid 2 sentence 1

            verdict systemic_risk

            example "e"
              given modalities = {text, image}
              given flag = yes
              expect systemic_risk = unknown

            """);
    }

    [TestCaseSource(nameof(RulesFiles))]
    public void Every_rules_file_formats_to_a_file_with_the_same_tree(string name)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", name));
        var original = RulesParser.Parse(name, text);
        original.Diagnostics.ShouldBeEmpty();

        var formatted = RulesFormatter.Format(original.File);
        var reparsed = RulesParser.Parse(name, formatted);

        reparsed.Diagnostics.ShouldBeEmpty();
        reparsed.File.ShouldBeSameTreeAs(original.File);
        RulesFormatter.Format(reparsed.File).ShouldBe(formatted);
    }

    [Test]
    public void The_rules_folder_has_files()
    {
        RulesFiles().ShouldContain("gpai-systemic-risk.rules");
    }

    [Test]
    public void Formatting_keeps_the_comments_of_the_shipped_rules_and_everything_else()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gpai-systemic-risk.rules"));
        var shared = File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gpai-models.rules"));

        var formatted = RulesFormatter.Format(RulesParser.Parse("gpai.rules", text).File);
        var sharedFormatted = RulesFormatter.Format(RulesParser.Parse("models.rules", shared).File);

        formatted.ShouldStartWith("# Classification of general-purpose AI models as general-purpose AI models with systemic risk.\n# Regulation (EU) 2024/1689 (AI Act): Article 51, Article 52(2)-(4), Annex XIII, recital 111.\nrules \"General-purpose AI models with systemic risk\"\n  label nl \"AI-modellen voor algemene doeleinden met een systeemrisico\"\nact eu-ai-act\nlanguage en\n\n# What a general-purpose AI model is, the compute facts and threshold and the conclusion of Article 51(1)(a): shared\n# with the other rules files on these models.\nimport \"gpai-models.rules\"\n\nenum modality\n");
        sharedFormatted.ShouldContain("\nlanguage en\n\nfact training_compute: FLOP\n  label en \"cumulative amount of computation used for training\"\n");
        sharedFormatted.ShouldContain("\nestimate training_compute\n  from (6 × parameters × training_tokens) as FLOP\n  cites Article 51(2); Article 3, point (67); recital 111 sentence 5\n");
        sharedFormatted.ShouldContain("\n  cites Article 51(2); recital 111 sentence 6\n");
        formatted.ShouldContain("\n  given parameters = 400 000 000 000\n");
        formatted.ShouldEndWith("\n  given modalities = {text, image}\n  expect systemic_risk = yes by high_impact_route\n");
    }

    [TestCaseSource(nameof(RepositoryRulesFiles))]
    public void Every_well_formed_rules_file_of_the_repository_formats_to_itself_byte_for_byte(string relative)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, relative));
        var parsed = RulesParser.Parse(relative, text);
        if (!parsed.Diagnostics.IsEmpty)
        {
            Assert.Ignore($"{relative} does not parse, so it is not formatted");
        }

        RulesFormatter.Format(parsed.File).ShouldBe(text);
    }

    [Test]
    public void The_repository_has_rules_files_to_format()
    {
        RepositoryRulesFiles().ShouldContain("rules/gpai-systemic-risk.rules");
    }

    [Test]
    public void Comments_stay_where_they_were_wherever_the_language_allows_them()
    {
        var file = Parsed.Text("""

            # before the header

            # after a blank line
            rules "Comments # not one, it is quoted" # trailing the title
            # between header lines
            act eu-ai-act
            language en   #   trailing the language, its spaces kept inside
            # after the header, right before a declaration
            fact training_compute: FLOP # trailing a fact
            # between clauses
                cites Article 51(2) # trailing a cites line
            parameter threshold: FLOP
                # before a value, indented oddly
              value 10^25 FLOP from 2025-08-02 # trailing a value line

            # a block of its own


            # two lines on, "quoted" text inside the comment
            conclusion systemic_risk
              means "systemic # risk"
            # between clauses, at the start of the line

              cites Article 51(1)
            example "e"
              given training_compute = 1e26 # trailing a given
              expect systemic_risk = yes
            # at the end of the file
              # and indented, after it


            """);
        file.Diagnostics.ShouldBeEmpty();

        var formatted = RulesFormatter.Format(file.File);

        formatted.ShouldBe("""
            # before the header

            # after a blank line
            rules "Comments # not one, it is quoted" # trailing the title
            # between header lines
            act eu-ai-act
            language en #   trailing the language, its spaces kept inside

            # after the header, right before a declaration
            fact training_compute: FLOP # trailing a fact
              # between clauses
              cites Article 51(2) # trailing a cites line

            parameter threshold: FLOP
              # before a value, indented oddly
              value 10^25 FLOP from 2025-08-02 # trailing a value line

            # a block of its own

            # two lines on, "quoted" text inside the comment
            conclusion systemic_risk
              means "systemic # risk"
              # between clauses, at the start of the line
              cites Article 51(1)

            example "e"
              given training_compute = 1e26 # trailing a given
              expect systemic_risk = yes
            # at the end of the file
            # and indented, after it

            """);
        var reparsed = RulesParser.Parse("formatted.rules", formatted);
        reparsed.Diagnostics.ShouldBeEmpty();
        reparsed.File.ShouldBeSameTreeAs(file.File);
    }

    [Test]
    public void Comments_go_with_the_header_line_they_were_about_when_formatting_reorders_it()
    {
        var parsed = Parsed.Text("rules \"Order\"\n# the language first\nlanguage nl # Dutch numbers\n# then the act\nact eu-ai-act # the corpus folder\n\nverdict v\n");
        parsed.Diagnostics.ShouldBeEmpty();

        RulesFormatter.Format(parsed.File).ShouldBe("rules \"Order\"\n# then the act\nact eu-ai-act # the corpus folder\n# the language first\nlanguage nl # Dutch numbers\n\nverdict v\n");
    }

    [Test]
    public void A_comment_after_a_blank_line_at_the_end_of_the_file_keeps_one_blank_line()
    {
        var formatted = RulesFormatter.Format(Parsed.Text("rules \"End\"\nverdict v\n\n\n# the end\n").File);

        formatted.ShouldBe("rules \"End\"\n\nverdict v\n\n# the end\n");
    }

    [TestCase("rules \"A\"   # one\n# two\nfact f: count # three\n    # four\n  cites Article 51\n\n\n# five\n")]
    [TestCase("\n\n# lead\n\n\nrules \"B\"\n\n\n# c\n\n\n# d\n\n\nverdict v # e\n  # f\n")]
    [TestCase("rules \"C\"\nparameter p: count\n# between\n  value 10 000 from 2025-08-02 # ten thousand\n  # before cites\n  cites Annex XIII, point (f)\n# last")]
    public void Formatting_twice_is_formatting_once(string text)
    {
        var parsed = Parsed.Text(text);
        parsed.Diagnostics.ShouldBeEmpty();

        var once = RulesFormatter.Format(parsed.File);
        var twice = RulesFormatter.Format(RulesParser.Parse("once.rules", once).File);

        twice.ShouldBe(once);
        once.Count(c => c == '#').ShouldBe(text.Count(c => c == '#'));
    }

    [Test]
    public void A_file_without_header_formats_with_an_empty_title()
    {
        var result = Parsed.Text("verdict v\n");

        RulesFormatter.Format(result.File).ShouldBe("rules \"\"\n\nverdict v\n");
    }

    [Test]
    public void A_tree_built_in_code_gets_the_parentheses_its_meaning_needs()
    {
        static NameExpression Name(string text) => new(new Name(text, default));
        static BinaryExpression Binary(Expression left, BinaryOperator op, Expression right) => new(left, op, right, default);
        var condition = new NotExpression(
            Binary(
                Binary(Binary(Name("a"), BinaryOperator.Add, Name("b")), BinaryOperator.Multiply, Binary(Name("c"), BinaryOperator.Subtract, Name("d"))),
                BinaryOperator.GreaterThan,
                Binary(Name("e"), BinaryOperator.Subtract, Binary(Name("f"), BinaryOperator.Subtract, Name("g")))),
            default);
        var rule = new RuleDeclaration(
            new Name("r", default), false, new Name("c", default), false,
            Binary(condition, BinaryOperator.And, Binary(Name("x"), BinaryOperator.Or, Name("y"))),
            new ConversionExpression(Binary(Name("p"), BinaryOperator.Multiply, Name("q")), new TypeSyntax(TypeKind.Flop, null, default), default),
            null, [], default);
        var file = new RulesFile("built.rules", "", new Header("Built", null, null, default), [rule]);

        var formatted = RulesFormatter.Format(file);

        formatted.ShouldContain("  when not (a + b) × (c - d) greater than e - (f - g) and (x or y)\n  unless (p × q) as FLOP\n");
        var reparsed = RulesParser.Parse("built.rules", formatted);
        reparsed.Diagnostics.ShouldBeEmpty();
        var when = reparsed.File.Declarations.ShouldHaveSingleItem().ShouldBeOfType<RuleDeclaration>().When;
        Parsed.Shape(when).ShouldBe("[[not [[([a Add b]) Multiply ([c Subtract d])] GreaterThan [e Subtract ([f Subtract g])]]] And ([x Or y])]");
    }
}
