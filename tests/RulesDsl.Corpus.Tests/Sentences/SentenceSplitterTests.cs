using RulesDsl.Corpus.Sentences;

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
}
