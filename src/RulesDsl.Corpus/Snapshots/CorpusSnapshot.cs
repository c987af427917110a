using System.Collections.Immutable;
using RulesDsl.Caching;
using RulesDsl.Corpus.Citations;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Snapshots;

/// <summary>
/// A read corpus saved whole, every provision with its sentences, links, text map and notes, and read back equal to
/// what the reader made, so that an unchanged corpus is not read again. Provisions keep their order, which is what
/// the linker's references point at them by.
/// </summary>
public static class CorpusSnapshot
{
    public static void Write(SnapshotWriter to, LegalCorpus corpus)
    {
        to.Text(corpus.Root);
        to.List(corpus.Documents, document => Document(to, document));
        to.List(corpus.Provisions, provision => Provision(to, provision));
        to.List(corpus.Diagnostics, to.Diagnostic);
        to.List(Ordered(corpus.AnchorMaps), act =>
        {
            to.String(act.Key);
            to.List(Ordered(act.Value.Files), file =>
            {
                to.String(file.Key);
                to.List(Ordered(file.Value), anchor =>
                {
                    to.String(anchor.Key);
                    Id(to, anchor.Value);
                });
            });
        });
        to.List(Ordered(corpus.CriteriaTables), act =>
        {
            to.String(act.Key);
            to.List(act.Value.Criteria.OrderBy(c => c.Key.Value, StringComparer.Ordinal).ToList(), criterion =>
            {
                Id(to, criterion.Key);
                to.List(criterion.Value, id => Id(to, id));
            });
        });
    }

    public static LegalCorpus Read(SnapshotReader from)
    {
        var root = from.Text();
        var documents = from.List(() => Document(from));
        var provisions = from.List(() => Provision(from));
        var diagnostics = from.List(from.Diagnostic);
        var anchorMaps = from.List(() => KeyValuePair.Create(
            from.RequiredString(),
            new AnchorMap(from.List(() => KeyValuePair.Create(
                from.RequiredString(),
                from.List(() => KeyValuePair.Create(from.RequiredString(), Id(from))).ToImmutableDictionary(StringComparer.Ordinal))).ToImmutableDictionary(StringComparer.Ordinal))));
        var criteria = from.List(() => KeyValuePair.Create(
            from.RequiredString(),
            new CriteriaTable(from.List(() => KeyValuePair.Create(Id(from), from.List(() => Id(from)))).ToImmutableDictionary())));
        return new LegalCorpus(root, documents, provisions, diagnostics)
        {
            AnchorMaps = anchorMaps.ToImmutableDictionary(StringComparer.Ordinal),
            CriteriaTables = criteria.ToImmutableDictionary(StringComparer.Ordinal),
        };
    }

    public static void Id(SnapshotWriter to, ProvisionId id) => to.String(id.Value);

    public static ProvisionId Id(SnapshotReader from) => ProvisionId.Saved(from.RequiredString());

    // Dictionaries are saved in key order, so that the same corpus always makes the same snapshot.
    private static List<KeyValuePair<string, T>> Ordered<T>(IEnumerable<KeyValuePair<string, T>> items) =>
        [.. items.OrderBy(i => i.Key, StringComparer.Ordinal)];

    private static void Document(SnapshotWriter to, SourceDocument document)
    {
        to.String(document.Path);
        to.String(document.Act);
        to.String(document.Language);
        to.Int((int)document.LanguageOrigin);
        to.String(document.Source);
        to.Bool(document.Eli is not null);
        if (document.Eli is { } eli)
        {
            to.Int((int)eli.Type);
            to.Int(eli.Year);
            to.Int(eli.Number);
        }

        to.List(document.Boilerplate, text => SetAside(to, text));
        to.List(document.Unclassified, text => SetAside(to, text));
        to.List(document.Divisions, division => Division(to, division));
    }

    private static SourceDocument Document(SnapshotReader from) =>
        new(from.RequiredString(), from.RequiredString(), from.String(), from.Enum<LanguageOrigin>(), from.String(),
            from.Bool() ? new EliLink(from.Enum<ActType>(), from.Int(), from.Int()) : null,
            from.List(() => SetAside(from)), from.List(() => SetAside(from)))
        {
            Divisions = from.List(() => Division(from)),
        };

    private static void SetAside(SnapshotWriter to, SetAsideText text)
    {
        to.Text(text.Text);
        to.String(text.Reason);
        to.Position(text.Position);
    }

    private static SetAsideText SetAside(SnapshotReader from) => new(from.Text(), from.RequiredString(), from.Position());

    private static void Division(SnapshotWriter to, Division division)
    {
        to.String(division.Id);
        to.Int((int)division.Level);
        to.String(division.Label);
        to.String(division.Title);
    }

    private static Division Division(SnapshotReader from) => new(from.RequiredString(), from.Enum<DivisionLevel>(), from.RequiredString(), from.String());

    private static void Provision(SnapshotWriter to, Provision provision)
    {
        Id(to, provision.Id);
        to.Int((int)provision.Kind);
        to.String(provision.Act);
        to.String(provision.Language);
        to.Date(provision.Version);
        to.String(provision.Label);
        to.String(provision.Heading);
        to.Text(provision.Text);
        to.List(provision.Sentences, sentence =>
        {
            to.Int(sentence.Number);
            to.Int(sentence.Start);
            Excerpt(to, provision.Text, sentence.Start, sentence.Text);
            to.Position(sentence.Position);
        });
        to.List(provision.Links, link =>
        {
            to.String(link.LinkText);
            to.String(link.GluedSuffix);
            to.String(link.Target);
            to.Position(link.Position);
            to.Int(link.TextStart);
        });
        to.Position(provision.Position);
        to.String(provision.Map.File);
        to.List(provision.Map.Runs, run =>
        {
            to.Int(run.TextStart);
            to.Int(run.Line);
            to.Int(run.Column);
        });
        to.String(provision.BlockId);
        to.List(provision.Divisions, division => Division(to, division));
        to.Int((int)provision.Status);
        to.List(provision.Notes, note =>
        {
            to.String(note.Number);
            to.Text(note.Text);
            to.Position(note.Position);
        });
    }

    private static Provision Provision(SnapshotReader from)
    {
        var id = Id(from);
        var kind = from.Enum<ProvisionKind>();
        var act = from.RequiredString();
        var language = from.RequiredString();
        var version = from.Date();
        var label = from.RequiredString();
        var heading = from.String();
        var text = from.Text();
        var sentences = from.List(() =>
        {
            var number = from.Int();
            var start = from.Int();
            return new Sentence(number, Excerpt(from, text, start), start, from.Position());
        });
        var links = from.List(() => new TermLink(from.RequiredString(), from.RequiredString(), from.RequiredString(), from.Position(), from.Int()));
        var position = from.Position();
        var map = new TextMap(from.RequiredString(), from.List(() => new TextMap.Run(from.Int(), from.Int(), from.Int())));
        return new Provision(id, kind, act, language, version, label, heading, text, sentences, links, position, map, from.String())
        {
            Divisions = from.List(() => Division(from)),
            Status = from.Enum<TextStatus>(),
            Notes = from.List(() => new Note(from.RequiredString(), from.Text(), from.Position())),
        };
    }

    /// <summary>
    /// A part of a text (a sentence, a reference's words): by its length where it is the text at its start, as it
    /// nearly always is, else written out (-1, then the words).
    /// </summary>
    public static void Excerpt(SnapshotWriter to, string whole, int start, string part)
    {
        var within = start >= 0 && start + part.Length <= whole.Length && whole.AsSpan(start, part.Length).SequenceEqual(part);
        to.Int(within ? part.Length : -1);
        if (!within)
        {
            to.Text(part);
        }
    }

    public static string Excerpt(SnapshotReader from, string whole, int start) =>
        from.Int() is var length and >= 0 ? whole.Substring(start, length) : from.Text();
}
