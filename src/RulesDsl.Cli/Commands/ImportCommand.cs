using System.CommandLine;
using RulesDsl.Corpus.Model;
using RulesDsl.Diagnostics;
using RulesDsl.Import.Model;
using RulesDsl.Import.Running;

namespace RulesDsl.Cli.Commands;

/// <summary>
/// <c>rulesdsl import SOURCE… [--act NAME] [--out DIR]</c>: the law as downloaded from EUR-Lex, written as the
/// corpus's Markdown, one <c>&lt;out&gt;/&lt;lang&gt;/oj.md</c> per language; all files or none.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var sourcesArgument = new Argument<string[]>("sources")
        {
            Description = "The files downloaded from EUR-Lex: the OJ HTML or the EUR-Lex page, the Cellar XHTML, Formex 4 XML.",
            Arity = ArgumentArity.OneOrMore,
        };
        // An unknown option would otherwise be taken for a file name and reported as a missing source (exit 1).
        sourcesArgument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
            {
                result.AddError($"Unrecognized command or argument '{token.Value}'.");
            }
        });
        var actOption = new Option<string?>("--act") { Description = "The act's name in the corpus (eu-ai-act); by default from its ELI (reg-2024-1689)." };
        var outOption = new Option<string?>("--out") { Description = "The act's corpus folder; corpus/<act> by default." };
        var command = new Command("import", "Import acts from EUR-Lex HTML or Formex into the corpus's Markdown.")
        {
            sourcesArgument, actOption, outOption,
        };
        command.SetAction(parse =>
        {
            var diagnostics = new List<Diagnostic>();
            var written = ImportRun.Run(parse.GetValue(sourcesArgument)!, parse.GetValue(actOption), parse.GetValue(outOption), Importers.Default, diagnostics);
            diagnostics.ForEach(error.WriteLine);
            if (written is not { } acts)
            {
                return 1;
            }

            foreach (var (act, file) in acts)
            {
                output.WriteLine($"{file}: {Summary(act)}");
            }

            return 0;
        });
        return command;
    }

    private static string Summary(ImportedAct act)
    {
        var provisions = act.Body.Provisions().ToList();
        int Count(ProvisionLevel level) => provisions.Count(p => p.Id.Last.Level == level);
        return $"{Count(ProvisionLevel.Article)} articles, {Count(ProvisionLevel.Recital)} recitals, {Count(ProvisionLevel.Annex)} annexes, "
             + $"{Count(ProvisionLevel.Paragraph)} paragraphs, {Count(ProvisionLevel.Point)} points, {act.Notes.Length} footnotes, "
             + $"{act.Body.Divisions().Count()} divisions, {act.SetAside.Length} parts set aside";
    }
}
