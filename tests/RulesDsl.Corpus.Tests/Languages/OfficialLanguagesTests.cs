using RulesDsl.Corpus.Languages;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Tests.Languages;

public class OfficialLanguagesTests
{
    private static readonly string[] EuCodes =
        ["bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"];

    private static IEnumerable<OfficialLanguage> Languages => OfficialLanguages.All;

    [Test]
    public void All_are_the_24_official_languages_of_the_eu() =>
        OfficialLanguages.All.Select(l => l.Code).ShouldBe(EuCodes, ignoreOrder: true);

    [Test]
    public void Samples_cover_every_language_once() =>
        LanguageSamples.All.Select(s => s.Code).ShouldBe(EuCodes, ignoreOrder: true);

    [TestCase("el", Script.Greek)]
    [TestCase("bg", Script.Cyrillic)]
    [TestCase("mt", Script.Latin)]
    public void Scripts_are_greek_cyrillic_or_latin(string code, Script script)
    {
        OfficialLanguages.TryGet(code, out var language).ShouldBeTrue();
        language.Script.ShouldBe(script);
    }

    [Test]
    public void Only_greek_and_bulgarian_are_not_in_latin_script() =>
        OfficialLanguages.All.Where(l => l.Script != Script.Latin).Select(l => l.Code).ShouldBe(["bg", "el"], ignoreOrder: true);

    [Test]
    public void TryGet_finds_a_language_by_code_in_any_case()
    {
        OfficialLanguages.TryGet("HU", out var language).ShouldBeTrue();
        language.EnglishName.ShouldBe("Hungarian");
    }

    [TestCase("xx")]
    [TestCase("")]
    [TestCase(null)]
    public void TryGet_rejects_what_is_not_an_official_language(string? code) =>
        OfficialLanguages.TryGet(code, out _).ShouldBeFalse();

    [TestCaseSource(nameof(Languages))]
    public void Every_structural_level_has_words(OfficialLanguage language)
    {
        foreach (var level in Enum.GetValues<ProvisionLevel>().Where(l => l != ProvisionLevel.Subparagraph))
        {
            language.Words.For(level).ShouldNotBeEmpty($"{language.Code} {level}");
            language.Words.For(level).ShouldAllBe(w => w.Trim() == w && w.Length > 0);
        }

        language.Words.For(ProvisionLevel.Subparagraph).ShouldBeEmpty("no heading names a subparagraph");
    }

    [TestCaseSource(nameof(Languages))]
    public void Function_words_are_15_to_30_distinct_lower_case_words(OfficialLanguage language)
    {
        language.CommonWords.Length.ShouldBeInRange(15, 30);
        language.CommonWords.ShouldBeUnique();
        language.CommonWords.ShouldAllBe(w => w == w.ToLowerInvariant() && w.All(char.IsLetter));
    }

    [TestCaseSource(nameof(Languages))]
    public void Letters_are_lower_case_and_given_only_for_latin_script(OfficialLanguage language)
    {
        language.Letters.ShouldBe(language.Letters.ToLowerInvariant());
        language.Letters.ShouldAllBe(c => c > '\u007F');
        (language.Letters.Length > 0).ShouldBe(language.Script == Script.Latin && language.Code != "en");
    }

    [TestCase("hu", true, true)]
    [TestCase("lv", true, true)]
    [TestCase("lt", true, true)]
    [TestCase("fi", true, false)]
    [TestCase("et", false, true)]
    [TestCase("en", false, false)]
    [TestCase("el", false, false)]
    public void Headings_put_the_number_first_where_the_oj_does(string code, bool article, bool annex)
    {
        OfficialLanguages.TryGet(code, out var language).ShouldBeTrue();
        language.PutsNumberFirst(ProvisionLevel.Article).ShouldBe(article);
        language.PutsNumberFirst(ProvisionLevel.Annex).ShouldBe(annex);
    }

    [Test]
    public void Only_articles_and_annexes_have_a_heading_order()
    {
        OfficialLanguages.TryGet("lv", out var latvian).ShouldBeTrue();
        Should.Throw<ArgumentOutOfRangeException>(() => latvian.PutsNumberFirst(ProvisionLevel.Recital));
    }

    [TestCase("pl", ProvisionLevel.Article, "Artykuł", "art.")]
    [TestCase("de", ProvisionLevel.Point, "Buchstabe", "Nummer")]
    [TestCase("pt", ProvisionLevel.Paragraph, "n.º", "número")]
    [TestCase("fr", ProvisionLevel.Recital, "considérant", "considérants")]
    public void Words_give_the_heading_form_first_and_reference_forms_after(string code, ProvisionLevel level, string heading, string reference)
    {
        OfficialLanguages.TryGet(code, out var language).ShouldBeTrue();
        language.Words.For(level)[0].ShouldBe(heading);
        language.Words.For(level).ShouldContain(reference);
    }
}
