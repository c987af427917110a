using RulesDsl.Corpus.Model;
using RulesDsl.Linking.Model;
using RulesDsl.Linking.Terms;

namespace RulesDsl.Linking.Tests;

/// <summary>Defined terms used without a link, found in any language with their inflections.</summary>
public class MentionTests
{
    private static List<Reference> Mentions(string id, string language, DateOnly? version = null) =>
        [.. LinkedCorpus.In(id, language, version).Where(r => r.Kind == ReferenceKind.Mention)];

    [Test]
    public void The_Dutch_plural_in_the_third_sentence_of_recital_111_is_a_mention_of_gpai()
    {
        var recital = LinkedCorpus.Get("rct_111", "nl");
        var third = recital.Sentences[2];

        var mention = Mentions("rct_111", "nl").First(m => m.Start >= third.Start && m.End <= third.End && m.Text.StartsWith("AI-modellen", StringComparison.Ordinal));

        mention.Text.ShouldBe("AI-modellen voor algemene doeleinden");
        mention.Targets.ShouldBe([ProvisionId.Parse("art_3__pnt_63")]);
        mention.Position.Line.ShouldBe(3);
        File.ReadAllLines(RepoPaths.InCorpus("eu-ai-act/nl/recital-111.vault.md"))[2][(mention.Position.Column - 1)..].ShouldStartWith("AI-modellen voor algemene doeleinden: capaciteiten");
    }

    [Test]
    public void Annex_XIII_mentions_general_purpose_AI_model_and_floating_point_operations()
    {
        var oj = new DateOnly(2024, 7, 12);
        Mentions("anx_XIII", "en", oj).ShouldContain(m => m.Text == "general-purpose AI model" && m.Targets.Single().Value == "art_3__pnt_63");
        Mentions("anx_XIII__pnt_c", "en", oj).ShouldContain(m => m.Text == "floating point operations" && m.Targets.Single().Value == "art_3__pnt_67");
        Mentions("anx_XIII__pnt_c", "en", new DateOnly(2024, 5, 21)).ShouldContain(m => m.Text == "floating point operations");
        Mentions("anx_XIII__pnt_d", "en", oj).ShouldContain(m => m.Text == "high-impact capabilities" && m.Targets.Single().Value == "art_3__pnt_64");
    }

    [Test]
    public void English_plurals_and_the_longest_term_win()
    {
        var definition = Mentions("art_3__pnt_65", "en");
        definition.ShouldContain(m => m.Text == "general-purpose AI models" && m.Targets.Single().Value == "art_3__pnt_63");
        definition.ShouldContain(m => m.Text == "high-impact capabilities");
        definition.ShouldNotContain(m => m.Targets.Contains(ProvisionId.Parse("art_3__pnt_65")));

        var recital = Mentions("rct_111", "en");
        recital.ShouldContain(m => m.Text == "systemic risks" && m.Targets.Single().Value == "art_3__pnt_65");
        recital.ShouldNotContain(m => m.Text.Contains("general-purpose AI system", StringComparison.Ordinal));
    }

    [Test]
    public void Mentions_never_overlap_links_and_never_sit_inside_longer_words()
    {
        foreach (var provision in LinkedCorpus.Value.Corpus.Provisions)
        {
            var references = LinkedCorpus.Value.In(provision).ToList();
            references.Zip(references.Skip(1)).ShouldAllBe(pair => pair.First.End <= pair.Second.Start);
            foreach (var mention in references.Where(r => r.Kind == ReferenceKind.Mention))
            {
                (mention.Start == 0 || !char.IsLetter(provision.Text[mention.Start - 1])).ShouldBeTrue(mention.Text);
                (mention.End == provision.Text.Length || !char.IsLetterOrDigit(provision.Text[mention.End])).ShouldBeTrue(mention.Text);
            }
        }
    }

    [Test]
    public void A_term_inside_a_longer_word_is_not_a_mention()
    {
        using var corpus = new TempCorpus();
        corpus.Write("act/en/art-3.md", "Article 3\n\nDefinitions\n\n(4) | ‘deployer’ means a person using an AI system;\n---|---\n");
        corpus.Write("act/en/rct.md", "(1)\n\nRedeployment of deployers is not a deployer-led redeployer task.\n");

        var mentions = corpus.Link().References.Where(r => r.Kind == ReferenceKind.Mention).Select(r => r.Text).ToList();

        mentions.ShouldBe(["deployers", "deployer"]);
    }

    [Test]
    public void Words_that_two_definitions_share_are_an_ambiguous_mention_not_a_guess()
    {
        using var corpus = new TempCorpus();
        corpus.Write("act/en/art-3.md", "Article 3\n\nDefinitions\n\n(1) | ‘provider’ means a developer;\n---|---\n(2) | ‘provider’ means a supplier;\n---|---\n");
        corpus.Write("act/en/rct.md", "(1)\n\nEvery provider shall notify.\n");

        var graph = corpus.Link();

        var diagnostic = graph.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0052");
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((3, 7));
        var mention = graph.References.Single(r => r.From.Kind == ProvisionKind.Recital);
        mention.IsResolved.ShouldBeFalse();
        mention.Targets.Select(t => t.Value).ShouldBe(["art_3__pnt_1", "art_3__pnt_2"]);
    }

    [Test]
    public void The_glossary_learns_Dutch_terms_from_the_Dutch_definitions_of_the_whole_act()
    {
        var glossary = LinkedCorpus.Value.Glossary;
        var dutch = glossary.Find(ProvisionId.Parse("art_3__pnt_65"), "nl").ShouldNotBeNull();
        dutch.FromDefinition.ShouldBeTrue();
        dutch.Term.ShouldBe("systeemrisico");
        dutch.Forms.ShouldContain("systeemrisico’s");
        glossary.Find(ProvisionId.Parse("art_3__pnt_63"), "nl")!.Term.ShouldBe("AI-model voor algemene doeleinden");
        glossary.Find(ProvisionId.Parse("art_3__pnt_65"), "en")!.Term.ShouldBe("systemic risk");
        // The Official Journal prints Dutch point 67 with its term unquoted and the English one as a quoted alias.
        var flop = glossary.Find(ProvisionId.Parse("art_3__pnt_67"), "nl").ShouldNotBeNull();
        (flop.Term, flop.FromDefinition).ShouldBe(("zwevendekommabewerking", true));
        flop.Forms.ShouldContain("floating-point operation (FLOP)");
        flop.Forms.ShouldContain("zwevendekommabewerkingen");

        // The 68 points of Article 3 define one term each, in each language; the point Article 110 inserts, quoted
        // whole into another directive, defines none.
        glossary.InLanguage("nl").Count().ShouldBe(68);
        glossary.InLanguage("en").Count().ShouldBe(68);
        glossary.Terms.ShouldAllBe(t => t.FromDefinition && t.Definition.Value.StartsWith("art_3__pnt_", StringComparison.Ordinal));
        LinkedCorpus.Get("art_110__pnt_1", "en").Kind.ShouldBe(ProvisionKind.Point);
    }

    [Test]
    public void Without_a_Dutch_Article_3_the_glossary_learns_Dutch_forms_from_link_labels_and_English_terms_from_definitions()
    {
        using var corpus = ExcerptCorpus.WithDutchRecital();

        var glossary = corpus.Link().Glossary;
        var dutch = glossary.Find(ProvisionId.Parse("art_3__pnt_65"), "nl").ShouldNotBeNull();
        dutch.FromDefinition.ShouldBeFalse();
        dutch.Term.ShouldBe("systeemrisico");
        dutch.Forms.ShouldContain("systeemrisico’s");
        glossary.InLanguage("nl").Count().ShouldBe(7);
        glossary.InLanguage("en").Select(t => t.Term).ShouldBe([
            "deployer", "training data", "AI Office", "general-purpose AI model", "high-impact capabilities", "systemic risk",
            "general-purpose AI system", "floating-point operation"], ignoreOrder: true);
    }

    [TestCase("en", "general-purpose AI model", "general-purpose AI models")]
    [TestCase("en", "high-impact capabilities", "high-impact capability")]
    [TestCase("nl", "AI-model voor algemene doeleinden", "AI-modellen voor algemene doeleinden")]
    [TestCase("nl", "zwevendekommabewerking", "zwevendekommabewerkingen")]
    [TestCase("nl", "systeemrisico", "systeemrisico’s")]
    [TestCase("de", "Betreiber", "Betreibern")]
    [TestCase("fr", "modèle d’IA à usage général", "modèles d’IA à usage général")]
    public void Inflection_rules(string language, string term, string form)
    {
        TermInflector.Forms(term, language).ShouldContain(form);
    }

    [Test]
    public void Languages_without_rules_match_the_term_as_written()
    {
        TermInflector.Forms("általános célú MI-modell", "hu").ShouldBe(["általános célú MI-modell"]);
    }

    [TestCase(" AI-model voor algemene doeleinden")]
    [TestCase("systeemrisico ")]
    [TestCase("")]
    public void A_Dutch_term_empty_or_with_a_space_at_either_end_is_inflected_without_an_exception(string term)
    {
        // An empty term, or a space before or after one, gives an empty first or last word; the fuzz harness found it threw.
        TermInflector.Forms(term, "nl").ShouldContain(term);
    }
}
