using RulesDsl.Linking.Snapshots;
using System.CommandLine;
using System.Globalization;
using RulesDsl.Corpus.Citations;
using RulesDsl.Corpus.Model;
using RulesDsl.Explain.Building;
using RulesDsl.Workspace;

namespace RulesDsl.Cli.Commands;

/// <summary><c>rulesdsl corpus</c>: what the reader makes of a corpus folder; <c>corpus show ID</c>: one provision.</summary>
internal static class CorpusCommand
{
    /// <summary>The --corpus option every command that reads the law takes.</summary>
    public static Option<string> CorpusOption() => new("--corpus")
    {
        Description = "The corpus folder (or one source file) to read.",
        DefaultValueFactory = _ => "corpus",
    };

    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var corpusOption = CorpusOption();
        var langOption = new Option<string?>("--lang") { Description = "Only provisions in this language (ISO 639-1 code: en, nl, de, …)." };
        var formatOption = new Option<string>("--format")
        {
            Description = "table for people, json for programs.",
            DefaultValueFactory = _ => "table",
        };
        formatOption.AcceptOnlyFromAmong("table", "json");

        var list = new Command("corpus", "List the provisions read from the corpus, with the reader's diagnostics.")
        {
            corpusOption, langOption, formatOption,
        };
        list.SetAction(parse =>
        {
            if (!LanguageOption.TryRead(parse.GetValue(langOption), error, out var reader))
            {
                return 2;
            }

            var corpus = RulesWorkspace.Open(parse.GetValue(corpusOption)!, null, null, clock, LinkedCorpusCache.Default).Corpus;
            var provisions = corpus.Provisions.Where(p => reader is null || p.Language == reader.Code).ToList();
            if (parse.GetValue(formatOption) == "json")
            {
                CorpusJson.Write(output, corpus, provisions);
            }
            else
            {
                CorpusTable.Write(output, provisions);
            }

            return Report(error, corpus);
        });

        var idArgument = new Argument<string>("id")
        {
            Description = "The provision: its id (art_51__para_1__pnt_a, anx_XIII__pnt_f) or a citation (\"Article 51(1), point (a)\", \"bijlage XIII, punt f)\").",
        };
        var asOfOption = new Option<string?>("--as-of") { Description = "Show the version in force on this date (YYYY-MM-DD); today by default." };
        var show = new Command("show", "Print one provision: its text, sentences, links and parts, in each language or in one.")
        {
            idArgument, corpusOption, langOption, asOfOption,
        };
        show.SetAction(parse =>
        {
            var idText = parse.GetValue(idArgument)!;
            if (!ProvisionArgument.TryRead(idText, error, out var id))
            {
                return 2;
            }

            if (!ProvisionArgument.TryReadDate(parse.GetValue(asOfOption), error, out var asOf)
                || !LanguageOption.TryRead(parse.GetValue(langOption), error, out var reader))
            {
                return 2;
            }

            var workspace = RulesWorkspace.Open(parse.GetValue(corpusOption)!, null, asOf, clock, LinkedCorpusCache.Default);
            var corpus = workspace.Corpus;

            // Swedish "artikel 3.63" reads as a paragraph; the act's structure makes it Article 3's point 63.
            id = CitationForms.AsHeld(id, i => corpus.Languages(i).Any());
            var languages = reader is not null ? [reader.Code] : corpus.Languages(id).ToList();
            var shown = languages.Select(l => corpus.InForce(id, l, workspace.AsOf)).OfType<Provision>().ToList();
            var drafts = languages.Where(l => corpus.InForce(id, l, workspace.AsOf) is null)
                .Select(l => corpus.Find(id, l, workspace.AsOf)).OfType<Provision>().Where(p => p.Status == TextStatus.Draft).ToList();
            if (shown.Count == 0 && drafts.Count > 0)
            {
                // A draft is never the text in force: say that there is none, then show what was proposed, marked.
                var words = Vocabulary.For(reader?.Code ?? drafts[0].Language);
                output.WriteLine(words.NoTextInForce(id.Value, workspace.AsOf));
                output.WriteLine();
                foreach (var draft in drafts)
                {
                    ProvisionPrinter.Write(output, corpus, draft, Vocabulary.For(reader?.Code ?? draft.Language));
                }

                return Math.Max(1, Report(error, corpus));
            }

            if (shown.Count == 0)
            {
                var where = languages.Count == 1 ? $" in '{languages[0]}'" : "";
                var when = asOf is { } d ? $" in force on {d:yyyy-MM-dd}" : "";
                error.WriteLine($"rulesdsl: no provision {id}{where}{when} in {corpus.Root}");
                return Math.Max(1, Report(error, corpus));
            }

            foreach (var provision in shown)
            {
                ProvisionPrinter.Write(output, corpus, provision, Vocabulary.For(reader?.Code ?? provision.Language));
            }

            return Report(error, corpus);
        });
        list.Subcommands.Add(show);
        return list;
    }

    /// <summary>Prints the reader's diagnostics in compiler form; errors make the exit code 1.</summary>
    private static int Report(TextWriter error, LegalCorpus corpus)
    {
        foreach (var diagnostic in corpus.Diagnostics)
        {
            error.WriteLine(diagnostic);
        }

        return corpus.HasErrors ? 1 : 0;
    }
}
