namespace RulesDsl.Corpus.Languages;

/// <summary>
/// How a language writes numbers outside the Official Journal: its decimal sign (<c>2.5</c>, <c>2,5</c>) and the sign
/// that may group thousands (<c>10,000</c>, <c>10.000</c>). A space groups thousands in every language, and is how
/// explanations print them (<c>10 000</c>).
/// </summary>
/// <remarks>The Interinstitutional Style Guide (6.5, "Punctuation in figures") gives English, Irish and Maltese a
/// decimal point and every other language a decimal comma. The Official Journal itself prints a decimal comma in all
/// its languages, English included ("more than 0,5 hectares", Regulation (EU) 2023/1115, Article 2(4)), but a
/// reader reads an explanation, and writes rules, in the style of their language's other publications.</remarks>
public sealed record NumberStyle(char DecimalSign, char ThousandsSign);
