using RulesDsl.Corpus.Conventions;
using RulesDsl.Corpus.Languages;

namespace RulesDsl.Corpus.Tests.Conventions;

public sealed class LanguageConventionsTests
{
    private static string German => LanguageConventions.Files().Single(f => f.Name == "de.json").Json;

    [Test]
    public void Every_official_language_has_one_data_file_and_each_reads_without_a_problem()
    {
        var files = LanguageConventions.Files().ToList();

        files.Select(f => f.Name).ShouldBe(OfficialLanguages.All.Select(l => $"{l.Code}.json"), ignoreOrder: true);
        foreach (var (name, json) in files)
        {
            var (conventions, problems) = LanguageConventions.Read(name, json);
            problems.ShouldBeEmpty(name);
            conventions!.Language.ShouldBe(name[..^".json".Length]);
        }

        LanguageConventions.All.Length.ShouldBe(24);
    }

    [Test]
    public void One_language_is_found_by_its_code_in_any_case_and_the_codes_are_known_from_the_file_names()
    {
        LanguageConventions.Codes.ShouldBe(OfficialLanguages.All.Select(l => l.Code).Order(StringComparer.Ordinal));
        LanguageConventions.Find("DE").ShouldNotBeNull().Language.ShouldBe("de");
        LanguageConventions.Find("de").ShouldBeSameAs(LanguageConventions.All.Single(c => c.Language == "de"));
        LanguageConventions.Find("xx").ShouldBeNull();
        LanguageConventions.Find(null).ShouldBeNull();
    }

    [TestCase("\"Absatz\",", "\"Absatz \",", "citations.paragraph: 'Absatz ' is blank or has spaces around it or doubled")]
    [TestCase("\"Absatz\",", "\"\",", "citations.paragraph: '' is blank")]
    [TestCase("\"Dezember\"]", "\"Dezember\", \"Dezember\"]", "months: expected the 12 months, January first, found 13")]
    [TestCase("\"uabs\",", "\"uabs.\",", "sentences.abbreviations: 'uabs.' must be written without its final full stop")]
    [TestCase("\"thisActs\": [\"Verordnung\"]", "\"thisActs\": [\"Regelung\"]", "prose.thisActs: 'Regelung' is not one of prose.acts")]
    [TestCase("\"ordinalDays\": true", "\"ordinalDays\": true, \"ordinalDay\": true", "sentences.ordinalDay: is not a member of a conventions file")]
    [TestCase("\"paragraphForm\": \"worded\"", "\"paragraphForm\": \"spelled\"", "citations.paragraphForm: expected one of bracketed, worded, found 'spelled'")]
    [TestCase("\"separator\": \" \",", "", "citations.separator: is missing")]
    [TestCase("\"language\": \"de\"", "\"language\": \"xx\"", "language 'xx' is not the lower-case code of an official EU language")]
    [TestCase("\"language\": \"de\"", "\"language\": \"nl\"", "a file is named after the code of its language, 'nl.json'")]
    [TestCase("\"Artikel\", \"Artikels\"", "\"Artikel\", \"Artikel\"", "citations.article: 'Artikel' is listed twice")]
    [TestCase("\"pointLetters\": []", "\"pointLetters\": [\"a\", \"b\"]", "citations.pointLetters: expected none, or 26 different letters")]
    [TestCase("\"months\": [", "\"months\": [null, ", "months")]
    [TestCase("\"endBeforeCapital\": []", "\"endBeforeCapital\": [\"r\"]", "sentences.endBeforeCapital: 'r' is not one of sentences.abbreviations")]
    [TestCase("{", "{{", "de.json")]
    [TestCase("\"decimalSign\": \",\"", "\"decimalSign\": \".\"", "numbers: expected a decimal sign and a thousands sign, one '.' and the other ','")]
    [TestCase("\"numbers\": { \"decimalSign\": \",\", \"thousandsSign\": \".\" },", "", "numbers: is missing")]
    [TestCase("\"verdict\": \"Ergebnis\"", "\"verdict\": \" Ergebnis\"", "explanation.words: the word for 'verdict' is blank or has spaces around it")]
    [TestCase("\"sv\": \"Schwedisch\"", "\"xx\": \"Schwedisch\"", "explanation.languages: the name of 'sv' is missing")]
    [TestCase("\"sv\": \"Schwedisch\"", "\"sv\": \"Schwedisch\", \"xx\": \"X\"", "explanation.languages: 'xx' is not the lower-case code of an official EU language")]
    [TestCase("\"atLeast\": [\"mindestens\"", "\"atLeast\": [\"mehr als\"", "comparisons: 'mehr als' stands for more than one comparison")]
    [TestCase("\"atLeast\": [\"mindestens\"", "\"atLeast\": [\" mindestens\"", "comparisons.atLeast: ' mindestens' is blank or has spaces around it")]
    [TestCase("\"weeks\": [\"Woche\", \"Wochen\"]", "\"weeks\": [\"Woche\"]", "periods.weeks: the singular and the plural come first")]
    [TestCase("\"zwei\": 2", "\"zwei\": \"2\"", "numberWords.zwei: expected a whole number, found a string")]
    [TestCase("\"ordinalDays\": true", "\"ordinalDays\": \"yes\"", "sentences.ordinalDays: expected true or false, found a string")]
    [TestCase("\"order\": \"outermostFirst\"", "\"order\": 0", "citations.order: expected a string, found a number")]
    [TestCase("\"decimalSign\": \",\"", "\"decimalSign\": \",,\"", "numbers.decimalSign: expected one character, found ',,'")]
    [TestCase("\"numberFirst\": []", "\"numberFirst\": [\"clause\"]", "citations.numberFirst[0]: expected one of recital, article")]
    [TestCase("\"months\": [", "\"months\": [7, ", "months[0]: expected a word, found a number")]
    [TestCase("\"plurals\": {", "\"plurals\": { \"chapter\": [], ", "citations.plurals.chapter: is not a member of a conventions file")]
    public void A_malformed_entry_is_reported_with_the_file_and_the_field(string find, string replace, string expected)
    {
        German.ShouldContain(find);
        var json = German.Replace(find, replace, StringComparison.Ordinal);

        var (conventions, problems) = LanguageConventions.Read("de.json", json);

        conventions.ShouldBeNull();
        problems.ShouldNotBeEmpty();
        problems.ShouldAllBe(p => p.StartsWith("de.json: ", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains(expected, StringComparison.Ordinal), string.Join(Environment.NewLine, problems));
    }
}
