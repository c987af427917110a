using RulesDsl.Linking.Snapshots;
using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using RulesDsl.Explain.Batches;
using RulesDsl.Runtime;
using RulesDsl.Workspace;

namespace RulesDsl.Cli.Commands;

/// <summary><c>rulesdsl schema</c>: the JSON Schema of the facts the compiled rules accept, for those who produce them.</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var rulesOption = CheckCommand.RulesOption();
        var corpusOption = CorpusCommand.CorpusOption();
        var asOfOption = new Option<string?>("--as-of") { Description = "Check parameters in force on this date (YYYY-MM-DD); today by default." };
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the facts the compiled rules accept.")
        {
            rulesOption, corpusOption, asOfOption,
        };
        command.SetAction(parse =>
        {
            if (!ProvisionArgument.TryReadDate(parse.GetValue(asOfOption), error, out var asOf))
            {
                return 2;
            }

            var (rules, exit) = RulesLoadReport.LoadOne(RulesWorkspace.Open(parse.GetValue(corpusOption)!, parse.GetValue(rulesOption)!, asOf, clock, LinkedCorpusCache.Default), error);
            if (rules is null)
            {
                return exit;
            }

            using var loaded = rules;
            var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            output.WriteLine(FactsSchema.Of(loaded.Loaded.Classifier.Definition).ToJsonString(options));
            return 0;
        });
        return command;
    }
}
