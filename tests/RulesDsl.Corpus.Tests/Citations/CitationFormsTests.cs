using RulesDsl.Corpus.Citations;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Tests.Citations;

public sealed class CitationFormsTests
{
    // Every form as the Official Journal writes it, capitalised as at the start of a citation.
    private static readonly object[] OfficialForms =
    [
        new object[] { "en", "Article 51(1), point (a)", "art_51__para_1__pnt_a" },
        new object[] { "en", "Article 52(5)", "art_52__para_5" },
        new object[] { "en", "Article 3, point (63)", "art_3__pnt_63" },
        new object[] { "en", "Annex XIII, point (f)", "anx_XIII__pnt_f" },
        new object[] { "en", "Annex XIII", "anx_XIII" },
        new object[] { "en", "Recital 111", "rct_111" },
        new object[] { "nl", "Artikel 51, lid 1, punt a)", "art_51__para_1__pnt_a" },
        new object[] { "nl", "Artikel 52, lid 5", "art_52__para_5" },
        new object[] { "nl", "Artikel 3, punt 63)", "art_3__pnt_63" },
        new object[] { "nl", "Bijlage XIII, punt f)", "anx_XIII__pnt_f" },
        new object[] { "nl", "Bijlage XIII", "anx_XIII" },
        new object[] { "nl", "Overweging 111", "rct_111" },
        new object[] { "de", "Artikel 51 Absatz 1 Buchstabe a", "art_51__para_1__pnt_a" },
        new object[] { "de", "Artikel 52 Absatz 5", "art_52__para_5" },
        new object[] { "de", "Artikel 3 Nummer 63", "art_3__pnt_63" },
        new object[] { "de", "Anhang XIII Buchstabe f", "anx_XIII__pnt_f" },
        new object[] { "de", "Anhang XIII", "anx_XIII" },
        new object[] { "de", "Erwägungsgrund 111", "rct_111" },
        new object[] { "fr", "Article 51, paragraphe 1, point a)", "art_51__para_1__pnt_a" },
        new object[] { "fr", "Article 52, paragraphe 5", "art_52__para_5" },
        new object[] { "fr", "Article 3, point 63)", "art_3__pnt_63" },
        new object[] { "fr", "Annexe XIII, point f)", "anx_XIII__pnt_f" },
        new object[] { "fr", "Annexe XIII", "anx_XIII" },
        new object[] { "fr", "Considérant 111", "rct_111" },
        new object[] { "sv", "Artikel 51.1 a", "art_51__para_1__pnt_a" },
        new object[] { "sv", "Artikel 52.4", "art_52__para_4" },
        new object[] { "sv", "Bilaga XIII led f", "anx_XIII__pnt_f" },
        new object[] { "sv", "Bilaga III punkt 1", "anx_III__pnt_1" },
        new object[] { "sv", "Bilaga XIII", "anx_XIII" },
        new object[] { "sv", "Skäl 111", "rct_111" },
    ];

    private static readonly string[] CitableIds =
    [
        "rct_1", "rct_111", "art_3", "art_4a", "art_3__pnt_63", "art_3__pnt_44b", "art_51__para_1__pnt_a",
        "art_51__para_2", "art_52__para_5", "art_5__para_1__pnt_h", "art_5__pnt_iv", "anx_I", "anx_XIII",
        "anx_XIII__pnt_f", "anx_XIII__pnt_7",
    ];

    [TestCaseSource(nameof(OfficialForms))]
    public void Reads_the_official_form_in_its_language(string language, string text, string id)
    {
        var result = CitationForms.Parse(text, language);

        result.Succeeded.ShouldBeTrue(result.Error?.ToString());
        result.Citation.ShouldBe(new ParsedCitation(ProvisionId.Parse(id), language));
    }

    [TestCaseSource(nameof(OfficialForms))]
    public void Reads_the_official_form_without_being_told_the_language(string language, string text, string id)
    {
        CitationForms.Parse(text).Citation?.Id.ShouldBe(ProvisionId.Parse(id));
    }

    [TestCaseSource(nameof(OfficialForms))]
    public void Prints_the_official_form(string language, string text, string id)
    {
        CitationForms.Print(ProvisionId.Parse(id), language).ShouldBe(text);
    }

    [Test]
    public void Reads_forms_in_the_case_they_take_inside_a_sentence()
    {
        CitationForms.Parse("recital 111", "en").Citation!.Id.ShouldBe(ProvisionId.Recital(111));
        CitationForms.Parse("artikel 51, lid 1, punt a)", "nl").Citation!.Id.Value.ShouldBe("art_51__para_1__pnt_a");
        CitationForms.Parse("bijlage XIII, punt f)", "nl").Citation!.Id.Value.ShouldBe("anx_XIII__pnt_f");
        CitationForms.Parse("overweging 111", "nl").Citation!.Id.Value.ShouldBe("rct_111");
        CitationForms.Parse("article 51, paragraphe 1, point a)", "fr").Citation!.Id.Value.ShouldBe("art_51__para_1__pnt_a");
        CitationForms.Parse("annexe XIII, point f)", "fr").Citation!.Id.Value.ShouldBe("anx_XIII__pnt_f");
        CitationForms.Parse("considérant 111", "fr").Citation!.Id.Value.ShouldBe("rct_111");
    }

    [TestCase("ARTICLE 51(1), POINT (A)", "en", "art_51__para_1__pnt_a")]
    [TestCase("annex xiii, point (F)", "en", "anx_XIII__pnt_f")]
    [TestCase("ERWÄGUNGSGRUND 111", "de", "rct_111")]
    [TestCase("CONSIDÉRANT 111", "fr", "rct_111")]
    [TestCase("  Article   51 ( 1 ) ,  point  ( a )  ", "en", "art_51__para_1__pnt_a")]
    [TestCase("artikel 51 ,lid 1,punt a )", "nl", "art_51__para_1__pnt_a")]
    [TestCase("Artikel\u00a051\u00a0Absatz\u00a01", "de", "art_51__para_1")]
    [TestCase("\tAnhang  XIII   Buchstabe   f\n", "de", "anx_XIII__pnt_f")]
    public void Ignores_case_and_extra_space(string text, string language, string id)
    {
        CitationForms.Parse(text, language).Citation!.Id.Value.ShouldBe(id);
    }

    [TestCase("Article 51(1)(a)", "en", "art_51__para_1__pnt_a")]
    [TestCase("Article 51(1) (a)", "en", "art_51__para_1__pnt_a")]
    [TestCase("Annex XIII point f", "en", "anx_XIII__pnt_f")]
    [TestCase("Article 3, point 63)", "en", "art_3__pnt_63")]
    [TestCase("artikel 3, punt (63)", "nl", "art_3__pnt_63")]
    [TestCase("artikel 52 lid 5", "nl", "art_52__para_5")]
    [TestCase("Artikel 51, Absatz 1, Buchstabe a", "de", "art_51__para_1__pnt_a")]
    [TestCase("Artikel 51 Abs. 1 Buchst. a", "de", "art_51__para_1__pnt_a")]
    [TestCase("Artikel 3 Nr. 63", "de", "art_3__pnt_63")]
    [TestCase("Article 4a", "en", "art_4a")]
    [TestCase("Article 4A", "en", "art_4a")]
    [TestCase("Article 051(01)", "en", "art_51__para_1")]
    [TestCase("article 5, point iv)", "fr", "art_5__pnt_iv")]
    [TestCase("artikel 5, lid 1, onder a)", "nl", "art_5__para_1__pnt_a")]
    [TestCase("Art. 5(1)", "en", "art_5__para_1")]
    [TestCase("Artikels 5 Absatzes 1", "de", "art_5__para_1")]
    public void Reads_variants_writers_use(string text, string language, string id)
    {
        CitationForms.Parse(text, language).Citation!.Id.Value.ShouldBe(id);
    }

    [Test]
    public void Says_which_language_it_read_when_not_told()
    {
        CitationForms.Parse("Artikel 51 Absatz 1").Citation!.Language.ShouldBe("de");
        CitationForms.Parse("artikel 51, lid 1").Citation!.Language.ShouldBe("nl");
        CitationForms.Parse("Annexe XIII").Citation!.Language.ShouldBe("fr");
        CitationForms.Parse("Annex XIII").Citation!.Language.ShouldBe("en");
    }

    [Test]
    public void Round_trips_every_citable_id_in_every_language()
    {
        CitationForms.Languages.ShouldBe(["bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"]);
        foreach (var language in CitationForms.Languages)
        {
            foreach (var id in CitableIds.Select(ProvisionId.Parse))
            {
                var printed = CitationForms.Print(id, language);
                var readAs = CitationLanguagesTests.ReadWithoutTheAct(id, language);
                CitationForms.Parse(printed, language).Citation.ShouldBe(new ParsedCitation(readAs, language), printed);
                CitationForms.Parse(printed).Citation!.Id.ShouldBe(readAs, printed);
                CitationForms.AsHeld(readAs, held => held == id).ShouldBe(id, printed);
            }
        }
    }

    [TestCase("en", "Annex XIII, point 6")]
    [TestCase("nl", "Bijlage XIII, punt 6")]
    [TestCase("de", "Anhang XIII Nummer 6")]
    [TestCase("fr", "Annexe XIII, point 6")]
    public void Prints_the_label_of_a_version_that_labels_differently(string language, string expected)
    {
        var id = ProvisionId.Parse("anx_XIII__pnt_f");

        CitationForms.Print(id, language, "6").ShouldBe(expected);
        CitationForms.Print(id, language, " 6. ").ShouldBe(expected);
    }

    [Test]
    public void A_printed_label_replaces_only_the_last_part()
    {
        var id = ProvisionId.Parse("art_51__para_1__pnt_a");

        CitationForms.Print(id, "en", "(b)").ShouldBe("Article 51(1), point (b)");
        CitationForms.Print(ProvisionId.Parse("art_51__para_1"), "en", "2").ShouldBe("Article 51(2)");
        CitationForms.Print(ProvisionId.Parse("art_51__para_1"), "nl", "2").ShouldBe("Artikel 51, lid 2");
        CitationForms.Print(ProvisionId.Recital(111), "fr", "112").ShouldBe("Considérant 112");
    }

    [Test]
    public void A_blank_printed_label_is_refused()
    {
        Should.Throw<ArgumentException>(() => CitationForms.Print(ProvisionId.Recital(1), "en", " . "));
    }

    [TestCase("en", "Article 5(1), point (h)")]
    [TestCase("de", "Artikel 5 Absatz 1 Buchstabe h")]
    public void Names_a_german_point_by_its_label(string language, string expected)
    {
        CitationForms.Print(ProvisionId.Parse("art_5__para_1__pnt_h"), language).ShouldBe(expected);
    }

    [Test]
    public void Refuses_to_print_in_a_language_it_has_no_grammar_for()
    {
        var thrown = Should.Throw<ArgumentException>(() => CitationForms.Print(ProvisionId.Recital(111), "la"));

        thrown.Message.ShouldContain("de, el, en, es, et, fi, fr");
    }

    [TestCase("anx_XIII__para_1")]
    [TestCase("art_5__para_1__pnt_h__pnt_iii")]
    [TestCase("art_3__pnt_63__para_1")]
    public void Refuses_to_print_an_id_with_no_citation_form(string id)
    {
        var thrown = Should.Throw<ArgumentException>(() => CitationForms.Print(ProvisionId.Parse(id), "en"));

        thrown.Message.ShouldContain(id);
    }

    [TestCase("Article", null, 8, "the article number after 'Article'", "the end of the text")]
    [TestCase("Article 51(", null, 12, "the paragraph number after '('", "the end of the text")]
    [TestCase("Annex XIV point", null, 16, "the point's label after 'point'", "the end of the text")]
    [TestCase("Artikel x", null, 9, "the article number after 'Artikel'", "'x'")]
    [TestCase("Artikel x", "nl", 9, "the article number after 'Artikel'", "'x'")]
    [TestCase("Article 51(1", "en", 13, "')' to close the paragraph number", "the end of the text")]
    [TestCase("Article 51(1), point (a", "en", 24, "')' to close the point's label", "the end of the text")]
    [TestCase("Article 51(1), point (abcd)", "en", 23, "a point label", "'abcd'")]
    [TestCase("Article 51(1), chapter 2", "en", 16, "'point' after ','", "'chapter'")]
    [TestCase("artikel 51, hoofdstuk 2", "nl", 13, "'lid' or 'punt' after ','", "'hoofdstuk'")]
    [TestCase("Article 51 bis", "en", 12, "'(' and a paragraph number, 'point' or the end of the citation", "'bis'")]
    [TestCase("Artikel 51 Absatz 1 foo", "de", 21, "'Buchstabe', 'Nummer' or the end of the citation", "'foo'")]
    [TestCase("Article 51(1)(a) and (b)", "en", 18, "the end of the citation", "'and'")]
    [TestCase("Article 51a7", "en", 9, "the article number after 'Article'", "'51a7'")]
    [TestCase("Annex 13", "en", 7, "the annex number in Roman numerals after 'Annex'", "'13'")]
    [TestCase("Annex XIIIb", "en", 7, "the annex number in Roman numerals after 'Annex'", "'XIIIb'")]
    [TestCase("Recital 4a", "en", 9, "the recital number after 'Recital'", "'4a'")]
    [TestCase("Articles 51", "en", 1, "'Article', 'Annex' or 'Recital'", "'Articles'")]
    public void Says_what_it_expected_where(string text, string? language, int column, string expected, string found)
    {
        var result = CitationForms.Parse(text, language);

        result.Succeeded.ShouldBeFalse();
        result.Error.Column.ShouldBe(column);
        result.Error.Message.ShouldStartWith($"expected {expected}");
        result.Error.Message.ShouldEndWith($", found {found}");
        result.Error.ToString().ShouldBe($"column {column}: {result.Error.Message}");
    }

    [Test]
    public void Shows_the_whole_message_for_a_missing_number()
    {
        CitationForms.Parse("Article", "en").Error!.Message
            .ShouldBe("expected the article number after 'Article', e.g. 51, found the end of the text");
    }

    [Test]
    public void Tags_with_their_languages_the_expectations_of_languages_that_read_equally_far()
    {
        CitationForms.Parse("Artikel x").Error!.Message
            .ShouldBe("expected the article number after 'Artikel', e.g. 51 (da, de, nl, sv), found 'x'");
        CitationForms.Parse("artikel 51, hoofdstuk 2").Error!.Message.ShouldBe(
            "expected 'stk.', 'litra' or 'nr.' after ',' (da); or expected 'Absatz', 'Buchstabe' or 'Nummer' after ',' (de); " +
            "or expected 'lid' or 'punt' after ',' (nl); or expected 'led' or 'punkt' after ',' (sv), found 'hoofdstuk'");
    }

    [Test]
    public void Gives_the_error_of_the_language_that_read_furthest()
    {
        var error = CitationForms.Parse("Artikel 51 Absatz 1 foo").Error!;

        error.Column.ShouldBe(21);
        error.Message.ShouldBe("expected 'Buchstabe', 'Nummer' or the end of the citation, found 'foo'");
    }

    [TestCase(null, 1, "the end of the text")]
    [TestCase("", 1, "the end of the text")]
    [TestCase("   ", 4, "the end of the text")]
    [TestCase("  Chapter V", 3, "'Chapter'")]
    [TestCase("(a)", 1, "'('")]
    public void Names_the_provision_words_of_every_language_when_none_starts_the_text(string? text, int column, string found)
    {
        var error = CitationForms.Parse(text).Error!;

        error.Column.ShouldBe(column);
        error.Message.ShouldBe(
            "expected a citation that starts with a provision word: Член, Приложение, Съображение (bg); " +
            "Čl., Příloha, Bod (cs); Artikel, Bilag, Betragtning (da); Artikel, Anhang, Erwägungsgrund (de); " +
            "Άρθρο, Παράρτημα, Αιτιολογική σκέψη (el); Article, Annex, Recital (en); Artículo, Anexo, Considerando (es); " +
            "Artikkel, lisa, Põhjendus (et); artikla, Liite, Johdanto-osan (fi); " +
            "Article, Annexe, Considérant (fr); Airteagal, Iarscríbhinn, Aithris (ga); Članak, Prilog, Uvodna izjava (hr); " +
            "cikk, melléklet, preambulumbekezdés (hu); Articolo, Allegato, Considerando (it); " +
            "straipsnis, priedas, konstatuojamoji dalis (lt); pants, pielikums, apsvērums (lv); " +
            "Artikolu, Anness, Premessa (mt); Artikel, Bijlage, Overweging (nl); " +
            "Art., Załącznik, Motyw (pl); Artigo, Anexo, Considerando (pt); Articolul, Anexa, Considerentul (ro); " +
            $"Článok, Príloha, Odôvodnenie (sk); Člen, Priloga, Uvodna izjava (sl); Artikel, Bilaga, Skäl (sv), found {found}");
    }

    [Test]
    public void Quotes_a_long_word_shortened()
    {
        CitationForms.Parse("Article " + new string('x', 40), "en").Error!.Message
            .ShouldEndWith($"found '{new string('x', 20)}…'");
    }

    [Test]
    public void Reports_a_language_it_has_no_grammar_for()
    {
        var error = CitationForms.Parse("articulus 51", "la").Error!;

        error.Column.ShouldBe(1);
        error.Message.ShouldBe(
            "citations cannot be read in language 'la'; they can in bg, cs, da, de, el, en, es, et, fi, fr, ga, hr, hu, it, lt, lv, mt, nl, " +
            "pl, pt, ro, sk, sl, sv");
    }

    [Test]
    public void Takes_the_language_code_in_any_case()
    {
        CitationForms.Parse("Overweging 111", "NL").Citation!.Language.ShouldBe("nl");
        CitationForms.Print(ProvisionId.Recital(111), "NL").ShouldBe("Overweging 111");
    }

    [Test]
    public void Try_parse_gives_the_id_or_the_error()
    {
        CitationForms.TryParse("Article 52(5)", null, out var id, out var error).ShouldBeTrue();
        id.ShouldBe(ProvisionId.Parse("art_52__para_5"));
        error.ShouldBeNull();

        CitationForms.TryParse("Article 51(", "en", out id, out error).ShouldBeFalse();
        id.ShouldBeNull();
        error.Column.ShouldBe(12);
    }
}
