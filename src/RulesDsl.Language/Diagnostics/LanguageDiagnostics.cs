using RulesDsl.Diagnostics;

namespace RulesDsl.Language.Diagnostics;

/// <summary>
/// Every diagnostic of the rules language (ids RD0100 on), one factory each, in words a drafter understands. Each id
/// is listed, with a file that triggers it, in docs/diagnostics.md.
/// </summary>
public static class LanguageDiagnostics
{
    public static Diagnostic SyntaxError(SourcePosition at, int length, string found, string expected) => new(
        "RD0100", DiagnosticSeverity.Error, at, $"expected {expected}, found {found}", length);

    public static Diagnostic UnknownName(SourcePosition at, int length, string name, string kind, string? suggestion) => new(
        "RD0101", DiagnosticSeverity.Error, at, $"there is no {kind} named '{name}'", length,
        suggestion is null ? null : $"did you mean '{suggestion}'?");

    public static Diagnostic DuplicateName(SourcePosition at, int length, string name, SourcePosition first) => new(
        "RD0102", DiagnosticSeverity.Error, at, $"'{name}' is already declared at {first}", length);

    public static Diagnostic TypeMismatch(SourcePosition at, int length, string problem) => new(
        "RD0103", DiagnosticSeverity.Error, at, problem, length);

    public static Diagnostic UnitMismatch(SourcePosition at, int length, string left, string right) => new(
        "RD0104", DiagnosticSeverity.Error, at, $"{left} cannot be compared or added with {right}: the units differ", length);

    public static Diagnostic DerivationCycle(SourcePosition at, int length, string cycle) => new(
        "RD0105", DiagnosticSeverity.Error, at, $"derivations depend on themselves: {cycle}", length);

    public static Diagnostic RuleConflict(SourcePosition at, int length, string rule, string other, string conclusion) => new(
        "RD0106", DiagnosticSeverity.Error, at,
        $"rules '{rule}' and '{other}' decide '{conclusion}' differently and their conditions can hold at once", length,
        $"make one an exception of the other: 'exception to {other}'");

    public static Diagnostic NoValueInForce(SourcePosition at, int length, string parameter, DateOnly date) => new(
        "RD0107", DiagnosticSeverity.Error, at, $"parameter '{parameter}' has no value in force on {date:yyyy-MM-dd}", length,
        "add a 'value … from DATE' line whose date is not later");

    public static Diagnostic ExampleUnknownFact(SourcePosition at, int length, string name, string? suggestion) => new(
        "RD0108", DiagnosticSeverity.Error, at, $"the example gives '{name}', which is not a fact", length,
        suggestion is null ? null : $"did you mean '{suggestion}'?");

    public static Diagnostic CitationUnknownProvision(SourcePosition at, int length, string citation, string whatExists) => new(
        "RD0109", DiagnosticSeverity.Error, at, $"the corpus has no {citation}; {whatExists}", length);

    public static Diagnostic CitationUnknownSentence(SourcePosition at, int length, string citation, int count) => new(
        "RD0110", DiagnosticSeverity.Error, at, $"{citation} has {count} sentence{(count == 1 ? "" : "s")} in the corpus", length);

    public static Diagnostic CitationNotUnderstood(SourcePosition at, int length, string text, string problem) => new(
        "RD0111", DiagnosticSeverity.Error, at, $"'{text}' is not a citation: {problem}", length);

    public static Diagnostic UnknownTerm(SourcePosition at, int length, string term, string? suggestion) => new(
        "RD0112", DiagnosticSeverity.Error, at, $"the glossary has no defined term {term}", length,
        suggestion is null ? null : $"did you mean {suggestion}?");

    public static Diagnostic NumberNotInCitedText(SourcePosition at, int length, string number, string citation, string? note) => new(
        "RD0113", DiagnosticSeverity.Warning, at,
        $"{number} is not written in {citation} as the corpus has it{(note is null ? "" : $"; {note}")}", length);

    public static Diagnostic MissingCitation(SourcePosition at, int length, string kind, string name) => new(
        "RD0114", DiagnosticSeverity.Error, at, $"{kind} '{name}' cites no source", length,
        "add a 'cites …' line naming the provision it encodes");

    public static Diagnostic UnknownAct(SourcePosition at, int length, string act, string known) => new(
        "RD0115", DiagnosticSeverity.Error, at, $"the corpus has no act '{act}'; it has {known}", length);

    public static Diagnostic UnknownLanguage(SourcePosition at, int length, string code) => new(
        "RD0116", DiagnosticSeverity.Error, at, $"'{code}' is not the code of an official EU language", length,
        "write a two-letter code such as en, nl, de or fr");

    public static Diagnostic VerdictCount(SourcePosition at, int length, int count) => new(
        "RD0117", DiagnosticSeverity.Error, at,
        count == 0 ? "the file declares no verdict" : $"the file declares {count} verdicts; a rule set returns one", length,
        count == 0 ? "add 'verdict NAME' naming the conclusion the classifier returns" : null);

    public static Diagnostic UnknownEnumValue(SourcePosition at, int length, string value, string enumeration, string? suggestion) => new(
        "RD0118", DiagnosticSeverity.Error, at, $"'{value}' is not a value of {enumeration}", length,
        suggestion is null ? null : $"did you mean '{suggestion}'?");

    public static Diagnostic DerivationTarget(SourcePosition at, int length, string name) => new(
        "RD0119", DiagnosticSeverity.Error, at, $"'{name}' is not a quantity fact, so it cannot be derived or estimated", length);

    public static Diagnostic ParameterDates(SourcePosition at, int length, string parameter) => new(
        "RD0120", DiagnosticSeverity.Error, at, $"the values of '{parameter}' must be in date order, one per date", length);

    public static Diagnostic NoRulesFiles(SourcePosition at) => new(
        "RD0121", DiagnosticSeverity.Error, at, "no .rules file was found");

    public static Diagnostic UnreadableRulesFile(SourcePosition at, string problem) => new(
        "RD0122", DiagnosticSeverity.Error, at, $"the rules file cannot be read: {problem}");

    public static Diagnostic NeverDecided(SourcePosition at, int length, string conclusion) => new(
        "RD0123", DiagnosticSeverity.Warning, at, $"no rule decides '{conclusion}'", length);

    public static Diagnostic ExampleWrongRule(SourcePosition at, int length, string rule, string conclusion) => new(
        "RD0124", DiagnosticSeverity.Error, at, $"rule '{rule}' does not decide '{conclusion}'", length);

    public static Diagnostic InvalidException(SourcePosition at, int length, string rule, string other, string reason) => new(
        "RD0125", DiagnosticSeverity.Error, at, $"rule '{rule}' cannot be an exception to '{other}': {reason}", length);

    public static Diagnostic ConclusionCycle(SourcePosition at, int length, string cycle) => new(
        "RD0126", DiagnosticSeverity.Error, at, $"conclusions depend on themselves: {cycle}", length);

    public static Diagnostic CitedTextChanged(SourcePosition at, int length, string kind, string name, string clause, DateOnly reviewed, string changes) => new(
        "RD0127", DiagnosticSeverity.Warning, at,
        $"{kind} '{name}' cites {clause}, whose text has changed since the review of {reviewed:yyyy-MM-dd}: {changes}", length,
        "read the clause as it now stands, amend the rules if need be, then record the review with 'rulesdsl review'");

    public static Diagnostic UnreadableReviewRecord(SourcePosition at, string problem) => new(
        "RD0128", DiagnosticSeverity.Error, at, $"the review record cannot be read: {problem}", 0,
        "write it again with 'rulesdsl review'");

    public static Diagnostic ComparisonNotAsCited(SourcePosition at, int length, string written, string citation, string clauseWords, string number, string keyword) => new(
        "RD0129", DiagnosticSeverity.Warning, at,
        $"the rule compares with {number} by '{written}', but {citation} writes \"{clauseWords}\" before it", length,
        $"write '{keyword}', as the clause compares");

    public static Diagnostic SentenceLanguageMissing(SourcePosition at, int length, string citation, string language) => new(
        "RD0140", DiagnosticSeverity.Error, at,
        $"{citation} is not in the corpus in '{language}', the language this file counts sentences in", length,
        "cite the provision without a sentence, or add its text in that language to the corpus");

    public static Diagnostic DatesAdded(SourcePosition at, int length) => new(
        "RD0141", DiagnosticSeverity.Error, at, "two dates cannot be added: '+' adds a period to a date", length,
        "add a duration such as '2 weeks' to one date, or compare the dates");

    public static Diagnostic PeriodWithoutUnit(SourcePosition at, int length, string symbol, string operand) => new(
        "RD0142", DiagnosticSeverity.Error, at, $"'{symbol}' takes a date and a duration; {operand} is not a duration", length,
        "write the period with its unit: days, weeks, months or years ('14 days')");

    public static Diagnostic DurationAsQuantity(SourcePosition at, int length, string context) => new(
        "RD0143", DiagnosticSeverity.Error, at, $"a duration is not a quantity: {context}", length,
        "a duration is added to or taken from a date ('notified_on + 2 weeks')");

    public static Diagnostic DurationsCompared(SourcePosition at, int length, string what) => new(
        "RD0144", DiagnosticSeverity.Error, at,
        $"durations cannot be {what}: a month is 28 to 31 days, so '1 month' and '30 days' are neither equal nor in order", length,
        "compare the dates the periods end on ('start + 1 month less than start + 30 days')");

    public static Diagnostic DatesSubtracted(SourcePosition at, int length) => new(
        "RD0145", DiagnosticSeverity.Error, at, "a date cannot be taken from a date: the law counts periods from a date, not days between dates", length,
        "add the period to the earlier date and compare ('notified_on at most known_on + 2 weeks')");

    public static Diagnostic NotADate(SourcePosition at, int length, string word, string type) => new(
        "RD0146", DiagnosticSeverity.Error, at, $"'{word} of' takes dates; this is {type}", length,
        "give it date facts, date parameters, 'today' or a date with a period added ('known_on + 2 weeks')");

    public static Diagnostic DurationNotWhole(SourcePosition at, int length, string written) => new(
        "RD0147", DiagnosticSeverity.Error, at, $"{written} is not a period: a period is a whole number of days, weeks, months or years, at most 100 000", length,
        "write the period as the law does, in a smaller unit if need be ('17 days')");

    public static Diagnostic UntilBeforeFrom(SourcePosition at, int length, string parameter, DateOnly from, DateOnly until) => new(
        "RD0148", DiagnosticSeverity.Error, at,
        $"parameter '{parameter}' has a value until {until:yyyy-MM-dd}, before the {from:yyyy-MM-dd} it applies from", length,
        "the value applies from its first day to its last, both included");

    public static Diagnostic DurationFact(SourcePosition at, int length, string fact) => new(
        "RD0149", DiagnosticSeverity.Error, at, $"fact '{fact}' cannot be a duration: a case gives dates, and the law the periods counted from them", length,
        "make it a 'date' fact, and the period a 'duration' parameter citing the clause that sets it");
    public static Diagnostic ImportNotFound(SourcePosition at, int length, string file) => new(
        "RD0170", DiagnosticSeverity.Error, at, $"there is no rules file '{file}' to import", length,
        "the path is relative to the folder of the importing file");

    public static Diagnostic ImportCycle(SourcePosition at, int length, string cycle) => new(
        "RD0171", DiagnosticSeverity.Error, at, $"the files import themselves: {cycle}", length,
        "move what both files need into a third file that both import");

    public static Diagnostic DeclaredInImport(SourcePosition at, int length, string name, SourcePosition other) => new(
        "RD0172", DiagnosticSeverity.Error, at, $"'{name}' is declared in two files: here and at {other}", length,
        "a name is declared in one file only; use the imported one, or rename this one");

    public static Diagnostic ImportOtherAct(SourcePosition at, int length, string file, string what, string theirs, string ours) => new(
        "RD0173", DiagnosticSeverity.Error, at, $"'{file}' is written for {what} '{theirs}', this file for '{ours}'", length,
        "import only files of the same act and language");

    public static Diagnostic NotInDeclarationsFile(SourcePosition at, int length, string kind) => new(
        "RD0174", DiagnosticSeverity.Error, at, $"a declarations file has no {kind}: it is made to be imported", length,
        $"move the {kind} into a rules file that imports this one");

    public static Diagnostic UnusedFact(SourcePosition at, int length, string fact) => new(
        "RD0176", DiagnosticSeverity.Warning, at, $"no rule, derivation or estimate reads the fact '{fact}'", length,
        "use it in a condition, remove it, or say why it is kept with 'unread \"REASON\"'");

    public static Diagnostic NotACondition(SourcePosition at, int length, string word, string type) => new(
        "RD0181", DiagnosticSeverity.Error, at, $"'{word} of' takes yes/no conditions; this is {type}", length,
        "give it yes/no facts, conclusions or comparisons ('training_compute greater than compute_threshold')");

    public static Diagnostic CountOfNotASet(SourcePosition at, int length, string type) => new(
        "RD0182", DiagnosticSeverity.Error, at, $"'count of' counts the values of a set; this is {type}", length,
        "give it a fact of type 'set of …' ('count of modalities')");

    public static Diagnostic MeaningNotDefinedByCitations(SourcePosition at, int length, string term, string definition, string cited) => new(
        "RD0180", DiagnosticSeverity.Warning, at,
        $"the conclusion means \"{term}\", defined in {definition}, but it cites only {cited}", length,
        $"cite {definition} beside what the conclusion cites");

    public static Diagnostic DuplicateClause(SourcePosition at, int length, string keyword, string kind) => new(
        "RD0175", DiagnosticSeverity.Error, at, $"the {kind} has a second '{keyword}' clause; it takes one", length,
        $"join the two into one '{keyword}' line, or remove one");
    public static Diagnostic LabelUnknownLanguage(SourcePosition at, int length, string code) => new(
        "RD0160", DiagnosticSeverity.Error, at, $"a label in '{code}', which is not the code of an official EU language", length,
        "write a two-letter code such as en, nl, de or fr");

    public static Diagnostic LabelTwice(SourcePosition at, int length, string name, string language, SourcePosition first) => new(
        "RD0161", DiagnosticSeverity.Error, at, $"'{name}' is already labelled in '{language}' at {first}", length,
        "keep one label per language");

    public static Diagnostic LabelOwnLanguageMissing(SourcePosition at, int length, string name, string own, string given) => new(
        "RD0162", DiagnosticSeverity.Warning, at,
        $"'{name}' is labelled in {given} but not in '{own}', the file's language: readers of {own} would see its name in words", length,
        $"add 'label {own} \"…\"'");

    public static Diagnostic LabelOfUnknownValue(SourcePosition at, int length, string enumeration, string value, IEnumerable<string> values) => new(
        "RD0165", DiagnosticSeverity.Error, at, $"'{value}' is not a value of '{enumeration}', so it takes no label", length,
        $"label one of its values: {string.Join(", ", values)}");

    public static Diagnostic LabelEmpty(SourcePosition at, int length, string name) => new(
        "RD0163", DiagnosticSeverity.Error, at, $"the label of '{name}' is empty", length);
    public static Diagnostic ApplicationDateUncited(SourcePosition at, int length, DateOnly date) => new(
        "RD0150", DiagnosticSeverity.Error, at, $"the date {date:yyyy-MM-dd} the law applies from cites nothing that states it", length,
        "add 'citing …' naming the provision that sets the date, e.g. 'citing Article 113, point (b)'");

    public static Diagnostic ApplicationDateNotInCitedText(SourcePosition at, int length, string date, string citation, string written) => new(
        "RD0151", DiagnosticSeverity.Warning, at,
        $"{citation} does not write {date}{(written.Length == 0 ? "" : $"; it writes {written}")}", length,
        "cite the provision that sets this date, or correct the date");

    public static Diagnostic ApplicabilityTwice(SourcePosition at, int length, string clause, SourcePosition first) => new(
        "RD0153", DiagnosticSeverity.Error, at, $"'{clause}' is already written at {first}; a verdict has one", length);

    public static Diagnostic ScopeNotPrecondition(SourcePosition at, int length, string scope) => new(
        "RD0154", DiagnosticSeverity.Error, at, $"'{scope}' is the verdict itself; the scope must be a precondition of it, another conclusion", length);

    public static Diagnostic NoValueWhenApplicable(SourcePosition at, int length, string parameter, DateOnly from, DateOnly first) => new(
        "RD0155", DiagnosticSeverity.Error, at,
        $"parameter '{parameter}' has no value from {from:yyyy-MM-dd}, when the law applies, until {first:yyyy-MM-dd}", length,
        "add a value from the day the law applies, or correct that day");
}
