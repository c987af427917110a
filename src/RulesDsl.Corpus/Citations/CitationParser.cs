using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Corpus.Citations;

/// <summary>
/// Reads citations with one language's grammar, in one of two modes. A whole citation (<see cref="Parse"/>) must be
/// nothing but a citation, and a failure says what was expected at which character. In running text
/// (<see cref="ReadAt"/>, the rest of this class in CitationParser.Prose.cs) the reader takes the longest well-formed
/// reference that starts at a position: a part that does not read is not part of the reference, which ends before it.
/// Written by hand rather than as a regular expression so that failures can be explained and so that reading stays
/// linear. Case is ignored and whitespace between parts is free.
/// </summary>
internal sealed partial class CitationParser
{
    private const int MaxQuotedLength = 20;

    private readonly CitationGrammar grammar;
    private readonly string text;
    private readonly bool prose;
    private readonly List<string> expected = [];
    private int expectedAt = -1;
    private int position;
    private bool wordRecognised;
    private CitationError? error;

    // In running text, the kind of the last label read when a list may go on from it ("Articles 51 and 52").
    private LabelKind? listKind;

    private CitationParser(CitationGrammar grammar, string text, bool prose)
    {
        this.grammar = grammar;
        this.text = text;
        this.prose = prose;
    }

    private enum Part
    {
        Absent,
        Found,
        Failed,
    }

    /// <summary>Whether a provision's word names one, several (and so opens a list) or either, as German "Artikel"
    /// does.</summary>
    private enum WordNumber
    {
        Singular,
        Plural,
        Either,
    }

    /// <summary>The labels a list can go on with, by what they label and how they are written.</summary>
    private enum LabelKind
    {
        Article,
        Annex,
        Recital,
        Paragraph,
        BracketedParagraph,
        Point,
    }

    /// <returns>The result, and whether the text began with one of the grammar's provision words (so that a caller
    /// trying several languages can tell "not this language" from "this language, but malformed").</returns>
    public static (CitationParseResult Result, bool WordRecognised) Parse(CitationGrammar grammar, string text)
    {
        var parser = new CitationParser(grammar, text, prose: false);
        var id = parser.ReadCitation();
        var result = id is null
            ? CitationParseResult.Failure(parser.error!)
            : CitationParseResult.Success(new ParsedCitation(id, grammar.Language));
        return (result, parser.wordRecognised);
    }

    /// <summary>What stands at <paramref name="at"/>, for "found …" in a message: a word or number, one character, or
    /// the end.</summary>
    public static string DescribeFound(string text, int at)
    {
        if (at >= text.Length)
        {
            return "the end of the text";
        }

        if (!char.IsLetterOrDigit(text[at]))
        {
            return $"'{text[at]}'";
        }

        var end = at;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return end - at > MaxQuotedLength ? $"'{text.Substring(at, MaxQuotedLength)}…'" : $"'{text[at..end]}'";
    }

    private ProvisionId? ReadCitation()
    {
        SkipSpace();
        var id = ReadNamed(out var named);
        if (!named)
        {
            return Fail<ProvisionId>($"expected '{grammar.Article[0]}', '{grammar.Annex[0]}' or '{grammar.Recital[0]}'");
        }

        wordRecognised = true;
        if (id is null)
        {
            return null;
        }

        SkipSpace();
        if (position < text.Length)
        {
            var options = expectedAt == position ? expected : [];
            return Fail<ProvisionId>($"expected {Alternatives([.. options, "the end of the citation"])}");
        }

        return id;
    }

    /// <summary>Reads a citation that starts with the word for an article, an annex or a recital.</summary>
    /// <param name="named">Whether such a word stands here; when it does, a null result is a citation that did not
    /// read.</param>
    private ProvisionId? ReadNamed(out bool named)
    {
        named = true;
        if (TryNoun(grammar.ArticleWords, grammar.Plurals.Article, out var number) is { } article)
        {
            return ReadArticle(article, number);
        }

        if (TryNoun(grammar.AnnexWords, grammar.Plurals.Annex, out number) is { } annex)
        {
            return ReadAnnex(annex, number);
        }

        var beforeRecital = position;
        if (TryNoun(grammar.Recital, grammar.Plurals.Recital, out number) is { } recital)
        {
            // Czech "bod 111 odůvodnění" is a recital, "bod 63" a point: the word after the number tells them apart.
            var read = ReadRecital(recital, number);
            if (read is not null || !prose || grammar.RecitalAfter.IsEmpty)
            {
                return read;
            }

            position = beforeRecital;
        }

        if (ReadNumberFirst() is { } numberFirst)
        {
            return numberFirst;
        }

        if (grammar.Order == CitationOrder.InnermostFirst)
        {
            var pointFirst = ReadPointFirst(out var pointWord);
            if (pointFirst is not null || (pointWord && !prose))
            {
                return pointFirst;
            }
        }

        named = false;
        return null;
    }

    /// <summary>Slovenian "točka (a) člena 51(1)": a point, then the article or annex that holds it. Null, at the
    /// position it started from, when no holder follows (then "točka (a)" is a point of the text's own provision).</summary>
    /// <param name="pointWord">Whether a point's word stands here, so that a whole citation that goes on wrongly is
    /// reported as this language's.</param>
    private ProvisionId? ReadPointFirst(out bool pointWord)
    {
        var start = position;
        var word = TryNoun(grammar.Point, grammar.Plurals.Point, out _);
        pointWord = word is not null;
        if (word is not null && ReadPointLabel(StandIn, word, opened: false, WordNumber.Singular) is { } point)
        {
            SkipSpace();
            var holderStart = position;
            if (ReadNamed(out var named) is { } holder && holder.Segments.Last().Level != ProvisionLevel.Point)
            {
                listKind = null;
                return ProvisionId.Parse(holder.Value + point.Value[StandIn.Value.Length..]);
            }

            if (!prose && !named)
            {
                Report(holderStart, $"expected the article or annex that holds the point, e.g. '{grammar.OwnerArticle.FirstOrDefault(grammar.Article[0])} 51'");
            }
        }

        if (prose)
        {
            position = start;
        }

        return null;
    }

    /// <param name="number">A plural opens a list, which names whole articles: "Articles 51 and 52".</param>
    private ProvisionId? ReadArticle(string word, WordNumber number)
    {
        if (ReadArticleNumber(word) is not { } id)
        {
            return null;
        }

        Listable(LabelKind.Article, number);
        if (number == WordNumber.Plural)
        {
            return id;
        }

        if (grammar.Order == CitationOrder.Dotted)
        {
            return ReadDottedParts(id);
        }

        if (grammar.ParagraphForm == ParagraphForm.Worded)
        {
            return ReadParts(id, withParagraph: true);
        }

        var mark = position;
        SkipSpace();
        if (!TryChar('('))
        {
            Expect("'(' and a paragraph number");
            position = mark;
            return ReadParts(id, withParagraph: false);
        }

        if (ReadBracketedParagraph(id) is not { } paragraph)
        {
            return Recover(id, mark);
        }

        var afterParagraph = position;
        SkipSpace();

        // "Article 51(1)(a)": the short form English texts use for a point of a paragraph.
        if (TryChar('('))
        {
            return ReadPointLabel(paragraph, "(", opened: true, WordNumber.Singular) ?? Recover(paragraph, afterParagraph);
        }

        position = afterParagraph;
        return ReadParts(paragraph, withParagraph: false);
    }

    /// <summary>Reads Swedish ".1 a" after "artikel 51": a paragraph after a full stop, then its point's bare label.
    /// "artikel 3.63" is read as a paragraph, as nothing in the citation tells it from Article 3's point 63; those who
    /// hold the act resolve it (<see cref="CitationForms.AsHeld"/>). Without a full stop the parts are worded
    /// ("artikel 2 led a").</summary>
    private ProvisionId? ReadDottedParts(ProvisionId article)
    {
        var mark = position;
        if (!TryChar('.') || position >= text.Length || !char.IsAsciiDigit(text[position]))
        {
            position = mark;
            return ReadParts(article, withParagraph: false);
        }

        if (ReadNumber(NumberPattern(), "the paragraph number after '.', e.g. 51.1") is not { } number)
        {
            return Recover(article, mark);
        }

        var paragraph = ProvisionId.Parse($"{article}__para_{number}");
        Listable(LabelKind.Paragraph, WordNumber.Singular);
        var afterParagraph = position;
        SkipSpace();

        // A point's label is one letter standing alone ("artikel 51.1 a"), so that a word ("52.4 av") is not one;
        // "i" before a word is the preposition ("artikel 4.2 i direktiv …"), not point (i).
        var rest = text.AsSpan(position);
        if (!DottedPointLabel().IsMatch(rest) || PrepositionI().IsMatch(rest))
        {
            position = afterParagraph;
            return paragraph;
        }

        position = afterParagraph;
        return ReadPointLabel(paragraph, $"{article.Segments[0].Label}.{number}", opened: false, WordNumber.Singular)
            ?? Recover(paragraph, afterParagraph);
    }

    private ProvisionId? ReadArticleNumber(string word)
    {
        if (ReadNumber(NumberPattern(), $"the article number after '{word}', e.g. 51") is not { } number)
        {
            return null;
        }

        TryWord(grammar.ArticleSuffix);
        return ProvisionId.Parse($"art_{number}");
    }

    /// <summary>Reads "1)" after the "(" of "Article 51(1)".</summary>
    private ProvisionId? ReadBracketedParagraph(ProvisionId article)
    {
        if (ReadNumber(NumberPattern(), "the paragraph number after '(', e.g. (1)") is not { } number
            || !ReadChar(')', "')' to close the paragraph number"))
        {
            return null;
        }

        Listable(LabelKind.BracketedParagraph, WordNumber.Either);
        return ProvisionId.Parse($"{article}__para_{number}");
    }

    private ProvisionId? ReadAnnex(string word, WordNumber number)
    {
        if (ReadAnnexNumber(word) is not { } id)
        {
            return null;
        }

        Listable(LabelKind.Annex, number);
        return number == WordNumber.Plural ? id : ReadParts(id, withParagraph: false);
    }

    private ProvisionId? ReadAnnexNumber(string word)
    {
        SkipSpace();
        var start = position;
        var written = ReadRun(char.IsAsciiLetter);
        var number = written.ToUpperInvariant();

        // Running text always prints an annex's number in capitals, which keeps "an annex to" from being Annex "TO".
        var valid = number.Length > 0 && (!prose || written == number) && ProvisionId.TryParse($"anx_{number}", out _);
        if (!valid)
        {
            return FailAt<ProvisionId>(start, $"expected the annex number in Roman numerals after '{word}', e.g. XIII");
        }

        TryWord(grammar.AnnexSuffix);
        return ProvisionId.Annex(number);
    }

    private ProvisionId? ReadRecital(string word, WordNumber number)
    {
        if (ReadRecitalNumber(word) is not { } id)
        {
            return null;
        }

        Listable(LabelKind.Recital, number);
        return id;
    }

    private ProvisionId? ReadRecitalNumber(string word)
    {
        if (ReadNumber(RecitalPattern(), $"the recital number after '{word}', e.g. 111") is not { } number)
        {
            return null;
        }

        TryWord(grammar.RecitalSuffix);
        if (!grammar.RecitalAfter.IsEmpty)
        {
            SkipSpace();
            if (TryWord(grammar.RecitalAfter) is null)
            {
                return Fail<ProvisionId>($"expected '{grammar.RecitalAfter[0]}' after the recital number");
            }
        }

        return ProvisionId.Parse($"rct_{number}");
    }

    /// <summary>Reads the optional worded paragraph ("lid 1") and point ("punt a)") after an article or annex.</summary>
    private ProvisionId? ReadParts(ProvisionId id, bool withParagraph)
    {
        if (grammar.NumberBefore(ProvisionLevel.Paragraph) || grammar.NumberBefore(ProvisionLevel.Point))
        {
            return ReadPartsNumberFirst(id, withParagraph);
        }

        var mark = position;
        var (part, isParagraph, word, number) = ReadPartWord(withParagraph);
        if (part != Part.Found)
        {
            return part == Part.Absent ? id : null;
        }

        if (isParagraph)
        {
            if (ReadParagraphNumber($"the paragraph number after '{word}', e.g. 1") is not { } paragraph)
            {
                return Recover(id, mark);
            }

            id = ProvisionId.Parse($"{id}__para_{paragraph}");
            Listable(LabelKind.Paragraph, number);
            if (number == WordNumber.Plural)
            {
                return id;
            }

            mark = position;
            (part, _, word, number) = ReadPartWord(withParagraph: false);
            if (part != Part.Found)
            {
                return part == Part.Absent ? id : null;
            }
        }

        return ReadPointLabel(id, word, opened: false, number) ?? Recover(id, mark);
    }

    /// <summary>Reads a worded paragraph's number as the language writes it: "1", "(1)" (Romanian), "1." (Croatian).</summary>
    private string? ReadParagraphNumber(string what)
    {
        SkipSpace();
        var open = TryChar('(');
        var number = ReadNumber(NumberPattern(), what);
        if (number is null || (open && !ReadChar(')', "')' to close the paragraph number")))
        {
            return null;
        }

        if (grammar.ParagraphLabel == PointLabelForm.Dotted)
        {
            TryChar('.');
        }

        return number;
    }

    /// <summary>Reads ", word" or " word" naming a point, or a paragraph too. In a whole citation a comma promises such
    /// a word, so a comma without one is an error; in running text the comma is just punctuation.</summary>
    private (Part Part, bool Paragraph, string Word, WordNumber Number) ReadPartWord(bool withParagraph)
    {
        var start = position;
        SkipSpace();
        var afterSpace = position;
        var comma = TryChar(',');
        SkipSpace();

        // "Article 5(1), first subparagraph, point (h)": a subparagraph's points are its paragraph's.
        if (prose && SkipSubparagraph(withArticle: false))
        {
            SkipSpace();
            TryChar(',');
            SkipSpace();
        }

        if (withParagraph && TryNoun(grammar.ParagraphWords, grammar.Plurals.Paragraph, out var number) is { } paragraph)
        {
            return (Part.Found, true, paragraph, number);
        }

        if (TryNoun(grammar.Point, grammar.Plurals.Point, out number) is { } point)
        {
            return (Part.Found, false, point, number);
        }

        if (prose)
        {
            position = start;
            return (Part.Absent, false, "", WordNumber.Singular);
        }

        string[] wanted = withParagraph ? [grammar.Paragraph[0], .. PointWords()] : [.. PointWords()];
        var quoted = wanted.Select(w => $"'{w}'").ToList();
        if (comma)
        {
            Report(position, $"expected {Alternatives(quoted)} after ','");
            return (Part.Failed, false, "", WordNumber.Singular);
        }

        position = afterSpace;
        quoted.ForEach(Expect);
        position = start;
        return (Part.Absent, false, "", WordNumber.Singular);
    }

    private IEnumerable<string> PointWords() => new[] { grammar.LetteredPoint[0], grammar.NumberedPoint[0] }.Distinct();

    /// <summary>Reads a point's label in any of the forms "(a)", "a)" and "a"; running text takes a bare label only
    /// in a language that cites it so (German "Buchstabe a"), since elsewhere "point" is also an ordinary word.</summary>
    private ProvisionId? ReadPointLabel(ProvisionId parent, string after, bool opened, WordNumber number)
    {
        SkipSpace();
        var open = opened || TryChar('(');
        SkipSpace();
        var start = position;
        var label = (TryWord(grammar.PointLetters) is { } own ? grammar.LatinLetter(own) : null)
            ?? ReadRun(char.IsAsciiLetterOrDigit).ToLowerInvariant();
        if (label.Length == 0)
        {
            return Fail<ProvisionId>($"expected the point's label after '{after}', e.g. {grammar.DecoratePointLabel("a")}");
        }

        if (!ProvisionId.TryParse($"{parent}__pnt_{label}", out var id))
        {
            return FailAt<ProvisionId>(start,
                $"expected a point label (a letter, a Roman numeral or a number such as {grammar.DecoratePointLabel("a")}, " +
                $"{grammar.DecoratePointLabel("iv")} or {grammar.DecoratePointLabel("63")})");
        }

        var afterLabel = position;
        SkipSpace();
        var closed = TryChar(')');
        if (open && !closed)
        {
            return Fail<ProvisionId>("expected ')' to close the point's label");
        }

        if (!closed)
        {
            position = afterLabel;

            // Croatian "točka 63.": the full stop is the label's, as in the list it cites.
            if (grammar.NumberedLabel == PointLabelForm.Dotted && char.IsAsciiDigit(label[0]))
            {
                TryChar('.');
            }
        }

        if (prose && !(ProsePointLabel().IsMatch(label) && (closed || BareLabelCited(after, label))))
        {
            return null;
        }

        Listable(LabelKind.Point, number);
        return id;
    }

    /// <summary>Whether running text cites a point by its label without brackets: German always ("Buchstabe a"),
    /// other languages a numbered point ("point 2 of Annex III"), but not after a word that only names lettered points
    /// (Dutch "onder a)"), nor a figure ("point 10 000").</summary>
    private bool BareLabelCited(string word, string label) =>
        grammar.LetteredLabel == PointLabelForm.Bare
        || (char.IsAsciiDigit(label[0]) && !Grouped()
            && !(grammar.LetteredPoint.Contains(word, StringComparer.OrdinalIgnoreCase)
                && !grammar.NumberedPoint.Contains(word, StringComparer.OrdinalIgnoreCase)));

    /// <summary>Reads a number as the pattern allows it, without leading zeros and with any letter suffix in lower case
    /// ("4a"). In running text a number followed by a group of digits is a figure ("10 000"), not a label.</summary>
    private string? ReadNumber(Regex pattern, string what)
    {
        SkipSpace();
        var start = position;
        var run = ReadRun(char.IsAsciiLetterOrDigit);
        if (!pattern.IsMatch(run) || (prose && Grouped()))
        {
            return FailAt<string>(start, $"expected {what}");
        }

        var suffixAt = char.IsAsciiLetter(run[^1]) ? run.Length - 1 : run.Length;
        var digits = run[..suffixAt].TrimStart('0');
        return (digits.Length == 0 ? "0" : digits) + run[suffixAt..].ToLowerInvariant();
    }

    /// <summary>Whether the number just read goes on with a group of digits, as figures do ("10 000").</summary>
    private bool Grouped() => position + 1 < text.Length && text[position] == ' ' && char.IsAsciiDigit(text[position + 1]);

    /// <summary>Reads one of a provision's words; in running text its plural forms too.</summary>
    private string? TryNoun(ImmutableArray<string> singular, ImmutableArray<string> plurals, out WordNumber number)
    {
        var start = position;
        var found = prose ? TryWord(plurals) : null;
        if (found is null)
        {
            number = WordNumber.Singular;
            return TryWord(singular);
        }

        var end = position;
        position = start;
        number = TryWord(singular) is not null && position == end ? WordNumber.Either : WordNumber.Plural;
        position = end;

        // Italian "articoli da 8 a 15": a word may open the range.
        SkipSpace();
        if (TryWord(grammar.Prose.From) is null)
        {
            position = end;
        }

        return found;
    }

    /// <summary>Reads the longest of the words that stands here as a whole word, and gives it as written.</summary>
    private string? TryWord(ImmutableArray<string> words)
    {
        var end = -1;
        foreach (var word in words)
        {
            end = Math.Max(end, MatchWord(word));
        }

        if (end < 0)
        {
            return null;
        }

        var found = text[position..end];
        position = end;
        return found;
    }

    /// <returns>Where the word ends in the text if it stands at the current position, else -1.</returns>
    private int MatchWord(string word)
    {
        var at = position;
        foreach (var c in word)
        {
            if (c == ' ')
            {
                if (at >= text.Length || !char.IsWhiteSpace(text[at]))
                {
                    return -1;
                }

                while (at < text.Length && char.IsWhiteSpace(text[at]))
                {
                    at++;
                }
            }
            else if (at < text.Length && SameLetter(c, text[at]))
            {
                at++;
            }
            else
            {
                return -1;
            }
        }

        // An abbreviation, an elided article ("de l'article") or a Maltese one ("tal-Artikolu") runs straight on into
        // the next word.
        var wholeWord = at == text.Length || word[^1] is '.' or '\'' or '-' or '’' || !char.IsLetter(text[at]);
        return wholeWord ? at : -1;
    }

    private static bool SameLetter(char inWord, char inText) =>
        inWord == '\'' ? inText is '\'' or '’' : char.ToUpperInvariant(inWord) == char.ToUpperInvariant(inText);

    private string ReadRun(Func<char, bool> isPart)
    {
        var start = position;
        while (position < text.Length && isPart(text[position]))
        {
            position++;
        }

        return text[start..position];
    }

    private bool TryChar(char c)
    {
        if (position < text.Length && text[position] == c)
        {
            position++;
            return true;
        }

        return false;
    }

    private bool ReadChar(char c, string what)
    {
        SkipSpace();
        if (TryChar(c))
        {
            return true;
        }

        Report(position, $"expected {what}");
        return false;
    }

    private void SkipSpace()
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private void Listable(LabelKind kind, WordNumber number) => listKind = number == WordNumber.Singular ? null : kind;

    /// <summary>After a part that did not read: a whole citation fails (the error is reported), running text keeps
    /// what was read before the part.</summary>
    private ProvisionId? Recover(ProvisionId readSoFar, int mark)
    {
        if (!prose)
        {
            return null;
        }

        position = mark;
        return readSoFar;
    }

    /// <summary>Notes what else could have stood at the current position, for the message if the citation goes on with
    /// something else there. Running text has no such messages: what does not read is simply not a reference.</summary>
    private void Expect(string what)
    {
        if (prose)
        {
            return;
        }

        if (position > expectedAt)
        {
            expected.Clear();
            expectedAt = position;
        }

        expected.Add(what);
    }

    private T? Fail<T>(string message)
        where T : class => FailAt<T>(position, message);

    private T? FailAt<T>(int at, string message)
        where T : class
    {
        Report(at, message);
        return null;
    }

    private void Report(int at, string message)
    {
        if (!prose)
        {
            error = new CitationError(at + 1, $"{message}, found {DescribeFound(text, at)}");
        }
    }

    /// <summary>"'a'", "'a' or 'b'", "'a', 'b' or 'c'".</summary>
    private static string Alternatives(IReadOnlyList<string> options) =>
        options.Count == 1 ? options[0] : $"{string.Join(", ", options.Take(options.Count - 1))} or {options[^1]}";

    // An article or paragraph number, with the letter of an inserted one ("4a").
    [GeneratedRegex("^[0-9]+[a-zA-Z]?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex RecitalPattern();

    [GeneratedRegex(@"^\(?[a-z]\)?(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex DottedPointLabel();

    [GeneratedRegex(@"^i\s+\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionI();

    // What labels a point in running text: a number ("63", "4a"), one or two letters ("a", "ha") or a Roman numeral.
    [GeneratedRegex("^([0-9]+[a-z]?|[a-z]{1,2}|[ivx]+)$")]
    private static partial Regex ProsePointLabel();
}
