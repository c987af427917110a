using RulesDsl.Explain.Building;
using RulesDsl.Explain.Rendering;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Tests;

/// <summary>The words around an explanation's citations are the reader's, where the reader's language has words.</summary>
public class VocabularyTests
{
    [TestCase("de", "Ergebnis", "erfüllt", "auf Englisch zitiert: das Korpus hat diesen Text nicht auf Deutsch")]
    [TestCase("fr", "Résultat", "rempli", "cité en anglais : le corpus n’a pas ce texte en allemand")]
    [TestCase("nl", "Oordeel", "vervuld", "geciteerd in het Engels: het corpus heeft deze tekst niet in het Duits")]
    [TestCase("pl", "Verdict", "met", "quoted in English: the corpus has no German text")]
    public void Words_come_from_the_readers_language_and_fall_back_to_English(string language, string verdict, string met, string fallback)
    {
        var words = Vocabulary.For(language);

        (words[Phrase.Verdict], words[Way.Met], words.Fallback("en", "de")).ShouldBe((verdict, met, fallback));
    }

    [Test]
    public void A_German_explanation_reads_German_words_around_German_citations()
    {
        var explanation = Explained.ExplainIn(Explained.Classify(Built.GeneralPurpose.With("training_compute", 3.8e25)), "de");

        using var output = new StringWriter();
        new TreeExplanation(new RenderOptions()).Render(explanation, output);
        var tree = output.ToString();

        tree.ShouldContain("Ergebnis:");
        tree.ShouldContain("Rechtsstand:");
        tree.ShouldContain("Wie das Ergebnis zustande kam");
        tree.ShouldContain("Artikel 51 Absatz 1");
        tree.ShouldContain("auf Englisch zitiert: das Korpus hat diesen Text nicht auf Deutsch");
        tree.ShouldNotContain("Verdict");
        tree.ShouldNotContain("decided by");
    }
}
