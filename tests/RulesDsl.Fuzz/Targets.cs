using RulesDsl.Corpus.Reading;
using RulesDsl.Linking;
using RulesDsl.Linking.Model;
using RulesDsl.Workspace;

namespace RulesDsl.Fuzz;

/// <summary>The four front ends, set up once over the repository's inputs, each working in its own scratch folder.</summary>
internal sealed class Targets : IDisposable
{
    public static readonly string[] Names = ["corpus", "link", "rules", "facts"];

    private Targets(IReadOnlyList<FuzzTarget> all) => All = all;

    public IReadOnlyList<FuzzTarget> All { get; }

    /// <param name="names">The targets wanted, of <see cref="Names"/>; the embedded corpus is linked (and the shipped rules compiled) only when one needs it.</param>
    public static Targets Create(string root, string scratch, IEnumerable<string> names)
    {
        return new Targets([.. names.Select(name => name switch
        {
            "corpus" => new CorpusTarget(root, scratch),
            "link" => new LinkTarget(root, scratch),
            "rules" => new RulesTarget(root, scratch, Cited(root, scratch)),
            "facts" => (FuzzTarget)new FactsTarget(root, scratch, RulesWorkspace.Open(Path.Combine(root, "corpus"), null, RulesTarget.AsOf, TimeProvider.System)),
            _ => throw new ArgumentException($"no fuzz target '{name}'; the targets are {string.Join(", ", Names)}", nameof(names)),
        })]);
    }

    /// <summary>
    /// The provisions the shipped rules cite most, linked: the EUR-Lex excerpts of Articles 3, 51 and 52, Annex XIII and
    /// recitals 110 to 112, and the Dutch recital 111 with the act's anchor map. Checking a rules file against the whole act
    /// costs five times as much and finds the same faults; a citation of something else is one diagnostic more.
    /// </summary>
    private static LinkGraph Cited(string root, string scratch)
    {
        var folder = Path.Combine(scratch, "cited");
        var excerpts = Path.Combine(root, "tests", "Inputs", "eurlex-markdown");
        foreach (var file in Directory.EnumerateFiles(excerpts, "*.md", SearchOption.AllDirectories))
        {
            Copy(file, Path.Combine(folder, Path.GetRelativePath(excerpts, file)));
        }

        var act = Path.Combine(root, "corpus", "eu-ai-act");
        Copy(Path.Combine(act, "anchors.yaml"), Path.Combine(folder, "eu-ai-act", "anchors.yaml"));
        Copy(Path.Combine(act, "criteria.yaml"), Path.Combine(folder, "eu-ai-act", "criteria.yaml"));
        Copy(Path.Combine(act, "nl", "recital-111.vault.md"), Path.Combine(folder, "eu-ai-act", "nl", "recital-111.vault.md"));
        return Linker.Link(CorpusReader.Read(folder));
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
    }

    public void Dispose()
    {
        foreach (var target in All.OfType<IDisposable>())
        {
            target.Dispose();
        }
    }
}
