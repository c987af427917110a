using System.Collections.Immutable;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Sentences;

namespace RulesDsl.Corpus.Citations;

/// <summary>
/// Finds the cross-references written in running text and resolves them to provision ids: "Article 51(1), point (a)",
/// "artikel 51, lid 1, punt a)", "paragraphs 1 and 2 of this Article", "that Annex", "this Regulation",
/// "Regulation (EU) 2019/1020". Reads with the same grammar as <see cref="CitationForms"/>, in its languages.
/// </summary>
public static class CitationScanner
{
    /// <summary>The cross-references in a text, in the order they are written; references do not overlap.</summary>
    /// <param name="text">Running text, such as a provision's text or heading.</param>
    /// <param name="language">The language it is written in, one of <see cref="CitationForms.Languages"/>.</param>
    /// <param name="context">The provision the text belongs to, which references such as "paragraph 4", "point (a)"
    /// and "this Article" are relative to; without it they are found but left <see cref="CrossReferenceScope.Unresolved"/>.</param>
    /// <remarks>One pass over the text: each reference is read once from where it starts, and every other word is
    /// looked at once, so the time taken grows with the length of the text.</remarks>
    /// <exception cref="ArgumentException">The language is not one citations can be read in.</exception>
    public static IReadOnlyList<CrossReference> Scan(string text, string language, ProvisionId? context)
    {
        ArgumentNullException.ThrowIfNull(text);
        var grammar = CitationGrammars.Find(language)
            ?? throw new ArgumentException(
                $"cross-references cannot be read in language '{language}'; they can in {string.Join(", ", CitationForms.Languages)}",
                nameof(language));

        var reader = CitationParser.ForProse(grammar, text);
        var sentences = SentenceSplitter.Split(text, grammar.Language);
        var found = new List<CrossReference>();
        var sentence = 0;
        var named = new Named(null, null);
        var numbersLead = reader.NumbersLead;
        var at = NextWord(text, 0, numbersLead);
        while (at < text.Length)
        {
            // "that Annex" looks back only as far as the start of its sentence.
            var startsSentence = false;
            while (sentence < sentences.Count && sentences[sentence].End.Value <= at)
            {
                sentence++;
                startsSentence = true;
            }

            if (startsSentence)
            {
                named = new Named(null, null);
            }

            if (reader.ReadAt(at) is not { } reading)
            {
                at = NextWord(text, EndOfWord(text, at), numbersLead);
                continue;
            }

            // Languages that name the act before its provisions: "az (EU) 2019/1020 rendelet 6. cikke",
            // "Reglamento (ES) 2019/1020 6 straipsnis" are that act's.
            if (grammar.OwnerBefore && reading.Anchor is not (ReadingAnchor.ThisAct or ReadingAnchor.OtherAct)
                && (reader.AfterAnotherAct(reading.Start) || (found.LastOrDefault() is { Scope: CrossReferenceScope.OtherAct } last
                    && string.IsNullOrWhiteSpace(text[(last.Start + last.Length)..reading.Start]))))
            {
                reading = reading with { Anchor = ReadingAnchor.OtherAct, Paths = [] };
            }

            var reference = Resolve(text, reading, context, named);
            found.Add(reference);
            named = named.After(reference);
            at = NextWord(text, reading.End, numbersLead);
        }

        return found;
    }

    private static CrossReference Resolve(string text, ProseReading reading, ProvisionId? context, Named named)
    {
        var anchor = reading.Anchor switch
        {
            ReadingAnchor.Article => TopLevel(context, ProvisionLevel.Article),
            ReadingAnchor.Paragraph => Paragraph(context),
            ReadingAnchor.PointHolder => PointHolder(context),
            ReadingAnchor.ThisAnnex => TopLevel(context, ProvisionLevel.Annex) ?? named.Annex,
            ReadingAnchor.ThatAnnex => named.Annex ?? TopLevel(context, ProvisionLevel.Annex),
            ReadingAnchor.ThatArticle => named.Article,
            _ => null,
        };

        var (scope, targets) = reading.Anchor switch
        {
            ReadingAnchor.None => (CrossReferenceScope.Provision, reading.Paths.Select(ProvisionId.Parse).ToImmutableArray()),
            ReadingAnchor.ThisAct => (CrossReferenceScope.Act, []),
            ReadingAnchor.OtherAct => (CrossReferenceScope.OtherAct, []),
            _ when anchor is null => (CrossReferenceScope.Unresolved, []),
            _ => (CrossReferenceScope.Provision, [.. reading.Paths.Select(path => ProvisionId.Parse(anchor.Value + path))]),
        };

        return new CrossReference(reading.Start, reading.End - reading.Start, text[reading.Start..reading.End], targets, scope);
    }

    private static ProvisionId? TopLevel(ProvisionId? context, ProvisionLevel level) =>
        context?.Segments[0] is { } top && top.Level == level ? ProvisionId.Parse(top.ToString()) : null;

    private static ProvisionId? Paragraph(ProvisionId? context)
    {
        for (var id = context; id is not null; id = id.Parent)
        {
            if (id.Last.Level == ProvisionLevel.Paragraph)
            {
                return id;
            }
        }

        return null;
    }

    // A point is cited among its siblings: "point (a)" in point (b) of a paragraph is point (a) of that paragraph.
    private static ProvisionId? PointHolder(ProvisionId? context) => context?.Last.Level switch
    {
        null or ProvisionLevel.Recital => null,
        ProvisionLevel.Point => context.Parent,
        _ => context,
    };

    /// <summary>Where the next word starts; where numbers lead references ("51. cikk", "(1) bekezdés"), also a number
    /// or a bracket before one.</summary>
    private static int NextWord(string text, int from, bool numbersLead)
    {
        for (var i = from; i < text.Length; i++)
        {
            var startsWord = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            if (startsWord && (char.IsLetter(text[i])
                || (numbersLead && (char.IsAsciiDigit(text[i]) || (text[i] == '(' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))))
            {
                return i;
            }
        }

        return text.Length;
    }

    private static int EndOfWord(string text, int start)
    {
        var end = start + 1;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>The annex and the article named last in the sentence so far, which "that Annex" and "that Article"
    /// refer back to; none when a reference named several.</summary>
    private sealed record Named(ProvisionId? Annex, ProvisionId? Article)
    {
        public Named After(CrossReference reference)
        {
            var tops = reference.Targets.Select(t => t.Segments[0]).Distinct().ToList();
            return tops switch
            {
                [{ Level: ProvisionLevel.Annex } annex] => this with { Annex = ProvisionId.Parse(annex.ToString()) },
                [{ Level: ProvisionLevel.Article } article] => this with { Article = ProvisionId.Parse(article.ToString()) },
                _ when tops.Any(t => t.Level == ProvisionLevel.Annex) => this with { Annex = null },
                _ => this,
            };
        }
    }
}
