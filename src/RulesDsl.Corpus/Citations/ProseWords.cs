using System.Collections.Immutable;

namespace RulesDsl.Corpus.Citations;

/// <summary>The plural forms of the provision words, which open a list or a range in running text ("Articles 51 and
/// 52", "paragraphs 1 and 2", "points (a) to (c)"). A form may also be singular (German "Artikel").</summary>
internal sealed record PluralWords(
    ImmutableArray<string> Article,
    ImmutableArray<string> Annex,
    ImmutableArray<string> Recital,
    ImmutableArray<string> Paragraph,
    ImmutableArray<string> Point);

/// <summary>
/// The words one language's running text puts around citations: how lists are joined, how a reference is tied to
/// the provision or act it belongs to ("paragraph 1 of this Article", "Article 6 of Regulation (EU) 2019/1020"), how
/// a text points at itself ("this Regulation", "that Annex") and how other acts are named.
/// </summary>
/// <param name="And">Joins the last items of a list: "and", "or".</param>
/// <param name="Through">Joins the ends of a range: "Articles 8 to 15".</param>
/// <param name="From">Written before a range's first item: Italian "articoli da 8 a 15".</param>
/// <param name="Of">Ties a reference to what holds it: "of", "to" ("Annex I to Regulation …").</param>
/// <param name="This">Points at the text itself: "this Article", "le présent règlement".</param>
/// <param name="OfThis">A "this" that also means "of this", where the language inflects rather than adds a word
/// (German "Absatz 1 dieses Artikels").</param>
/// <param name="That">Points back at a provision named before: "that Annex".</param>
/// <param name="Acts">The kinds of act: "Regulation", "Implementing Decision".</param>
/// <param name="ThisActs">The kinds of act that "this" makes the act itself: the corpus is a Regulation, so "this
/// Regulation" is the act, while "dieser Richtlinie" or "cette directive" can only be another act (a Directive the
/// Regulation amends, Articles 102 to 110).</param>
/// <param name="InstitutionsBefore">An institution named before the kind of act: "Commission Decision".</param>
/// <param name="InstitutionsAfter">An institution named after it: "besluit van de Commissie".</param>
/// <param name="NumberPrefix">Written before an act's number: "Regulation (EC) No 765/2008".</param>
/// <param name="DateOf">Introduces the date an act is named by: "Commission Decision of 24 January 2024".</param>
/// <param name="DateJoin">A word between a date's day, month and year: Spanish and Portuguese "27 de abril de 2016".</param>
/// <param name="Months">The months, January first.</param>
/// <param name="Treaties">Acts cited by name: "TFEU", "the Charter".</param>
/// <param name="Subparagraph">The word for a subparagraph: "first subparagraph", "Unterabsatz 1".</param>
/// <param name="Ordinals">Which subparagraph: "first", "last".</param>
/// <param name="The">The article before an ordinal where the language needs one: "of the first subparagraph".</param>
internal sealed record ProseWords(
    ImmutableArray<string> And,
    ImmutableArray<string> Through,
    ImmutableArray<string> From,
    ImmutableArray<string> Of,
    ImmutableArray<string> This,
    ImmutableArray<string> OfThis,
    ImmutableArray<string> That,
    ImmutableArray<string> Acts,
    ImmutableArray<string> ThisActs,
    ImmutableArray<string> InstitutionsBefore,
    ImmutableArray<string> InstitutionsAfter,
    ImmutableArray<string> NumberPrefix,
    ImmutableArray<string> DateOf,
    ImmutableArray<string> DateJoin,
    ImmutableArray<string> Months,
    ImmutableArray<string> Treaties,
    ImmutableArray<string> Subparagraph,
    ImmutableArray<string> Ordinals,
    ImmutableArray<string> The);
