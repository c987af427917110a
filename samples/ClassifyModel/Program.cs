using System.Globalization;
using RulesDsl.Explain.Batches;
using RulesDsl.Generated;
using RulesDsl.Runtime;

// Usage: ClassifyModel [FACTS.json] [--as-of YYYY-MM-DD]; without a file the facts are read from standard input.
var asOfAt = Array.IndexOf(args, "--as-of");
DateOnly? asOf = null;
if (asOfAt >= 0)
{
    if (asOfAt + 1 >= args.Length || !DateOnly.TryParseExact(args[asOfAt + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
    {
        Console.Error.WriteLine("ClassifyModel: --as-of takes a date written as YYYY-MM-DD");
        return 2;
    }

    asOf = date;
}

var file = args.Where((_, i) => asOfAt < 0 || (i != asOfAt && i != asOfAt + 1)).FirstOrDefault();

// The classifier built by `rulesdsl build` is an ordinary class in an ordinary assembly: no compiler at run time.
IClassifier classifier = new GpaiSystemicRisk();

var json = file is null ? Console.In.ReadToEnd() : File.ReadAllText(file);
var reading = FactsJson.Read(json, classifier.Definition);
if (!reading.Succeeded)
{
    foreach (var error in reading.Errors)
    {
        Console.Error.WriteLine(error);
    }

    return 1;
}

// The runtime never asks the machine what day it is: the application says which day's law it classifies by.
var verdict = classifier.Classify(reading.Facts, new ClassifyOptions(asOf ?? DateOnly.FromDateTime(DateTime.Today), Trace: false));
Console.WriteLine($"{verdict.Conclusion}: {Word(verdict.Outcome)}");
Console.WriteLine($"how: {List([.. verdict.How.Select(way => way.ToString().ToLowerInvariant())])}");
Console.WriteLine($"deciding rule: {verdict.DecidingRule ?? "none"}");
Console.WriteLine($"missing facts: {List(verdict.MissingFacts)}");
return 0;

static string Word(Truth outcome) => outcome switch
{
    Truth.Yes => "yes",
    Truth.No => "no",
    _ => "unknown",
};

static string List(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);
