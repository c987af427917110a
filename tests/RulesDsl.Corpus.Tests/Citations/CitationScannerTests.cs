using RulesDsl.Corpus.Citations;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Tests.Citations;

public sealed class CitationScannerTests
{
    [TestCase("en", "Article 51(1), point (a)", "art_51__para_1__pnt_a")]
    [TestCase("en", "Article 51", "art_51")]
    [TestCase("en", "Article 52(5)", "art_52__para_5")]
    [TestCase("en", "Article 90(1), point (a)", "art_90__para_1__pnt_a")]
    [TestCase("en", "Article 97", "art_97")]
    [TestCase("en", "Annex XIII", "anx_XIII")]
    [TestCase("en", "Annex XIII, point (f)", "anx_XIII__pnt_f")]
    [TestCase("en", "Article 3, point (63)", "art_3__pnt_63")]
    [TestCase("en", "Article 51(1)(a)", "art_51__para_1__pnt_a")]
    [TestCase("en", "recital 111", "rct_111")]
    [TestCase("en", "Article 10a", "art_10a")]
    [TestCase("nl", "artikel 51, lid 1, punt a)", "art_51__para_1__pnt_a")]
    [TestCase("nl", "bijlage XIII", "anx_XIII")]
    [TestCase("nl", "artikel 97", "art_97")]
    [TestCase("nl", "bijlage XIII, punt f)", "anx_XIII__pnt_f")]
    [TestCase("nl", "artikel 5, lid 1, onder a)", "art_5__para_1__pnt_a")]
    [TestCase("nl", "overweging 111", "rct_111")]
    [TestCase("de", "Artikel 51 Absatz 1 Buchstabe a", "art_51__para_1__pnt_a")]
    [TestCase("de", "Anhang XIII", "anx_XIII")]
    [TestCase("de", "Artikel 3 Nummer 63", "art_3__pnt_63")]
    [TestCase("de", "Art. 52 Abs. 5", "art_52__para_5")]
    [TestCase("de", "Erwägungsgrund 111", "rct_111")]
    [TestCase("fr", "article 51, paragraphe 1, point a)", "art_51__para_1__pnt_a")]
    [TestCase("fr", "annexe XIII", "anx_XIII")]
    [TestCase("fr", "annexe XIII, point f)", "anx_XIII__pnt_f")]
    [TestCase("fr", "considérant 111", "rct_111")]
    public void Finds_a_citation_inside_a_sentence(string language, string citation, string id)
    {
        var text = $"As set out in {citation}, the Commission acts.";

        var reference = CitationScanner.Scan(text, language, context: null).ShouldHaveSingleItem();

        reference.Text.ShouldBe(citation);
        reference.Start.ShouldBe(text.IndexOf(citation, StringComparison.Ordinal));
        reference.Length.ShouldBe(citation.Length);
        reference.Scope.ShouldBe(CrossReferenceScope.Provision);
        Ids(reference).ShouldBe(id);
    }

    [TestCase("en", "ARTICLE 51(1), POINT (A)", "art_51__para_1__pnt_a")]
    [TestCase("nl", "Artikel 51, Lid 1, Punt a)", "art_51__para_1__pnt_a")]
    [TestCase("fr", "Article 51, Paragraphe 1", "art_51__para_1")]
    [TestCase("en", "Article\n51(1),\npoint (a)", "art_51__para_1__pnt_a")]
    public void Ignores_case_and_line_breaks(string language, string citation, string id)
    {
        Ids(CitationScanner.Scan($"see {citation}.", language, null).ShouldHaveSingleItem()).ShouldBe(id);
    }

    [TestCase("en", "Articles 51 and 52", "art_51 art_52")]
    [TestCase("en", "Articles 51, 52 and 55", "art_51 art_52 art_55")]
    [TestCase("en", "Articles 8 to 11", "art_8 art_9 art_10 art_11")]
    [TestCase("en", "Article 51(1) and (2)", "art_51__para_1 art_51__para_2")]
    [TestCase("en", "Article 5(1), points (a) and (b)", "art_5__para_1__pnt_a art_5__para_1__pnt_b")]
    [TestCase("en", "Article 5(1), points (a) to (c) or (e)",
        "art_5__para_1__pnt_a art_5__para_1__pnt_b art_5__para_1__pnt_c art_5__para_1__pnt_e")]
    [TestCase("en", "Annex XIII, points (i) to (iii)", "anx_XIII__pnt_i anx_XIII__pnt_ii anx_XIII__pnt_iii")]
    [TestCase("en", "Annexes I to III", "anx_I anx_II anx_III")]
    [TestCase("en", "recitals 110 and 111", "rct_110 rct_111")]
    [TestCase("nl", "artikelen 51 en 52", "art_51 art_52")]
    [TestCase("nl", "artikelen 8 tot en met 10", "art_8 art_9 art_10")]
    [TestCase("nl", "artikel 5, lid 1, punten a) en b)", "art_5__para_1__pnt_a art_5__para_1__pnt_b")]
    [TestCase("nl", "bijlagen I en III", "anx_I anx_III")]
    [TestCase("de", "Artikel 51 und 52", "art_51 art_52")]
    [TestCase("de", "Artikel 5 Absatz 1 Buchstaben a und b", "art_5__para_1__pnt_a art_5__para_1__pnt_b")]
    [TestCase("de", "Artikel 8 bis 10", "art_8 art_9 art_10")]
    [TestCase("fr", "articles 51 et 52", "art_51 art_52")]
    [TestCase("fr", "articles 8 à 10", "art_8 art_9 art_10")]
    [TestCase("fr", "article 5, paragraphe 1, points a) et b)", "art_5__para_1__pnt_a art_5__para_1__pnt_b")]
    public void Reads_lists_and_ranges_into_one_target_each(string language, string citation, string ids)
    {
        var text = $"under {citation} only";

        var reference = CitationScanner.Scan(text, language, null).ShouldHaveSingleItem();

        reference.Text.ShouldBe(citation);
        Ids(reference).ShouldBe(ids);
    }

    [TestCase("en", "point 2 of Annex III", "anx_III__pnt_2")]
    [TestCase("en", "Annex III, point 1", "anx_III__pnt_1")]
    [TestCase("en", "points 1 and 2 of Annex III", "anx_III__pnt_1 anx_III__pnt_2")]
    [TestCase("nl", "punt 2 van bijlage III", "anx_III__pnt_2")]
    [TestCase("fr", "point 2 de l'annexe III", "anx_III__pnt_2")]
    [TestCase("de", "Anhang III Nummer 2", "anx_III__pnt_2")]
    public void Reads_a_numbered_point_cited_without_brackets(string language, string citation, string ids)
    {
        var reference = CitationScanner.Scan($"listed in {citation}.", language, null).ShouldHaveSingleItem();

        reference.Text.ShouldBe(citation);
        Ids(reference).ShouldBe(ids);
    }

    [TestCase("en", "Article 5(1), first subparagraph, point (h)", "art_5__para_1__pnt_h")]
    [TestCase("en", "point (a) of the first subparagraph of Article 5(1)", "art_5__para_1__pnt_a")]
    [TestCase("en", "point (b) of the second subparagraph", "art_9__para_2__pnt_b")]
    [TestCase("nl", "artikel 5, lid 1, eerste alinea, punt h)", "art_5__para_1__pnt_h")]
    [TestCase("nl", "punt a) van de eerste alinea van artikel 5, lid 1", "art_5__para_1__pnt_a")]
    [TestCase("de", "Artikel 5 Absatz 1 Unterabsatz 1 Buchstabe h", "art_5__para_1__pnt_h")]
    [TestCase("de", "Buchstabe b des zweiten Unterabsatzes", "art_9__para_2__pnt_b")]
    [TestCase("fr", "article 5, paragraphe 1, premier alinéa, point h)", "art_5__para_1__pnt_h")]
    [TestCase("fr", "point a) du premier alinéa de l'article 5, paragraphe 1", "art_5__para_1__pnt_a")]
    public void Reads_through_a_subparagraph_since_its_points_are_its_paragraphs(
        string language, string citation, string id)
    {
        var text = $"as in {citation}, the";

        var reference = CitationScanner.Scan(text, language, ProvisionId.Parse("art_9__para_2__pnt_c")).ShouldHaveSingleItem();

        reference.Text.ShouldBe(citation);
        Ids(reference).ShouldBe(id);
    }

    [Test]
    public void A_list_ends_at_its_and_item_so_a_figure_after_it_is_not_an_item()
    {
        var reference = CitationScanner.Scan("Articles 8 and 9, 10 Member States", "en", null).ShouldHaveSingleItem();

        reference.Text.ShouldBe("Articles 8 and 9");
    }

    [TestCase("en", "art_52__para_5", "pursuant to paragraph 4, the Commission", "paragraph 4", "art_52__para_4")]
    [TestCase("en", "art_51__para_3", "listed in paragraphs 1 and 2 of this Article, as well",
        "paragraphs 1 and 2 of this Article", "art_51__para_1 art_51__para_2")]
    [TestCase("en", "art_51__para_2", "pursuant to paragraph 1, point (a), when", "paragraph 1, point (a)",
        "art_51__para_1__pnt_a")]
    [TestCase("en", "art_51__para_1__pnt_b", "set out in point (a) having regard", "point (a)", "art_51__para_1__pnt_a")]
    [TestCase("en", "art_51__para_1", "the conditions in points (a) and (b)", "points (a) and (b)",
        "art_51__para_1__pnt_a art_51__para_1__pnt_b")]
    [TestCase("en", "art_3__pnt_47", "as defined in point (63)", "point (63)", "art_3__pnt_63")]
    [TestCase("en", "anx_XIII__pnt_b", "unlike point (a), this", "point (a)", "anx_XIII__pnt_a")]
    [TestCase("en", "art_51__para_3", "under this Article.", "this Article", "art_51")]
    [TestCase("en", "art_51__para_1__pnt_a", "under this paragraph.", "this paragraph", "art_51__para_1")]
    [TestCase("en", "anx_XIII__pnt_c", "listed in this Annex.", "this Annex", "anx_XIII")]
    [TestCase("en", "anx_XIII__pnt_c", "listed in that Annex.", "that Annex", "anx_XIII")]
    [TestCase("en", "art_5__para_3", "in point (a) of paragraph 1", "point (a) of paragraph 1", "art_5__para_1__pnt_a")]
    [TestCase("en", "art_5__para_3", "in point (a) of this paragraph", "point (a) of this paragraph", "art_5__para_3__pnt_a")]
    [TestCase("nl", "art_52__para_5", "overeenkomstig lid 4 heeft", "lid 4", "art_52__para_4")]
    [TestCase("nl", "art_51__para_3", "de in de leden 1 en 2 van dit artikel genoemde", "leden 1 en 2 van dit artikel",
        "art_51__para_1 art_51__para_2")]
    [TestCase("nl", "art_51__para_2", "overeenkomstig lid 1, punt a), wanneer", "lid 1, punt a)", "art_51__para_1__pnt_a")]
    [TestCase("nl", "art_51__para_1__pnt_b", "als bedoeld in punt a) met", "punt a)", "art_51__para_1__pnt_a")]
    [TestCase("nl", "anx_XIII__pnt_c", "in deze bijlage", "deze bijlage", "anx_XIII")]
    [TestCase("de", "art_52__para_5", "gemäß Absatz 4 benannt", "Absatz 4", "art_52__para_4")]
    [TestCase("de", "art_51__para_3", "die in den Absätzen 1 und 2 dieses Artikels genannten",
        "Absätzen 1 und 2 dieses Artikels", "art_51__para_1 art_51__para_2")]
    [TestCase("de", "art_51__para_2", "gemäß Absatz 1 Buchstabe a, wenn", "Absatz 1 Buchstabe a", "art_51__para_1__pnt_a")]
    [TestCase("de", "art_51__para_1__pnt_b", "die in Buchstabe a genannten", "Buchstabe a", "art_51__para_1__pnt_a")]
    [TestCase("fr", "art_52__para_5", "en vertu du paragraphe 4, la Commission", "paragraphe 4", "art_52__para_4")]
    [TestCase("fr", "art_51__para_3", "énumérés aux paragraphes 1 et 2 du présent article, ainsi",
        "paragraphes 1 et 2 du présent article", "art_51__para_1 art_51__para_2")]
    [TestCase("fr", "art_51__para_2", "conformément au paragraphe 1, point a), lorsque", "paragraphe 1, point a)",
        "art_51__para_1__pnt_a")]
    [TestCase("fr", "art_51__para_1__pnt_b", "visées au point a) eu égard", "point a)", "art_51__para_1__pnt_a")]
    [TestCase("fr", "anx_XIII__pnt_c", "dans la présente annexe", "la présente annexe", "anx_XIII")]
    public void Resolves_a_reference_relative_to_the_provision_it_is_read_in(
        string language, string context, string text, string citation, string ids)
    {
        var reference = CitationScanner.Scan(text, language, ProvisionId.Parse(context)).ShouldHaveSingleItem();

        reference.Text.ShouldBe(citation);
        reference.Scope.ShouldBe(CrossReferenceScope.Provision);
        Ids(reference).ShouldBe(ids);
    }

    [TestCase("en", "as in paragraph 1 of Article 6", "paragraph 1 of Article 6", "art_6__para_1")]
    [TestCase("en", "under point (c) of Article 5(1)", "point (c) of Article 5(1)", "art_5__para_1__pnt_c")]
    [TestCase("en", "in point (a) of paragraph 2 of Article 52", "point (a) of paragraph 2 of Article 52",
        "art_52__para_2__pnt_a")]
    [TestCase("nl", "bedoeld in lid 1 van artikel 6", "lid 1 van artikel 6", "art_6__para_1")]
    [TestCase("fr", "visé au paragraphe 1 de l'article 6", "paragraphe 1 de l'article 6", "art_6__para_1")]
    [TestCase("fr", "visé au paragraphe 1 de l’article 6", "paragraphe 1 de l’article 6", "art_6__para_1")]
    public void Resolves_a_relative_reference_that_names_its_article_without_a_context(
        string language, string text, string citation, string id)
    {
        var reference = CitationScanner.Scan(text, language, null).ShouldHaveSingleItem();

        reference.Text.ShouldBe(citation);
        Ids(reference).ShouldBe(id);
    }

    [Test]
    public void That_annex_is_the_annex_named_before_in_the_same_sentence()
    {
        const string text = "to amend Annex XIII by specifying and updating the criteria set out in that Annex.";

        var references = CitationScanner.Scan(text, "en", ProvisionId.Parse("art_52__para_4"));

        references.Select(r => r.Text).ShouldBe(["Annex XIII", "that Annex"]);
        references[1].Start.ShouldBe(text.Length - "that Annex.".Length);
        Ids(references[1]).ShouldBe("anx_XIII");
    }

    [TestCase("nl", "tot wijziging van bijlage XIII door de in die bijlage vastgestelde criteria", "die bijlage")]
    [TestCase("de", "zur Änderung des Anhangs XIII durch die in jenem Anhang genannten Kriterien", "jenem Anhang")]
    [TestCase("fr", "pour modifier l'annexe XIII en précisant les critères énoncés dans ladite annexe", "ladite annexe")]
    public void That_annex_in_every_language(string language, string text, string citation)
    {
        var reference = CitationScanner.Scan(text, language, ProvisionId.Parse("art_52__para_4"))[^1];

        reference.Text.ShouldBe(citation);
        Ids(reference).ShouldBe("anx_XIII");
    }

    [Test]
    public void That_annex_does_not_look_back_past_its_sentence()
    {
        var references = CitationScanner.Scan(
            "The criteria are in Annex XIII. The Commission may amend that Annex.", "en", ProvisionId.Parse("art_52__para_4"));

        references[1].Text.ShouldBe("that Annex");
        references[1].Scope.ShouldBe(CrossReferenceScope.Unresolved);
        references[1].Targets.ShouldBeEmpty();
    }

    [Test]
    public void That_annex_is_unresolved_after_a_list_of_annexes()
    {
        var references = CitationScanner.Scan("in Annexes I and III and that Annex", "en", ProvisionId.Parse("art_6"));

        references[1].Scope.ShouldBe(CrossReferenceScope.Unresolved);
    }

    [Test]
    public void That_article_is_the_article_named_before_in_the_same_sentence()
    {
        var references = CitationScanner.Scan("the acts referred to in Article 97, and under that Article", "en", null);

        Ids(references[1]).ShouldBe("art_97");
    }

    [TestCase("paragraph 4")]
    [TestCase("paragraphs 1 and 2 of this Article")]
    [TestCase("point (a)")]
    [TestCase("this Article")]
    [TestCase("this paragraph")]
    [TestCase("this Annex")]
    [TestCase("that Annex")]
    [TestCase("that Article")]
    public void Leaves_a_relative_reference_unresolved_without_a_context(string citation)
    {
        var reference = CitationScanner.Scan($"as in {citation}, the", "en", null).ShouldHaveSingleItem();

        reference.Text.ShouldBe(citation);
        reference.Scope.ShouldBe(CrossReferenceScope.Unresolved);
        reference.Targets.ShouldBeEmpty();
    }

    [TestCase("rct_111", "paragraph 4")]
    [TestCase("rct_111", "point (a)")]
    [TestCase("anx_XIII", "paragraph 4")]
    [TestCase("anx_XIII", "this Article")]
    [TestCase("art_51__para_1", "this Annex")]
    public void Leaves_a_relative_reference_unresolved_when_the_context_does_not_hold_what_it_names(
        string context, string citation)
    {
        var reference = CitationScanner.Scan($"as in {citation}, the", "en", ProvisionId.Parse(context)).ShouldHaveSingleItem();

        reference.Scope.ShouldBe(CrossReferenceScope.Unresolved);
    }

    [TestCase("en", "For the purposes of this Regulation, the", "this Regulation")]
    [TestCase("nl", "de inwerkingtreding van deze verordening is", "deze verordening")]
    [TestCase("de", "das Inkrafttreten dieser Verordnung ist", "dieser Verordnung")]
    [TestCase("de", "Diese Verordnung gilt", "Diese Verordnung")]
    [TestCase("fr", "l'entrée en vigueur du présent règlement est", "du présent règlement")]
    [TestCase("fr", "Le présent règlement s'applique", "Le présent règlement")]
    public void Finds_the_act_itself(string language, string text, string citation)
    {
        var reference = CitationScanner.Scan(text, language, ProvisionId.Recital(111)).ShouldHaveSingleItem();

        reference.Text.ShouldBe(citation);
        reference.Start.ShouldBe(text.IndexOf(citation, StringComparison.Ordinal));
        reference.Scope.ShouldBe(CrossReferenceScope.Act);
        reference.Targets.ShouldBeEmpty();
    }

    [TestCase("en", "Article 5 of this Regulation", "art_5")]
    [TestCase("nl", "artikel 5 van deze verordening", "art_5")]
    [TestCase("de", "Artikel 5 dieser Verordnung", "art_5")]
    [TestCase("fr", "l'article 5 du présent règlement", "art_5")]
    [TestCase("en", "Annex I to this Regulation", "anx_I")]
    [TestCase("nl", "bijlage I bij deze verordening", "anx_I")]
    public void A_provision_of_this_act_is_one_reference(string language, string text, string id)
    {
        var reference = CitationScanner.Scan(text, language, null).ShouldHaveSingleItem();

        reference.Text.ShouldBe(text.StartsWith("l'", StringComparison.Ordinal) ? text[2..] : text);
        reference.Scope.ShouldBe(CrossReferenceScope.Provision);
        Ids(reference).ShouldBe(id);
    }

    [TestCase("en", "Regulation (EU) 2019/1020")]
    [TestCase("en", "Directive 2009/48/EC")]
    [TestCase("en", "Regulation (EC) No 765/2008")]
    [TestCase("en", "Regulation (EU, Euratom) 2018/1046")]
    [TestCase("en", "Commission Decision of 24 January 2024")]
    [TestCase("en", "Commission Implementing Regulation (EU) 2023/1230")]
    [TestCase("en", "Article 6 of Regulation (EU) 2019/1020")]
    [TestCase("en", "Article 6(1), point (b), of Directive 2009/48/EC")]
    [TestCase("en", "paragraph 1 of Article 6 of that Directive")]
    [TestCase("en", "Article 16 TFEU")]
    [TestCase("en", "Article 8 of the Charter")]
    [TestCase("en", "Commission Recommendation 2003/361/EC")]
    [TestCase("nl", "Verordening (EU) 2019/1020")]
    [TestCase("nl", "Richtlijn 2009/48/EG")]
    [TestCase("nl", "Verordening (EG) nr. 765/2008")]
    [TestCase("nl", "besluit van de Commissie van 24 januari 2024")]
    [TestCase("nl", "artikel 6 van Verordening (EU) 2019/1020")]
    [TestCase("nl", "artikel 16 VWEU")]
    [TestCase("de", "Verordnung (EU) 2019/1020")]
    [TestCase("de", "Richtlinie 2009/48/EG")]
    [TestCase("de", "Beschluss der Kommission vom 24. Januar 2024")]
    [TestCase("de", "Artikel 6 der Verordnung (EU) 2019/1020")]
    [TestCase("de", "Artikel 16 AEUV")]
    [TestCase("fr", "règlement (UE) 2019/1020")]
    [TestCase("fr", "directive 2009/48/CE")]
    [TestCase("fr", "décision de la Commission du 24 janvier 2024")]
    [TestCase("fr", "décision de la Commission du 1er février 2024")]
    [TestCase("fr", "article 6 du règlement (UE) 2019/1020")]
    [TestCase("fr", "article 16 du traité sur le fonctionnement de l'Union européenne")]
    [TestCase("en", "this Directive")]
    [TestCase("de", "Artikel 12 bis 15 dieser Richtlinie")]
    [TestCase("de", "Absatz 2 dieser Richtlinie")]
    [TestCase("fr", "articles 12 à 15 de cette directive")]
    [TestCase("nl", "artikel 4, lid 2, VEU")]
    [TestCase("nl", "artikelen 12 tot en met 15 van die richtlijn")]
    [TestCase("it", "articolo 6 del regolamento (UE) 2019/1020")]
    [TestCase("it", "regolamento (CE) n. 765/2008")]
    [TestCase("it", "articolo 16 TFUE")]
    [TestCase("es", "artículo 6 del Reglamento (UE) 2019/1020")]
    [TestCase("es", "Reglamento (CE) n.º 765/2008")]
    [TestCase("es", "Decisión de la Comisión, de 24 de enero de 2024")]
    [TestCase("it", "decisione della Commissione, del 24 gennaio 2024")]
    [TestCase("pl", "art. 6 rozporządzenia (UE) 2019/1020")]
    [TestCase("pl", "rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679")]
    [TestCase("pl", "art. 16 TFUE")]
    [TestCase("pt", "artigo 16.º do TFUE")]
    [TestCase("el", "άρθρο 16 ΣΛΕΕ")]
    public void Finds_another_act_or_a_provision_of_one_and_gives_it_no_id(string language, string citation)
    {
        var text = $"as laid down in {citation}; the";

        var reference = CitationScanner.Scan(text, language, ProvisionId.Parse("art_3__pnt_47")).ShouldHaveSingleItem();

        reference.Text.ShouldBe(citation);
        reference.Scope.ShouldBe(CrossReferenceScope.OtherAct);
        reference.Targets.ShouldBeEmpty();
    }

    [TestCase("en", "set out in an annex to this Regulation, such as", "this Regulation")]
    [TestCase("nl", "de in een bijlage bij deze verordening vastgestelde criteria", "deze verordening")]
    [TestCase("en", "made available to at least 10 000 registered business users", "")]
    [TestCase("en", "at the earliest six months after the designation decision", "")]
    [TestCase("en", "measured in floating point operations", "")]
    [TestCase("en", "a maximum of point 10 000 tonnes", "")]
    [TestCase("en", "at that point in time the point of view of an article in a point", "")]
    [TestCase("en", "the Regulation, the Directive and the Commission decision of the Council", "")]
    [TestCase("en", "Article (see below) and Annex 13 and paragraph one", "")]
    [TestCase("nl", "een lid van de raad en het uitgangspunt onder 18 jaar", "")]
    [TestCase("nl", "de Commissie besluit van geval tot geval", "")]
    [TestCase("de", "die Nummer der Zulassung im letzten Absatz", "")]
    [TestCase("fr", "du point de vue de la Commission, considérant que", "")]
    public void Does_not_take_ordinary_words_and_figures_for_references(string language, string text, string only)
    {
        var references = CitationScanner.Scan(text, language, ProvisionId.Parse("art_51__para_1"));

        string.Join("|", references.Select(r => r.Text)).ShouldBe(only);
    }

    [Test]
    public void Finds_every_reference_of_a_sentence_in_order_with_its_offsets()
    {
        const string text = "The Commission may designate a model pursuant to Article 90(1), point (a), on the basis of " +
            "criteria set out in Annex XIII. The Commission is empowered to adopt delegated acts in accordance with " +
            "Article 97 in order to amend Annex XIII by specifying and updating the criteria set out in that Annex.";

        var references = CitationScanner.Scan(text, "en", ProvisionId.Parse("art_52__para_4"));

        references.Select(r => (r.Start, r.Length, r.Text)).ShouldBe(
        [
            (49, 24, "Article 90(1), point (a)"),
            (111, 10, "Annex XIII"),
            (194, 10, "Article 97"),
            (223, 10, "Annex XIII"),
            (285, 10, "that Annex"),
        ]);
        references.ShouldAllBe(r => r.Text == text.Substring(r.Start, r.Length));
        references.Select(Ids).ShouldBe(["art_90__para_1__pnt_a", "anx_XIII", "art_97", "anx_XIII", "anx_XIII"]);
    }

    [Test]
    public void Scans_an_empty_text()
    {
        CitationScanner.Scan("", "en", null).ShouldBeEmpty();
    }

    [Test]
    public void Takes_the_language_code_in_any_case()
    {
        CitationScanner.Scan("zie artikel 97", "NL", null).ShouldHaveSingleItem().Text.ShouldBe("artikel 97");
    }

    [Test]
    public void Refuses_a_language_it_has_no_grammar_for()
    {
        var thrown = Should.Throw<ArgumentException>(() => CitationScanner.Scan("articulus 51", "la", null));

        thrown.Message.ShouldContain("de, el, en, es, et, fi, fr");
    }

    // Texts made to trip a scanner into reading them again and again, each of n repetitions of its trap, and the n that
    // makes a long text of it.
    private static readonly (string Name, Func<int, string> Text, int Long)[] Traps =
    [
        ("provision words without numbers", n => string.Concat(Enumerable.Repeat("Article Annex paragraph point this that of Regulation ( ", n)), 20_000),
        ("one long list", n => "Articles " + string.Join(", ", Enumerable.Range(1, n)) + " x", 50_000),
        ("a long chain of owners", n => string.Concat(Enumerable.Repeat("point (a) of paragraph 1 of ", n)) + "Article 5", 20_000),
        ("a long run of spaces", n => "Article 5" + new string(' ', 25 * n) + "x", 20_000),
        ("an act's number never closed", n => "Regulation (" + new string('a', 25 * n), 20_000),
        ("many references in a row", n => string.Concat(Enumerable.Repeat("Article 51(1), point (a), ", n)), 40_000),
    ];

    private static IEnumerable<TestCaseData> TrapCases() => Traps.Select(t => new TestCaseData(t.Name).SetArgDisplayNames(t.Name));

    [TestCaseSource(nameof(TrapCases))]
    public void Takes_time_in_proportion_to_the_text_even_for_text_made_to_trip_it(string trap)
    {
        var text = Traps.Single(t => t.Name == trap).Text;
        var context = ProvisionId.Parse("art_1__para_1");

        var growth = Growth.Of(text, t => CitationScanner.Scan(t, "en", context), size: 500);

        growth.Time.ShouldBeLessThan(Growth.Bound, growth.Measured);
        growth.Allocated.ShouldBeLessThan(Growth.Bound, growth.Measured);
    }

    [Test]
    public void Finds_every_reference_in_text_made_to_trip_it()
    {
        var context = ProvisionId.Parse("art_1__para_1");

        var found = Traps.Sum(trap => CitationScanner.Scan(trap.Text(trap.Long), "en", context).Count);

        found.ShouldBeGreaterThan(40_000);
    }

    private static string Ids(CrossReference reference) => string.Join(" ", reference.Targets.Select(t => t.Value));
}
