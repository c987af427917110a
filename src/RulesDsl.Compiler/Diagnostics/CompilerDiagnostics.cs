using RulesDsl.Compiler.Generation;
using RulesDsl.Diagnostics;

namespace RulesDsl.Compiler.Diagnostics;

/// <summary>
/// Every diagnostic of the compiler (ids RD0200 on). A rules file that checks clean should compile: most of these
/// report what the checker cannot see, and each is listed in docs/diagnostics.md.
/// </summary>
public static class CompilerDiagnostics
{
    /// <summary>The generated C# did not compile; Roslyn's message, at the rules line its <c>#line</c> maps to.</summary>
    public static Diagnostic GeneratedCodeError(SourcePosition at, string roslynId, string message) => new(
        "RD0200", DiagnosticSeverity.Error, at, $"the generated classifier does not compile ({roslynId}: {message})", 0,
        "this is a fault of rulesdsl, not of the rules: please report it with the rules file");

    public static Diagnostic NumberOutOfRange(SourcePosition at, int length, string number) => new(
        "RD0201", DiagnosticSeverity.Error, at, $"{number} is beyond what a classifier computes with exactly (38 significant digits, below 10^309)", length);

    public static Diagnostic ParameterNotQuantity(SourcePosition at, int length, string parameter, string type) => new(
        "RD0202", DiagnosticSeverity.Error, at, $"parameter '{parameter}' is a {type}; classifiers hold parameters that are quantities, dates or durations", length,
        "give the parameter a unit (FLOP, tokens, count, EUR), or make it a date or a duration");

    public static Diagnostic UnusableRulesPath(SourcePosition at, string path) => new(
        "RD0203", DiagnosticSeverity.Error, at, $"the rules file's path '{Printable(path)}' holds a quote, a line break or an invisible character, which a debugger's line map cannot name", 0,
        "rename the file");

    public static Diagnostic OutsideSandbox(SourcePosition at, string what) => new(
        "RD0204", DiagnosticSeverity.Error, at, $"the generated classifier uses {what}, which is outside what classifiers may use", 0,
        "this is a fault of rulesdsl, not of the rules: please report it with the rules file");

    public static Diagnostic SameOutputName(SourcePosition at, string name, string other) => new(
        "RD0205", DiagnosticSeverity.Error, at, $"this rules file builds {name}, as {other} does", 0,
        "rename one of them: a classifier is named after its rules file");

    public static Diagnostic DeclarationsBuildNothing(SourcePosition at, string path) => new(
        "RD0206", DiagnosticSeverity.Error, at, $"'{Printable(path)}' is a declarations file: it has no verdict, so it builds no classifier of its own", "declarations".Length,
        "build a rules file that imports it, or the whole folder: rulesdsl build --rules rules");

    public static Diagnostic CacheEntryRefused(SourcePosition at, string entry, string why) => new(
        "RD0340", DiagnosticSeverity.Warning, at, $"the cached classifier '{entry}' was not loaded: it is {why}; it was removed and the classifier built again", 0,
        "nothing to do: the cache is rebuilt; if it recurs, someone else may be writing to the cache folder");

    public static Diagnostic CacheNotPrivate(SourcePosition at, string folder, string why) => new(
        "RD0341", DiagnosticSeverity.Warning, at, $"the classifier cache '{folder}' was not used: {why}; the classifier was built without it", 0,
        "give the cache a folder of your own (RULESDSL_CACHE) and keep its key outside it (RULESDSL_CACHE_KEY)");

    private static string Printable(string path) =>
        string.Concat(path.Select(c => Code.Invisible(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
