using System.Text.RegularExpressions;
using RulesDsl.Corpus.Conventions;
using RulesDsl.Corpus.Languages;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Tests.Languages;

public sealed partial class ReaderLanguageTests
{
    [Test]
    public void Every_official_language_is_a_readers_language_in_any_case_and_nothing_else_is()
    {
        ReaderLanguage.All.Select(r => r.Code).ShouldBe(OfficialLanguages.All.Select(l => l.Code).Order(StringComparer.Ordinal));
        ReaderLanguage.TryGet("DE", out var german).ShouldBeTrue();
        german!.Code.ShouldBe("de");
        ReaderLanguage.TryGet("xx", out _).ShouldBeFalse();
        ReaderLanguage.TryGet("deu", out _).ShouldBeFalse();
        ReaderLanguage.TryGet(null, out _).ShouldBeFalse();
    }

    [Test]
    public void A_code_that_is_not_an_official_languages_is_refused_with_the_codes_that_are()
    {
        ReaderLanguage.NotOfficial("xx").ShouldBe(
            "'xx' is not an official EU language code; one of bg, cs, da, de, el, en, es, et, fi, fr, ga, hr, hu, it, lt, lv, mt, nl, pl, pt, ro, sk, sl, sv");
    }

    [Test]
    public void English_Irish_and_Maltese_write_a_decimal_point_and_the_other_languages_a_decimal_comma()
    {
        var point = ReaderLanguage.All.Where(r => r.Numbers.DecimalSign == '.').Select(r => r.Code);

        point.ShouldBe(["en", "ga", "mt"]);
        ReaderLanguage.All.ShouldAllBe(r => r.Numbers.ThousandsSign == (r.Numbers.DecimalSign == '.' ? ',' : '.'));
    }

    [Test]
    public void Every_vocabulary_shipped_has_every_word_of_the_English_one_with_its_places_and_names_every_official_language()
    {
        var english = ReaderLanguage.English.Vocabulary;
        var shipped = LanguageConventions.All.Select(c => c.Vocabulary).OfType<ExplanationVocabulary>().ToList();

        shipped.Select(v => v.Language).ShouldBe(["de", "en", "fr", "nl"], ignoreOrder: true);
        foreach (var vocabulary in shipped)
        {
            vocabulary.Words.Keys.ShouldBe(english.Words.Keys, ignoreOrder: true, vocabulary.Language);
            foreach (var (key, word) in english.Words)
            {
                Places(vocabulary.Words[key]).ShouldBe(Places(word), $"{vocabulary.Language}: '{key}'");
            }

            vocabulary.LanguageNames.Keys.ShouldBe(OfficialLanguages.All.Select(l => l.Code), ignoreOrder: true, vocabulary.Language);
        }

        english.LanguageNames.ShouldBe(OfficialLanguages.All.ToDictionary(l => l.Code, l => l.EnglishName), ignoreOrder: true);
    }

    [Test]
    public void A_language_with_its_own_words_says_so_and_one_without_falls_back_to_English_and_says_so()
    {
        ReaderLanguage.Of("de").HasOwnVocabulary.ShouldBeTrue();
        ReaderLanguage.Of("de").Vocabulary.Words["verdict"].ShouldBe("Ergebnis");
        ReaderLanguage.Of("fr").Vocabulary.Words["verdict"].ShouldBe("Résultat");
        ReaderLanguage.Of("nl").Vocabulary.Words["verdict"].ShouldBe("Oordeel");

        var polish = ReaderLanguage.Of("pl");
        polish.HasOwnVocabulary.ShouldBeFalse();
        polish.Vocabulary.Language.ShouldBe(ReaderLanguage.FirstFallback);
        polish.Vocabulary.Words["verdict"].ShouldBe("Verdict");
    }

    [Test]
    public void A_code_that_is_not_known_reads_as_English()
    {
        ReaderLanguage.Of("xx").ShouldBeSameAs(ReaderLanguage.English);
        ReaderLanguage.Of(null).ShouldBeSameAs(ReaderLanguage.English);
    }

    [TestCase("de", "Artikel 51 Absatz 1 Buchstabe a")]
    [TestCase("fr", "Article 51, paragraphe 1, point a)")]
    [TestCase("pl", "Art. 51 ust. 1 lit. a)")]
    public void A_provision_is_cited_in_the_readers_language(string code, string expected)
    {
        ReaderLanguage.Of(code).Cite(ProvisionId.Parse("art_51__para_1__pnt_a")).ShouldBe(expected);
    }

    [Test]
    public void Quotes_fall_back_to_English_first_then_to_the_others_by_code()
    {
        ReaderLanguage.InFallbackOrder(["nl", "sv", "en", "de"]).ShouldBe(["en", "de", "nl", "sv"]);
        ReaderLanguage.InFallbackOrder(["nl", "de"]).ShouldBe(["de", "nl"]);
    }

    private static List<string> Places(string text) => [.. Place().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d\}")]
    private static partial Regex Place();
}
