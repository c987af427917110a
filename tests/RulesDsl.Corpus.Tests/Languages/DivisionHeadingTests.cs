using RulesDsl.Corpus.Languages;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Tests.Languages;

/// <summary>Chapter, section, title and part headings in the official languages, as the OJ prints them.</summary>
public class DivisionHeadingTests
{
    private static IEnumerable<OfficialLanguage> Languages => OfficialLanguages.All;

    private static (DivisionLevel Level, string Label, string? Title)? Parse(string line, string? code) =>
        StructuralHeading.TryParseDivision(line, code is null ? null : OfficialLanguages.All.Single(l => l.Code == code), out var level, out var label, out var title)
            ? (level, label, title)
            : null;

    [TestCase("HOOFDSTUK V", "nl", DivisionLevel.Chapter, "V")]
    [TestCase("AFDELING 1", "nl", DivisionLevel.Section, "1")]
    [TestCase("CHAPTER V", "en", DivisionLevel.Chapter, "V")]
    [TestCase("SECTION 1", "en", DivisionLevel.Section, "1")]
    [TestCase("KAPITEL III", "de", DivisionLevel.Chapter, "III")]
    [TestCase("ABSCHNITT 1", "de", DivisionLevel.Section, "1")]
    [TestCase("TITRE II", "fr", DivisionLevel.Title, "II")]
    [TestCase("CHAPITRE V", "fr", DivisionLevel.Chapter, "V")]
    [TestCase("CAPO V", "it", DivisionLevel.Chapter, "V")]
    [TestCase("Sezione 1", "it", DivisionLevel.Section, "1")]
    [TestCase("CAPÍTULO V", "es", DivisionLevel.Chapter, "V")]
    [TestCase("ΚΕΦΑΛΑΙΟ V", "el", DivisionLevel.Chapter, "V")]
    [TestCase("ГЛАВА V", "bg", DivisionLevel.Chapter, "V")]
    [TestCase("V LUKU", "fi", DivisionLevel.Chapter, "V")]
    [TestCase("V. FEJEZET", "hu", DivisionLevel.Chapter, "V")]
    [TestCase("1. JAGU", "et", DivisionLevel.Section, "1")]
    [TestCase("V SKYRIUS", "lt", DivisionLevel.Chapter, "V")]
    [TestCase("I ANTRAŠTINĖ DALIS", "lt", DivisionLevel.Title, "I")]
    [TestCase("ROZDZIAŁ V", "pl", DivisionLevel.Chapter, "V")]
    [TestCase("DEEL A", "nl", DivisionLevel.Part, "A")]
    public void Reads_the_division_heading_in_its_language(string line, string code, DivisionLevel level, string label)
    {
        Parse(line, code).ShouldBe((level, label, null));
        Parse(line, null).ShouldBe((level, label, null));
    }

    [Test]
    public void A_title_on_the_heading_line_is_its_title() =>
        Parse("Afdeling A — Informatie die moet worden ingediend door aanbieders van AI-systemen met een hoog risico", "nl")
            .ShouldBe((DivisionLevel.Section, "A", "Informatie die moet worden ingediend door aanbieders van AI-systemen met een hoog risico"));

    [TestCase("Hoofdstuk V is van toepassing met ingang van 2 augustus 2025.")]
    [TestCase("hoofdstuk III, afdeling 4, hoofdstuk V")]
    [TestCase("AI-MODELLEN VOOR ALGEMENE DOELEINDEN")]
    [TestCase("Artikel 51")]
    public void A_line_that_mentions_a_division_is_not_its_heading(string line) => Parse(line, "nl").ShouldBeNull();

    [TestCaseSource(nameof(Languages))]
    public void Every_language_has_words_for_every_division(OfficialLanguage language)
    {
        foreach (var level in Enum.GetValues<DivisionLevel>())
        {
            language.Words.For(level).ShouldNotBeEmpty($"{language.Code} {level}");
        }

        language.SignedAt.ShouldNotBeEmpty(language.Code);
    }
}
