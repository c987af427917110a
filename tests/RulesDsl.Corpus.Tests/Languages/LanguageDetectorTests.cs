using RulesDsl.Corpus.Languages;
using RulesDsl.Tests;

namespace RulesDsl.Corpus.Tests.Languages;

public class LanguageDetectorTests
{
    private static IEnumerable<LanguageSample> Samples => LanguageSamples.All;

    private static string? DetectedCode(string text) => LanguageDetector.Detect(text)?.Code;

    [TestCaseSource(nameof(Samples))]
    public void Detects_the_language_of_a_short_provision(LanguageSample sample) =>
        DetectedCode(sample.Body).ShouldBe(sample.Code);

    [TestCaseSource(nameof(Samples))]
    public void Detects_the_language_of_a_provision_in_capitals(LanguageSample sample) =>
        DetectedCode(sample.Body.ToUpperInvariant()).ShouldBe(sample.Code);

    [TestCase("")]
    [TestCase("   \n\t ")]
    [TestCase("10^25 51(1) 10 000 2024-07-12")]
    [TestCase("(111)")]
    [TestCase("Article 51")]
    public void Gives_no_language_for_text_that_is_empty_numbers_or_too_short(string text) =>
        DetectedCode(text).ShouldBeNull();

    [Test]
    public void Gives_no_language_when_no_language_scores() =>
        DetectedCode("xyzzy plugh qwxv brrr").ShouldBeNull();

    [Test]
    public void Gives_no_language_when_two_languages_score_alike() =>
        DetectedCode("la de la").ShouldBeNull();

    [Test]
    public void Ignores_link_targets_and_block_anchors()
    {
        // Without the targets this is plainly Dutch; the targets alone would read as neither.
        const string text = "Het [AI-model voor algemene doeleinden](a3.md#^gpai) met een [systeemrisico](the-and-of-the.md#^the_and_of) ^anchor-the-and";
        DetectedCode(text).ShouldBe("nl");
    }

    [Test]
    public void Detects_the_dutch_vault_seed_of_recital_111() =>
        DetectedCode(File.ReadAllText(RepoPaths.InCorpus("eu-ai-act/nl/recital-111.vault.md"))).ShouldBe("nl");

    [Test]
    public void Detects_the_english_scraped_seed_of_annex_xiii() =>
        DetectedCode(File.ReadAllText(RepoPaths.InCorpus("eu-ai-act/en/annex-xiii.scraped.md"))).ShouldBe("en");

    [TestCase("da", "Bestemmelserne i denne forordning finder anvendelse på udbydere, der bringer AI-systemer i omsætning i Unionen, og på brugere af sådanne systemer.")]
    [TestCase("sv", "Bestämmelserna i denna förordning ska tillämpas på leverantörer som släpper ut AI-system på marknaden i unionen och på användare av sådana system.")]
    [TestCase("nl", "Deze verordening is van toepassing op aanbieders die AI-systemen in de Unie in de handel brengen en op gebruikers van die systemen.")]
    [TestCase("de", "Diese Verordnung gilt für Anbieter, die KI-Systeme in der Union in Verkehr bringen, und für die Betreiber dieser Systeme.")]
    [TestCase("es", "El presente Reglamento se aplicará a los proveedores que introduzcan en el mercado sistemas de IA en la Unión y a los usuarios de dichos sistemas.")]
    [TestCase("pt", "O presente regulamento é aplicável aos prestadores que coloquem no mercado sistemas de IA na União e aos utilizadores desses sistemas.")]
    [TestCase("it", "Il presente regolamento si applica ai fornitori che immettono sul mercato sistemi di IA nell'Unione e agli utenti di tali sistemi.")]
    public void Tells_close_languages_apart_on_one_sentence(string code, string sentence) =>
        DetectedCode(sentence).ShouldBe(code);

    /// <summary>Text made to trip a backtracking pattern: link openings never closed, a word with no "://" after it.</summary>
    [TestCase("](")]
    [TestCase("a")]
    [TestCase("[x](")]
    public void Takes_time_in_proportion_to_the_text_even_for_text_made_to_trip_it(string unit)
    {
        var growth = Growth.Of(size => string.Concat(Enumerable.Repeat(unit, size)), LanguageDetector.Detect, size: 2000);

        growth.Time.ShouldBeLessThan(Growth.Bound, growth.Measured);
        growth.Allocated.ShouldBeLessThan(Growth.Bound, growth.Measured);
    }
}
