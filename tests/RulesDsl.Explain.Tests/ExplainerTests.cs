using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;
using RulesDsl.Workspace;
using RulesDsl.Runtime;
using static RulesDsl.Explain.Tests.Explained;

namespace RulesDsl.Explain.Tests;

/// <summary>Verdicts of the shipped rules explained for a lawyer, in Dutch and in English, from the embedded corpus.</summary>
public class ExplainerTests
{
    [Test]
    public void A_model_at_3_8e25_FLOP_explained_in_Dutch_quotes_recital_111s_threshold_sentence_and_Article_51_2()
    {
        var explanation = ExplainIn(Classify(Built.GeneralPurpose.With("training_compute", 3.8e25)), "nl");

        explanation.Outcome.ShouldBe("yes");
        explanation.OutcomeLabel.ShouldBe("ja");
        explanation.How.ShouldBe(["vervuld", "vermoed"]);
        explanation.DecidingRule.ShouldBe("high_impact_route");
        explanation.ConclusionLabel.ShouldBe("AI-model voor algemene doeleinden met een systeemrisico");
        var deciding = All(explanation.Root).Where(s => s.Deciding).ToList();
        var presumption = deciding.Single(s => s.Name == "compute_presumption");
        presumption.Status.ShouldBe("van toepassing");
        var article = presumption.Citations.Single(c => c.Provision == "art_51__para_2");
        article.Label.ShouldBe("Artikel 51, lid 2");
        article.Authority.ShouldBe(Authority.Binding);
        // The corpus holds the Official Journal in Dutch: the binding Dutch text is quoted, not the English.
        article.Quote!.IsFallback.ShouldBeFalse();
        article.Quote.Language.ShouldBe("nl");
        article.Quote.Version.ShouldBe(new DateOnly(2024, 7, 12));
        article.Quote.Text.ShouldStartWith("Een AI-model voor algemene doeleinden wordt geacht capaciteiten met een grote impact");
        // The Official Journal prints 10<sup>25</sup>; the import kept the superscript, so nothing is lost to explain.
        article.Quote.Text.ShouldEndWith("groter is dan 10^25.");
        article.Quote.LostSuperscripts.ShouldBeEmpty();
        article.Source.ShouldNotBeNull().ShouldStartWith("corpus/eu-ai-act/nl/oj.md(");

        // The rules cite the English sentence 7; in Dutch it is sentence 6, found by alignment.
        var recital = presumption.Citations.Single(c => c.Provision == "rct_111");
        recital.Authority.ShouldBe(Authority.Explanatory);
        recital.Label.ShouldBe("Overweging 111, zin 6");
        recital.Quote!.IsFallback.ShouldBeFalse();
        recital.Quote.Language.ShouldBe("nl");
        recital.Quote.Sentences.ShouldBe([6]);
        recital.Quote.Text.ShouldStartWith("Er moet derhalve een initiële drempel");

        var compute = deciding.First(s => s.Name == "training_compute");
        compute.Outcome.ShouldBe("3,8 × 10^25 FLOP");
        compute.Status.ShouldBe("opgegeven");
        compute.Citations.Single(c => c.Provision == "rct_111").Quote!.Text.ShouldStartWith("De voor het trainen gebruikte cumulatieve rekeninput");

        var threshold = deciding.Single(s => s.Name == "compute_threshold");
        threshold.Outcome.ShouldBe("10^25 FLOP");
        threshold.InForceFrom.ShouldBe(new DateOnly(2025, 8, 2));
        threshold.Status.ShouldBe("van kracht sinds 2 augustus 2025");
    }

    [Test]
    public void From_the_English_EUR_Lex_excerpts_a_Dutch_explanation_quotes_Article_51_2_in_English_marked_and_says_what_1025_stands_for()
    {
        // The corpus as users convert it from EUR-Lex pages: Articles 3, 51 and 52 in English only, their superscripts
        // lost, beside the vault's Dutch recital 111 and the anchors its links name.
        using var corpus = new TempCorpus();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.InInputs("eurlex-markdown/eu-ai-act/en")))
        {
            corpus.Write($"eu-ai-act/en/{Path.GetFileName(file)}", File.ReadAllBytes(file));
        }

        corpus.Copy("eu-ai-act/nl/recital-111.vault.md", "eu-ai-act/nl/recital-111.vault.md");
        corpus.Copy("eu-ai-act/anchors.yaml", "eu-ai-act/anchors.yaml");
        var explainer = new Explainer(RulesWorkspace.Open(corpus.Folder, null, null, new FixedClock(Built.Today)).Graph);

        var explanation = explainer.Explain(Classify(Built.GeneralPurpose.With("training_compute", 3.8e25)), Built.GpaiClassifier.Definition, new ExplainOptions("nl"));

        var presumption = All(explanation.Root).Single(s => s.Name == "compute_presumption");
        var article = presumption.Citations.Single(c => c.Provision == "art_51__para_2");
        article.Label.ShouldBe("Artikel 51, lid 2");
        // No Dutch Article 51 there: quoted in English, and marked.
        article.Quote!.IsFallback.ShouldBeTrue();
        article.Quote.Language.ShouldBe("en");
        article.Quote.Text.ShouldContain("shall be presumed to have high impact capabilities");
        // The source writes "1025" for 10^25; the quote keeps the source's words and says what they stand for.
        var lost = article.Quote.LostSuperscripts.ShouldHaveSingleItem();
        (lost.Written, lost.Meant).ShouldBe(("1025", "10^25"));
        article.Quote.Text.Substring(lost.Start, lost.Written.Length).ShouldBe("1025");

        // Recital 111 is there in Dutch (the vault's): the English sentence 7 the rules cite is its sentence 6.
        var recital = presumption.Citations.Single(c => c.Provision == "rct_111");
        recital.Quote!.IsFallback.ShouldBeFalse();
        recital.Quote.Sentences.ShouldBe([6]);
        recital.Quote.Text.ShouldStartWith("Er moet derhalve een initiële drempel");
        recital.Source.ShouldNotBeNull().ShouldStartWith("corpus/eu-ai-act/nl/recital-111.vault.md(3,");
        // Its defined terms have no Dutch definition there: they link to the English one.
        recital.Quote.Terms.ShouldNotBeEmpty();
        recital.Quote.Terms.ShouldAllBe(t => t.DefinitionHref == $"eu-ai-act/{t.Definition}.en.html");
    }

    [Test]
    public void A_model_with_12_000_business_users_explained_in_English_quotes_Annex_XIII_point_f()
    {
        var explanation = ExplainIn(Classify(Built.GeneralPurpose.With("business_users_eu", 12_000)), "en");

        explanation.Outcome.ShouldBe("unknown");
        var reach = explanation.Others.ShouldHaveSingleItem();
        reach.Name.ShouldBe("high_impact_on_internal_market");
        reach.Outcome.ShouldBe("yes");
        reach.Status.ShouldBe("decided by presumption of a high impact on the internal market due to its reach");
        var presumption = reach.Steps.Single(s => s.Name == "reach_presumption");
        presumption.Label.ShouldBe("presumption of a high impact on the internal market due to its reach");
        var annex = presumption.Citations.Single();
        annex.Authority.ShouldBe(Authority.Criterion);
        annex.CriterionFor.ShouldBe("Article 51(1), point (b); Article 52(4)");
        annex.Quote!.Text.ShouldContain("10 000 registered business users");
        annex.Quote.IsFallback.ShouldBeFalse();
        presumption.Steps.Single(s => s.Name == "business_users_eu").Outcome.ShouldBe("12 000");
    }

    [Test]
    public void One_classification_explains_in_Dutch_and_in_English_without_running_the_rules_again()
    {
        var classification = Classify(Built.GeneralPurpose.With("training_compute", 3.8e25));

        var dutch = ExplainIn(classification, "nl");
        var english = ExplainIn(classification, "en");

        dutch.Outcome.ShouldBe(english.Outcome);
        All(dutch.Root).Select(s => s.Name).ShouldBe(All(english.Root).Select(s => s.Name));
        english.Root.Steps.SelectMany(All).First(s => s.Name == "training_compute").Outcome.ShouldBe("3.8 × 10^25 FLOP");
        english.Root.Steps.SelectMany(All).First(s => s.Name == "training_compute").Citations.Single(c => c.Provision == "rct_111")
            .Quote!.Text.ShouldStartWith("The cumulative amount of computation used for training");
    }

    [Test]
    public void An_unknown_verdict_lists_the_facts_that_would_decide_it_with_their_citations()
    {
        var explanation = ExplainIn(Classify(Built.GeneralPurpose.With("training_compute", 5e24)), "en");

        explanation.Outcome.ShouldBe("unknown");
        explanation.Missing.Select(m => m.Name).ShouldBe(["designated_by_commission", "high_impact_capabilities_assessed"]);
        var designation = explanation.Missing[0];
        designation.Label.ShouldBe("designated by a decision of the Commission");
        designation.Citations.Select(c => c.Label).ShouldBe(["Article 51(1), point (b)", "Article 52(4)"]);
        designation.Citations.ShouldAllBe(c => c.Quote != null && c.Quote.Text.Length > 0);
    }

    [Test]
    public void An_estimate_is_marked_in_the_readers_language()
    {
        var explanation = ExplainIn(Classify(Built.GeneralPurpose.With("parameters", 405e9).With("training_tokens", 15.6e12)), "nl");

        explanation.How.ShouldContain("geschat");
        var compute = All(explanation.Root).First(s => s.Name == "training_compute");
        compute.Status.ShouldBe("geschat — schattingsmethode, niet in de wet: 6 × aantal parameters van het model × omvang van de dataset, gemeten in tokens");
        compute.Outcome.ShouldBe("3,7908 × 10^25 FLOP");
        compute.Citations.Select(c => c.Label).ShouldBe(["Artikel 51, lid 2", "Artikel 3, punt 67)", "Overweging 111, zin 4"]);
    }

    [Test]
    public void Defined_terms_in_a_quote_link_to_their_definitions()
    {
        var explanation = ExplainIn(Classify(Built.GeneralPurpose.With("training_compute", 3.8e25)), "nl");

        var recital = All(explanation.Root).First(s => s.Name == "compute_presumption").Citations.Single(c => c.Provision == "rct_111");
        var quote = recital.Quote!;
        // "zwevendekommabewerkingen" links to the definition of floating-point operation, Article 3(67), which the
        // corpus holds in Dutch: the link opens the Dutch definition.
        quote.Terms.Select(t => (quote.Text.Substring(t.Start, t.Length), t.Definition)).ShouldContain(("zwevendekommabewerkingen", "art_3__pnt_67"));
        foreach (var term in quote.Terms)
        {
            quote.Text.Substring(term.Start, term.Length).ShouldNotBeNullOrWhiteSpace();
            term.DefinitionHref.ShouldBe($"eu-ai-act/{term.Definition}.nl.html");
        }

        recital.Href.ShouldStartWith("eu-ai-act/rct_111.nl.html#s");
        // The Official Journal's dated recital is in force, not the vault's undated one beside it. Read from an absolute
        // folder, the source still names the corpus folder only: explanations are handed on.
        recital.Source.ShouldNotBeNull().ShouldStartWith("corpus/eu-ai-act/nl/oj.md(");
    }
}
