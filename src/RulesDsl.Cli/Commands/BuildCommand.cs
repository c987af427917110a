using RulesDsl.Linking.Snapshots;
using System.CommandLine;
using RulesDsl.Cli.Diagnostics;
using RulesDsl.Compiler.Emit;
using RulesDsl.Workspace;

namespace RulesDsl.Cli.Commands;

/// <summary><c>rulesdsl build</c>: every rules file checked, then compiled into a classifier assembly written beside its pdb, generated source and manifest.</summary>
internal static class BuildCommand
{
    /// <summary>The exit code of a build stopped by Ctrl-C, as shells report a process ended by SIGINT.</summary>
    public const int Cancelled = 130;

    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var rulesOption = CheckCommand.RulesOption();
        var corpusOption = CorpusCommand.CorpusOption();
        var outOption = new Option<string>("--out")
        {
            Description = "The folder the classifiers are written to.",
            DefaultValueFactory = _ => "build",
        };
        var asOfOption = new Option<string?>("--as-of") { Description = "Check parameters in force on this date (YYYY-MM-DD); today by default." };
        var command = new Command("build", "Check the rules files and compile each into a classifier: <name>.dll, .pdb, .g.cs and .manifest.json.")
        {
            rulesOption, corpusOption, outOption, asOfOption,
        };
        command.SetAction(parse =>
        {
            if (!ProvisionArgument.TryReadDate(parse.GetValue(asOfOption), error, out var asOf))
            {
                return 2;
            }

            var folder = parse.GetValue(outOption)!;
            if (File.Exists(folder))
            {
                error.WriteLine($"rulesdsl: --out '{folder}' is a file; name the folder the classifiers are written to");
                return 1;
            }

            // Ctrl-C cancels instead of ending the process at once, so that the build removes what it staged.
            using var cancellation = new CtrlC();
            try
            {
                var workspace = RulesWorkspace.Open(parse.GetValue(corpusOption)!, parse.GetValue(rulesOption)!, asOf, clock, LinkedCorpusCache.Default);
                return Build(workspace, folder, output, error, cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                error.WriteLine($"rulesdsl: build cancelled; nothing was written to {folder}");
                return Cancelled;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"rulesdsl: cannot write to {folder}: {e.Message}; nothing was written");
                return 1;
            }
        });
        return command;
    }

    private static int Build(RulesWorkspace workspace, string folder, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        if (workspace.HasErrors)
        {
            foreach (var diagnostic in workspace.CheckDiagnostics)
            {
                output.WriteLine(diagnostic);
            }

            error.WriteLine($"rulesdsl: the rules have errors; nothing was written to {folder}");
            return 1;
        }

        var built = ClassifierBuild.Compile(workspace.Rules, workspace.Graph, cancellation);
        foreach (var diagnostic in built.Diagnostics)
        {
            output.WriteLine(diagnostic);
        }

        if (built.HasErrors)
        {
            error.WriteLine($"rulesdsl: the rules cannot be built; nothing was written to {folder}");
            return 1;
        }

        IReadOnlyList<string> written;
        try
        {
            written = BuildOutput.Write(folder, built.Files, cancellation);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(CliDiagnostics.OutputNotWritten(folder, e.Message));
            return 1;
        }

        foreach (var path in written)
        {
            output.WriteLine($"wrote {path}");
        }

        return 0;
    }
}
