using System.Collections.Frozen;
using System.Collections.Immutable;
using RulesDsl.Corpus.Languages;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Building;

/// <summary>The words of an explanation that are neither an outcome, a way nor a status: headings, labels, notes.</summary>
public enum Phrase
{
    /// <summary>A rule's value when it neither applies nor is undecided.</summary>
    NotDecisive,
    Verdict,
    DecidedBy,
    AsOf,
    How,
    Steps,
    Other,
    MissingFacts,

    /// <summary>The heading of the facts the case gives that no rule read.</summary>
    Unread,
    Binding,
    Explanatory,

    /// <summary>A format: a criterion for a decision, then the provisions empowering it.</summary>
    Criterion,
    Version,
    Definition,
    Deciding,
    QuotedAbove,

    /// <summary>A conclusion read again: its steps stand where it was first read.</summary>
    ShownAbove,
    NotQuoted,
    RuleSet,

    /// <summary>A format: a quote in another language, then the language it is in and the one asked for.</summary>
    Fallback,

    /// <summary>A format: a number whose superscript the source lost, then what it stands for.</summary>
    LostSuperscript,

    /// <summary>The value of a fact or parameter no one gave or derived: not the outcome "unknown" of a conclusion,
    /// which some languages word otherwise ("onbekend" beside "niet vast te stellen").</summary>
    UnknownValue,

    /// <summary>A format: a date, of <c>{day}</c>, <c>{month}</c> (the language's name of it) and <c>{year}</c>.</summary>
    Date,

    /// <summary>What an estimate's formula is: a way to approximate an amount that the law does not lay down.</summary>
    EstimationMethod,
    /// <summary>The outcome of a verdict the law does not apply to: before its date, or outside its scope.</summary>
    NotApplicable,

    /// <summary>The label of the line that says whether the law applied.</summary>
    Applicability,

    /// <summary>Before a date: the law applies from it.</summary>
    AppliesFrom,

    /// <summary>A format: a provision, then the number of one of its sentences ("Article 52(5), sentence 3").</summary>
    Sentence,
    NotYetApplicable,
    OutsideScope,
    ScopeUndetermined,

    /// <summary>The rules say neither from when nor to what the law applies.</summary>
    ApplicabilityUnstated,

    /// <summary>What a draft quoted where no text was law is: not law.</summary>
    Draft,

    /// <summary>A format: no text of a provision (its id) is law on a date.</summary>
    NoTextInForce,

    /// <summary>
    /// A format: a period's end moved off the day counted: the start, the period, the day counted and the day it ends
    /// on (each with its weekday), and the provision that moved it.
    /// </summary>
    PeriodEndMoved,

    /// <summary>A format: a weekday's name, then a date ("Saturday 28 February 2026").</summary>
    WeekdayDate,

    /// <summary>Regulation (EEC, Euratom) No 1182/71, Article 3(4): an end on a Saturday or Sunday moves to a working day.</summary>
    EndOnWorkingDay,

    /// <summary>Article 3(5) of that Regulation: a period of two days or more includes at least two working days.</summary>
    TwoWorkingDays,

    /// <summary>Article 3(4) and 3(5) of that Regulation together.</summary>
    EndOnWorkingDayAndTwoWorkingDays,

    /// <summary><c>any of</c> a list of conditions, as the rules write it: at least one of them holds.</summary>
    AnyOf,

    /// <summary><c>all of</c> a list of conditions: every one of them holds.</summary>
    AllOf,

    /// <summary><c>count of</c> a set: how many values it holds.</summary>
    CountOf,

    /// <summary><c>not</c> before a condition, in a list's condition as written.</summary>
    Not,

    /// <summary><c>contains</c> between a set and a value, in a list's condition as written.</summary>
    Contains,
}

/// <summary>
/// The words an explanation is written in, per language, keyed by what they say of the runtime's typed trace (truths,
/// ways, statuses) and by <see cref="Phrase"/>. The words are data, in each language's file
/// (Conventions/Data/&lt;code&gt;.json, <c>explanation</c>); a language without its own words reads English ones, while
/// quotes and citations stay in that language. Each word has a key in the data, the one
/// its language's words are written under.
/// </summary>
public sealed class Vocabulary
{
    private readonly FrozenDictionary<string, string> words;
    private readonly FrozenDictionary<string, string> languageNames;
    private readonly ExplanationVocabulary vocabulary;

    private Vocabulary(ExplanationVocabulary vocabulary)
    {
        words = vocabulary.Words;
        languageNames = vocabulary.LanguageNames;
        this.vocabulary = vocabulary;
    }

    /// <summary>The words of the reader's language (<see cref="ReaderLanguage.Vocabulary"/>): its own, or English ones.</summary>
    public static Vocabulary For(string language) => new(ReaderLanguage.Of(language).Vocabulary);

    public string this[Truth truth] => Word(Key(truth));

    public string this[Way way] => Word(Key(way));

    public string this[StepStatus status] => Word(Key(status));

    public string this[Phrase phrase] => Word(Key(phrase));

    public string this[Comparator comparator] => Word(Key(comparator));

    /// <summary>A comparison of two days: "after", "on or before".</summary>
    public string Between(Comparator comparator) => Word(DayKey(comparator));

    public string this[DayOfWeek day] => Word(Key(day));

    public string this[ListOperator list] => this[list switch
    {
        ListOperator.AnyOf => Phrase.AnyOf,
        ListOperator.AllOf => Phrase.AllOf,
        _ => Phrase.CountOf,
    }];

    /// <summary>The keys of every word an explanation can ask for, by which each language's table is checked.</summary>
    public static IEnumerable<string> Keys =>
        Enum.GetValues<Truth>().Select(Key)
            .Concat(Enum.GetValues<Way>().Select(Key))
            .Concat(Enum.GetValues<StepStatus>().Select(Key))
            .Concat(Enum.GetValues<Phrase>().Select(Key))
            .Concat(Enum.GetValues<Comparator>().Select(Key))
            .Concat(Enum.GetValues<Comparator>().Select(DayKey))
            .Concat(Enum.GetValues<DayOfWeek>().Select(Key))
            .Distinct();

    /// <summary>The keys this vocabulary has no word for: none, for a vocabulary that is shipped.</summary>
    public IEnumerable<string> Lacking => Keys.Where(key => !words.ContainsKey(key));

    /// <summary>The name of a language in the reader's language ("Engels"), or its code when not known.</summary>
    public string LanguageName(string code) => languageNames.GetValueOrDefault(code) ?? code;

    /// <summary>The note that a quote is in another language than the reader's.</summary>
    public string Fallback(string quoted, string wanted) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this[Phrase.Fallback], LanguageName(quoted), LanguageName(wanted));

    /// <summary>The note under a quote whose source lost a superscript: "“1025” stands for 10^25".</summary>
    public string LostSuperscript(string written, string meant) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this[Phrase.LostSuperscript], written, meant);

    /// <summary>One sentence of a provision, as the reader's language cites it: "Artikel 52, lid 5, zin 3".</summary>
    public string Sentence(string provision, int number) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this[Phrase.Sentence], provision, number);

    /// <summary>What a criterion is: "criterion for the decision under Article 51(1), point (b); Article 52(4)".</summary>
    public string Criterion(string decisions) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this[Phrase.Criterion], decisions);

    /// <summary>That no text of a provision is law on a date: "no text of anx_XIII__pnt_f in force on 10 May 2024".</summary>
    public string NoTextInForce(string provision, DateOnly asOf) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this[Phrase.NoTextInForce], provision, Date(asOf));

    /// <summary>A date as the reader's language writes it: "12 July 2024", "12 juli 2024", "12. Juli 2024".</summary>
    public string Date(DateOnly date) => vocabulary.Date(date);

    /// <summary>A date with its weekday: "Saturday 28 February 2026", "zaterdag 28 februari 2026".</summary>
    public string Weekday(DateOnly date) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this[Phrase.WeekdayDate], this[date.DayOfWeek], Date(date));

    /// <summary>
    /// That a period's end moved: "31 August 2025 + 6 months falls on Saturday 28 February 2026; the period therefore
    /// ends on Monday 2 March 2026 (Regulation (EEC, Euratom) No 1182/71, Article 3(4))".
    /// </summary>
    public string PeriodEndMoved(string start, string period, string counted, string end, string provision) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this[Phrase.PeriodEndMoved], start, period, counted, end, provision);

    // A word the table lacks shows its key, which is English: a shipped vocabulary lacks none (see Lacking).
    private string Word(string key) => words.GetValueOrDefault(key) ?? key;

    private static string Key(Truth truth) => truth switch
    {
        Truth.Yes => "yes",
        Truth.No => "no",
        _ => "unknown",
    };

    private static string Key(Way way) => way switch
    {
        Way.Met => "met",
        Way.Presumed => "presumed",
        Way.Estimated => "estimated",
        _ => "rebutted",
    };

    private static string Key(StepStatus status) => status switch
    {
        StepStatus.Applies => "applies",
        StepStatus.DoesNotApply => "does not apply",
        StepStatus.Undecided => "unknown",
        StepStatus.Rebutted => "rebutted: its exception is established",
        StepStatus.Given => "given",
        StepStatus.Derived => "derived",
        StepStatus.Estimated => "estimated",
        StepStatus.Missing => "missing",
        StepStatus.InForce => "in force from",
        StepStatus.LowerBound => "lower bound",
        _ => "no value in force on",
    };

    private static string Key(Phrase phrase) => phrase switch
    {
        Phrase.NotDecisive => "-",
        Phrase.Verdict => "verdict",
        Phrase.DecidedBy => "decided by",
        Phrase.AsOf => "as of",
        Phrase.How => "how",
        Phrase.Steps => "steps",
        Phrase.Other => "other",
        Phrase.MissingFacts => "missing facts",
        Phrase.Unread => "unread facts",
        Phrase.Binding => "binding",
        Phrase.Explanatory => "explanatory",
        Phrase.Criterion => "criterion",
        Phrase.Draft => "draft",
        Phrase.NoTextInForce => "no text in force",
        Phrase.Version => "version",
        Phrase.Definition => "definition",
        Phrase.Deciding => "deciding",
        Phrase.QuotedAbove => "quoted above",
        Phrase.ShownAbove => "shown above",
        Phrase.NotQuoted => "not quoted",
        Phrase.RuleSet => "rule set",
        Phrase.Fallback => "fallback",
        Phrase.Sentence => "sentence",
        Phrase.Date => "date",
        Phrase.EstimationMethod => "estimation method",
        Phrase.UnknownValue => "unknown value",
        Phrase.NotApplicable => "not applicable",
        Phrase.Applicability => "applicability",
        Phrase.AppliesFrom => "applies from",
        Phrase.NotYetApplicable => "not yet applicable",
        Phrase.OutsideScope => "outside the scope",
        Phrase.ScopeUndetermined => "whether it is within the scope is not known",
        Phrase.ApplicabilityUnstated => "the rules do not say from when the law applies",
        Phrase.PeriodEndMoved => "period end moved",
        Phrase.WeekdayDate => "weekday date",
        Phrase.EndOnWorkingDay => "Regulation No 1182/71, Article 3(4)",
        Phrase.TwoWorkingDays => "Regulation No 1182/71, Article 3(5)",
        Phrase.EndOnWorkingDayAndTwoWorkingDays => "Regulation No 1182/71, Article 3(4) and (5)",
        Phrase.AnyOf => "any of",
        Phrase.AllOf => "all of",
        Phrase.CountOf => "the number of",
        Phrase.Not => "not",
        Phrase.Contains => "contains",
        _ => "lost superscript",
    };

    private static string Key(DayOfWeek day) => day.ToString().ToLowerInvariant();

    private static string Key(Comparator comparator) => comparator switch
    {
        Comparator.GreaterThan => "greater than",
        Comparator.AtLeast => "at least",
        Comparator.LessThan => "less than",
        Comparator.AtMost => "at most",
        _ => "equal to",
    };

    private static string DayKey(Comparator comparator) => comparator switch
    {
        Comparator.GreaterThan => "after",
        Comparator.AtLeast => "on or after",
        Comparator.LessThan => "before",
        Comparator.AtMost => "on or before",
        _ => "on the same day as",
    };
}
