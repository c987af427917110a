using RulesDsl.Corpus.Citations;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Tests.Citations;

/// <summary>The scanner on the embedded corpus: the AI Act's own cross-references, read in their own provisions.</summary>
public sealed class CitationScannerCorpusTests
{
    private static readonly DateOnly OfficialJournal = new(2024, 7, 12);

    [Test]
    public void Annex_XIII_refers_to_article_51_in_its_text_and_its_heading()
    {
        var annex = Provision("anx_XIII");

        var inText = Scan(annex).ShouldHaveSingleItem();
        var inHeading = CitationScanner.Scan(annex.Heading!, "en", annex.Id).ShouldHaveSingleItem();

        inText.Text.ShouldBe("Article 51(1), point (a)");
        inText.Start.ShouldBe(124);
        inText.Length.ShouldBe(24);
        annex.Text.Substring(inText.Start, inText.Length).ShouldBe("Article 51(1), point (a)");
        Ids(inText).ShouldBe(["art_51__para_1__pnt_a"]);
        inHeading.Text.ShouldBe("Article 51");
        inHeading.Start.ShouldBe(annex.Heading!.Length - "Article 51".Length);
        Ids(inHeading).ShouldBe(["art_51"]);
    }

    [Test]
    public void Article_51_1_b_refers_to_its_sibling_point_a_and_to_annex_XIII()
    {
        var point = Provision("art_51__para_1__pnt_b");

        var references = Scan(point);

        references.Select(r => r.Text).ShouldBe(["point (a)", "Annex XIII"]);
        references[0].Start.ShouldBe(point.Text.IndexOf("point (a)", StringComparison.Ordinal));
        Ids(references[0]).ShouldBe(["art_51__para_1__pnt_a"]);
        Ids(references[1]).ShouldBe(["anx_XIII"]);
    }

    [Test]
    public void Article_51_2_refers_to_paragraph_1_point_a_and_not_to_floating_point_operations()
    {
        var reference = Scan(Provision("art_51__para_2")).ShouldHaveSingleItem();

        reference.Text.ShouldBe("paragraph 1, point (a)");
        reference.Start.ShouldBe(90);
        Ids(reference).ShouldBe(["art_51__para_1__pnt_a"]);
    }

    [Test]
    public void Article_51_3_refers_to_article_97_and_to_paragraphs_1_and_2_of_itself()
    {
        var paragraph = Provision("art_51__para_3");

        var references = Scan(paragraph);

        references.Select(r => r.Text).ShouldBe(["Article 97", "paragraphs 1 and 2 of this Article"]);
        Ids(references[0]).ShouldBe(["art_97"]);
        Ids(references[1]).ShouldBe(["art_51__para_1", "art_51__para_2"]);
        references[1].Start.ShouldBe(106);
        paragraph.Text.Substring(106, references[1].Length).ShouldBe("paragraphs 1 and 2 of this Article");
    }

    [Test]
    public void Article_52_3_refers_to_paragraph_2_of_its_article()
    {
        var reference = Scan(Provision("art_52__para_3")).ShouldHaveSingleItem();

        reference.Text.ShouldBe("paragraph 2");
        Ids(reference).ShouldBe(["art_52__para_2"]);
    }

    [Test]
    public void Article_52_4_refers_back_to_annex_XIII_as_that_annex()
    {
        var paragraph = Provision("art_52__para_4");

        var references = Scan(paragraph);

        references.Select(r => r.Text).ShouldBe(
            ["Article 90(1), point (a)", "Annex XIII", "Article 97", "Annex XIII", "that Annex"]);
        references.Select(r => string.Join(" ", Ids(r))).ShouldBe(
            ["art_90__para_1__pnt_a", "anx_XIII", "art_97", "anx_XIII", "anx_XIII"]);
        references[^1].Start.ShouldBe(paragraph.Text.Length - "that Annex.".Length);
        references.ShouldAllBe(r => r.Scope == CrossReferenceScope.Provision);
    }

    [Test]
    public void Article_52_5_refers_to_paragraph_4_and_annex_XIII_and_not_to_six_months()
    {
        var references = Scan(Provision("art_52__para_5"));

        references.Select(r => r.Text).ShouldBe(["paragraph 4", "Annex XIII"]);
        Ids(references[0]).ShouldBe(["art_52__para_4"]);
    }

    [Test]
    public void The_ai_office_is_defined_by_a_commission_decision_another_act()
    {
        var definition = Provision("art_3__pnt_47");

        var references = Scan(definition);

        references.Select(r => (r.Text, r.Scope)).ShouldBe(
        [
            ("Commission Decision of 24 January 2024", CrossReferenceScope.OtherAct),
            ("this Regulation", CrossReferenceScope.Act),
        ]);
        references[0].Start.ShouldBe(190);
        references.ShouldAllBe(r => r.Targets.IsEmpty);
    }

    [Test]
    public void Recital_111_in_english_refers_to_this_regulation_but_an_annex_to_it_is_no_reference()
    {
        var recital = Provision("rct_111");

        var references = Scan(recital);

        references.Select(r => (r.Text, r.Scope)).ShouldBe(
            [("this Regulation", CrossReferenceScope.Act), ("this Regulation", CrossReferenceScope.Act)]);
        references[1].Start.ShouldBe(recital.Text.IndexOf("an annex to this Regulation", StringComparison.Ordinal) + 12);
    }

    [Test]
    public void Recital_111_in_dutch_refers_to_deze_verordening_twice_but_een_bijlage_is_no_reference()
    {
        var recital = EmbeddedCorpus.InFile("rct_111", "nl", "recital-111.vault.md");

        var references = Scan(recital);

        references.Select(r => (r.Text, r.Scope)).ShouldBe(
            [("deze verordening", CrossReferenceScope.Act), ("deze verordening", CrossReferenceScope.Act)]);
        references[1].Start.ShouldBe(recital.Text.IndexOf("een bijlage bij deze verordening", StringComparison.Ordinal) + 16);
    }

    [Test]
    public void Every_reference_in_the_corpus_is_its_text_and_every_target_in_the_corpus_is_a_provision_it_has()
    {
        var corpus = EmbeddedCorpus.Value;
        var held = corpus.Provisions.Select(p => p.Id).ToHashSet();
        var tops = held.Select(id => id.Segments[0]).ToHashSet();

        var references = corpus.Provisions
            .SelectMany(p => new[] { p.Text, p.Heading ?? "" }.Select(text => (p, text)))
            .SelectMany(x => CitationScanner.Scan(x.text, x.p.Language, x.p.Id).Select(r => (x.text, r)))
            .ToList();

        // The whole act in English and Dutch, with the seeds.
        references.Count.ShouldBe(3031);
        references.ShouldAllBe(x => x.r.Text == x.text.Substring(x.r.Start, x.r.Length));

        // Two references whose context the scanner cannot tell ("that Article", a "point (8)" after a list of another
        // act's points) stay unresolved, and the linker reports them (RD0055).
        references.Where(x => x.r.Scope == CrossReferenceScope.Unresolved).Select(x => x.r.Text).ShouldBe(["point (8)", "that Article"]);
        // Of this act's targets, those the corpus does not hold are references the scanner reads too far: points of
        // another act named after the act ("Article 2, point (1)(c), of Regulation (EU) No 1025/2012"), text the
        // amending articles quote, points of Annex VIII's sections cited without the section. The linker reports each
        // (RD0054); here they are kept from growing.
        var targets = references.SelectMany(x => x.r.Targets).Where(target => tops.Contains(target.Segments[0])).ToList();
        targets.Count.ShouldBe(1912);
        targets.Count(target => !held.Contains(target)).ShouldBeLessThanOrEqualTo(112);
    }

    [TestCase("artikel 3.63", "art_3__pnt_63")]
    [TestCase("artikel 3.1", "art_3__pnt_1")]
    [TestCase("artikel 52.4", "art_52__para_4")]
    [TestCase("artikel 51.1 a", "art_51__para_1__pnt_a")]
    [TestCase("artikel 3.99", "art_3__para_99")]
    public void A_swedish_dotted_number_is_the_paragraph_or_the_point_the_act_has(string citation, string expected)
    {
        var held = EmbeddedCorpus.Value.Provisions.Select(p => p.Id).ToHashSet();
        var read = CitationScanner.Scan($"som avses i {citation} ska", "sv", null).ShouldHaveSingleItem().Targets.ShouldHaveSingleItem();

        CitationForms.AsHeld(read, held.Contains).ShouldBe(ProvisionId.Parse(expected));
    }

    private static Provision Provision(string id) => EmbeddedCorpus.Get(id, "en", OfficialJournal);

    private static IReadOnlyList<CrossReference> Scan(Provision provision) =>
        CitationScanner.Scan(provision.Text, provision.Language, provision.Id);

    private static IEnumerable<string> Ids(CrossReference reference) => reference.Targets.Select(t => t.Value);
}
