using System.Collections.Immutable;
using RulesDsl.Corpus.Citations;
using RulesDsl.Corpus.Languages;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Text;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Binding;
using RulesDsl.Language.Diagnostics;
using RulesDsl.Language.Syntax;
using RulesDsl.Linking;
using RulesDsl.Linking.Model;

namespace RulesDsl.Language.Citing;

/// <summary>A citation of a rules file resolved to a provision of the corpus (and a sentence of it, if named).</summary>
public sealed record ResolvedCitation(CitationSyntax Syntax, ProvisionId Id, int? Sentence);

/// <summary>What the corpus says of a rules file: its citations and defined terms resolved, and what could not be.</summary>
public sealed record CorpusBinding(
    string Act,
    string Language,
    ImmutableDictionary<CitationSyntax, ResolvedCitation> Citations,
    ImmutableDictionary<TermSyntax, ProvisionId> Terms,
    ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// The parameters a file imports, with the citations of the files that declare them as resolved there: a rule of the
/// importing file that compares with one compares as the clauses it cites write.
/// </summary>
public sealed record ImportedParameterCitations(
    ImmutableArray<ParameterDeclaration> Parameters,
    ImmutableDictionary<CitationSyntax, ResolvedCitation> Citations)
{
    public static ImportedParameterCitations None { get; } = new([], ImmutableDictionary<CitationSyntax, ResolvedCitation>.Empty);
}

/// <summary>
/// The checks of a rules file that need the law itself: every citation names a provision (and sentence) the corpus
/// holds, every defined term is in the glossary, and every number a rule compares with is written in a clause it cites.
/// </summary>
public static class CorpusChecks
{
    public static CorpusBinding Check(RulesFile file, LinkGraph graph, DateOnly asOf) => Check(file, graph, asOf, ImportedParameterCitations.None);

    /// <param name="imported">
    /// The parameters the file imports: checked where they are declared, they are compared with here (RD0129 at the
    /// operator of the rule of this file).
    /// </param>
    public static CorpusBinding Check(RulesFile file, LinkGraph graph, DateOnly asOf, ImportedParameterCitations imported)
    {
        var source = new SourceText(file.Path, file.Text);
        var diagnostics = new List<Diagnostic>();
        var corpus = graph.Corpus;
        var acts = corpus.Provisions.Select(p => p.Act).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var act = file.Header.Act?.Text ?? (acts.Count == 1 ? acts[0] : "");
        if (file.Header.Act is { } named && !acts.Contains(named.Text))
        {
            diagnostics.Add(LanguageDiagnostics.UnknownAct(source.PositionOf(named.Span.Start), named.Span.Length, named.Text,
                acts.Count == 0 ? "no act" : string.Join(", ", acts)));
        }

        var language = file.Header.Language?.Text ?? "en";
        if (file.Header.Language is { } lang && !OfficialLanguages.TryGet(lang.Text, out _))
        {
            diagnostics.Add(LanguageDiagnostics.UnknownLanguage(source.PositionOf(lang.Span.Start), lang.Span.Length, lang.Text));
            language = "en";
        }

        var held = corpus.Provisions.Where(p => p.Act == act).ToList();
        var heldIds = held.Select(p => p.Id).ToHashSet();
        var citations = ImmutableDictionary.CreateBuilder<CitationSyntax, ResolvedCitation>();
        foreach (var citation in file.Declarations.SelectMany(d => d.AllCites))
        {
            if (Resolve(citation) is { } resolved)
            {
                citations[citation] = resolved;
            }
        }

        var terms = ImmutableDictionary.CreateBuilder<TermSyntax, ProvisionId>();
        foreach (var term in file.Declarations.OfType<ConclusionDeclaration>().Select(c => c.Means).OfType<TermSyntax>())
        {
            if (Term(term) is { } id)
            {
                terms[term] = id;
            }
        }

        foreach (var conclusion in file.Declarations.OfType<ConclusionDeclaration>())
        {
            CheckMeaning(conclusion);
        }

        foreach (var declaration in file.Declarations)
        {
            CheckNumbers(declaration);
        }

        foreach (var applies in file.Declarations.OfType<VerdictDeclaration>().SelectMany(v => v.AppliesFrom))
        {
            CheckApplicationDate(applies);
        }

        var parameters = file.Declarations.OfType<ParameterDeclaration>().Concat(imported.Parameters).GroupBy(p => p.Name.Text, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var rule in file.Declarations.OfType<RuleDeclaration>())
        {
            foreach (var comparison in Comparisons(rule.When).Concat(rule.Unless is null ? [] : Comparisons(rule.Unless)))
            {
                CheckComparison(rule, comparison);
            }
        }

        return new CorpusBinding(act, language, citations.ToImmutable(), terms.ToImmutable(), [.. diagnostics]);

        SourcePosition At(TextSpan span) => source.PositionOf(span.Start);

        ResolvedCitation? Resolve(CitationSyntax citation)
        {
            if (!CitationForms.Languages.Contains(language))
            {
                diagnostics.Add(LanguageDiagnostics.CitationNotUnderstood(At(citation.Span), citation.Span.Length, citation.Text,
                    $"citations are read in {string.Join(", ", CitationForms.Languages)}; this file's language is '{language}'"));
                return null;
            }

            var parsed = CitationForms.Parse(citation.Text, language);
            if (!parsed.Succeeded)
            {
                var column = Math.Clamp(parsed.Error.Column - 1, 0, citation.Text.Length);
                diagnostics.Add(LanguageDiagnostics.CitationNotUnderstood(
                    source.PositionOf(citation.Span.Start + column), citation.Span.Length - column, citation.Text, parsed.Error.Message));
                return null;
            }

            var id = CitationForms.AsHeld(parsed.Citation.Id, heldIds.Contains);
            if (!heldIds.Contains(id))
            {
                diagnostics.Add(LanguageDiagnostics.CitationUnknownProvision(At(citation.Span), citation.Span.Length,
                    CitationForms.Print(id, language), WhatExists(id)));
                return null;
            }

            if (citation.Sentence is { } sentence)
            {
                var text = corpus.Find(id, language, asOf) ?? corpus.Versions(id, language).LastOrDefault();
                if (text is null)
                {
                    diagnostics.Add(LanguageDiagnostics.SentenceLanguageMissing(At(citation.Span), citation.Span.Length, CitationForms.Print(id, language), language));
                    return null;
                }

                if (sentence < 1 || sentence > text.Sentences.Length)
                {
                    diagnostics.Add(LanguageDiagnostics.CitationUnknownSentence(At(citation.Span), citation.Span.Length,
                        CitationForms.Print(id, language), text.Sentences.Length));
                    return null;
                }
            }

            return new ResolvedCitation(citation, id, citation.Sentence);
        }

        // "Annex XIII has points (a) to (g)": what the corpus holds beside a provision it lacks.
        string WhatExists(ProvisionId id)
        {
            var parent = id.Parent;
            while (parent is not null && !heldIds.Contains(parent))
            {
                parent = parent.Parent;
            }

            if (parent is null)
            {
                var tops = heldIds.Where(h => h.Parent is null && h.Last.Level == id.Segments[0].Level)
                    .Select(h => h.Last.Label).Distinct().ToList();
                return tops.Count == 0 ? "it holds nothing of that kind" : $"it holds {Kind(id.Segments[0].Level, plural: tops.Count > 1)} {Range(tops)}";
            }

            var parts = heldIds.Where(h => h.Parent == parent).Select(h => h.Last).Distinct().ToList();
            var printed = CitationForms.Print(parent, language);
            return parts.Count == 0
                ? $"{printed} has no parts"
                : $"{printed} has {Kind(parts[0].Level, plural: parts.Count > 1)} {Range(parts.Select(p => p.Level == ProvisionLevel.Point && char.IsLetter(p.Label[0]) ? $"({p.Label})" : p.Label).ToList())}";
        }

        ProvisionId? Term(TermSyntax term)
        {
            if (term.Anchor is { } anchor)
            {
                if (graph.Anchor(act, anchor) is { } byAnchor && graph.Glossary.Terms.Any(t => t.Definition == byAnchor))
                {
                    return byAnchor;
                }

                var anchors = graph.Anchors.Keys.Where(k => k.Act == act).Select(k => k.Anchor).ToList();
                diagnostics.Add(LanguageDiagnostics.UnknownTerm(At(term.Span), term.Span.Length, $"^{anchor}",
                    NameSuggestion.Closest(anchor, anchors) is { } close ? $"^{close}" : null));
                return null;
            }

            var words = term.Term ?? "";
            var inLanguage = graph.Glossary.InLanguage(language).ToList();
            var found = inLanguage.FirstOrDefault(t => t.Forms.Prepend(t.Term).Any(f => string.Equals(f, words, StringComparison.OrdinalIgnoreCase)));
            if (found is not null)
            {
                return found.Definition;
            }

            diagnostics.Add(LanguageDiagnostics.UnknownTerm(At(term.Span), term.Span.Length, $"\"{words}\" in '{language}'",
                NameSuggestion.Closest(words, inLanguage.Select(t => t.Term)) is { } near ? $"\"{near}\"" : null));
            return null;
        }

        // A conclusion that says what it means must cite where the law says so: the definition of the term, or a
        // provision holding it (Article 3 holds point (65)); citing only where the term is used defines nothing.
        void CheckMeaning(ConclusionDeclaration conclusion)
        {
            if (conclusion.Means is not { } term || !terms.TryGetValue(term, out var definition))
            {
                return;
            }

            var cited = conclusion.Cites.Where(citations.ContainsKey).Select(c => citations[c].Id).ToList();
            if (cited.Count == 0 || cited.Any(definition.IsWithin))
            {
                return;
            }

            var words = graph.Glossary.Find(definition, language)?.Term ?? term.Term ?? $"^{term.Anchor}";
            diagnostics.Add(LanguageDiagnostics.MeaningNotDefinedByCitations(At(term.Span), term.Span.Length, words,
                CitationForms.Print(definition, language), string.Join("; ", cited.Select(id => CitationForms.Print(id, language)))));
        }

        IEnumerable<Provision> Cited(IEnumerable<CitationSyntax> cites) =>
            cites.Select(c => citations.TryGetValue(c, out var own) ? own : imported.Citations.GetValueOrDefault(c))
                .OfType<ResolvedCitation>()
                .Select(c => ProvisionLookup.Find(corpus, c.Id, language, asOf)?.Provision)
                .OfType<Provision>();

        // The day the law applies from is law too: one of the clauses cited for it must write it (Article 113, point (b):
        // "shall apply from 2 August 2025").
        void CheckApplicationDate(AppliesFromSyntax applies)
        {
            var cited = Cited(applies.Citing).ToList();
            if (cited.Count == 0)
            {
                return;
            }

            var words = ReaderLanguage.Of(language).Vocabulary;
            var date = words.Date(applies.From.Value);
            var texts = cited.Select(p => CitedTexts.WholeText(corpus, p)).ToList();
            if (texts.Any(text => words.DatesIn(text).Any(d => string.Equals(Spaced(d), date, StringComparison.OrdinalIgnoreCase))))
            {
                return;
            }

            var written = texts.SelectMany(words.DatesIn).Select(Spaced).Distinct(StringComparer.Ordinal).ToList();
            diagnostics.Add(LanguageDiagnostics.ApplicationDateNotInCitedText(At(applies.From.Span), applies.From.Span.Length, date,
                string.Join("; ", cited.Select(p => CitationForms.Print(p.Id, language)).Distinct()), string.Join(", ", written)));
        }

        // The rule compares as the clause it cites does: "at least" where Article 51(2) writes "greater than" moves the
        // boundary, and exactly 10^25 FLOP would be presumed to have high-impact capabilities though the law says not.
        void CheckComparison(RuleDeclaration rule, BinaryExpression comparison)
        {
            if (Compared(comparison.Right) is var right && right.Numbers.Count > 0)
            {
                Compare(right, flipped: false);
            }
            else if (Compared(comparison.Left) is var left && left.Numbers.Count > 0)
            {
                Compare(left, flipped: true);
            }

            void Compare((List<NumberLiteral> Numbers, IEnumerable<CitationSyntax> Cites) side, bool flipped)
            {
                var ruleComparison = AsComparison(comparison.Operator, flipped);
                if (ruleComparison is null)
                {
                    return;
                }

                var clauses = Cited(rule.Cites.Concat(side.Cites)).DistinctBy(p => p.Id).ToList();
                foreach (var number in side.Numbers)
                {
                    var value = new ExactNumber(number.Significand, number.Exponent);
                    var written = clauses.Select(p => (Clause: p, Phrase: CitedComparisons.Before(p.Text, value, language)))
                        .Where(w => w.Phrase is not null).ToList();
                    if (written.Count == 0 || written.Any(w => w.Phrase!.Comparison == ruleComparison))
                    {
                        continue;
                    }

                    var (clause, phrase) = written[0];
                    var start = comparison.Left.Span.End;
                    while (start < file.Text.Length && char.IsWhiteSpace(file.Text[start]))
                    {
                        start++;
                    }

                    var operatorText = file.Text[start..comparison.Right.Span.Start].TrimEnd();
                    diagnostics.Add(LanguageDiagnostics.ComparisonNotAsCited(source.PositionOf(start), operatorText.Length, operatorText,
                        CitationForms.Print(clause.Id, language), phrase!.Words, number.Text, Keyword(AsOperator(phrase.Comparison, flipped))));
                }
            }
        }

        (List<NumberLiteral> Numbers, IEnumerable<CitationSyntax> Cites) Compared(Expression operand) => operand switch
        {
            NameExpression name when parameters.TryGetValue(name.Name.Text, out var parameter) =>
                ([.. parameter.Values.SelectMany(v => Literals(v.Value))], parameter.Cites),
            NumberLiteral or ConversionExpression or ParenthesizedExpression => ([.. Literals(operand)], []),
            _ => ([], []),
        };

        // A threshold a rule compares with must stand in a clause the rule (or the parameter) cites.
        void CheckNumbers(Declaration declaration)
        {
            var numbers = declaration switch
            {
                RuleDeclaration rule => Literals(rule.When).Concat(rule.Unless is null ? [] : Literals(rule.Unless)),
                ParameterDeclaration parameter => parameter.Values.SelectMany(v => Literals(v.Value)),
                _ => [],
            };
            var cited = Cited(declaration.Cites).ToList();
            if (cited.Count == 0)
            {
                return;
            }

            foreach (var number in numbers)
            {
                if (number.Unit is { } unit && TypeResolver.DurationUnitNamed(unit.Text) is { } period)
                {
                    CheckPeriod(number, period, cited);
                    continue;
                }

                var value = new ExactNumber(number.Significand, number.Exponent);
                if (cited.Any(p => CitedNumbers.In(p.Text).Contains(value)))
                {
                    continue;
                }

                var lost = cited.Select(p => CitedNumbers.LostSuperscript(p.Text, value)).FirstOrDefault(l => l is not null);
                var thresholds = cited.SelectMany(p => CitedComparisons.Thresholds(p.Text, language).Select(t => $"{CitationForms.Print(p.Id, language)} writes \"{t}\""))
                    .Distinct().ToList();
                diagnostics.Add(LanguageDiagnostics.NumberNotInCitedText(At(number.Span), number.Span.Length, number.Text,
                    string.Join("; ", cited.Select(p => CitationForms.Print(p.Id, language)).Distinct()),
                    lost is not null ? $"the text reads '{lost}', which may be {number.Text} with its superscript lost in conversion"
                    : thresholds.Count > 0 ? string.Join("; ", thresholds) : null));
            }
        }

        // A period stands in the clause as the language writes it, in words or digits: "two weeks", "twee weken", "15 days".
        void CheckPeriod(NumberLiteral number, DurationUnit unit, List<Provision> cited)
        {
            var kind = unit switch
            {
                DurationUnit.Days => PeriodKind.Days,
                DurationUnit.Weeks => PeriodKind.Weeks,
                DurationUnit.Months => PeriodKind.Months,
                _ => PeriodKind.Years,
            };
            var length = number.Exponent >= 0 && number.Exponent < 6 ? number.Significand * System.Numerics.BigInteger.Pow(10, number.Exponent) : -1;
            var written = cited.Select(p => (Clause: p, Periods: CitedNumbers.Periods(p.Text, language).Where(w => w.Unit == kind).ToList())).ToList();
            if (written.Any(w => w.Periods.Any(period => period.Length == length)))
            {
                return;
            }

            var periods = written.SelectMany(w => w.Periods.Select(period => $"{CitationForms.Print(w.Clause.Id, language)} writes \"{period.Written}\""))
                .Distinct().ToList();
            diagnostics.Add(LanguageDiagnostics.NumberNotInCitedText(At(number.Span), number.Span.Length, $"{number.Text} {number.Unit!.Text}",
                string.Join("; ", cited.Select(p => CitationForms.Print(p.Id, language)).Distinct()),
                periods.Count > 0 ? string.Join("; ", periods) : null));
        }
    }

    /// <summary>A date as a text writes it, its spaces (a line break, a no-break space) made plain.</summary>
    private static string Spaced(string written) => string.Join(' ', written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<NumberLiteral> Literals(Expression expression) => expression switch
    {
        NumberLiteral number => [number],
        BinaryExpression binary => Literals(binary.Left).Concat(Literals(binary.Right)),
        NotExpression not => Literals(not.Operand),
        ContainsExpression contains => Literals(contains.Set),
        ConversionExpression conversion => Literals(conversion.Operand),
        ParenthesizedExpression parenthesized => Literals(parenthesized.Inner),
        _ => [],
    };

    // The comparisons of a condition, through "and", "or" and "not": each is checked against the clause on its own.
    private static IEnumerable<BinaryExpression> Comparisons(Expression expression) => expression switch
    {
        BinaryExpression { Operator: BinaryOperator.And or BinaryOperator.Or } logic => Comparisons(logic.Left).Concat(Comparisons(logic.Right)),
        BinaryExpression comparison when AsComparison(comparison.Operator, flipped: false) is not null => [comparison],
        NotExpression not => Comparisons(not.Operand),
        ParenthesizedExpression parenthesized => Comparisons(parenthesized.Inner),
        _ => [],
    };

    // "threshold less than compute" reads as "compute greater than threshold" when the number stands on the left.
    private static Comparison? AsComparison(BinaryOperator op, bool flipped) => (op, flipped) switch
    {
        (BinaryOperator.GreaterThan, false) or (BinaryOperator.LessThan, true) => Comparison.GreaterThan,
        (BinaryOperator.AtLeast, false) or (BinaryOperator.AtMost, true) => Comparison.AtLeast,
        (BinaryOperator.LessThan, false) or (BinaryOperator.GreaterThan, true) => Comparison.LessThan,
        (BinaryOperator.AtMost, false) or (BinaryOperator.AtLeast, true) => Comparison.AtMost,
        _ => null,
    };

    private static BinaryOperator AsOperator(Comparison comparison, bool flipped) => (comparison, flipped) switch
    {
        (Comparison.GreaterThan, false) or (Comparison.LessThan, true) => BinaryOperator.GreaterThan,
        (Comparison.AtLeast, false) or (Comparison.AtMost, true) => BinaryOperator.AtLeast,
        (Comparison.LessThan, false) or (Comparison.GreaterThan, true) => BinaryOperator.LessThan,
        _ => BinaryOperator.AtMost,
    };

    private static string Keyword(BinaryOperator op) => op switch
    {
        BinaryOperator.GreaterThan => "greater than",
        BinaryOperator.AtLeast => "at least",
        BinaryOperator.LessThan => "less than",
        _ => "at most",
    };

    private static string Kind(ProvisionLevel level, bool plural) => (level, plural) switch
    {
        (ProvisionLevel.Recital, false) => "recital",
        (ProvisionLevel.Recital, true) => "recitals",
        (ProvisionLevel.Article, false) => "Article",
        (ProvisionLevel.Article, true) => "Articles",
        (ProvisionLevel.Annex, false) => "Annex",
        (ProvisionLevel.Annex, true) => "Annexes",
        (ProvisionLevel.Paragraph, false) => "paragraph",
        (ProvisionLevel.Paragraph, true) => "paragraphs",
        (_, false) => "point",
        _ => "points",
    };

    private static string Range(IReadOnlyList<string> labels) =>
        labels.Count > 2 ? $"{labels[0]} to {labels[^1]}" : string.Join(" and ", labels);
}
