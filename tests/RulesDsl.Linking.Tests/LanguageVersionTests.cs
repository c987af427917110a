using RulesDsl.Corpus.Model;
using RulesDsl.Linking.Alignment;

namespace RulesDsl.Linking.Tests;

/// <summary>The same provision in two languages, aligned through what the link graph found in each.</summary>
public class LanguageVersionTests
{
    [Test]
    public void Recital_111_aligns_by_content_with_the_linked_terms_as_anchors()
    {
        var alignment = LanguageVersions.Align(LinkedCorpus.Value, ProvisionId.Recital(111), "nl", "en", LinkedCorpus.Today).ShouldNotBeNull();

        alignment.Beads.Select(b => b.ToString()).ShouldBe(["1:1", "2:2", "3:3+4", "4:5", "5:6", "6:7", "7:8", "8:9", "9+10:10", "11:11", "12:12", "13:13"]);
        alignment.Counterparts(6).ShouldBe([7]);
        alignment.Left.Sentences[5].Text.ShouldStartWith("Er moet derhalve een initiële drempel");
        alignment.Right.Sentences[6].Text.ShouldStartWith("Therefore, an initial threshold");
        alignment.Counterparts(3).ShouldBe([3, 4]);
    }

    [Test]
    public void A_sentence_cited_in_one_language_resolves_to_its_counterparts_in_the_other()
    {
        var alignment = LanguageVersions.Align(LinkedCorpus.Value, ProvisionId.Recital(111), "en", "nl", LinkedCorpus.Today).ShouldNotBeNull();

        alignment.Counterparts(10).ShouldBe([9, 10]);
        alignment.Counterparts(7).ShouldBe([6]);
    }

    [Test]
    public void A_provision_missing_in_a_language_on_a_date_falls_back_to_English_marked()
    {
        // On 2024-05-21 only the scraped English Annex XIII existed, a Parliament draft: no text was in force, and the
        // Dutch text came with the Official Journal. The draft is found only as a draft, in English, marked.
        var may = new DateOnly(2024, 5, 21);
        ProvisionLookup.Find(LinkedCorpus.Value.Corpus, ProvisionId.Parse("anx_XIII__pnt_f"), "nl", may).ShouldBeNull();
        var annex = ProvisionLookup.FindDraft(LinkedCorpus.Value.Corpus, ProvisionId.Parse("anx_XIII__pnt_f"), "nl", may).ShouldNotBeNull();

        annex.IsFallback.ShouldBeTrue();
        (annex.Provision.Language, annex.Provision.Version, annex.Provision.Status).ShouldBe(("en", may, TextStatus.Draft));
        LanguageVersions.Align(LinkedCorpus.Value, ProvisionId.Parse("anx_XIII__pnt_f"), "nl", "en", may).ShouldBeNull();
        ProvisionLookup.Find(LinkedCorpus.Value.Corpus, ProvisionId.Parse("anx_XIII__pnt_f"), "nl", LinkedCorpus.Today)!.IsFallback.ShouldBeFalse();
        ProvisionLookup.Find(LinkedCorpus.Value.Corpus, ProvisionId.Parse("art_3__pnt_63"), "nl", LinkedCorpus.Today)!.IsFallback.ShouldBeFalse();
        ProvisionLookup.Find(LinkedCorpus.Value.Corpus, ProvisionId.Recital(111), "nl", LinkedCorpus.Today)!.IsFallback.ShouldBeFalse();
        ProvisionLookup.Find(LinkedCorpus.Value.Corpus, ProvisionId.Article(114), "nl", LinkedCorpus.Today).ShouldBeNull();
    }

    [Test]
    public void Only_law_is_looked_up_as_the_text_in_force_and_no_draft_once_the_law_exists()
    {
        var corpus = LinkedCorpus.Value.Corpus;
        var pointF = ProvisionId.Parse("anx_XIII__pnt_f");

        ProvisionLookup.Find(corpus, pointF, "en", new DateOnly(2024, 5, 10)).ShouldBeNull();
        var draft = ProvisionLookup.FindDraft(corpus, pointF, "en", new DateOnly(2024, 5, 10)).ShouldNotBeNull();
        (draft.Provision.Version, draft.IsFallback).ShouldBe((new DateOnly(2024, 5, 8), false));

        var law = ProvisionLookup.Find(corpus, pointF, "en", new DateOnly(2024, 7, 12)).ShouldNotBeNull();
        (law.Provision.Version, law.Provision.Status).ShouldBe((new DateOnly(2024, 7, 12), TextStatus.Published));
        ProvisionLookup.FindDraft(corpus, pointF, "en", new DateOnly(2024, 7, 12)).ShouldBeNull();
    }
}
