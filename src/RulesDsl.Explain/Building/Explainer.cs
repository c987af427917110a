using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using RulesDsl.Corpus.Citations;
using RulesDsl.Corpus.Diagnostics;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Text;
using RulesDsl.Explain.Model;
using RulesDsl.Linking;
using RulesDsl.Linking.Alignment;
using RulesDsl.Linking.Model;
using RulesDsl.Linking.Reports;
using RulesDsl.Runtime;
using Citation = RulesDsl.Runtime.Citation;

namespace RulesDsl.Explain.Building;

/// <summary>How to explain: the reader's language and the date the law was taken as in force on.</summary>
public sealed record ExplainOptions(string Language, DateOnly AsOf);

/// <summary>
/// Turns a verdict and its trace into an explanation for a reader: every step in words, values formatted as the
/// reader's language prints them, and every citation quoted from the corpus in that language (or, marked, in another).
/// It reads the trace only, never re-runs rules, so one verdict explains in any language. Citations are worked out once
/// per explainer and reused, which keeps batches fast.
/// </summary>
public sealed class Explainer(LinkGraph graph)
{
    private readonly ConcurrentDictionary<(string Provision, int? Sentence, string Written, ExplainOptions Options, string RulesLanguage), ExplainedCitation> citations = new();

    public Explanation Explain(Classification classification, RuleSetDefinition definition, ExplainOptions options)
    {
        var words = Vocabulary.For(options.Language);
        var context = new Context(definition, options, words);
        var verdict = classification.Verdict;
        var conclusion = definition.Conclusions[definition.ConclusionIndex(verdict.Conclusion)];
        var missing = verdict.MissingFacts
            .Select(name => definition.Facts[definition.FactIndex(name)])
            .Select(fact => new MissingFact(fact.Name, Humanize(fact.Name), Cite(fact.Citations, context)));
        return new Explanation(
            options.Language,
            definition.Title,
            verdict.Conclusion,
            ConclusionLabel(conclusion, options),
            Outcome(verdict.Outcome),
            words[Outcome(verdict.Outcome)],
            [.. verdict.How.Select(h => words[h])],
            verdict.DecidingRule,
            options.AsOf,
            Root(verdict, context),
            [.. missing],
            [.. classification.Others.Select(other => Root(other, context))]);
    }

    /// <summary>The step of a verdict: its whole trace, or the conclusion alone when it was classified without one.</summary>
    private ExplanationStep Root(Verdict verdict, Context context)
    {
        if (verdict.Trace is { } trace)
        {
            return Step(trace, deciding: true, context);
        }

        var conclusion = context.Definition.Conclusions[context.Definition.ConclusionIndex(verdict.Conclusion)];
        var status = verdict.DecidingRule is null ? null : $"{context.Words["decided by"]} {verdict.DecidingRule}";
        return new ExplanationStep("conclusion", conclusion.Name, ConclusionLabel(conclusion, context.Options), context.Words[Outcome(verdict.Outcome)],
            status, null, true, conclusion.Term, Cite(conclusion.Citations, context), []);
    }

    /// <summary>One node of the trace and those under it; <paramref name="deciding"/> marks the path that decided.</summary>
    private ExplanationStep Step(TraceNode node, bool deciding, Context context)
    {
        var words = context.Words;
        var options = context.Options;
        var decidedBy = node.Kind == "conclusion" && node.Note?.StartsWith("decided by ", StringComparison.Ordinal) == true
            ? node.Note["decided by ".Length..]
            : null;
        var children = node.Children.Select(child => Step(child, deciding && (node.Kind != "conclusion" || child.Name == decidedBy), context));
        return node.Kind switch
        {
            "conclusion" => ConclusionStep(node, deciding, decidedBy, context, children),
            "rule" or "presumption" => new ExplanationStep(node.Kind, node.Name, RuleLabel(node, context), words[node.Value], words[node.Note ?? ""],
                null, deciding, null, Cite(node.Citations, context), [.. children]),
            "parameter" => new ExplanationStep(node.Kind, node.Name, Humanize(node.Name), Value(node.Value, context.Definition.Parameters.FirstOrDefault(p => p.Name == node.Name)?.Unit, options.Language, words),
                ParameterStatus(node.Note, words), InForce(node.Note), deciding, null, Cite(node.Citations, context), [.. children]),
            _ => new ExplanationStep(node.Kind, node.Name, Humanize(node.Name), FactValue(node, context), words[node.Note ?? ""], null, deciding, null,
                Cite(node.Citations, context), [.. children]),
        };
    }

    private ExplanationStep ConclusionStep(TraceNode node, bool deciding, string? decidedBy, Context context, IEnumerable<ExplanationStep> children)
    {
        var conclusion = context.Definition.Conclusions[context.Definition.ConclusionIndex(node.Name)];
        var status = decidedBy is null ? null : $"{context.Words["decided by"]} {decidedBy}";
        return new ExplanationStep(node.Kind, node.Name, ConclusionLabel(conclusion, context.Options), context.Words[node.Value], status, null, deciding,
            conclusion.Term, Cite(node.Citations, context), [.. children]);
    }

    /// <summary>A conclusion in words: the defined term it means, as the reader's language defines it.</summary>
    private string ConclusionLabel(ConclusionDefinition conclusion, ExplainOptions options)
    {
        if (conclusion.Term is { } term && ProvisionId.TryParse(term, out var id))
        {
            var defined = graph.Glossary.Find(id, options.Language) ?? graph.Glossary.Find(id, ProvisionLookup.FirstFallback);
            if (defined is not null)
            {
                return defined.Term;
            }
        }

        return Humanize(conclusion.Name);
    }

    /// <summary>A rule in words: the clause it encodes as the reader's language cites it, and that clause's first words.</summary>
    private string RuleLabel(TraceNode node, Context context)
    {
        var first = node.Citations.FirstOrDefault();
        if (first is null)
        {
            return Humanize(node.Name);
        }

        var cited = Cite(first, context);
        return cited.Quote is { } quote ? $"{cited.Label}: {FirstWords(quote.Text)}" : cited.Label;
    }

    private ImmutableArray<ExplainedCitation> Cite(IEnumerable<Citation> cited, Context context) => [.. cited.Select(c => Cite(c, context))];

    private ExplainedCitation Cite(Citation citation, Context context) =>
        citations.GetOrAdd((citation.Provision, citation.Sentence, citation.Written, context.Options, context.Definition.Language),
            key => Resolve(citation, key.Options, key.RulesLanguage));

    private ExplainedCitation Resolve(Citation citation, ExplainOptions options, string rulesLanguage)
    {
        if (!ProvisionId.TryParse(citation.Provision, out var id))
        {
            return new ExplainedCitation(citation.Provision, citation.Written, citation.Written, Authority.Binding, null, null, null, null);
        }

        var label = CitationForms.Languages.Contains(options.Language) ? CitationForms.Print(id, options.Language) : CitationForms.Print(id, ProvisionLookup.FirstFallback);
        var found = ProvisionLookup.Find(graph.Corpus, id, options.Language, options.AsOf);
        if (found is null)
        {
            return new ExplainedCitation(citation.Provision, citation.Written, label, Authority.Binding, null, null, null, null);
        }

        var provision = found.Provision;
        var authority = provision.Kind == ProvisionKind.Recital ? Authority.Explanatory : Authority.Binding;
        var sentences = Sentences(citation, provision, options, rulesLanguage);
        var quote = QuoteOf(provision, sentences, found.IsFallback);
        var position = sentences.Length > 0 ? provision.Sentences.First(s => s.Number == sentences[0]).Position : provision.Position;
        var href = LinkedHtml.PageOf(provision.Act, id, provision.Language) + (sentences.Length > 0 ? $"#s{sentences[0].ToString(CultureInfo.InvariantCulture)}" : "");
        var eli = graph.Corpus.Eli(provision.Act)?.ToProvision(id).ToString();
        return new ExplainedCitation(citation.Provision, citation.Written, label, authority, quote, Located(position), href, eli);
    }

    /// <summary>
    /// Where a text stands, from the corpus folder on (<c>corpus/eu-ai-act/nl/recital-111.vault.md(3,1742)</c>) however
    /// the corpus was named when read: an explanation is handed on, and a folder of the machine it was made on means
    /// nothing to its reader.
    /// </summary>
    private string Located(SourcePosition position)
    {
        var root = graph.Corpus.Root.Replace('\\', '/').TrimEnd('/');
        return position.File == root || position.File.StartsWith(root + "/", StringComparison.Ordinal)
            ? (position with { File = Path.GetFileName(Path.GetFullPath(root)) + position.File[root.Length..] }).ToString()
            : position.ToString();
    }

    /// <summary>
    /// The sentences of <paramref name="provision"/> that say what the cited sentence says. The rules number sentences
    /// in their own language; another language's sentences are found by alignment, never by position.
    /// </summary>
    private ImmutableArray<int> Sentences(Citation citation, Provision provision, ExplainOptions options, string rulesLanguage)
    {
        if (citation.Sentence is not { } number)
        {
            return [];
        }

        if (provision.Language == rulesLanguage)
        {
            return [number];
        }

        var source = graph.Corpus.Find(provision.Id, rulesLanguage, options.AsOf);
        return source is null ? [] : LanguageVersions.Align(graph, source, provision).Counterparts(number);
    }

    private Quote QuoteOf(Provision provision, ImmutableArray<int> sentences, bool fallback)
    {
        if (sentences.Length > 0)
        {
            var quoted = provision.Sentences.Where(s => sentences.Contains(s.Number)).OrderBy(s => s.Start).ToList();
            var start = quoted[0].Start;
            var end = quoted[^1].End;
            var said = provision.Text[start..end];
            return new Quote(said, provision.Language, fallback, provision.Version, sentences, Terms(provision, start, end), [.. LostSuperscripts.Find(said)]);
        }

        var parts = graph.Corpus.Parts(provision).Select(p => p.Label + " " + p.Text);
        var text = string.Join("\n", new[] { provision.Text }.Concat(parts).Where(t => t.Length > 0));
        return new Quote(text, provision.Language, fallback, provision.Version, [], Terms(provision, 0, provision.Text.Length), [.. LostSuperscripts.Find(text)]);
    }

    /// <summary>The defined terms written in a stretch of the provision's text, relative to its start.</summary>
    private ImmutableArray<TermSpan> Terms(Provision provision, int start, int end) =>
    [
        .. graph.In(provision)
            .Where(r => r.Kind is ReferenceKind.Explicit or ReferenceKind.Mention && r.Targets.Length == 1 && r.Start >= start && r.End <= end)
            .Select(r => new TermSpan(r.Start - start, r.Length, r.Targets[0].Value,
                LinkedHtml.PageOf(provision.Act, r.Targets[0], Definitions(r.Targets[0], provision.Language)))),
    ];

    private string Definitions(ProvisionId id, string language) =>
        graph.Corpus.Languages(id).Contains(language) ? language : ProvisionLookup.FirstFallback;

    private static string FactValue(TraceNode node, Context context)
    {
        var fact = context.Definition.Facts.FirstOrDefault(f => f.Name == node.Name);
        return fact?.Kind switch
        {
            FactKind.Quantity => Value(node.Value, fact.Unit, context.Options.Language, context.Words),
            FactKind.YesNo => context.Words[node.Value],
            _ => node.Value == "unknown" ? context.Words["unknown"] : node.Value,
        };
    }

    /// <summary>A quantity of the trace (<c>3.8E+25</c>, <c>3.79E+25 (estimated)</c>) as the reader's language prints it.</summary>
    private static string Value(string traced, string? unit, string language, Vocabulary words)
    {
        var number = traced.Split(' ')[0];
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? LegalNumber.Format(value, unit, language)
            : words[traced];
    }

    private static string ParameterStatus(string? note, Vocabulary words) =>
        note is null ? "" : note.StartsWith("in force from ", StringComparison.Ordinal)
            ? $"{words["in force from"]} {note["in force from ".Length..]}"
            : note.StartsWith("no value in force on ", StringComparison.Ordinal) ? $"{words["no value in force on"]} {note["no value in force on ".Length..]}" : note;

    private static DateOnly? InForce(string? note) =>
        note?.StartsWith("in force from ", StringComparison.Ordinal) == true
        && DateOnly.TryParseExact(note["in force from ".Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static string Outcome(Truth outcome) => outcome.ToString().ToLowerInvariant();

    /// <summary>A name of the rules file in words: <c>training_compute</c> → "training compute".</summary>
    public static string Humanize(string name) => name.Replace('_', ' ');

    private static string FirstWords(string text, int count = 12)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= count ? text : string.Join(' ', words.Take(count)) + " …";
    }

    private sealed record Context(RuleSetDefinition Definition, ExplainOptions Options, Vocabulary Words);
}
