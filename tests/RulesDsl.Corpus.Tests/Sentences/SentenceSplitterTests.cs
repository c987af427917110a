using System.Net;
using System.Text.RegularExpressions;
using RulesDsl.Corpus.Sentences;
using RulesDsl.Tests;

namespace RulesDsl.Corpus.Tests.Sentences;

public class SentenceSplitterTests
{
    private static string[] Split(string text) => [.. SentenceSplitter.Split(text).Select(r => text[r])];

    [Test]
    public void A_sentence_may_start_with_a_lower_case_defined_term()
    {
        Split("met een systeemrisico. systeemrisico’s zijn het gevolg.").ShouldBe(["met een systeemrisico.", "systeemrisico’s zijn het gevolg."]);
    }

    [TestCase("specific type of inputs and outputs (e.g. biological sequences); and more.")]
    [TestCase("zoals bedoeld in art. 51 van de verordening.")]
    [TestCase("gemäß Art. 51 Abs. 2 bzw. Anhang XIII, z.B. Parameter.")]
    [TestCase("made available to at least 10 000 registered business users.")]
    [TestCase("more than 10.000 users and 3.5 million tokens.")]
    [TestCase("adopted by the Commission, cf. Article 97, in due time.")]
    public void Abbreviations_and_numbers_do_not_end_a_sentence(string text)
    {
        Split(text).ShouldBe([text]);
    }

    [Test]
    public void Closing_quotes_and_brackets_stay_with_the_sentence_they_end()
    {
        Split("It is called “systemic risk.” Then more (as noted.) Last!").ShouldBe(["It is called “systemic risk.”", "Then more (as noted.)", "Last!"]);
    }

    [Test]
    public void Subparagraphs_on_their_own_lines_are_separate_sentences()
    {
        Split("First subparagraph without a stop\nSecond one.").ShouldBe(["First subparagraph without a stop", "Second one."]);
    }

    [Test]
    public void Whitespace_only_text_has_no_sentences()
    {
        Split("  \n ").ShouldBeEmpty();
    }

    private static string[] Split(string text, string language) => [.. SentenceSplitter.Split(text, language).Select(r => text[r])];

    [TestCase("it", "conformemente al regolamento (CE) n. 765/2008 del Parlamento europeo e del Consiglio.")]
    [TestCase("it", "di cui all'art. 6, par. 1, lett. a), del regolamento (UE) n. 1025/2012.")]
    [TestCase("de", "im Einklang mit der Verordnung (EG) Nr. 765/2008 des Europäischen Parlaments und des Rates.")]
    [TestCase("de", "die Verordnung (EU) 2016/679 des Europäischen Parlaments und des Rates vom 27. April 2016 zum Schutz natürlicher Personen.")]
    [TestCase("de", "gemäß Art. 5 Abs. 1 UAbs. 1 Buchst. h gilt ab dem 1. Januar 2026 Folgendes.")]
    [TestCase("fr", "conformément au règlement (CE) n° 765/2008 du Parlement européen et du Conseil.")]
    [TestCase("fr", "visé à l'art. 6, paragraphe 1, du règlement du 27 avril 2016.")]
    [TestCase("nl", "biometrische gegevens, bv. gezichtsbeelden, en andere gegevens.")]
    [TestCase("nl", "overeenkomstig Verordening (EG) nr. 765/2008 van het Europees Parlement en de Raad.")]
    [TestCase("en", "in accordance with Regulation (EC) No 765/2008, i.e. the framework, e.g. its Article 30.")]
    [TestCase("es", "de conformidad con el art. 6, apdo. 1, del Reglamento (CE) n.º 765/2008.")]
    [TestCase("pl", "zgodnie z art. 6 ust. 1 lit. a) rozporządzenia (WE) nr 765/2008, tj. ramami prawnymi.")]
    [TestCase("pl", "rozporządzenie z dnia 27 kwietnia 2016 r. w sprawie ochrony osób fizycznych.")]
    [TestCase("da", "jf. artikel 6, stk. 1, i forordning (EF) nr. 765/2008 af 9. juli 2008.")]
    [TestCase("cs", "podle čl. 6 odst. 1 písm. a) nařízení (ES) č. 765/2008 ze dne 9. července 2008.")]
    public void Abbreviations_and_dates_of_a_language_do_not_end_a_sentence(string language, string text)
    {
        Split(text, language).ShouldBe([text]);
        Split(text).ShouldBe([text]);
    }

    [Test]
    public void A_number_before_a_word_that_is_no_month_still_ends_a_sentence()
    {
        Split("Sie gilt ab dem Tag 27. Alle Mitgliedstaaten handeln.", "de")
            .ShouldBe(["Sie gilt ab dem Tag 27.", "Alle Mitgliedstaaten handeln."]);
    }

    [Test]
    public void An_abbreviation_of_one_language_ends_a_sentence_in_another()
    {
        // Recital 74 of the English AI Act: "art." is an abbreviation in Dutch or German, a word in English.
        Split("in accordance with the generally acknowledged state of the art. The Commission and relevant organisations should", "en")
            .ShouldBe(["in accordance with the generally acknowledged state of the art.", "The Commission and relevant organisations should"]);
        Split("zoals bedoeld in art. 51 van de verordening.", "nl").ShouldHaveSingleItem();

        // Italian "n." is a number; in English "n." can only close a sentence that ends in the letter n.
        Split("Il regolamento n. 765/2008 si applica.", "it").ShouldHaveSingleItem();
        Split("Ciò vale per l'art. 5. Il resto no.", "it").ShouldBe(["Ciò vale per l'art. 5.", "Il resto no."]);
    }

    [TestCase("it", "Il presente regolamento si applica dal 2 agosto 2026. Tuttavia, il capo I si applica dal 2 febbraio 2025. Gli Stati membri provvedono.", 3)]
    [TestCase("es", "El presente Reglamento será aplicable a partir del 2 de agosto de 2026. No obstante, los capítulos I y II serán aplicables a partir del 2 de febrero de 2025.", 2)]
    [TestCase("de", "Diese Verordnung gilt ab dem 2. August 2026. Die Kapitel I und II gelten jedoch ab dem 2. Februar 2025.", 2)]
    [TestCase("fr", "Il s'applique à partir du 2 août 2026. Toutefois, les chapitres I et II s'appliquent à partir du 2 février 2025.", 2)]
    [TestCase("pl", "Niniejsze rozporządzenie stosuje się od dnia 2 sierpnia 2026 r. Rozdziały I i II stosuje się jednak od dnia 2 lutego 2025 r.", 2)]
    [TestCase("pl", "rozporządzenie z dnia 13 czerwca 2024 r. w sprawie ustanowienia zharmonizowanych przepisów.", 1)]
    public void Splits_short_official_journal_sentences(string language, string text, int count)
    {
        Split(text, language).Length.ShouldBe(count);
    }

    // Recital 9 of the AI Act in EUR-Lex's HTML: its first sentence names an act by number and ends in a bracket.
    private static readonly object[] OfficialJournalRecitals =
    [
        new object[]
        {
            "nl/eurlex/aiact_nl.html", "nl", "Verordening (EG) nr. 765/2008 van het Europees Parlement", "(“het nieuwe wetgevingskader”).",
            new[] { "Er moeten geharmoniseerde regels worden vastgesteld", "De in deze verordening vastgelegde geharmoniseerde regels",
                "Bijgevolg blijven alle rechten", "Voorts mag deze verordening" },
        },
        new object[]
        {
            "en/eurlex/eu_ai_act_32024R1689_eurlex_html_2026-07-08.html", "en", "Regulation (EC) No 765/2008 of the European Parliament",
            "(New Legislative Framework).",
            new[] { "Harmonised rules applicable to the placing on the market", "The harmonised rules laid down in this Regulation",
                "As a consequence, all rights and remedies", "Furthermore, in the context of employment" },
        },
    ];

    [TestCaseSource(nameof(OfficialJournalRecitals))]
    public void Splits_a_recital_of_the_official_journal_into_its_sentences(
        string source, string language, string inFirst, string firstEnd, string[] starts)
    {
        var sentences = Split(Recital(source, 9), language);

        sentences[0].ShouldContain(inFirst);
        sentences[0].ShouldEndWith(firstEnd);
        sentences.Take(starts.Length).Zip(starts).ShouldAllBe(pair => pair.First.StartsWith(pair.Second, StringComparison.Ordinal));
        sentences.ShouldAllBe(s => s.EndsWith('.'));
    }

    // A recital's text as EUR-Lex's HTML prints it, tags and footnote marks left out.
    private static string Recital(string source, int number)
    {
        var html = File.ReadAllText(RepoPaths.InCorpus(Path.Combine("eu-ai-act", "sources", source)));
        var text = Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " ")), @"\s+", " ");
        var start = text.IndexOf($"({number}) ", StringComparison.Ordinal) + $"({number}) ".Length;
        var end = text.IndexOf($"({number + 1}) ", start, StringComparison.Ordinal);
        return Regex.Replace(text[start..end], @" \( \d+ \) ", " ");
    }
}
