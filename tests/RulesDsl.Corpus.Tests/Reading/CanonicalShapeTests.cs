using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>The project's own shape: YAML front matter over plain Markdown; front matter wins over inference.</summary>
public class CanonicalShapeTests
{
    [Test]
    public void Front_matter_names_act_language_provision_and_version()
    {
        using var corpus = new TempCorpus();
        corpus.Write("nl/art-51.de.md", """
            ---
            act: ai-act
            language: de
            provision: art_51
            version: 2024-07-12
            source: "EUR-Lex"
            ---

            1. Ein KI-Modell mit allgemeinem Verwendungszweck wird als KI-Modell mit allgemeinem Verwendungszweck mit systemischem Risiko eingestuft, wenn es eine der folgenden Bedingungen erfüllt:

            2. Bei einem KI-Modell mit allgemeinem Verwendungszweck wird angenommen, dass es über Fähigkeiten mit hohem Wirkungsgrad verfügt, wenn die kumulierte Menge der für sein Training verwendeten Berechnungen mehr als 10^25 beträgt.
            """);

        var read = corpus.Read();

        read.HasErrors.ShouldBeFalse();
        read.Documents.ShouldHaveSingleItem().LanguageOrigin.ShouldBe(LanguageOrigin.FrontMatter);
        read.Provisions.Select(p => p.Id.Value).ShouldBe(["art_51", "art_51__para_1", "art_51__para_2"]);
        read.Provisions.ShouldAllBe(p => p.Language == "de" && p.Act == "ai-act" && p.Version == new DateOnly(2024, 7, 12));
        var second = read.Provisions[2];
        second.Label.ShouldBe("2.");
        second.Text.ShouldStartWith("Bei einem KI-Modell");
        (second.Position.Line, second.Position.Column).ShouldBe((11, 1));
    }

    [Test]
    public void A_recital_named_by_front_matter_needs_no_number_line()
    {
        using var corpus = new TempCorpus();
        corpus.Write("eu-ai-act/fr/considerant-111.md", """
            ---
            provision: rct_111
            ---
            Il convient d’établir une méthode de classification des modèles d’IA à usage général. Les risques systémiques résultent de capacités particulièrement élevées.
            """);

        var provision = corpus.Read().Provisions.ShouldHaveSingleItem();

        provision.Id.ShouldBe(ProvisionId.Recital(111));
        provision.Language.ShouldBe("fr");
        provision.Act.ShouldBe("eu-ai-act");
        provision.Sentences.Length.ShouldBe(2);
        (provision.Sentences[1].Position.Line, provision.Sentences[1].Position.Column).ShouldBe((4, 87));
    }

    [Test]
    public void Path_gives_the_language_when_front_matter_does_not()
    {
        using var corpus = new TempCorpus();
        corpus.Write("acts/recital.de.md", "(1)\n\nThe text is English but the file name says German.\n");

        var read = corpus.Read();

        read.Documents.ShouldHaveSingleItem().LanguageOrigin.ShouldBe(LanguageOrigin.Path);
        read.Provisions.ShouldHaveSingleItem().Language.ShouldBe("de");
    }

    [Test]
    public void Version_notes_date_the_versions_of_a_page()
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/annex.md", "Annex XIII\n\nUpdated on May 21st 2024 based on the final text.\n\n  1. the number of parameters;\n\n[Previous version]\n\nUpdated on May 8th 2024 based on the corrigendum.\n\n  1. the count of parameters;\n");

        var read = corpus.Read();

        read.Provisions.Where(p => p.Kind == ProvisionKind.AnnexPoint).Select(p => (p.Id.Value, p.Version, p.Text)).ShouldBe([
            ("anx_XIII__pnt_1", new DateOnly(2024, 5, 21), "the number of parameters;"),
            ("anx_XIII__pnt_1", new DateOnly(2024, 5, 8), "the count of parameters;"),
        ]);
        read.Find(ProvisionId.Annex("XIII").Point("1"), "en", new DateOnly(2024, 5, 10))!.Text.ShouldBe("the count of parameters;");
        read.Find(ProvisionId.Annex("XIII").Point("1"), "en", new DateOnly(2026, 11, 23))!.Text.ShouldBe("the number of parameters;");
        read.Find(ProvisionId.Annex("XIII").Point("1"), "en", new DateOnly(2024, 1, 1)).ShouldBeNull();
    }

    [Test]
    public void Points_that_do_not_match_the_reference_in_number_keep_their_own_labels()
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/annex.oj.md", "---\nlanguage: en\nversion: 2024-07-12\n---\n\nANNEX XIII\n\nCriteria\n\n(a) | one;\n---|---\n(b) | two.\n---|---\n");
        corpus.Write("en/annex.page.md", "Annex XIII\n\n  1. one;\n  2. two;\n  3. three.\n");

        var read = corpus.Read();

        read.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RD0018");
        read.Provisions.Where(p => p.Version is null && p.Kind == ProvisionKind.AnnexPoint).Select(p => p.Id.Last.Label).ShouldBe(["1", "2", "3"]);
    }

    [Test]
    public void An_inserted_article_keeps_its_letter()
    {
        using var corpus = new TempCorpus();
        corpus.Write("en/art.md", "Article 10a\n\nInserted\n\n1\\. A model shall be classified.\n");

        corpus.Read().Provisions.Select(p => p.Id.Value).ShouldBe(["art_10a", "art_10a__para_1"]);
    }
}
