using System.Collections.Immutable;
using RulesDsl.Corpus.Model;
using RulesDsl.Diagnostics;
using RulesDsl.Import.Model;

namespace RulesDsl.Import.Html;

/// <summary>
/// The text and parts of one provision as they are read in document order: each paragraph of text remembers how many
/// parts came before it, so the words after a list of points stay after them.
/// </summary>
internal sealed class ContentBuilder(ProvisionId id, string label, SourcePosition position)
{
    private readonly List<ImportedParagraph> text = [];
    private readonly List<ImportedProvision> parts = [];
    private int positionalPoints;
    private ContentBuilder? restartedList;

    public ProvisionId Id { get; } = id;

    public string Label { get; set; } = label;

    public string? Title { get; set; }

    public SourcePosition Position { get; } = position;

    public void AddText(InlineText paragraph)
    {
        if (!OjClasses.IsEmpty(paragraph))
        {
            CloseRestartedList();
            text.Add(new ImportedParagraph(paragraph, parts.Count));
        }
    }

    /// <summary>Punctuation printed after a quoted block (the "”;" closing an amendment) ends the paragraph before it.</summary>
    public void AddTrailingPunctuation(InlineText punctuation)
    {
        if (text.Count > 0 && text[^1].AfterPart == parts.Count && restartedList is null)
        {
            var last = text[^1];
            text[^1] = last with { Text = new InlineText(last.Text.Runs.AddRange(punctuation.Runs)) };
        }
        else
        {
            AddText(punctuation);
        }
    }

    public void AddPart(ImportedProvision part)
    {
        if (restartedList is not null && part.Id.IsWithin(restartedList.Id))
        {
            restartedList.AddPart(part);
        }
        else
        {
            parts.Add(part);
        }
    }

    /// <summary>
    /// The id of a point of this provision from its printed label: the label without brackets and final full stop,
    /// lower case ("a)", "(a)", "63)" → a, a, 63); of a label "3.1." the last number (its first names the point that
    /// holds it). A dash or bullet, or a letter outside the Latin alphabet, takes its place among its siblings (pnt_1,
    /// pnt_2 …; α, β … read as a, b …), so that every language gets the ids of the English text.
    /// </summary>
    public ProvisionId PointId(string printedLabel)
    {
        if (restartedList is not null)
        {
            return restartedList.PointId(printedLabel);
        }

        var id = LabelledPointId(printedLabel);
        if (parts.All(p => p.Id != id) || text.Count == 0 || text[^1].AfterPart != parts.Count)
        {
            return id;
        }

        // A second list that starts its lettering again after a subparagraph of text (Article 43(1)) is a list of that
        // subparagraph: subpara_N, N the subparagraph's place among the provision's paragraphs of text.
        var intro = text[^1];
        text.RemoveAt(text.Count - 1);
        restartedList = new ContentBuilder(Id.Subparagraph(text.Count + 1), "", Position);
        restartedList.AddText(intro.Text);
        return restartedList.PointId(printedLabel);
    }

    private void CloseRestartedList()
    {
        if (restartedList is not null)
        {
            parts.Add(restartedList.Build());
            restartedList = null;
        }
    }

    private ProvisionId LabelledPointId(string printedLabel)
    {
        positionalPoints++;
        if (PrintedLabels.PointKey(printedLabel) is { } key)
        {
            return Id.Point(key);
        }

        // A letter the id cannot name (α, β …) is read as the Latin letter of its place, anything else as its number.
        var printed = printedLabel.Trim('(', ')', '.', ' ');
        var byPlace = printed.Length > 0 && printed.All(char.IsLetter) && positionalPoints <= 26
            ? ((char)('a' + positionalPoints - 1)).ToString()
            : positionalPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Id.Point(byPlace);
    }

    public ImportedProvision Build()
    {
        CloseRestartedList();
        return new(Id, Label, Title, [.. text], [.. parts], Position);
    }

    /// <summary>The first paragraph of text with its leading label taken off, for provisions whose label is printed
    /// in their text ("1.   Deze verordening …").</summary>
    public string? TakeLeadingLabel()
    {
        if (text.Count == 0 || text[0].Text.Runs is not [{ Kind: InlineKind.Plain } first, ..] runs)
        {
            return null;
        }

        var space = first.Text.IndexOf(' ', StringComparison.Ordinal);
        var token = space < 0 ? first.Text : first.Text[..space];
        if (!IsLabel(token))
        {
            return null;
        }

        var rest = space < 0 ? "" : first.Text[(space + 1)..];
        ImmutableArray<InlineRun> remaining = rest.Length == 0 ? [.. runs.Skip(1)] : [new InlineRun(InlineKind.Plain, rest), .. runs.Skip(1)];
        if (remaining.IsEmpty)
        {
            text.RemoveAt(0);
        }
        else
        {
            text[0] = text[0] with { Text = new InlineText(remaining) };
        }

        return token;
    }

    /// <summary>A printed label of a numbered part: "1.", "(1)", "11.", "1a." — digits with brackets or a stop.</summary>
    internal static bool IsLabel(string token) =>
        token.Length > 1 && token.Any(char.IsAsciiDigit) && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '(' or ')')
        && (token.EndsWith('.') || token.EndsWith(')'));
}
