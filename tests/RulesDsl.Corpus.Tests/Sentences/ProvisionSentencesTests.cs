using RulesDsl.Corpus.Model;
using RulesDsl.Tests;

namespace RulesDsl.Corpus.Tests.Sentences;

/// <summary>The reader numbers a provision's sentences with its own language's abbreviations.</summary>
public sealed class ProvisionSentencesTests
{
    [TestCase("en", "Article 51", "1\\. Techniques should reflect the generally acknowledged state of the art. The Commission shall act.\n", 2)]
    [TestCase("nl", "Artikel 51", "1\\. Zoals bedoeld in art. 6 van de verordening. De Commissie handelt.\n", 2)]
    [TestCase("de", "Artikel 51", "1\\. Die Verordnung vom 27. April 2016 gilt gemäß Art. 5 Abs. 1. Die Kommission handelt.\n", 2)]
    [TestCase("it", "Articolo 51", "1\\. Il regolamento (CE) n. 765/2008 si applica. La Commissione agisce.\n", 2)]
    public void Splits_a_provision_with_the_abbreviations_of_its_language(string language, string heading, string paragraph, int count)
    {
        using var corpus = new TempCorpus();
        corpus.Write($"{language}/art-51.md", $"---\nlanguage: {language}\nversion: 2024-07-12\n---\n\n{heading}\n\nTitel\n\n{paragraph}");

        var provision = corpus.Read().Find(ProvisionId.Parse("art_51__para_1"), language, new DateOnly(2024, 7, 12));

        provision.ShouldNotBeNull();
        provision.Sentences.Length.ShouldBe(count, string.Join(" | ", provision.Sentences.Select(s => s.Text)));
    }
}
