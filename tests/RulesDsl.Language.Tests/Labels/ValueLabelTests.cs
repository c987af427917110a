using RulesDsl.Diagnostics;
using RulesDsl.Language.Formatting;
using RulesDsl.Language.Parsing;
using RulesDsl.Language.Syntax;
using RulesDsl.Language.Tests.Checking;
using RulesDsl.Language.Tests.Parsing;

namespace RulesDsl.Language.Tests.Labels;

/// <summary><c>value NAME label LANG "…"</c>: the values of an enumeration labelled, read, checked and formatted.</summary>
public class ValueLabelTests
{
    private static readonly string Shipped = Path.Combine(RepoPaths.Root, "rules", "gpai-systemic-risk.rules");

    private const string Modality =
        "rules \"T\"\nlanguage en\n\nenum modality\n  values text, image, audio, video, biological_sequences\n{0}  cites Annex XIII, point (d)\n";

    [Test]
    public void Every_value_of_the_shipped_modality_has_an_English_and_a_Dutch_label_in_the_words_of_Annex_XIII_point_d()
    {
        var file = RulesParser.Parse(Shipped, File.ReadAllText(Shipped)).File;
        var modality = file.Declarations.OfType<EnumDeclaration>().Single(e => e.Name.Text == "modality");

        modality.ValueLabels.GroupBy(label => label.Value.Text).Select(value => value.Key).ShouldBe(modality.Values.Select(value => value.Text), ignoreOrder: true);
        modality.ValueLabels.ShouldAllBe(label => label.Label.Language.Text == "en" || label.Label.Language.Text == "nl");
        modality.ValueLabels.Length.ShouldBe(2 * modality.Values.Length);
        modality.ValueLabels.Single(label => label.Value.Text == "biological_sequences" && label.Label.Language.Text == "nl").Label.Text
            .ShouldBe("biologische sequenties");
        modality.ValueLabels.Single(label => label.Value.Text == "image" && label.Label.Language.Text == "nl").Label.Text.ShouldBe("beeld");
        // The Dutch Official Journal writes them so in Annex XIII, point (d).
        var annex = File.ReadAllText(Path.Combine(RepoPaths.Root, "corpus", "eu-ai-act", "nl", "oj.md"))
            .Split('\n').Single(line => line.EndsWith("^anx_XIII__pnt_d", StringComparison.Ordinal));
        annex.ShouldContain("biologische sequenties");
        annex.ShouldContain("tekst-naar-beeld");
        Against.Check(File.ReadAllText(Shipped), Shipped).Diagnostics.ShouldNotContain(d => d.Id.StartsWith("RD016", StringComparison.Ordinal));
    }

    [Test]
    public void A_value_label_line_is_read_with_the_value_the_language_and_the_text()
    {
        var (file, enumeration) = Parsed.One<EnumDeclaration>(
            "enum modality\n  values text, biological_sequences\n  value biological_sequences label nl \"biologische sequenties\"\n  cites Annex XIII, point (d)\n");

        var label = enumeration.ValueLabels.ShouldHaveSingleItem();
        (label.Value.Text, label.Label.Language.Text, label.Label.Text).ShouldBe(("biological_sequences", "nl", "biologische sequenties"));
        file.At(label).ShouldBe("value biological_sequences label nl \"biologische sequenties\"");
        file.At(label.Label).ShouldBe("label nl \"biologische sequenties\"");
        enumeration.Cites.ShouldHaveSingleItem();
    }

    [Test]
    public void A_label_of_a_value_the_enumeration_does_not_have_is_RD0165_at_the_value()
    {
        var diagnostic = Only("RD0165", string.Format(null, Modality, "  value biological_sequence label en \"biological sequences\"\n"));

        (diagnostic.Position.Line, diagnostic.Position.Column, diagnostic.Length).ShouldBe((6, 9, "biological_sequence".Length));
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.Message.ShouldBe("'biological_sequence' is not a value of 'modality', so it takes no label");
    }

    [Test]
    public void Two_labels_of_one_value_in_one_language_is_RD0161_at_the_second()
    {
        var diagnostic = Only("RD0161", string.Format(null, Modality, "  value image label en \"image\"\n  value image label nl \"beeld\"\n  value image label nl \"afbeelding\"\n"));

        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((8, 15));
        diagnostic.Message.ShouldBe("'image' is already labelled in 'nl' at test.rules(7,15)");
    }

    [Test]
    public void A_value_label_in_a_language_that_is_not_official_is_RD0160_at_the_code()
    {
        var diagnostic = Only("RD0160", string.Format(null, Modality, "  value text label en \"text\"\n  value text label vls \"tekst\"\n"));

        (diagnostic.Position.Line, diagnostic.Position.Column, diagnostic.Length).ShouldBe((7, 20, 3));
    }

    [Test]
    public void Value_labels_without_one_in_the_file_language_is_RD0162_at_the_value_and_an_empty_one_RD0163()
    {
        var diagnostics = Check(string.Format(null, Modality, "  value text label nl \"tekst\"\n  value image label en \"\"\n"));

        var missing = diagnostics.Where(d => d.Id == "RD0162").ShouldHaveSingleItem();
        (missing.Position.Line, missing.Position.Column).ShouldBe((6, 9));
        missing.Message.ShouldContain("'text' is labelled in 'nl' but not in 'en'");
        diagnostics.Where(d => d.Id == "RD0163").ShouldHaveSingleItem().Position.Line.ShouldBe(7);
    }

    [Test]
    public void The_formatter_prints_value_labels_after_the_values_line_with_their_comments()
    {
        var written = "rules \"T\"\nlanguage en\n\nenum modality\n  cites Annex XIII, point (d)\n  # Annex XIII, point (d)\n" +
            "  value  biological_sequences label nl   \"biologische sequenties\" # the Dutch words\n  values text, biological_sequences\n  label en \"modality\"\n";
        var canonical = "rules \"T\"\nlanguage en\n\nenum modality\n  label en \"modality\"\n  values text, biological_sequences\n  # Annex XIII, point (d)\n" +
            "  value biological_sequences label nl \"biologische sequenties\" # the Dutch words\n  cites Annex XIII, point (d)\n";

        RulesFormatter.Format(Parsed.Text(written).File).ShouldBe(canonical);
        RulesFormatter.Format(Parsed.Text(canonical).File).ShouldBe(canonical);
    }

    private static IReadOnlyList<Diagnostic> Check(string text) => Against.Check(text, Parsed.Path).Diagnostics;

    private static Diagnostic Only(string id, string text) => Check(text).Where(d => d.Id == id).ShouldHaveSingleItem();
}
