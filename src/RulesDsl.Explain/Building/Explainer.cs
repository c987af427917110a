using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using RulesDsl.Corpus.Languages;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Text;
using RulesDsl.Diagnostics;
using RulesDsl.Explain.Batches;
using RulesDsl.Explain.Model;
using RulesDsl.Linking;
using RulesDsl.Linking.Alignment;
using RulesDsl.Linking.Model;
using RulesDsl.Linking.Reports;
using RulesDsl.Runtime;
using Citation = RulesDsl.Runtime.Citation;

namespace RulesDsl.Explain.Building;

/// <summary>How to explain: the reader's language.</summary>
public sealed record ExplainOptions(string Language);

/// <summary>
/// Turns a verdict and its trace into an explanation for a reader: every step in words, values formatted as the
/// reader's language prints them, and every citation quoted from the corpus in that language (or, marked, in another),
/// as in force on the date the verdict was decided on. It reads the typed trace only, never re-runs rules, so one
/// verdict explains in any language. Citations are worked out once per explainer and reused, which keeps batches fast.
/// </summary>
public sealed partial class Explainer(LinkGraph graph)
{
    private readonly ConcurrentDictionary<CitationKey, ExplainedCitation> citations = new();

    public Explanation Explain(Classification classification, RuleSetDefinition definition, ExplainOptions options)
    {
        var words = Vocabulary.For(options.Language);
        var verdict = classification.Verdict;
        var context = new Context(definition, options.Language, verdict.AsOf, words, new HashSet<string>(StringComparer.Ordinal));
        var conclusion = definition.Conclusions[definition.ConclusionIndex(verdict.Conclusion)];
        var missing = verdict.MissingFacts
            .Select(name => definition.Facts[definition.FactIndex(name)])
            .Select(fact => new MissingFact(fact.Name, Labels.For(fact.Labels, fact.Name, options.Language, definition.Language), Cite(fact.Citations, context)));
        var applicability = verdict.Applicability;
        var outside = applicability.Status == ApplicabilityStatus.OutsideScope;
        var outcome = VerdictText.Outcome(verdict);
        var outcomeLabel = applicability.IsApplicable || applicability.Status == ApplicabilityStatus.ScopeUndetermined ? words[verdict.Outcome] : words[Phrase.NotApplicable];
        return new Explanation(
            options.Language,
            definition.TitleIn(options.Language),
            verdict.Conclusion,
            ConclusionLabel(conclusion, options.Language, definition.Language),
            outcome,
            outcomeLabel,
            [.. verdict.How.Select(way => words[way])],
            verdict.DecidingRule,
            verdict.AsOf,
            // Outside the scope, what explains the verdict is why the case is not within it.
            outside && applicability.ScopeTrace is { } scope ? Step(scope, deciding: true, context) : Root(verdict, outcomeLabel, context, applicability),
            [.. missing],
            [.. classification.Others.Where(other => !(outside && other.Conclusion == applicability.Scope)).Select(other => Root(other, words[other.Outcome], context, other.Applicability))])
        {
            DecidingRuleLabel = verdict.DecidingRule is { } rule ? RuleLabel(definition.Rules.First(r => r.Name == rule), context) : null,
            Unread = classification.Unread.Length == 0 ? null : [.. classification.Unread.Select(name =>
                new UnreadFact(name, definition.LabelOf(name, options.Language), Value(Given(classification.Given, name, definition), context)))],
            Applicability = Applicability(applicability, context),
        };
    }

    /// <summary>The applicability in the reader's words: "not yet applicable: applies from 2 August 2025 (Article 113, point (b))".</summary>
    private ExplainedApplicability Applicability(Applicability applicability, Context context)
    {
        var words = context.Words;
        var cited = applicability.Date is { } date ? Cite(date.Citations, context) : [];
        var from = applicability.Date is { } day
            ? $"{words[Phrase.AppliesFrom]} {words.Date(day.From)}{(cited.Length == 0 ? "" : $" ({string.Join("; ", cited.Select(c => c.Label))})")}"
            : null;
        var scope = applicability.Scope is { } name
            ? ConclusionLabel(context.Definition.Conclusions[context.Definition.ConclusionIndex(name)], context.Language, context.Definition.Language)
            : null;
        var label = applicability.Status switch
        {
            ApplicabilityStatus.NotYetApplicable => $"{words[Phrase.NotYetApplicable]}: {from}",
            ApplicabilityStatus.OutsideScope => $"{words[Phrase.OutsideScope]} ({scope}: {words[Truth.No]})",
            ApplicabilityStatus.ScopeUndetermined => $"{words[Phrase.ScopeUndetermined]} ({scope}: {words[Truth.Unknown]})",
            ApplicabilityStatus.Applies => string.Join("; ", new[] { from, scope is null ? null : $"{scope}: {words[Truth.Yes]}" }.OfType<string>()),
            _ => words[Phrase.ApplicabilityUnstated],
        };
        return new ExplainedApplicability(VerdictText.Status(applicability.Status), label, applicability.Date?.From, cited, applicability.Scope);
    }

    /// <summary>The step of a verdict: its whole trace, or the conclusion alone when it was classified without one (or
    /// the law did not apply, and no rule was evaluated).</summary>
    private ExplanationStep Root(Verdict verdict, string outcome, Context context, Applicability applicability)
    {
        if (verdict.Trace is { } trace)
        {
            return Step(trace, deciding: true, context);
        }

        var conclusion = context.Definition.Conclusions[context.Definition.ConclusionIndex(verdict.Conclusion)];
        // Before the law applies the verdict rests on the provision that sets the day, alone: the conclusion's own
        // clauses are not law yet, and a text of them dated then is at most a draft (the Parliament's Annex XIII page).
        var cited = applicability.Status == ApplicabilityStatus.NotYetApplicable && applicability.Date is { } date
            ? date.Citations
            : conclusion.Citations;
        return new ExplanationStep(StepKind.Conclusion, conclusion.Name, ConclusionLabel(conclusion, context.Language, context.Definition.Language), outcome,
            DecidedBy(verdict.DecidingRule, context), null, true, conclusion.Term, Cite(cited, context), []);
    }

    /// <summary>One node of the trace and those under it; <paramref name="deciding"/> marks the path that decided.</summary>
    private ExplanationStep Step(TraceNode node, bool deciding, Context context)
    {
        var children = node.Children.Select(child => Step(child, deciding && Decides(node, child), context));
        var citations = Cite(node.Citations, context);
        // A fact no one gave is unknown; only a conclusion or rule is undetermined, which some languages word otherwise.
        var value = node.Kind is StepKind.Fact or StepKind.Parameter && node.Value is StepValue.OfTruth { Value: Truth.Unknown }
            ? context.Words[Phrase.UnknownValue]
            : Value(node.Value, context);
        return node.Kind switch
        {
            StepKind.Conclusion => ConclusionStep(node, deciding, context, citations, children),
            StepKind.Rule or StepKind.Presumption => new ExplanationStep(node.Kind, node.Name, RuleLabel(context.Definition.Rules.First(r => r.Name == node.Name), context), value, Status(node, context),
                null, deciding, null, citations, [.. children])
            {
                Conditions = [.. node.Conditions.Select(c => Condition(c, context))],
                Lists = Lists(node, context),
            },
            _ => new ExplanationStep(node.Kind, node.Name, context.Definition.LabelOf(node.Name, context.Language), value, Status(node, context), node.InForceFrom, deciding, null,
                citations, [.. children])
            {
                Lists = Lists(node, context),
            },
        };
    }

    /// <summary>
    /// Whether a step under a step on the deciding path is on it too: under a conclusion, the rule that decided it; when
    /// none did, the rules left undecided for an unknown conclusion (they are why it is unknown), and every rule for one
    /// that does not hold (none applied). Under any other step, all it rests on.
    /// </summary>
    private static bool Decides(TraceNode node, TraceNode child) =>
        node.Kind != StepKind.Conclusion
        || (node.DecidedBy is { } rule ? child.Name == rule
            : node.Value is StepValue.OfTruth { Value: Truth.Unknown } ? child.Status == StepStatus.Undecided
            : true);

    /// <summary>A conclusion, in full where first read; where read again, without its steps, which stand above.</summary>
    private ExplanationStep ConclusionStep(TraceNode node, bool deciding, Context context, ImmutableArray<ExplainedCitation> citations, IEnumerable<ExplanationStep> children)
    {
        var conclusion = context.Definition.Conclusions[context.Definition.ConclusionIndex(node.Name)];
        var first = context.Shown.Add(node.Name);
        return new ExplanationStep(node.Kind, node.Name, ConclusionLabel(conclusion, context.Language, context.Definition.Language), Value(node.Value, context),
            DecidedBy(node.DecidedBy, context), null, deciding, conclusion.Term, first ? citations : [], first ? [.. children] : [])
        {
            Repeated = first ? null : true,
        };
    }

    /// <summary>"decided by" and the rule, by its label: the rule's name is the drafter's, not the reader's.</summary>
    private string? DecidedBy(string? rule, Context context) =>
        rule is null ? null : $"{context.Words[Phrase.DecidedBy]} {RuleLabel(context.Definition.Rules.First(r => r.Name == rule), context)}";

    /// <summary>How a step went in words; a parameter's with the date its value took force, or the date it has none on.</summary>
    private static string? Status(TraceNode node, Context context) => node.Status switch
    {
        null => null,
        StepStatus.InForce => $"{context.Words[StepStatus.InForce]} {context.Words.Date(node.InForceFrom!.Value)}",
        StepStatus.NotInForce => $"{context.Words[StepStatus.NotInForce]} {context.Words.Date(context.AsOf)}",
        // An estimate says how it was made and that the law does not say so; a bound, the sum it bounds.
        StepStatus.Estimated when node.Formula is { } formula => $"{context.Words[StepStatus.Estimated]} — {context.Words[Phrase.EstimationMethod]}: {Formula(formula, context)}",
        StepStatus.LowerBound when node.Formula is { } formula => $"{context.Words[StepStatus.LowerBound]}: {Formula(formula, context)}",
        { } status => context.Words[status],
    };

    /// <summary>The list operations a step's condition made, as written, in the reader's words; null when it made none.</summary>
    private static ImmutableArray<ExplainedList>? Lists(TraceNode node, Context context) =>
        node.Lists.Count == 0
            ? null
            : [.. node.Lists.Select(list => new ExplainedList(list.Operator, context.Words[list.Operator],
                [.. list.Members.Select(member => new ExplainedMember(member.Written, Written(member.Written, context), MemberValue(member, context)))],
                Value(list.Result, context)))];

    /// <summary>A member's value; a fact no one gave is unknown as a fact step says, not undetermined as a condition.</summary>
    private static string MemberValue(ListMember member, Context context) =>
        member.Value is StepValue.OfTruth { Value: Truth.Unknown } && context.Definition.FactIndex(member.Written) >= 0
            ? context.Words[Phrase.UnknownValue]
            : Value(member.Value, context);

    /// <summary>
    /// A condition as the rules write it, in the reader's words: each name read as its label (a value of an
    /// enumeration as the value's), the words of the language (<c>not</c>, <c>contains</c>, <c>greater than</c>, <c>any of</c>) as the
    /// reader's language says them; numbers and what else it writes as written.
    /// </summary>
    private static string Written(string written, Context context) =>
        WrittenWord().Replace(written, word => word.Value switch
        {
            "any of" => context.Words[Phrase.AnyOf],
            "all of" => context.Words[Phrase.AllOf],
            "count of" => context.Words[Phrase.CountOf],
            "not" => context.Words[Phrase.Not],
            "contains" => context.Words[Phrase.Contains],
            "greater than" => context.Words[Comparator.GreaterThan],
            "at least" => context.Words[Comparator.AtLeast],
            "less than" => context.Words[Comparator.LessThan],
            "at most" => context.Words[Comparator.AtMost],
            "is" => context.Words[Comparator.EqualTo],
            "yes" => context.Words[Truth.Yes],
            "no" => context.Words[Truth.No],
            var name when context.Definition.Facts.Any(fact => fact.ValueLabels?.Any(label => label.Value == name) == true) =>
                context.Definition.ValueLabelOf(name, context.Language),
            var name => context.Definition.LabelOf(name, context.Language),
        });

    // Days compare as a lawyer says it ("22 September 2025 after 15 September 2025"), not as numbers do.
    private static ExplainedCondition Condition(Condition condition, Context context) =>
        new(Value(condition.Left, context),
            condition.Left is StepValue.OfDate || condition.Right is StepValue.OfDate ? context.Words.Between(condition.Operator) : context.Words[condition.Operator],
            Value(condition.Right, context), context.Words[condition.Result])
        {
            MovedEnds = condition.MovedEnds.Count == 0 ? null : string.Join("; ", condition.MovedEnds.Select(end => MovedEnd(end, context))),
        };

    /// <summary>
    /// Why a period ends on another day than the one counted: "31 August 2025 + 6 months falls on Saturday 28 February
    /// 2026; the period therefore ends on Monday 2 March 2026 (Regulation (EEC, Euratom) No 1182/71, Article 3(4))".
    /// </summary>
    private static string MovedEnd(PeriodEnd end, Context context)
    {
        var words = context.Words;
        var provision = end.Moved switch
        {
            EndMoved.ToWorkingDay => words[Phrase.EndOnWorkingDay],
            EndMoved.ToSecondWorkingDay => words[Phrase.TwoWorkingDays],
            _ => words[Phrase.EndOnWorkingDayAndTwoWorkingDays],
        };
        return words.PeriodEndMoved(words.Date(end.Start.Value), Value(new StepValue.OfPeriod(end.Period), context), words.Weekday(end.Counted.Value),
            end.End.IsKnown ? words.Weekday(end.End.Value) : words[Phrase.UnknownValue], provision);
    }

    /// <summary>A fact as the case gives it, as a step would show it.</summary>
    private static StepValue Given(Facts facts, string name, RuleSetDefinition definition) => facts.Get(name) switch
    {
        Quantity quantity => new StepValue.OfQuantity(quantity, definition.Facts[definition.FactIndex(name)].Unit),
        bool yes => new StepValue.OfTruth(Logic.Of(yes)),
        DateOnly date => new StepValue.OfDate(new DateValue(date, true)),
        _ => new StepValue.OfSet(facts.Set(name)),
    };

    /// <summary>What a step came to, as the reader's language writes it: quantities as the Official Journal prints them.</summary>
    private static string Value(StepValue value, Context context) => value switch
    {
        StepValue.OfTruth truth => context.Words[truth.Value],
        StepValue.OfQuantity { Value.IsKnown: true } quantity => LegalNumber.Format(quantity.Value, quantity.Unit, context.Language),
        StepValue.OfQuantity { Value.IsLowerBound: true } bound =>
            context.Words[Comparator.AtLeast] + " " + LegalNumber.Format(bound.Value, bound.Unit, context.Language),
        StepValue.OfDate { Value.IsKnown: true } date => context.Words.Date(date.Value.Value),
        StepValue.OfSet { Value.IsKnown: true } set =>
            "{" + string.Join(", ", set.Value.Values!.Order(StringComparer.Ordinal).Select(value => context.Definition.ValueLabelOf(value, context.Language))) + "}",
        StepValue.OfPeriod { Value.IsKnown: true } period => NumberWords.Period(period.Value.Length, period.Value.Unit switch
        {
            PeriodUnit.Days => PeriodKind.Days,
            PeriodUnit.Weeks => PeriodKind.Weeks,
            PeriodUnit.Months => PeriodKind.Months,
            _ => PeriodKind.Years,
        }, context.Language),
        StepValue.OfQuantity or StepValue.OfDate or StepValue.OfSet or StepValue.OfPeriod => context.Words[Phrase.UnknownValue],
        _ => context.Words[Phrase.NotDecisive],
    };

    /// <summary>
    /// A conclusion in words: its label in the reader's language; else the defined term it means, as the reader's
    /// language defines it; else its label in the rules' own language, or its name in words.
    /// </summary>
    /// <summary>A formula as the rules write it, each name in it read as its label in the reader's language.</summary>
    private static string Formula(string formula, Context context) =>
        FormulaName().Replace(formula, name => context.Definition.LabelOf(name.Value, context.Language));

    private string ConclusionLabel(ConclusionDefinition conclusion, string language, string own)
    {
        if (Labels.In(conclusion.Labels, language) is { } label)
        {
            return label;
        }

        if (conclusion.Term is { } term && ProvisionId.TryParse(term, out var id))
        {
            var defined = graph.Glossary.Find(id, language) ?? graph.Glossary.Find(id, ProvisionLookup.FirstFallback);
            if (defined is not null)
            {
                return defined.Term;
            }
        }

        return Labels.For(conclusion.Labels, conclusion.Name, language, own);
    }

    /// <summary>
    /// A rule in words: its label in the reader's language; else the clause it encodes as the reader's language cites
    /// it, with that clause's first words, which are in the reader's language as a label of another language is not;
    /// else its label in the rules' own language, or its name in words.
    /// </summary>
    private string RuleLabel(RuleDefinition rule, Context context)
    {
        if (Labels.In(rule.Labels, context.Language) is { } label)
        {
            return label;
        }

        var first = rule.Citations.FirstOrDefault();
        if (first is null)
        {
            return Labels.For(rule.Labels, rule.Name, context.Language, context.Definition.Language);
        }

        var cited = Cite(first, context);
        return cited.Quote is { } quote ? $"{cited.Label}: {FirstWords(quote.Text)}" : cited.Label;
    }

    private ImmutableArray<ExplainedCitation> Cite(IEnumerable<Citation> cited, Context context) => [.. cited.Select(c => Cite(c, context))];

    private ExplainedCitation Cite(Citation citation, Context context) =>
        citations.GetOrAdd(new CitationKey(citation.Provision, citation.Sentence, citation.Written, context.Language, context.AsOf, context.Definition.Language),
            key => Resolve(citation, key.Language, key.AsOf, key.RulesLanguage));

    // A class, not a tuple: the dictionary's code over a reference key is compiled ahead of time, over a tuple at run time.
    private sealed record CitationKey(string Provision, int? Sentence, string Written, string Language, DateOnly AsOf, string RulesLanguage);

    private ExplainedCitation Resolve(Citation citation, string language, DateOnly asOf, string rulesLanguage)
    {
        if (!ProvisionId.TryParse(citation.Provision, out var id))
        {
            return new ExplainedCitation(citation.Provision, citation.Written, citation.Written, Authority.Binding, null, null, null, null);
        }

        var reader = ReaderLanguage.Of(language);
        var label = reader.Cite(id);
        // A draft is never quoted as the law: only where no text was in force on the date, and marked as a draft.
        var found = ProvisionLookup.Find(graph.Corpus, id, language, asOf) ?? ProvisionLookup.FindDraft(graph.Corpus, id, language, asOf);
        if (found is null)
        {
            return new ExplainedCitation(citation.Provision, citation.Written, label, Authority.Binding, null, null, null, null);
        }

        var provision = found.Provision;
        var decisions = graph.Corpus.CriteriaOf(provision.Act).DecisionsFor(id);
        var authority = provision.Status == TextStatus.Draft ? Authority.Draft
            : provision.Kind == ProvisionKind.Recital ? Authority.Explanatory
            : decisions.IsEmpty ? Authority.Binding
            : Authority.Criterion;
        var sentences = Sentences(citation, provision, asOf, rulesLanguage);
        if (citation.Sentence is not null && sentences.Length == 1)
        {
            // Two sentences of one paragraph cited apart are two quotes: each heading says which it is.
            label = Vocabulary.For(language).Sentence(label, sentences[0]);
        }

        var quote = QuoteOf(provision, sentences, found.IsFallback);
        var position = sentences.Length > 0 ? provision.Sentences.First(s => s.Number == sentences[0]).Position : provision.Position;
        var href = sentences.Length > 0
            ? LinkScheme.SentencePath(provision.Act, id, provision.Language, sentences[0])
            : LinkScheme.PagePath(provision.Act, id, provision.Language);
        var eli = graph.Corpus.Eli(provision.Act)?.ToProvision(id).ToString();
        return new ExplainedCitation(citation.Provision, citation.Written, label, authority, quote, Located(position), href, eli)
        {
            CriterionFor = authority == Authority.Criterion ? string.Join("; ", decisions.Select(reader.Cite)) : null,
        };
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
    private ImmutableArray<int> Sentences(Citation citation, Provision provision, DateOnly asOf, string rulesLanguage)
    {
        if (citation.Sentence is not { } number)
        {
            return [];
        }

        if (provision.Language == rulesLanguage)
        {
            return [number];
        }

        var source = graph.Corpus.Find(provision.Id, rulesLanguage, asOf);
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
                LinkScheme.PagePath(provision.Act, r.Targets[0], Definitions(r.Targets[0], provision.Language)))),
    ];

    private string Definitions(ProvisionId id, string language) =>
        graph.Corpus.Languages(id).Contains(language) ? language : ProvisionLookup.FirstFallback;

    private static string FirstWords(string text, int count = 12)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= count ? text : string.Join(' ', words.Take(count)) + " …";
    }

    /// <summary>What one explanation is made for: the rules, the reader's language, the verdict's date, the words, and
    /// the conclusions shown in full so far.</summary>
    private sealed record Context(RuleSetDefinition Definition, string Language, DateOnly AsOf, Vocabulary Words, HashSet<string> Shown);

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}[\p{L}\p{Nd}_]*")]
    private static partial System.Text.RegularExpressions.Regex FormulaName();

    // The language's words of more than one word first, so that "greater than" is read as one.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:any of|all of|count of|greater than|at least|less than|at most)\b|\p{L}[\p{L}\p{Nd}_]*")]
    private static partial System.Text.RegularExpressions.Regex WrittenWord();
}
