using System.Text.Json;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Cli.Commands;

/// <summary>The corpus as JSON for programs: provisions, documents with what they set aside, and diagnostics.</summary>
internal static class CorpusJson
{
    public static void Write(TextWriter output, LegalCorpus corpus, IReadOnlyList<Provision> provisions)
    {
        var document = new
        {
            root = corpus.Root,
            provisions = provisions.Select(p => new
            {
                id = p.Id.Value,
                kind = p.Kind.ToString(),
                act = p.Act,
                language = p.Language,
                version = p.Version,
                label = p.Label,
                heading = p.Heading,
                divisions = p.Divisions.Select(Division),
                text = p.Text,
                notes = p.Notes.Select(n => new { number = n.Number, text = n.Text, position = n.Position }),
                sentences = p.Sentences.Select(s => new { number = s.Number, text = s.Text, position = s.Position }),
                links = p.Links.Select(l => new { text = l.LinkText, glued = l.GluedSuffix, target = l.Target, anchor = l.Anchor, position = l.Position }),
                position = p.Position,
            }),
            documents = corpus.Documents.Select(d => new
            {
                path = d.Path,
                act = d.Act,
                language = d.Language,
                languageOrigin = d.LanguageOrigin.ToString(),
                source = d.Source,
                divisions = d.Divisions.Select(Division),
                boilerplate = d.Boilerplate,
                unclassified = d.Unclassified,
            }),
            diagnostics = corpus.Diagnostics.Select(d => new
            {
                id = d.Id,
                severity = d.Severity.ToString().ToLowerInvariant(),
                position = d.Position,
                message = d.Message,
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, CliJson.Options));
    }

    private static object Division(Division division) =>
        new { id = division.Id, level = division.Level.ToString(), label = division.Label, title = division.Title };
}
