using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Reading;

namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>
/// The reader's fixtures: real OJ text converted by hand, in the label layout of the OJ (as the English excerpts of the
/// corpus were) and in the imported format of docs/corpus-format.md. Each is read on its own, once.
/// </summary>
internal static class ReaderFixtures
{
    public const string DutchLabelLayout = "label-layout/nl/ai-act-excerpt.md";
    public const string GermanLabelLayout = "label-layout/de/art-7.md";
    public const string DutchImported = "imported/nl/oj.md";
    public const string EnglishImported = "imported/en/oj.md";

    public static readonly string[] All = [DutchLabelLayout, GermanLabelLayout, DutchImported, EnglishImported];

    private static readonly Dictionary<string, Lazy<LegalCorpus>> Read =
        All.ToDictionary(f => f, f => new Lazy<LegalCorpus>(() => CorpusReader.Read(PathOf(f))));

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "RulesDsl.Corpus.Tests", "Fixtures");

    public static string PathOf(string fixture) => Path.Combine(Folder, fixture);

    public static LegalCorpus Fixture(string fixture) => Read[fixture].Value;

    public static Provision Get(string fixture, string id) => Fixture(fixture).Provisions.Single(p => p.Id.Value == id);
}
