using System.Collections.Immutable;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Citations;

/// <summary>Reading references in running text: lists and ranges, references relative to the text's own provision,
/// "this"/"that" references, other acts, and what ties a reference to a provision or act ("of this Article").</summary>
internal sealed partial class CitationParser
{
    // A relative reference ("paragraph 1, point (a)") is read onto this stand-in and keeps only what follows it: what
    // it hangs from is known only from the words after it ("of Article 6") and the provision the text belongs to.
    private static readonly ProvisionId StandIn = ProvisionId.Article(0);

    // The longest chain the law writes is "point (a) of paragraph 1 of Article 6 of Regulation …"; a cap keeps a
    // text that chains on and on from making ids, and the time to build them, grow without end.
    private const int MaxOwners = 4;

    /// <summary>A reader of references in running text: one per text, asked at any number of positions.</summary>
    public static CitationParser ForProse(CitationGrammar grammar, string text) => new(grammar, text, prose: true);

    /// <summary>The longest reference that starts at <paramref name="start"/>, with whatever ties it to a provision or
    /// an act ("paragraphs 1 and 2 of this Article"); null when none starts there.</summary>
    public ProseReading? ReadAt(int start)
    {
        position = start;
        return ReadOne(qualifying: false) is { } reading ? ReadQualifiers(reading) : null;
    }

    /// <param name="qualifying">The reference names what another one belongs to ("of that Directive"), where "that"
    /// may name another act.</param>
    private ProseReading? ReadOne(bool qualifying)
    {
        var start = position;
        return ReadOtherAct(start) ?? ReadDeictic(start, grammar.Prose.This, qualifying) ?? ReadProvisions(start);
    }

    /// <summary>Ties the reference to what it belongs to, as long as the text goes on to say so: "point (a) of
    /// paragraph 1 of Article 6 of Regulation (EU) 2019/1020".</summary>
    private ProseReading ReadQualifiers(ProseReading reading)
    {
        var owners = 0;
        while (owners++ < MaxOwners && reading.Anchor is not (ReadingAnchor.ThisAct or ReadingAnchor.OtherAct))
        {
            var mark = position;
            SkipSpace();

            // "Article 6(1), point (b), of Directive 2009/48/EC": a comma may close the citation before its act.
            var comma = TryChar(',');
            SkipSpace();
            ProseReading? owner;
            if (TryWord(grammar.Prose.Of) is not null)
            {
                SkipSpace();
                if (reading.Anchor == ReadingAnchor.PointHolder && SkipSubparagraph(withArticle: true))
                {
                    reading = reading with { End = position };
                    continue;
                }

                owner = ReadOne(qualifying: true);
            }
            else
            {
                // "artikel 4, lid 2, VEU": a Treaty may follow a comma; languages that inflect name the owner without
                // a word for "of" ("art. 6 rozporządzenia (UE) 2019/1020", "Absatz 1 dieses Artikels").
                owner = ReadTreaty(position)
                    ?? (comma ? null : ReadDeictic(position, grammar.Prose.OfThis, qualifying: true) ?? ReadNumberedAct(position));
            }

            if (owner is null || Qualify(reading, owner) is not { } qualified)
            {
                position = mark;
                break;
            }

            reading = qualified;
        }

        return reading;
    }

    private static ProseReading? Qualify(ProseReading reading, ProseReading owner) => owner.Anchor switch
    {
        ReadingAnchor.OtherAct => reading with { End = owner.End, Anchor = ReadingAnchor.OtherAct, Paths = [] },
        ReadingAnchor.ThisAct => reading with { End = owner.End },
        _ when reading.Anchor is ReadingAnchor.Article or ReadingAnchor.Paragraph or ReadingAnchor.PointHolder
            && owner.Paths is [var path] =>
            new(reading.Start, owner.End, owner.Anchor, [.. reading.Paths.Select(p => path + p)]),
        _ => null,
    };

    private ProseReading? ReadOtherAct(int start) => ReadTreaty(start) ?? ReadNumberedAct(start);

    private ProseReading? ReadTreaty(int start) =>
        TryWord(grammar.Prose.Treaties) is not null ? new(start, position, ReadingAnchor.OtherAct, []) : NotHere(start);

    /// <summary>"Regulation (EU) 2019/1020", "Directive 2009/48/EC", "Commission Decision of 24 January 2024".</summary>
    private ProseReading? ReadNumberedAct(int start)
    {
        if (TryWord(grammar.Prose.InstitutionsBefore) is not null)
        {
            SkipSpace();
        }

        if (TryWord(grammar.Prose.Acts) is null)
        {
            return NotHere(start);
        }

        var afterKind = position;
        if (ReadActNumber())
        {
            return new(start, position, ReadingAnchor.OtherAct, []);
        }

        // Languages that put the institution after the kind may name it before the number: "decyzja Komisji (UE) 2024/…".
        position = afterKind;
        SkipSpace();
        if (TryWord(grammar.Prose.InstitutionsAfter) is not null && ReadActNumber())
        {
            return new(start, position, ReadingAnchor.OtherAct, []);
        }

        position = afterKind;
        return ReadActDate() ? new(start, position, ReadingAnchor.OtherAct, []) : NotHere(start);
    }

    /// <summary>"(EU) 2019/1020", "(EC) No 765/2008", "2009/48/EC".</summary>
    private bool ReadActNumber()
    {
        SkipSpace();
        if (TryChar('('))
        {
            var series = ReadRun(c => char.IsLetter(c) || c is ',' or ' ');
            if (series.Trim().Length is 0 or > 20 || !TryChar(')'))
            {
                return false;
            }

            SkipSpace();
        }

        if (TryWord(grammar.Prose.NumberPrefix) is not null)
        {
            SkipSpace();
        }

        if (ReadRun(char.IsAsciiDigit).Length is 0 or > 4 || !TryChar('/') || ReadRun(char.IsAsciiDigit).Length == 0)
        {
            return false;
        }

        var afterNumber = position;
        if (!TryChar('/') || ReadRun(char.IsAsciiLetter).Length == 0)
        {
            position = afterNumber;
        }

        return position == text.Length || !char.IsLetterOrDigit(text[position]);
    }

    /// <summary>"of 24 January 2024", "van de Commissie van 24 januari 2024", "vom 24. Januar 2024",
    /// "de la Commission du 1er février 2024".</summary>
    private bool ReadActDate()
    {
        SkipSpace();
        if (TryWord(grammar.Prose.InstitutionsAfter) is not null)
        {
            SkipSpace();
        }

        // Spanish and Italian set the date off with a comma: "Decisión de la Comisión, de 24 de enero de 2024".
        if (TryChar(','))
        {
            SkipSpace();
        }

        if (TryWord(grammar.Prose.DateOf) is null)
        {
            return false;
        }

        SkipSpace();
        if (ReadRun(char.IsAsciiDigit).Length is 0 or > 2)
        {
            return false;
        }

        // The day may be written as an ordinal: "24." in German, "1er" in French, "27ης" in Greek.
        if (!TryChar('.') && ReadRun(char.IsLetter).Length > 3)
        {
            return false;
        }

        SkipDateJoin();
        if (TryWord(grammar.Prose.Months) is null)
        {
            return false;
        }

        SkipDateJoin();
        return ReadRun(char.IsAsciiDigit).Length == 4 && (position == text.Length || !char.IsLetterOrDigit(text[position]));
    }

    /// <summary>Reads past the space, and the word if the language has one, between a date's parts: "27 de abril de 2016".</summary>
    private void SkipDateJoin()
    {
        SkipSpace();
        if (TryWord(grammar.Prose.DateJoin) is not null)
        {
            SkipSpace();
        }
    }

    /// <summary>"this Regulation", "this Article", "this paragraph", "this Annex", "that Annex", "that Article"; in
    /// a qualifier also "that Directive", another act.</summary>
    private ProseReading? ReadDeictic(int start, ImmutableArray<string> thisWords, bool qualifying)
    {
        if (TryWord(thisWords) is not null)
        {
            SkipSpace();
            if (ReadActKind() is { } own)
            {
                return new(start, position, own ? ReadingAnchor.ThisAct : ReadingAnchor.OtherAct, []);
            }

            var anchor = TryWord(grammar.Article) is not null ? ReadingAnchor.Article
                : TryWord(grammar.Paragraph) is not null ? ReadingAnchor.Paragraph
                : TryWord(grammar.Annex) is not null ? ReadingAnchor.ThisAnnex
                : (ReadingAnchor?)null;
            if (anchor is { } self)
            {
                return new(start, position, self, [""]);
            }

            position = start;
        }

        if (TryWord(grammar.Prose.That) is not null)
        {
            SkipSpace();
            if (qualifying && TryWord(grammar.Prose.Acts) is not null)
            {
                return new(start, position, ReadingAnchor.OtherAct, []);
            }

            var anchor = TryWord(grammar.Annex) is not null ? ReadingAnchor.ThatAnnex
                : TryWord(grammar.Article) is not null ? ReadingAnchor.ThatArticle
                : (ReadingAnchor?)null;
            if (anchor is { } named)
            {
                return new(start, position, named, [""]);
            }
        }

        return NotHere(start);
    }

    /// <summary>Reads the kind of act after "this": true when it is the act's own kind ("this Regulation"), false for
    /// another kind ("dieser Richtlinie", "de cette directive"), null when no kind of act stands here.</summary>
    private bool? ReadActKind()
    {
        var start = position;
        if (TryWord(grammar.Prose.Acts) is null)
        {
            return null;
        }

        var end = position;
        position = start;
        var own = TryWord(grammar.Prose.ThisActs) is not null && position == end;
        position = end;
        return own;
    }

    /// <summary>A citation of recitals, articles or annexes ("Article 51(1), point (a)", "Articles 51 and 52"), or of
    /// paragraphs and points of the text's own provision ("paragraph 1, point (a)", "points (a) and (b)").</summary>
    private ProseReading? ReadProvisions(int start)
    {
        listKind = null;
        if (NumbersLead && ReadNumberFirstList() is { } listed)
        {
            return new(start, position, ReadingAnchor.None, [.. listed.Select(i => i.Value)]);
        }

        var id = ReadNamed(out var named);
        if (named)
        {
            if (id is null)
            {
                return NotHere(start);
            }

            var ids = ReadList(id).Select(i => i.Value).ToImmutableArray();
            return new(start, position, ReadingAnchor.None, ids);
        }

        var relative = ReadParts(StandIn, withParagraph: true);
        if (relative is null || relative == StandIn)
        {
            return NotHere(start);
        }

        var paths = ReadList(relative).Select(i => i.Value[StandIn.Value.Length..]).ToImmutableArray();
        var anchor = relative.Segments[1].Level == ProvisionLevel.Paragraph ? ReadingAnchor.Article : ReadingAnchor.PointHolder;
        return new(start, position, anchor, paths);
    }

    /// <summary>Reads on from the first item of a list opened by a plural ("Articles 51, 52 and 53", "points (a) to
    /// (c)") or by a bracketed paragraph ("Article 51(1) and (2)"). The list ends at its "and" item, as lists are
    /// written, so that a figure after it ("…and 2, 3 months after") is not taken for an item.</summary>
    private List<ProvisionId> ReadList(ProvisionId first)
    {
        var ids = new List<ProvisionId> { first };
        var ended = false;
        while (!ended && listKind is { } kind)
        {
            var mark = position;
            SkipSpace();
            var through = false;
            if (TryChar(','))
            {
                SkipSpace();
                ended = TryWord(grammar.Prose.And) is not null;
            }
            else if (TryWord(grammar.Prose.And) is not null)
            {
                ended = true;
            }
            else
            {
                through = TryWord(grammar.Prose.Through) is not null;
                if (!through)
                {
                    position = mark;
                    break;
                }
            }

            SkipSpace();
            if (!Extend(ids, ReadSibling(ids[^1], kind), through))
            {
                position = mark;
                break;
            }
        }

        return ids;
    }

    /// <summary>Adds the item read after a list's last one, or for a range every label up to it; false when nothing
    /// was read or the range does not run.</summary>
    private static bool Extend(List<ProvisionId> ids, ProvisionId? next, bool through)
    {
        IEnumerable<ProvisionId>? items = next is null ? null
            : through ? LabelRange.Expand(ids[^1].Last.Label, next.Last.Label)?.Select(l => Sibling(next, l))
            : [next];
        if (items is null)
        {
            return false;
        }

        ids.AddRange(items);
        return true;
    }

    private ProvisionId? ReadSibling(ProvisionId previous, LabelKind kind) => kind switch
    {
        LabelKind.Article => ReadArticleNumber(grammar.Article[0]),
        LabelKind.Annex => ReadAnnexNumber(grammar.Annex[0]),
        LabelKind.Recital => ReadRecitalNumber(grammar.Recital[0]),
        LabelKind.Paragraph => ReadParagraphNumber("a paragraph number") is { } number
            ? ProvisionId.Parse($"{previous.Parent}__para_{number}")
            : null,
        LabelKind.BracketedParagraph => TryChar('(') ? ReadBracketedParagraph(previous.Parent!) : null,
        _ => ReadPointLabel(previous.Parent!, grammar.Plurals.Point[0], opened: false, WordNumber.Plural),
    };

    private static ProvisionId Sibling(ProvisionId of, string label)
    {
        var segment = new IdSegment(of.Last.Level, label);
        return of.Parent is { } parent ? parent.Child(segment) : ProvisionId.Parse(segment.ToString());
    }

    /// <summary>Reads past "first subparagraph", "the first subparagraph" or "Unterabsatz 1". Subparagraphs have no id
    /// (their points are numbered in their paragraph), so a reference reads on through them as if they were not
    /// named.</summary>
    private bool SkipSubparagraph(bool withArticle)
    {
        var mark = position;
        if (withArticle && TryWord(grammar.Prose.The) is not null)
        {
            SkipSpace();
        }

        if (TryWord(grammar.Prose.Ordinals) is not null)
        {
            SkipSpace();
            if (TryWord(grammar.Prose.Subparagraph) is not null)
            {
                return true;
            }
        }
        else if (TryWord(grammar.Prose.Subparagraph) is not null)
        {
            // "Unterabsatz 1", "párrafo primero", "akapit pierwszy".
            SkipSpace();
            if (TryWord(grammar.Prose.Ordinals) is not null || ReadNumber(RecitalPattern(), "a subparagraph number") is not null)
            {
                return true;
            }
        }

        position = mark;
        return false;
    }

    private ProseReading? NotHere(int start)
    {
        position = start;
        return null;
    }
}
