using System.Collections.Immutable;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Citations;

/// <summary>Reading citations whose numbers come before their words, as Hungarian, Latvian, Lithuanian and Finnish
/// write them ("51. cikk (1) bekezdés a) pont", "51 straipsnio 1 dalies a punktas"), and acts named before their
/// provisions ("az (EU) 2019/1020 rendelet 6. cikke").</summary>
internal sealed partial class CitationParser
{
    /// <summary>Whether a reference may start with a number ("51. cikk") or a bracket ("(1) bekezdés").</summary>
    public bool NumbersLead => !grammar.NumberFirst.IsEmpty;

    /// <summary>"51. cikk", "XIII. melléklet", "(111) preambulumbekezdés", with the parts after them; null, at the
    /// position it started from, when no such provision starts here.</summary>
    private ProvisionId? ReadNumberFirst()
    {
        var start = position;
        foreach (var level in (ReadOnlySpan<ProvisionLevel>)[ProvisionLevel.Annex, ProvisionLevel.Article, ProvisionLevel.Recital])
        {
            position = start;
            if (grammar.NumberBefore(level) && ReadTopLabel(level) is { } id && ReadTopWord(level, out _) is not null)
            {
                return level == ProvisionLevel.Recital ? id : ReadParts(id, withParagraph: level == ProvisionLevel.Article);
            }
        }

        position = start;
        return null;
    }

    /// <summary>A list or range of numbers before a plural word: "12–15. cikk", "12 ir 13 straipsniai". Null unless at
    /// least two provisions are named.</summary>
    private ImmutableArray<ProvisionId>? ReadNumberFirstList()
    {
        var start = position;
        foreach (var level in (ReadOnlySpan<ProvisionLevel>)[ProvisionLevel.Annex, ProvisionLevel.Article, ProvisionLevel.Recital])
        {
            position = start;
            if (!grammar.NumberBefore(level) || ReadTopLabel(level) is not { } first)
            {
                continue;
            }

            var ids = new List<ProvisionId> { first };
            while (true)
            {
                var mark = position;
                SkipSpace();
                var through = TryWord(grammar.Prose.Through) is not null;
                if (!through && !TryChar(',') && TryWord(grammar.Prose.And) is null)
                {
                    position = mark;
                    break;
                }

                SkipSpace();
                if (!Extend(ids, ReadTopLabel(level), through))
                {
                    position = mark;
                    break;
                }
            }

            if (ids.Count > 1 && ReadTopWord(level, out _) is not null)
            {
                return [.. ids];
            }
        }

        position = start;
        return null;
    }

    private ProvisionId? ReadTopLabel(ProvisionLevel level)
    {
        SkipSpace();
        if (level == ProvisionLevel.Article)
        {
            return ReadArticleNumber("");
        }

        if (level == ProvisionLevel.Annex)
        {
            return ReadAnnexNumber("");
        }

        var open = TryChar('(');
        if (ReadNumber(RecitalPattern(), "a recital number") is not { } number || (open && !TryChar(')')))
        {
            return null;
        }

        TryWord(grammar.RecitalSuffix);
        return ProvisionId.Parse($"rct_{number}");
    }

    /// <summary>The word after a top-level provision's number, and the word after a recital's when the language has
    /// one.</summary>
    private string? ReadTopWord(ProvisionLevel level, out WordNumber number)
    {
        SkipSpace();
        var word = level switch
        {
            ProvisionLevel.Article => TryNoun(grammar.ArticleWords, grammar.Plurals.Article, out number),
            ProvisionLevel.Annex => TryNoun(grammar.AnnexWords, grammar.Plurals.Annex, out number),
            _ => TryNoun(grammar.Recital, grammar.Plurals.Recital, out number),
        };
        if (word is null || level != ProvisionLevel.Recital || grammar.RecitalAfter.IsEmpty)
        {
            return word;
        }

        SkipSpace();
        return TryWord(grammar.RecitalAfter) is not null ? word : null;
    }

    /// <summary>The paragraph and point after an article or annex, each number before its word: "(1) bekezdés a)
    /// pont", "1 dalies a punktas".</summary>
    private ProvisionId ReadPartsNumberFirst(ProvisionId id, bool withParagraph)
    {
        if (withParagraph && grammar.NumberBefore(ProvisionLevel.Paragraph))
        {
            var mark = position;
            SkipSpace();
            if (ReadParagraphNumber("a paragraph number") is { } paragraph)
            {
                SkipSpace();
                if (TryNoun(grammar.ParagraphWords, grammar.Plurals.Paragraph, out _) is not null)
                {
                    id = ProvisionId.Parse($"{id}__para_{paragraph}");
                    return ReadPointNumberFirst(id) ?? id;
                }
            }

            position = mark;
        }

        return ReadPointNumberFirst(id) ?? id;
    }

    private ProvisionId? ReadPointNumberFirst(ProvisionId parent)
    {
        var mark = position;
        SkipSpace();
        if (ReadPointLabel(parent, "", opened: false, WordNumber.Singular) is { } point)
        {
            SkipSpace();
            if (TryNoun(grammar.Point, grammar.Plurals.Point, out _) is not null)
            {
                listKind = null;
                return point;
            }
        }

        position = mark;
        return null;
    }

    /// <summary>In a language that names an act before its provisions: whether the words right before
    /// <paramref name="start"/> name another act ("az (EU) 2019/1020 rendelet 6. cikke", "az EUMSZ 16. cikke") rather
    /// than this one ("e rendelet 6. cikke") or none.</summary>
    public bool AfterAnotherAct(int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        // The kind of act or the Treaty's name takes at most a few words: "felhatalmazáson alapuló rendelet".
        var wordStart = end;
        for (var words = 0; words < 4 && wordStart > 0; words++)
        {
            wordStart = PreviousWordStart(wordStart);
            if (EndsAt(wordStart, grammar.Prose.Treaties, end))
            {
                return true;
            }

            if (EndsAt(wordStart, grammar.Prose.Acts, end))
            {
                return !(EndsAt(wordStart, grammar.Prose.ThisActs, end) && AfterThis(wordStart));
            }
        }

        return false;
    }

    private bool AfterThis(int actStart)
    {
        var wordStart = actStart;
        for (var words = 0; words < 2 && wordStart > 0; words++)
        {
            wordStart = PreviousWordStart(wordStart);
            position = wordStart;
            if (TryWord(grammar.Prose.This) is not null)
            {
                SkipSpace();
                if (position == actStart)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool EndsAt(int from, ImmutableArray<string> words, int end)
    {
        position = from;
        return TryWord(words) is not null && position == end;
    }

    private int PreviousWordStart(int from)
    {
        var at = from;
        while (at > 0 && char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        while (at > 0 && !char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        return at;
    }
}
