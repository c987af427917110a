using System.Collections.Frozen;
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
    Binding,
    Explanatory,
    Version,
    Definition,
    Deciding,
    QuotedAbove,
    NotQuoted,
    RuleSet,

    /// <summary>A format: a quote in another language, then the language it is in and the one asked for.</summary>
    Fallback,

    /// <summary>A format: a number whose superscript the source lost, then what it stands for.</summary>
    LostSuperscript,
}

/// <summary>
/// The words an explanation is written in, per language, keyed by what they say of the runtime's typed trace (truths,
/// ways, statuses) and by <see cref="Phrase"/>. English and Dutch are written out; a language without its own words
/// reads English ones, while quotes and citations stay in that language. Each word has a key in the tables, the one
/// its language's words are written under.
/// </summary>
public sealed class Vocabulary
{
    private static readonly FrozenDictionary<string, string> English = new Dictionary<string, string>
    {
        ["yes"] = "yes",
        ["no"] = "no",
        ["unknown"] = "unknown",
        ["-"] = "not decisive",
        ["met"] = "met",
        ["presumed"] = "presumed",
        ["rebutted"] = "rebutted",
        ["estimated"] = "estimated",
        ["applies"] = "applies",
        ["does not apply"] = "does not apply",
        ["rebutted: its exception is established"] = "rebutted: its exception is established",
        ["given"] = "given",
        ["derived"] = "derived",
        ["missing"] = "missing",
        ["in force from"] = "in force from",
        ["no value in force on"] = "no value in force on",
        ["verdict"] = "Verdict",
        ["decided by"] = "decided by",
        ["as of"] = "law in force on",
        ["how"] = "how",
        ["steps"] = "How the verdict was reached",
        ["other"] = "Other rules evaluated",
        ["missing facts"] = "Facts that would decide it",
        ["binding"] = "binding",
        ["explanatory"] = "explanatory (recital)",
        ["fallback"] = "quoted in {0}: the corpus has no {1} text",
        ["lost superscript"] = "“{0}” stands for {1}: the source lost its superscript",
        ["version"] = "version of",
        ["definition"] = "definition",
        ["deciding"] = "on the path that decided the verdict",
        ["quoted above"] = "quoted above",
        ["not quoted"] = "the corpus does not hold this text",
        ["rule set"] = "rule set",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Dutch = new Dictionary<string, string>
    {
        ["yes"] = "ja",
        ["no"] = "nee",
        ["unknown"] = "onbekend",
        ["-"] = "niet beslissend",
        ["met"] = "vervuld",
        ["presumed"] = "vermoed",
        ["rebutted"] = "weerlegd",
        ["estimated"] = "geschat",
        ["applies"] = "van toepassing",
        ["does not apply"] = "niet van toepassing",
        ["rebutted: its exception is established"] = "weerlegd: de uitzondering staat vast",
        ["given"] = "gegeven",
        ["derived"] = "afgeleid",
        ["missing"] = "ontbreekt",
        ["in force from"] = "van kracht sinds",
        ["no value in force on"] = "geen waarde van kracht op",
        ["verdict"] = "Oordeel",
        ["decided by"] = "beslist door",
        ["as of"] = "recht zoals van kracht op",
        ["how"] = "hoe",
        ["steps"] = "Hoe het oordeel tot stand kwam",
        ["other"] = "Andere geëvalueerde regels",
        ["missing facts"] = "Feiten die de doorslag zouden geven",
        ["binding"] = "bindend",
        ["explanatory"] = "toelichtend (overweging)",
        ["fallback"] = "geciteerd in het {0}: het corpus heeft deze tekst niet in het {1}",
        ["lost superscript"] = "“{0}” staat voor {1}: de bron verloor het superscript",
        ["version"] = "versie van",
        ["definition"] = "definitie",
        ["deciding"] = "op de weg die het oordeel besliste",
        ["quoted above"] = "hierboven geciteerd",
        ["not quoted"] = "het corpus bevat deze tekst niet",
        ["rule set"] = "regelset",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> LanguageNames = new Dictionary<string, FrozenDictionary<string, string>>
    {
        ["en"] = new Dictionary<string, string> { ["en"] = "English", ["nl"] = "Dutch", ["de"] = "German", ["fr"] = "French" }.ToFrozenDictionary(),
        ["nl"] = new Dictionary<string, string> { ["en"] = "Engels", ["nl"] = "Nederlands", ["de"] = "Duits", ["fr"] = "Frans" }.ToFrozenDictionary(),
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, string> words;
    private readonly string language;

    private Vocabulary(string language, FrozenDictionary<string, string> words)
    {
        this.language = language;
        this.words = words;
    }

    public static Vocabulary For(string language) => new(language, language == "nl" ? Dutch : English);

    public string this[Truth truth] => Word(Key(truth));

    public string this[Way way] => Word(Key(way));

    public string this[StepStatus status] => Word(Key(status));

    public string this[Phrase phrase] => Word(Key(phrase));

    /// <summary>The keys of every word an explanation can ask for, by which each language's table is checked.</summary>
    public static IEnumerable<string> Keys =>
        Enum.GetValues<Truth>().Select(Key)
            .Concat(Enum.GetValues<Way>().Select(Key))
            .Concat(Enum.GetValues<StepStatus>().Select(Key))
            .Concat(Enum.GetValues<Phrase>().Select(Key))
            .Distinct();

    /// <summary>The keys this vocabulary has no word for: none, for a vocabulary that is shipped.</summary>
    public IEnumerable<string> Lacking => Keys.Where(key => !words.ContainsKey(key));

    /// <summary>The name of a language in the reader's language ("Engels"), or its code when not known.</summary>
    public string LanguageName(string code) =>
        LanguageNames.GetValueOrDefault(language == "nl" ? "nl" : "en")?.GetValueOrDefault(code) ?? code;

    /// <summary>The note that a quote is in another language than the reader's.</summary>
    public string Fallback(string quoted, string wanted) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this[Phrase.Fallback], LanguageName(quoted), LanguageName(wanted));

    /// <summary>The note under a quote whose source lost a superscript: "“1025” stands for 10^25".</summary>
    public string LostSuperscript(string written, string meant) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this[Phrase.LostSuperscript], written, meant);

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
        Phrase.Binding => "binding",
        Phrase.Explanatory => "explanatory",
        Phrase.Version => "version",
        Phrase.Definition => "definition",
        Phrase.Deciding => "deciding",
        Phrase.QuotedAbove => "quoted above",
        Phrase.NotQuoted => "not quoted",
        Phrase.RuleSet => "rule set",
        Phrase.Fallback => "fallback",
        _ => "lost superscript",
    };
}
