using RulesDsl.Corpus.Model;
using RulesDsl.Diagnostics;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>The English Official Journal text as EUR-Lex HTML converted to Markdown: tables, escapes, hard wraps.</summary>
public class EurLexTests
{
    [Test]
    public void Article_51_1_b_is_whole_without_table_markup()
    {
        var point = EurLexExcerpts.Get("art_51__para_1__pnt_b", "en");
        point.Kind.ShouldBe(ProvisionKind.Point);
        point.Label.ShouldBe("(b)");
        point.Text.ShouldBe("based on a decision of the Commission, ex officio or following a qualified alert from the scientific panel, "
            + "it has capabilities or an impact equivalent to those set out in point (a) having regard to the criteria set out in Annex XIII.");
    }

    [Test]
    public void Article_3_63_is_the_definition_of_general_purpose_AI_model()
    {
        var definition = EurLexExcerpts.Get("art_3__pnt_63", "en");
        definition.Kind.ShouldBe(ProvisionKind.Definition);
        definition.Text.ShouldStartWith("‘general-purpose AI model’ means an AI model, including where such an AI model is trained");
        definition.Text.ShouldEndWith("except AI models that are used for research, development or prototyping activities before they are placed on the market;");
        EurLexExcerpts.Get("art_3", "en").Text.ShouldBe("For the purposes of this Regulation, the following definitions apply:");
        EurLexExcerpts.Value.Provisions.Where(p => p.Id.Parent == ProvisionId.Article(3)).Select(p => p.Id.Last.Label)
            .ShouldBe(["4", "29", "47", "63", "64", "65", "66", "67"]);
    }

    [Test]
    public void Article_52_5_joins_hard_wrapped_lines_and_the_broken_compound()
    {
        var paragraph = EurLexExcerpts.Get("art_52__para_5", "en");
        paragraph.Label.ShouldBe("5.");
        paragraph.Text.ShouldStartWith("Upon a reasoned request of a provider whose model has been designated as a general-purpose AI model");
        paragraph.Text.ShouldContain("decides to maintain the designation as a general-purpose AI model with systemic risk, providers may request");
        paragraph.Text.ShouldNotContain("general- purpose");
        paragraph.Text.ShouldNotContain("\n");
        paragraph.Sentences.Length.ShouldBe(4);
    }

    [Test]
    public void Paragraph_numbers_lose_their_escape_and_subparagraphs_stay_with_their_paragraph()
    {
        var paragraph = EurLexExcerpts.Get("art_52__para_4", "en");
        paragraph.Text.ShouldStartWith("The Commission may designate a general-purpose AI model as presenting systemic risks");
        paragraph.Text.ShouldEndWith("\nThe Commission is empowered to adopt delegated acts in accordance with Article 97 in order to amend Annex XIII by specifying and updating the criteria set out in that Annex.");
        EurLexExcerpts.Value.Provisions.Where(p => p.Id.Parent == ProvisionId.Article(52)).Select(p => p.Label)
            .ShouldBe(["1.", "2.", "3.", "4.", "5.", "6."]);
    }

    [Test]
    public void Article_headings_are_joined_across_wrapped_lines()
    {
        var article = EurLexExcerpts.Get("art_51", "en");
        article.Label.ShouldBe("Article 51");
        article.Heading.ShouldBe("Classification of general-purpose AI models as general-purpose AI models with systemic risk");
        EurLexExcerpts.Get("anx_XIII", "en", new DateOnly(2024, 7, 12)).Heading
            .ShouldBe("Criteria for the designation of general-purpose AI models with systemic risk referred to in Article 51");
    }

    [Test]
    public void No_provision_keeps_markup()
    {
        EurLexExcerpts.Value.Provisions.ShouldAllBe(p => !p.Text.Contains('|') && !p.Text.Contains("---") && !p.Text.Contains('\\') && !p.Text.Contains("  "));
    }

    [Test]
    public void Recitals_in_table_rows_are_recitals()
    {
        foreach (var number in new[] { 110, 111, 112 })
        {
            var recital = EurLexExcerpts.Get($"rct_{number}", "en");
            recital.Kind.ShouldBe(ProvisionKind.Recital);
            recital.Label.ShouldBe($"({number})");
            recital.Version.ShouldBe(new DateOnly(2024, 7, 12));
        }

        EurLexExcerpts.Get("rct_111", "en").Sentences.Length.ShouldBe(13);
    }

    [Test]
    public void The_lost_superscript_in_Article_51_2_is_reported_not_hidden()
    {
        EurLexExcerpts.Get("art_51__para_2", "en").Text.ShouldEndWith("is greater than 1025.");
        var warning = EurLexExcerpts.Value.Diagnostics.Single(d => d.Id == "RD0012");
        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        warning.Position.File.ShouldEndWith("en/art-51.md");
        (warning.Position.Line, warning.Position.Column).ShouldBe((24, 14));
        warning.Message.ShouldContain("10^25");
    }

    [Test]
    public void Front_matter_gives_language_version_and_source()
    {
        var document = EurLexExcerpts.Value.Documents.Single(d => d.Path.EndsWith("en/art-51.md", StringComparison.Ordinal));
        document.LanguageOrigin.ShouldBe(LanguageOrigin.FrontMatter);
        document.Source.ShouldNotBeNull().ShouldContain("http://data.europa.eu/eli/reg/2024/1689/oj");
        document.Boilerplate.ShouldBeEmpty();
        EurLexExcerpts.Value.Documents.Single(d => d.Path.EndsWith("annex-xiii.oj.md", StringComparison.Ordinal))
            .Boilerplate.Select(b => b.Reason).ShouldBe(["separator", "ELI of the act"]);
    }

    [Test]
    public void The_act_ELI_comes_from_its_sources()
    {
        EurLexExcerpts.Value.Eli("eu-ai-act").ShouldBe(RulesDsl.Corpus.Citations.EliLink.Regulation(2024, 1689));
        EurLexExcerpts.Value.Documents.Where(d => d.Eli is not null).Select(d => Path.GetFileName(d.Path))
            .ShouldBe(["annex-xiii.oj.md", "art-3-excerpt.md", "art-51.md", "art-52.md", "recital-110.md", "recital-111.md", "recital-112.md"]);
        EurLexExcerpts.Value.Eli("no-such-act").ShouldBeNull();
    }

    [Test]
    public void The_excerpts_read_without_errors_or_unclassified_text()
    {
        EurLexExcerpts.Value.HasErrors.ShouldBeFalse();
        EurLexExcerpts.Value.Documents.Length.ShouldBe(7);
        EurLexExcerpts.Value.Documents.ShouldAllBe(d => d.Unclassified.IsEmpty);
    }
}
