using RulesDsl.Linking.Model;

namespace RulesDsl.Linking.Tests;

/// <summary>References written in prose, resolved to provisions of the corpus or kept as external.</summary>
public class CrossReferenceTests
{
    private static List<Reference> CrossReferences(string id, string language, DateOnly? version = null) =>
        [.. LinkedCorpus.In(id, language, version).Where(r => r.Kind == ReferenceKind.CrossReference)];

    [Test]
    public void Annex_XIII_cites_Article_51_1_point_a()
    {
        foreach (var version in new[] { new DateOnly(2024, 7, 12), new DateOnly(2024, 5, 21), new DateOnly(2024, 5, 8) })
        {
            var reference = CrossReferences("anx_XIII", "en", version).ShouldHaveSingleItem();
            reference.Text.ShouldBe("Article 51(1), point (a)");
            reference.Targets.Select(t => t.Value).ShouldBe(["art_51__para_1__pnt_a"]);
            reference.IsResolved.ShouldBeTrue();
        }

        // Where the Official Journal's text has it in the imported act.
        var oj = CrossReferences("anx_XIII", "en", new DateOnly(2024, 7, 12)).Single();
        File.ReadAllLines(RepoPaths.InCorpus("eu-ai-act/en/oj.md"))[oj.Position.Line - 1][(oj.Position.Column - 1)..].ShouldStartWith("Article 51(1), point (a), the Commission");
    }

    [Test]
    public void Relative_references_resolve_within_their_article()
    {
        CrossReferences("art_51__para_1__pnt_b", "en").Select(r => (r.Text, string.Join(",", r.Targets)))
            .ShouldBe([("point (a)", "art_51__para_1__pnt_a"), ("Annex XIII", "anx_XIII")]);
        CrossReferences("art_52__para_4", "en").Single(r => r.Text == "that Annex").Targets.Single().Value.ShouldBe("anx_XIII");
    }

    [Test]
    public void A_provision_a_corpus_of_excerpts_does_not_hold_is_external_never_guessed()
    {
        using var corpus = new TempCorpus().CopyExcerpts();
        var graph = corpus.Link();

        var reference = graph.References.Single(r => r.From.Id.Value == "art_51__para_3" && r.Text == "Article 97");

        reference.Targets.Single().Value.ShouldBe("art_97");
        reference.IsResolved.ShouldBeFalse();
        reference.Unresolved.ShouldBe("the corpus does not hold art_97");
        graph.Diagnostics.Where(d => d.Id == "RD0054").Select(d => d.Severity).Distinct()
            .ShouldBe([RulesDsl.Diagnostics.DiagnosticSeverity.Info]);
    }

    [Test]
    public void The_whole_act_resolves_Article_97_to_its_own_article()
    {
        var reference = CrossReferences("art_51__para_3", "en").Single(r => r.Text == "Article 97");

        reference.Targets.Single().Value.ShouldBe("art_97");
        reference.IsResolved.ShouldBeTrue();
    }

    [Test]
    public void This_Regulation_names_the_act_in_Dutch_and_English()
    {
        CrossReferences("rct_111", "nl").Select(r => (r.Text, r.TargetAct)).ShouldBe([("deze verordening", "eu-ai-act"), ("deze verordening", "eu-ai-act")]);
        CrossReferences("rct_111", "en").ShouldAllBe(r => r.Text == "this Regulation" && r.TargetAct == "eu-ai-act");
    }

    [Test]
    public void Prose_references_in_four_languages()
    {
        using var corpus = new TempCorpus();
        corpus.Write("eu-ai-act/en/art-51.md", File.ReadAllBytes(RepoPaths.InInputs("eurlex-markdown/eu-ai-act/en/art-51.md")));
        corpus.Write("eu-ai-act/nl/rct.md", "(1)\n\nZoals bedoeld in artikel 51, lid 1, punt a), en bijlage XIII.\n");
        corpus.Write("eu-ai-act/de/rct.md", "(1)\n\nGemäß Artikel 51 Absatz 1 Buchstabe a dieser Verordnung.\n");
        corpus.Write("eu-ai-act/fr/rct.md", "(1)\n\nAu sens de l’article 51, paragraphe 1, point a), du présent règlement.\n");

        var references = corpus.Link().References.Where(r => r.Kind == ReferenceKind.CrossReference && r.From.Kind == RulesDsl.Corpus.Model.ProvisionKind.Recital).ToList();

        references.Where(r => r.Targets.Length == 1).Select(r => (r.From.Language, r.Text, r.Targets[0].Value)).ShouldBe([
            ("de", "Artikel 51 Absatz 1 Buchstabe a dieser Verordnung", "art_51__para_1__pnt_a"),
            ("fr", "article 51, paragraphe 1, point a), du présent règlement", "art_51__para_1__pnt_a"),
            ("nl", "artikel 51, lid 1, punt a)", "art_51__para_1__pnt_a"),
            ("nl", "bijlage XIII", "anx_XIII"),
        ], ignoreOrder: true);
        references.Single(r => r.Text == "bijlage XIII").IsResolved.ShouldBeFalse();
    }
}
