using System.Collections.Frozen;

namespace RulesDsl.Explain.Building;

/// <summary>
/// The words an explanation is written in, per language: outcomes, how a step went, headings. English and Dutch are
/// written out; a language without its own words reads English ones, while quotes and citations stay in that language.
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
        ["designated"] = "designated",
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
        ["source"] = "source",
        ["definition"] = "definition",
        ["deciding"] = "on the path that decided the verdict",
        ["quoted above"] = "quoted above",
        ["not quoted"] = "the corpus does not hold this text",
        ["rule set"] = "rule set",
        ["explanation"] = "Explanation",
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
        ["designated"] = "aangewezen",
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
        ["source"] = "bron",
        ["definition"] = "definitie",
        ["deciding"] = "op de weg die het oordeel besliste",
        ["quoted above"] = "hierboven geciteerd",
        ["not quoted"] = "het corpus bevat deze tekst niet",
        ["rule set"] = "regelset",
        ["explanation"] = "Toelichting",
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

    /// <summary>The reader's word for a word of the runtime's trace; an unknown word is shown as it is.</summary>
    public string this[string word] => words.GetValueOrDefault(word) ?? word;

    /// <summary>The name of a language in the reader's language ("Engels"), or its code when not known.</summary>
    public string LanguageName(string code) =>
        LanguageNames.GetValueOrDefault(language == "nl" ? "nl" : "en")?.GetValueOrDefault(code) ?? code;

    /// <summary>The note that a quote is in another language than the reader's.</summary>
    public string Fallback(string quoted, string wanted) => string.Format(System.Globalization.CultureInfo.InvariantCulture, this["fallback"], LanguageName(quoted), LanguageName(wanted));

    /// <summary>The note under a quote whose source lost a superscript: "“1025” stands for 10^25".</summary>
    public string LostSuperscript(string written, string meant) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this["lost superscript"], written, meant);
}
