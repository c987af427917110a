using RulesDsl.Corpus.Citations;
using RulesDsl.Corpus.Model;
using RulesDsl.Explain.Building;
using RulesDsl.Linking.Reports;

namespace RulesDsl.Cli.Commands;

/// <summary>One provision for a reader: where it comes from, its sentences numbered, its links and its parts.</summary>
internal static class ProvisionPrinter
{
    /// <param name="words">The reader's words, in which a draft is marked as not law.</param>
    public static void Write(TextWriter output, LegalCorpus corpus, Provision provision, Vocabulary words)
    {
        output.WriteLine($"{provision.Id}  [{provision.Language}, {CorpusTable.Version(provision.Version)}{Marked(provision, words)}]  {provision.Label}");
        if (provision.Heading is { } heading)
        {
            output.WriteLine(heading);
        }

        if (provision.Divisions.Length > 0)
        {
            output.WriteLine($"in: {provision.DivisionPath}");
        }

        // Ids deeper than citations go (a point of a point, an annex's section) have no printed form: none is shown.
        if (ProvisionNames.Citation(provision.Id, provision.Language) is { } citation)
        {
            // A version that labels its points its own way (the scraped "6." for the OJ's "(f)") is cited as it prints them.
            var ownLabel = provision.Label.Trim('(', ')', '.');
            var cited = provision.Kind is ProvisionKind.Point or ProvisionKind.AnnexPoint && ownLabel != provision.Id.Last.Label
                ? CitationForms.Print(provision.Id, provision.Language, ownLabel)
                : citation;
            output.WriteLine($"cited as: {cited}");
        }

        if (corpus.Eli(provision.Act) is { } eli)
        {
            output.WriteLine($"link: {eli.ToProvision(provision.Id)}");
        }

        output.WriteLine($"source: {provision.Position}");
        foreach (var sentence in provision.Sentences)
        {
            output.WriteLine($"  ({sentence.Number}) {sentence.Text}");
        }

        foreach (var note in provision.Notes)
        {
            output.WriteLine($"  note ({note.Number}) {note.Text}  at {note.Position}");
        }

        foreach (var link in provision.Links)
        {
            output.WriteLine($"  link: {link.SurfaceText} -> {link.Target}  at {link.Position}");
        }

        foreach (var part in corpus.Parts(provision))
        {
            output.WriteLine($"  {part.Id}  {part.Label} {part.Text}");
        }

        var others = corpus.Versions(provision.Id, provision.Language).Where(p => p != provision).ToList();
        if (others.Count > 0)
        {
            output.WriteLine($"other versions: {string.Join(", ", others.Select(p => $"{CorpusTable.Version(p.Version)}{Marked(p, words)} ({p.Position.File})"))}");
        }

        output.WriteLine();
    }

    /// <summary>", draft, not law" after the version of a draft, in the reader's words; nothing for law.</summary>
    public static string Marked(Provision provision, Vocabulary words) =>
        provision.Status == TextStatus.Draft ? $", {words[Phrase.Draft]}" : "";
}
