using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using RulesDsl.Corpus.Text;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Diagnostics;
using RulesDsl.Language.Syntax;
using Sprache;

namespace RulesDsl.Language.Parsing;

/// <summary>What parsing a rules file gave: the tree (with what could be read) and the syntax errors.</summary>
public sealed record ParseResult(RulesFile File, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Reads a rules file into a syntax tree. The file is split into declarations at every line that starts with a
/// declaration or header keyword, and each is parsed on its own: a declaration with a syntax error gives one RD0100 where
/// the error is, is left out of the tree, and the next declaration is read as if nothing happened. Never throws.
/// </summary>
public static class RulesParser
{
    private static readonly FrozenSet<string> TopLevelKeywords = new[]
    {
        "rules", "declarations", "act", "language", "import", "enum", "fact", "parameter", "derive", "estimate", "conclusion", "rule",
        "presumption", "verdict", "example",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> HeaderKeywords = new[] { "rules", "declarations", "act", "language" }.ToFrozenSet(StringComparer.Ordinal);

    private const int MaxFoundLength = 40;

    public static ParseResult Parse(string path, string text)
    {
        text = LoneCarriageReturnsAsLineFeeds(text);
        var source = new SourceText(path, text);
        var sections = Split(text);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

        var preamble = new Section("", 0, sections.Count == 0 ? text.Length : sections[0].Start);
        var headerReported = !TryRun(RulesGrammar.Preamble, source, preamble, diagnostics, out _);
        if (!headerReported && (sections.Count == 0 || sections[0].Keyword is not ("rules" or "declarations")))
        {
            diagnostics.Add(Error(source, preamble with { End = text.Length }, preamble.End, ["'rules'"]));
        }

        var header = ReadHeader(source, sections, diagnostics, out var declarationsStart);
        var grammar = RulesGrammar.ForLanguage(header.Language?.Text);
        var declarations = ImmutableArray.CreateBuilder<Declaration>();
        var imports = ImmutableArray.CreateBuilder<ImportSyntax>();
        var unparsed = ImmutableArray.CreateBuilder<UnparsedDeclaration>();
        foreach (var section in sections.Skip(declarationsStart))
        {
            if (section.Keyword == "import")
            {
                if (TryRun(RulesGrammar.ImportLine, source, section, diagnostics, out var import))
                {
                    imports.Add(import);
                }

                continue;
            }

            var parser = grammar.Declaration(section.Keyword);
            if (parser is null)
            {
                diagnostics.Add(Error(source, section, section.Start, ["a declaration"]));
                continue;
            }

            if (TryRun(parser, source, section, diagnostics, out var declaration))
            {
                declarations.Add(declaration);
                diagnostics.AddRange(declaration.DuplicateClauses.Select(clause =>
                    LanguageDiagnostics.DuplicateClause(source.PositionOf(clause.Start), clause.Length, text.Substring(clause.Start, clause.Length), DeclarationKinds.Of(declaration))));
            }
            else
            {
                unparsed.Add(new UnparsedDeclaration(section.Keyword, NameAfterKeyword(text, section), TextSpan.FromBounds(section.Start, section.End)));
            }
        }

        return new ParseResult(new RulesFile(path, text, header, declarations.ToImmutable()) { Imports = imports.ToImmutable(), Unparsed = unparsed.ToImmutable() }, diagnostics.ToImmutable());
    }

    /// <summary>
    /// A carriage return alone ends a line, as in an old Mac file; as a line feed (one character for one) every position
    /// stays where it was and the lexer, which ends lines at line feeds, reads the file's lines. Before a line feed it is
    /// layout, as it is now.
    /// </summary>
    private static string LoneCarriageReturnsAsLineFeeds(string text)
    {
        if (!text.Contains('\r', StringComparison.Ordinal))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\r' && (i + 1 == chars.Length || chars[i + 1] != '\n'))
            {
                chars[i] = '\n';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// The header: the <c>rules</c>, <c>act</c> and <c>language</c> lines before the first declaration, each at most
    /// once. Whatever of it is missing stays empty; <c>rules</c> missing was reported already.
    /// </summary>
    private static Header ReadHeader(SourceText source, List<Section> sections, ImmutableArray<Diagnostic>.Builder diagnostics, out int count)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var isDeclarations = false;
        string? title = null;
        ImmutableArray<LabelSyntax> titleLabels = [];
        Name? act = null;
        Name? language = null;
        TextSpan? span = null;
        for (count = 0; count < sections.Count && HeaderKeywords.Contains(sections[count].Keyword); count++)
        {
            var section = sections[count];
            // A file is headed either 'rules' or 'declarations', once.
            if (!seen.Add(section.Keyword == "declarations" ? "rules" : section.Keyword))
            {
                diagnostics.Add(Error(source, section, section.Start, ["a declaration"]));
                continue;
            }

            TextSpan read;
            if (section.Keyword is "rules" or "declarations")
            {
                isDeclarations = section.Keyword == "declarations";
                if (!TryRun(isDeclarations ? RulesGrammar.DeclarationsLine : RulesGrammar.RulesLine, source, section, diagnostics, out var rules))
                {
                    continue;
                }

                (title, read, titleLabels) = (rules.Value.Text, rules.Span, rules.Labels);
            }
            else
            {
                if (!TryRun(section.Keyword == "act" ? RulesGrammar.ActLine : RulesGrammar.LanguageLine, source, section, diagnostics, out var line))
                {
                    continue;
                }

                if (section.Keyword == "act")
                {
                    act = line.Value;
                }
                else
                {
                    language = line.Value;
                }

                read = line.Span;
            }

            span = span is { } sofar ? TextSpan.FromBounds(sofar.Start, read.End) : read;
        }

        return new Header(title ?? "", act, language, span ?? default) { IsDeclarations = isDeclarations, TitleLabels = titleLabels };
    }

    /// <summary>The word after a declaration's keyword on its first line (its name, or a verdict's conclusion), if there is one.</summary>
    private static Name? NameAfterKeyword(string text, Section section)
    {
        var start = section.Start + section.Keyword.Length;
        while (start < section.End && text[start] is ' ' or '\t')
        {
            start++;
        }

        var end = Tokens.WordEnd(text, start, section.End);
        return end > start && start > section.Start + section.Keyword.Length ? new Name(text[start..end], TextSpan.FromBounds(start, end)) : null;
    }

    /// <summary>Runs a parser over a section; on failure adds the section's one diagnostic.</summary>
    private static bool TryRun<T>(
        Parser<T> parser, SourceText source, Section section, ImmutableArray<Diagnostic>.Builder diagnostics, [MaybeNullWhen(false)] out T value)
    {
        var result = parser(new SliceInput(source, section.Start, section.End, section.Start));
        if (result.WasSuccessful)
        {
            value = result.Value;
            return true;
        }

        diagnostics.Add(Error(source, section, result.Remainder.Position, result.Expectations));
        value = default;
        return false;
    }

    private static Diagnostic Error(SourceText source, Section section, int at, IEnumerable<string> expectations)
    {
        var text = source.Text;
        if (at >= section.End)
        {
            // Failing at the end of a declaration means its last line stopped short: report it there, not on the
            // next declaration's line.
            at = ContentEnd(text, section);
        }

        var (found, length) = Found(text, at, section.End);
        return LanguageDiagnostics.SyntaxError(source.PositionOf(at), length, found, Expected(expectations));
    }

    private static string Expected(IEnumerable<string> expectations)
    {
        var distinct = expectations.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count <= 1
            ? string.Concat(distinct)
            : $"{string.Join(", ", distinct.Take(distinct.Count - 1))} or {distinct[^1]}";
    }

    /// <summary>The token at a failure, as the message quotes it, and its length.</summary>
    private static (string Found, int Length) Found(string text, int at, int limit)
    {
        if (at >= limit || text[at] == '#' || char.IsWhiteSpace(text[at]))
        {
            return (Tokens.EndOfLine, 0);
        }

        var end = at + 1;
        if (IsTokenChar(text[at]))
        {
            while (end < limit && IsTokenChar(text[end]))
            {
                end++;
            }
        }
        else if (char.IsHighSurrogate(text[at]) && end < limit && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        if (char.IsControl(text[at]))
        {
            return ($"U+{(int)text[at]:X4}", 1);
        }

        var token = end - at > MaxFoundLength ? $"{text[at..(at + MaxFoundLength)]}…" : text[at..end];
        return ($"'{token}'", end - at);
    }

    private static bool IsTokenChar(char c) => Tokens.IsWordChar(c) || c is '-' or '.' or '^';

    /// <summary>Where the last line with content of a section ends, before trailing spaces and any comment.</summary>
    private static int ContentEnd(string text, Section section)
    {
        var end = section.Start;
        var lineStart = section.Start;
        while (lineStart < section.End)
        {
            var lineEnd = text.IndexOf('\n', lineStart, section.End - lineStart);
            lineEnd = lineEnd < 0 ? section.End : lineEnd;
            var content = LineContentEnd(text, lineStart, lineEnd);
            if (content > lineStart)
            {
                end = content;
            }

            lineStart = lineEnd + 1;
        }

        return end;
    }

    /// <summary>Where a line's content ends: before a comment and trailing spaces.</summary>
    private static int LineContentEnd(string text, int start, int end)
    {
        var content = CommentStart(text, start, end) ?? end;
        while (content > start && char.IsWhiteSpace(text[content - 1]))
        {
            content--;
        }

        return content;
    }

    /// <summary>Where a line's comment starts (a <c>#</c> outside quotes), or null when the line has none.</summary>
    internal static int? CommentStart(string text, int start, int end)
    {
        var quoted = false;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '#' && !quoted)
            {
                return i;
            }

            quoted ^= text[i] == '"';
        }

        return null;
    }

    /// <summary>The sections of a file: one from each line whose first word, at its very start, is a top-level keyword.</summary>
    private static List<Section> Split(string text)
    {
        var sections = new List<Section>();
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var wordEnd = Tokens.WordEnd(text, lineStart, text.Length);
            var word = text[lineStart..wordEnd];
            if (TopLevelKeywords.Contains(word))
            {
                if (sections.Count > 0)
                {
                    sections[^1] = sections[^1] with { End = lineStart };
                }

                sections.Add(new Section(word, lineStart, text.Length));
            }

            var lineEnd = text.IndexOf('\n', lineStart);
            lineStart = lineEnd < 0 ? text.Length : lineEnd + 1;
        }

        return sections;
    }

    private readonly record struct Section(string Keyword, int Start, int End);
}
