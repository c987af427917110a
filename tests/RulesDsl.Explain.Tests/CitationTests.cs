using RulesDsl.Corpus.Model;
using static RulesDsl.Explain.Tests.Explained;

namespace RulesDsl.Explain.Tests;

/// <summary>Every citation a shipped example's explanation gives is quoted from the corpus, word for word.</summary>
public class CitationTests
{
    [TestCaseSource(typeof(Explained), nameof(EveryExample))]
    public void The_whole_act_in_both_languages_quotes_every_citation_in_the_readers_language_with_no_superscript_lost(string example, string language)
    {
        // The corpus holds the Official Journal in English and in Dutch: no clause the rules cite falls back to another
        // language, and the import kept every superscript, so no quote needs a note on a lost one.
        foreach (var citation in Citations(ExampleIn(example, language)))
        {
            var quote = citation.Quote.ShouldNotBeNull($"{citation.Label} is not quoted");
            quote.Language.ShouldBe(language, citation.Label);
            quote.IsFallback.ShouldBeFalse(citation.Label);
            quote.LostSuperscripts.ShouldBeEmpty(citation.Label);
            citation.Source.ShouldNotBeNull().ShouldStartWith($"corpus/eu-ai-act/{language}/oj.md(", customMessage: citation.Label);
        }
    }

    [TestCaseSource(typeof(Explained), nameof(EveryExample))]
    public void Every_citation_quotes_its_provision_verbatim_in_the_quotes_language(string example, string language)
    {
        var citations = Citations(ExampleIn(example, language)).ToList();

        citations.ShouldNotBeEmpty();
        foreach (var citation in citations)
        {
            var quote = citation.Quote.ShouldNotBeNull($"{citation.Label} is not quoted");
            quote.Text.ShouldNotBeNullOrWhiteSpace();
            (quote.IsFallback == (quote.Language != language)).ShouldBeTrue($"{citation.Label}: quoted in {quote.Language}, fallback {quote.IsFallback}");
            ProvisionId.TryParse(citation.Provision, out var id).ShouldBeTrue(citation.Provision);
            var provision = Built.Corpus.Corpus.Find(id, quote.Language, Built.Today).ShouldNotBeNull($"{citation.Provision} in {quote.Language}");
            provision.Version.ShouldBe(quote.Version);
            var parts = Built.Corpus.Corpus.Parts(provision).Select(p => p.Label + " " + p.Text).ToHashSet(StringComparer.Ordinal);
            // A whole clause is quoted with its points, a line each; a sentence is quoted as it stands in the text.
            foreach (var line in quote.Text.Split('\n'))
            {
                (provision.Text.Contains(line, StringComparison.Ordinal) || parts.Contains(line))
                    .ShouldBeTrue($"{citation.Label} ({quote.Language}): \"{line}\" is not in {citation.Provision}");
            }

            foreach (var term in quote.Terms)
            {
                quote.Text.Substring(term.Start, term.Length).ShouldNotBeNullOrWhiteSpace();
            }
        }
    }
}
