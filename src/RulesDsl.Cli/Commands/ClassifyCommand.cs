using RulesDsl.Linking.Snapshots;
using System.CommandLine;
using RulesDsl.Compiler.Loading;
using RulesDsl.Corpus.Languages;
using RulesDsl.Explain.Batches;
using RulesDsl.Explain.Building;
using RulesDsl.Explain.Rendering;
using RulesDsl.Files;
using RulesDsl.Workspace;

namespace RulesDsl.Cli.Commands;

/// <summary>
/// <c>rulesdsl classify</c>: the facts of one case (JSON) or of many (JSON Lines, CSV) classified by the compiled rules;
/// one case prints its verdict for people, a batch streams one output record per case and a summary on standard error.
/// </summary>
internal static class ClassifyCommand
{
    private const string Stdin = "<stdin>";

    private static readonly string[] InputFormats = ["json", "jsonl", "csv"];

    public static Command Create(TextReader input, TextWriter output, TextWriter error, TimeProvider clock)
    {
        var factsArgument = new Argument<string?>("FACTS")
        {
            Description = "The facts: a .json file of one case, a .jsonl or .csv file of many; standard input when absent or '-'.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var rulesOption = CheckCommand.RulesOption();
        var corpusOption = CorpusCommand.CorpusOption();
        var langOption = new Option<string?>("--lang") { Description = "The language of the explanation (nl, en, …); the rules' language by default." };
        var asOfOption = new Option<string?>("--as-of") { Description = "Classify by the law in force on this date (YYYY-MM-DD); today by default." };
        var explainOption = new Option<string>("--explain")
        {
            Description = "Explain each verdict: none, tree, md, html or json.",
            DefaultValueFactory = _ => ExplanationFormats.None,
        };
        explainOption.AcceptOnlyFromAmong(ExplanationFormats.Names);
        var outOption = new Option<string?>("--out") { Description = "Write to this file, whole or not at all, instead of standard output." };
        var formatOption = new Option<string?>("--format") { Description = "text or json for one case; jsonl or csv for either. Default: text for one case, the input's format for a batch." };
        formatOption.AcceptOnlyFromAmong("text", "json", "jsonl", "csv");
        var inputFormatOption = new Option<string?>("--input-format") { Description = "json, jsonl or csv, when the file's extension does not say (standard input is read as json)." };
        inputFormatOption.AcceptOnlyFromAmong(InputFormats);
        var onErrorOption = new Option<string>("--on-error")
        {
            Description = "For a batch: skip a record whose facts cannot be read and go on, or stop at it. Either way the exit code is 1.",
            DefaultValueFactory = _ => "skip",
        };
        onErrorOption.AcceptOnlyFromAmong("skip", "stop");
        var command = new Command("classify", "Classify the facts of a case, or a batch of cases, by the compiled rules; print the verdict and, with --explain, why.")
        {
            factsArgument, rulesOption, corpusOption, langOption, asOfOption, explainOption, outOption, formatOption, inputFormatOption, onErrorOption,
        };
        command.SetAction(parse =>
        {
            if (!ProvisionArgument.TryReadDate(parse.GetValue(asOfOption), error, out var asOf))
            {
                return 2;
            }

            var facts = parse.GetValue(factsArgument) is { } named && named != "-" ? named : null;
            var inputFormat = parse.GetValue(inputFormatOption) ?? (facts is null ? "json" : FormatOf(facts));
            if (inputFormat is null)
            {
                error.WriteLine($"rulesdsl: cannot tell the format of '{facts}' from its extension; name it with --input-format {string.Join("|", InputFormats)}");
                return 2;
            }

            var batch = inputFormat != "json";
            var format = parse.GetValue(formatOption) ?? (batch ? inputFormat : "text");
            if (batch && format is "text" or "json")
            {
                error.WriteLine($"rulesdsl: a batch of cases is written as jsonl or csv, not {format}");
                return 2;
            }

            if (!LanguageOption.TryRead(parse.GetValue(langOption), error, out var reader))
            {
                return 2;
            }

            var explain = parse.GetValue(explainOption)!;
            var renderer = ExplanationFormats.For(explain, toTerminal: parse.GetValue(outOption) is null && !Console.IsOutputRedirected);

            if (facts is not null && !File.Exists(facts))
            {
                error.WriteLine($"rulesdsl: the facts file '{facts}' does not exist");
                return 1;
            }

            var workspace = RulesWorkspace.Open(parse.GetValue(corpusOption)!, parse.GetValue(rulesOption)!, asOf, clock, LinkedCorpusCache.Default);
            var request = new Request(facts, inputFormat, format, reader?.Code, workspace.AsOf, renderer,
                parse.GetValue(outOption), parse.GetValue(onErrorOption) == "stop");
            var (rules, exit) = RulesLoadReport.LoadOne(workspace, error);
            using (rules)
            {
                return rules is null ? exit : Classify(request, rules, input, output, error);
            }
        });
        return command;
    }

    private sealed record Request(string? Facts, string InputFormat, string Format, string? Language, DateOnly AsOf, IExplanationRenderer? Renderer, string? Out, bool Stop)
    {
        public string Source => Facts ?? Stdin;
    }

    private static string? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => "json",
        ".jsonl" or ".ndjson" => "jsonl",
        ".csv" => "csv",
        _ => null,
    };

    private static int Classify(Request request, LoadedRules rules, TextReader input, TextWriter output, TextWriter error)
    {
        // One case printed as text needs the explanation's words even when no explanation is asked for. Without one,
        // neither the corpus, the manifest nor the languages' conventions are read.
        var explaining = request.Renderer is not null || request.Format == "text" ? Explaining(request, rules, error) : null;

        var classifier = new BatchClassifier(rules.Loaded.Classifier, request.AsOf, explaining);
        try
        {
            using var staged = request.Out is null ? null : AllOrNothing.Stage(request.Out);
            var (exit, complete) = request.InputFormat == "json"
                ? One(request, classifier, input, staged?.Text ?? output, error)
                : Batch(request, classifier, input, staged?.Stream ?? Bytes(output), staged is null ? output : null, error);
            if (complete)
            {
                staged?.Commit();
            }

            return exit;
        }
        catch (BatchInputException e)
        {
            error.WriteLine(e.Error.Format(request.Source));
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"rulesdsl: {e.Message}{(request.Out is null ? "" : $"; nothing was written to {request.Out}")}");
            return 1;
        }
    }

    private static BatchExplaining Explaining(Request request, LoadedRules rules, TextWriter error)
    {
        var explainedIn = request.Language ?? rules.Loaded.Classifier.Definition.Language;
        if (ReaderLanguage.Of(explainedIn) is { HasOwnVocabulary: false } language)
        {
            error.WriteLine($"rulesdsl: {language.Official.EnglishName} ({language.Code}) has no explanation words yet; the explanation's words are {ReaderLanguage.English.Official.EnglishName}, its citations {language.Official.EnglishName}");
        }

        return new BatchExplaining(new Explainer(rules.Graph), new ExplainOptions(explainedIn));
    }

    /// <summary>One case: its verdict, or every error in its facts at its JSON path.</summary>
    private static (int Exit, bool Complete) One(Request request, BatchClassifier classifier, TextReader input, TextWriter writer, TextWriter error)
    {
        using var file = request.Facts is null ? null : FactsText.Open(request.Facts);
        var record = FactsRecords.Json((file ?? input).ReadToEnd(), classifier.Classifier.Definition);
        if (!record.Succeeded)
        {
            Report(record, request.Source, error);
            return (1, false);
        }

        var classified = classifier.Classify(record);
        if (request.Format == "text")
        {
            WriteText(classified, request.Renderer, writer);
        }
        else
        {
            var verdicts = Writer(request.Format, null, writer, request.Renderer, indented: request.Format == "json");
            verdicts.Write(classified);
            verdicts.Flush();
        }

        return (0, true);
    }

    /// <summary>
    /// Many cases, streamed on every core: bad records reported as met, a progress line on a terminal, a summary at the
    /// end. JSON Lines from a file are read as bytes; output goes out as bytes to a file or standard output.
    /// </summary>
    private static (int Exit, bool Complete) Batch(Request request, BatchClassifier classifier, TextReader input, Stream? bytes, TextWriter? text, TextWriter error)
    {
        var definition = classifier.Classifier.Definition;
        using var stream = request.Facts is not null && request.InputFormat == "jsonl" ? File.OpenRead(request.Facts) : null;
        using var file = request.Facts is not null && (stream is null || FactsText.IsOtherUnicode(stream)) ? FactsText.Open(request.Facts) : null;
        var reader = file ?? input;
        // An explained record is hundreds of times the size of its facts: smaller chunks keep the output in flight small.
        var explained = request.Renderer is not null;
        var records = explained ? FactsRecords.ExplainedPerChunk : FactsRecords.RecordsPerChunk;
        var chunks = request.InputFormat == "csv" ? FactsRecords.CsvChunks(reader, definition, records)
            : file is null && stream is not null ? FactsRecords.JsonLinesChunks(stream, definition, explained ? FactsRecords.ChunkBytes / 32 : FactsRecords.ChunkBytes)
            : FactsRecords.JsonLinesChunks(reader, definition, records);
        // Progress only for a person watching: never into a file, a pipe or a test's writer.
        var progress = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? new ProgressLine(error, request.Source) : null;
        var summary = classifier.Run(chunks, Writer(request.Format, bytes, text, request.Renderer, indented: false), new BatchRun(
            request.Stop,
            record =>
            {
                progress?.Clear();
                Report(record, request.Source, error);
            },
            progress is null ? null : progress.Show));
        progress?.Clear();
        summary.Write(error, request.Source);
        return (summary.Skipped > 0 ? 1 : 0, !summary.Stopped);
    }

    /// <summary>Standard output as bytes when it is the console's, which spares decoding and encoding every record again.</summary>
    private static Stream? Bytes(TextWriter output)
    {
        if (!ReferenceEquals(output, Console.Out))
        {
            return null;
        }

        output.Flush();
        return Console.OpenStandardOutput();
    }

    private static VerdictWriter Writer(string format, Stream? bytes, TextWriter? text, IExplanationRenderer? renderer, bool indented) =>
        (format, bytes) switch
        {
            ("csv", null) => new CsvVerdicts(text!, renderer),
            ("csv", _) => new CsvVerdicts(bytes, renderer),
            (_, null) => new JsonVerdicts(text!, renderer, indented),
            _ => new JsonVerdicts(bytes, renderer, indented),
        };

    private static void Report(FactsRecord record, string source, TextWriter error)
    {
        foreach (var e in record.Errors)
        {
            error.WriteLine(e.Format(source));
        }
    }

    /// <summary>A verdict for people, in the explanation's language: the outcome, how, by which rule, what is missing, what else the facts decide.</summary>
    private static void WriteText(ClassifiedRecord classified, IExplanationRenderer? renderer, TextWriter writer)
    {
        var explanation = classified.Explanation!;
        if (renderer is not null)
        {
            // The explanation opens with the verdict; anything before it would spoil a page or a JSON document.
            renderer.Render(explanation, writer);
            writer.Flush();
            return;
        }

        var words = Vocabulary.For(explanation.Language);
        writer.WriteLine($"{words[Phrase.Verdict]}: {explanation.ConclusionLabel}: {explanation.OutcomeLabel}");
        if (explanation.How.Length > 0)
        {
            writer.WriteLine($"  {words[Phrase.How]}: {string.Join(", ", explanation.How)}");
        }

        if ((explanation.DecidingRuleLabel ?? explanation.DecidingRule) is { } rule)
        {
            writer.WriteLine($"  {words[Phrase.DecidedBy]}: {rule}");
        }

        if (explanation.Missing.Length > 0)
        {
            writer.WriteLine($"  {words[Phrase.MissingFacts]}: {string.Join(", ", explanation.Missing.Select(m => m.Label))}");
        }

        writer.WriteLine($"  {words[Phrase.AsOf]}: {words.Date(explanation.AsOf)}");
        if (explanation.Applicability is { } applicability)
        {
            writer.WriteLine($"  {words[Phrase.Applicability]}: {applicability.Label}");
        }

        if (explanation.Others.Length > 0)
        {
            writer.WriteLine($"{words[Phrase.Other]}:");
            foreach (var other in explanation.Others)
            {
                writer.WriteLine($"  {other.Label}: {other.Outcome}{(other.Status is null ? "" : $", {other.Status}")}");
            }
        }

        writer.Flush();
    }

    /// <summary>"models.jsonl: 12000 records read", rewritten in place on a terminal.</summary>
    private sealed class ProgressLine(TextWriter error, string source)
    {
        private int width;

        public void Show(int read)
        {
            var text = $"{source}: {read} records read";
            width = Math.Max(width, text.Length);
            error.Write($"\r{text}");
            error.Flush();
        }

        public void Clear()
        {
            if (width > 0)
            {
                error.Write($"\r{new string(' ', width)}\r");
                width = 0;
            }
        }
    }
}
