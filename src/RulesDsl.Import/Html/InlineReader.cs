using System.Collections.Immutable;
using System.Text;
using AngleSharp.Dom;
using RulesDsl.Corpus.Model;
using RulesDsl.Import.Model;

namespace RulesDsl.Import.Html;

/// <summary>
/// Reads the inline content of an OJ element into <see cref="InlineText"/>: superscripts and subscripts kept, footnote
/// calls as references to their note, bold, italic and links dropped for their text. Runs of white space (the OJ's
/// non-breaking spaces after labels and in numbers included) become one space.
/// </summary>
internal sealed class InlineReader(IReadOnlySet<string> noteTargets)
{
    private readonly Dictionary<string, ProvisionId?> callers = new(StringComparer.Ordinal);

    /// <summary>The notes called so far, by the id of the note's anchor, with the provision whose text called it first.</summary>
    public IReadOnlyDictionary<string, ProvisionId?> Callers => callers;

    /// <summary>Calls of notes the document does not hold (the Dutch OJ calls "(*)" in quoted amendments without its text).</summary>
    public List<(string Number, INode At)> MissingNotes { get; } = [];

    public InlineText Read(INode node, ProvisionId? caller)
    {
        var builder = new RunBuilder();
        Append(node, caller, builder);
        return builder.Build();
    }

    /// <summary>The inline text of several nodes read as one paragraph (a note's text after its number).</summary>
    public InlineText Read(IEnumerable<INode> nodes, ProvisionId? caller)
    {
        var builder = new RunBuilder();
        foreach (var node in nodes)
        {
            Append(node, caller, builder);
        }

        return builder.Build();
    }

    private void Append(INode node, ProvisionId? caller, RunBuilder builder)
    {
        switch (node)
        {
            case IText text:
                builder.Add(InlineKind.Plain, text.Data);
                return;
            case IElement { LocalName: "br" }:
                builder.Add(InlineKind.Plain, " ");
                return;
            case IElement { LocalName: "a" } anchor when NoteTarget(anchor) is { } target:
                AppendNoteCall(anchor, target, caller, builder);
                return;
            case IElement element when OjClasses.Has(element, "super") || element.LocalName == "sup":
                builder.Add(InlineKind.Superscript, element.TextContent);
                return;
            case IElement element when OjClasses.Has(element, "sub") || element.LocalName == "sub":
                builder.Add(InlineKind.Subscript, element.TextContent);
                return;
            case IElement element:
                foreach (var child in element.ChildNodes)
                {
                    Append(child, caller, builder);
                }

                return;
        }
    }

    private void AppendNoteCall(IElement anchor, string target, ProvisionId? caller, RunBuilder builder)
    {
        var tag = anchor.QuerySelector("span") ?? anchor;
        var number = tag.TextContent.Trim();
        if (!noteTargets.Contains(target))
        {
            MissingNotes.Add((number, anchor));
            builder.Add(InlineKind.Plain, anchor.TextContent);
            return;
        }

        callers.TryAdd(target, caller);
        if (anchor.TextContent.Length > 0 && char.IsWhiteSpace(anchor.TextContent[0]))
        {
            builder.Add(InlineKind.Plain, " ");
        }

        builder.Add(InlineKind.NoteReference, number);
    }

    /// <summary>The id of the note an anchor calls (<c>href="#ntr1-…"</c>), when it is a footnote call.</summary>
    private static string? NoteTarget(IElement anchor) =>
        anchor.GetAttribute("href") is { } href && href.StartsWith("#ntr", StringComparison.Ordinal) ? href[1..] : null;

    /// <summary>Collects runs, joining neighbours of one kind and white space across their borders.</summary>
    private sealed class RunBuilder
    {
        private readonly List<InlineRun> runs = [];
        private readonly StringBuilder current = new();
        private InlineKind kind = InlineKind.Plain;
        private bool pendingSpace;

        public void Add(InlineKind runKind, string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = true;
                    continue;
                }

                if (runKind != kind && current.Length > 0)
                {
                    if (pendingSpace && kind == InlineKind.Plain)
                    {
                        current.Append(' ');
                        pendingSpace = false;
                    }

                    Flush();
                }

                kind = runKind;
                if (pendingSpace && (current.Length > 0 || runs.Count > 0))
                {
                    current.Append(' ');
                }

                pendingSpace = false;
                current.Append(c);
            }
        }

        public InlineText Build()
        {
            Flush();
            return new InlineText([.. runs]);
        }

        private void Flush()
        {
            if (current.Length > 0)
            {
                runs.Add(new InlineRun(kind, current.ToString()));
                current.Clear();
            }
        }
    }
}

/// <summary>The OJ's CSS classes: <c>oj-ti-art</c> in the CONVEX HTML, <c>ti-art</c> in the older Cellar XHTML.</summary>
internal static class OjClasses
{
    public static bool Has(IElement element, string name) =>
        element.ClassList.Contains("oj-" + name) || element.ClassList.Contains(name);

    public static bool IsEmpty(InlineText text) => text.Runs.IsDefaultOrEmpty || text.Runs.All(r => r.Text.Length == 0);

    public static ImmutableArray<InlineText> NonEmpty(IEnumerable<InlineText> texts) => [.. texts.Where(t => !IsEmpty(t))];
}
