using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using RulesDsl.Corpus.Model;
using RulesDsl.Linking.Model;

namespace RulesDsl.Linking.Reports;

/// <summary>Where a reference leads: a page, an act's entry in the index or EUR-Lex (<see cref="Href"/>), or nowhere,
/// with the reason in <see cref="Title"/>.</summary>
internal sealed record LinkTarget(string? Href, string Class, string Title, string Name, string? FallbackLanguage = null);

/// <summary>
/// The page of one provision in one language and version: its label and heading, how to cite it, its text with every
/// sentence addressable (<c>#s1</c>, <c>#s2</c>, …) and every reference a link, its parts, the references in and to it,
/// its other languages and versions, its source and its ELI.
/// </summary>
internal sealed class ProvisionPage
{
    private readonly LinkGraph graph;
    private readonly SiteMap site;
    private readonly ILookup<(string Act, ProvisionId Id), Reference> incoming;
    private readonly ILookup<Provision, Reference> outgoing;
    private readonly ILookup<(string File, DateOnly? Version, string Language, ProvisionId? Parent), Provision> parts;
    private readonly Dictionary<(string File, DateOnly? Version, string Language, ProvisionId Id), Provision> bySource = [];

    public ProvisionPage(LinkGraph graph, SiteMap site)
    {
        this.graph = graph;
        this.site = site;

        // Other versions would only repeat what the current ones say.
        incoming = graph.References
            .Where(r => r.IsResolved && site.IsCurrent(r.From))
            .SelectMany(r => r.Targets.Select(target => (Key: (r.TargetAct ?? r.From.Act, target), Reference: r)))
            .ToLookup(x => x.Key, x => x.Reference);

        // Indexed once, as LinkGraph.In and LegalCorpus.Parts would search the whole corpus for every page.
        outgoing = graph.References.OrderBy(r => r.Start).ToLookup<Reference, Provision>(r => r.From, ReferenceEqualityComparer.Instance);
        parts = graph.Corpus.Provisions.ToLookup(p => (p.Position.File, p.Version, p.Language, p.Id.Parent));
        foreach (var provision in graph.Corpus.Provisions)
        {
            bySource.TryAdd((provision.Position.File, provision.Version, provision.Language, provision.Id), provision);
        }
    }

    public string Render(Provision provision)
    {
        var path = site.PathOf(provision);
        var html = new StringBuilder();
        var version = site.IsCurrent(provision) ? "" : ", " + (provision.Version is { } date ? Html.Date(date) : "undated");
        Html.Open(html, provision.Language, $"{ProvisionNames.Of(provision.Id, provision.Language)} ({provision.Language}{version}) — {provision.Act}");
        Trail(html, provision, path);
        LanguageSwitch(html, provision, path);
        Heading(html, provision, path);
        Text(html, provision, path);
        Parts(html, provision, path);
        References(html, provision, path);
        ReferredToBy(html, provision, path);
        Versions(html, provision, path);
        Footer(html, provision);
        Html.Close(html);
        return html.ToString();
    }

    private void Trail(StringBuilder html, Provision provision, string path)
    {
        html.Append("<nav class=\"trail\">");
        Link(html, new LinkTarget(LinkScheme.Href(path, $"{LinkScheme.IndexPath}#{LinkScheme.ActFolder(provision.Act)}"), "", "all provisions of the act", provision.Act));
        var ancestors = new List<ProvisionId>();
        for (var id = provision.Id.Parent; id is not null; id = id.Parent)
        {
            ancestors.Insert(0, id);
        }

        foreach (var id in ancestors)
        {
            html.Append(" › ");

            // The enclosing provision as the same source and version print it, else as the act has it today.
            var target = bySource.TryGetValue((provision.Position.File, provision.Version, provision.Language, id), out var same)
                ? new LinkTarget(LinkScheme.Href(path, site.PathOf(same)), "", ProvisionNames.Of(id, provision.Language), ProvisionNames.Of(id, provision.Language))
                : ToProvision(provision.Act, id, provision.Language, path);
            Link(html, target);
        }

        html.Append(" › <span>").Append(Html.Encode(provision.Label)).Append("</span></nav>\n");
    }

    private void LanguageSwitch(StringBuilder html, Provision provision, string path)
    {
        html.Append("<nav class=\"languages\">Languages: ");
        foreach (var language in site.Languages(provision.Act))
        {
            if (language == provision.Language)
            {
                html.Append("<strong>").Append(Html.Encode(language)).Append("</strong>");
            }
            else if (site.Current(provision.Act, provision.Id, language) is { } other)
            {
                html.Append("<a href=\"").Append(Html.Encode(LinkScheme.Href(path, site.PathOf(other))))
                    .Append("\" hreflang=\"").Append(Html.Encode(language)).Append("\" lang=\"").Append(Html.Encode(language)).Append("\">")
                    .Append(Html.Encode(language)).Append("</a>");
            }
            else
            {
                html.Append("<span class=\"absent\" title=\"").Append(Html.Encode($"not in the corpus in {language}")).Append("\">")
                    .Append(Html.Encode(language)).Append("</span>");
            }
        }

        html.Append("</nav>\n");
    }

    private void Heading(StringBuilder html, Provision provision, string path)
    {
        html.Append("<h1><span class=\"label\">").Append(Html.Encode(provision.Label)).Append("</span>");
        if (!string.IsNullOrWhiteSpace(provision.Heading))
        {
            html.Append(" <span class=\"heading\">").Append(Html.Encode(provision.Heading)).Append("</span>");
        }

        html.Append("</h1>\n<p class=\"meta cited\">");
        if (ProvisionNames.Citation(provision.Id, provision.Language) is { } citation)
        {
            html.Append("Cited as <cite>").Append(Html.Encode(citation)).Append("</cite>");
            if (ProvisionNames.AsPrinted(provision) is { } printed)
            {
                html.Append(", printed in this version as <cite>").Append(Html.Encode(printed)).Append("</cite>");
            }

            html.Append("; id ");
        }
        else
        {
            html.Append("Id ");
        }

        html.Append("<code>").Append(Html.Encode(provision.Id.Value)).Append("</code></p>\n");

        html.Append("<p class=\"meta version\">").Append(Html.Encode(VersionName(provision)));
        var current = site.Current(provision.Act, provision.Id, provision.Language)!;
        html.Append(provision.Status == TextStatus.Draft ? ", a draft, not law"
            : !site.IsInForce(provision) ? ", not yet in force"
            : ReferenceEquals(current, provision) ? ", the version in force"
            : ", superseded");
        if (!ReferenceEquals(current, provision))
        {
            html.Append("; the current version is ");
            Link(html, new LinkTarget(LinkScheme.Href(path, site.PathOf(current)), "", "the current version", VersionName(current)));
        }

        html.Append("</p>\n");
    }

    private void Text(StringBuilder html, Provision provision, string path)
    {
        if (provision.Text.Length == 0)
        {
            return;
        }

        var text = provision.Text;
        var references = outgoing[provision].Where(r => r.Length > 0 && r.Start >= 0 && r.End <= text.Length)
            .OrderBy(r => r.Start).ThenByDescending(r => r.Length).ToList();
        html.Append("<div class=\"text\" lang=\"").Append(Html.Encode(provision.Language)).Append("\">");
        var cursor = 0;
        foreach (var sentence in provision.Sentences.Where(s => s.Start >= 0 && s.End <= text.Length).OrderBy(s => s.Start))
        {
            if (sentence.Start < cursor)
            {
                continue;
            }

            Run(cursor, sentence.Start);
            html.Append("<span class=\"sentence\" id=\"").Append(LinkScheme.SentenceAnchor(sentence.Number)).Append("\">");
            Run(sentence.Start, sentence.End);
            html.Append("</span>");
            cursor = sentence.End;
        }

        Run(cursor, text.Length);
        html.Append("</div>\n");

        // A reference is linked in the text when it lies inside one sentence (or between sentences) and does not overlap
        // one placed before it; every reference is listed under the text either way.
        void Run(int start, int end)
        {
            var at = start;
            foreach (var reference in references.Where(r => r.Start >= start && r.End <= end))
            {
                if (reference.Start < at)
                {
                    continue;
                }

                html.Append(Html.Encode(text[at..reference.Start]));
                var targets = Targets(reference, path);
                Link(html, targets[0], $"ref {KindClass(reference)}", text[reference.Start..reference.End]);
                for (var i = 1; i < targets.Length; i++)
                {
                    html.Append("<sup>");
                    Link(html, targets[i], $"ref {KindClass(reference)}", (i + 1).ToString(CultureInfo.InvariantCulture));
                    html.Append("</sup>");
                }

                at = reference.End;
            }

            html.Append(Html.Encode(text[at..end]));
        }
    }

    private void Parts(StringBuilder html, Provision provision, string path)
    {
        var own = parts[(provision.Position.File, provision.Version, provision.Language, provision.Id)].OrderBy(p => p.Id, ProvisionOrder.Instance).ToList();
        if (own.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"parts\">\n<h2>Parts</h2>\n<ul class=\"list\">\n");
        foreach (var part in own)
        {
            html.Append("<li>");
            Link(html, new LinkTarget(LinkScheme.Href(path, site.PathOf(part)), "", ProvisionNames.Of(part.Id, part.Language), part.Label));
            html.Append(" <span lang=\"").Append(Html.Encode(part.Language)).Append("\">").Append(Html.Encode(part.FirstWords(12))).Append("</span></li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    /// <summary>What the text refers to, one line per target in order of first mention, with the sentences that do.</summary>
    private void References(StringBuilder html, Provision provision, string path)
    {
        var targets = outgoing[provision]
            .SelectMany(r => Targets(r, path).Select(target => (Target: target, Reference: r)))
            .GroupBy(x => x.Target)
            .ToList();
        if (targets.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"references\">\n<h2>Refers to</h2>\n<ul class=\"list\">\n<li>");
        foreach (var group in targets)
        {
            var target = group.Key;
            html.Append(group == targets[0] ? "" : "</li>\n<li>");
            if (target.Href is null)
            {
                html.Append('“');
                Link(html, target);
                html.Append("”: ").Append(Html.Encode(target.Title));
            }
            else
            {
                Link(html, target);
                html.Append(target.FallbackLanguage is { } fallback ? $" ({Html.Encode(fallback)})" : "");
            }

            var sentences = group.Select(x => SentenceAt(provision, x.Reference.Start)?.Number).OfType<int>().Distinct().ToList();
            html.Append(" — ").Append(group.Count().ToString(CultureInfo.InvariantCulture)).Append(group.Count() == 1 ? " time" : " times");
            for (var i = 0; i < sentences.Count; i++)
            {
                html.Append(i == 0 ? (sentences.Count == 1 ? ", in sentence " : ", in sentences ") : ", ")
                    .Append("<a href=\"#").Append(LinkScheme.SentenceAnchor(sentences[i])).Append("\">")
                    .Append(sentences[i].ToString(CultureInfo.InvariantCulture)).Append("</a>");
            }
        }

        html.Append("</li>\n</ul>\n</section>\n");
    }

    private void ReferredToBy(StringBuilder html, Provision provision, string path)
    {
        var sources = incoming[(provision.Act, provision.Id)]
            .GroupBy(r => r.From, ReferenceEqualityComparer.Instance)
            .Select(g => (From: (Provision)g.Key!, First: g.MinBy(r => r.Start)!, Count: g.Count()))
            .OrderBy(s => s.From.Id, ProvisionOrder.Instance)
            .ThenBy(s => s.From.Language, StringComparer.Ordinal)
            .ToList();
        if (sources.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"referred-to-by\">\n<h2>Referred to by</h2>\n<ul class=\"list\">\n");
        foreach (var (from, first, count) in sources)
        {
            var sentence = SentenceAt(from, first.Start);
            var href = LinkScheme.Href(path, site.PathOf(from)) + (sentence is null ? "" : "#" + LinkScheme.SentenceAnchor(sentence.Number));
            html.Append("<li>");
            Link(html, new LinkTarget(href, "", $"first reference: {first.Text}", ProvisionNames.Of(from.Id, from.Language)));
            html.Append(" <span class=\"meta\">(").Append(Html.Encode(from.Language)).Append(", ")
                .Append(count.ToString(CultureInfo.InvariantCulture)).Append(count == 1 ? " reference" : " references").Append(")</span></li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    private void Versions(StringBuilder html, Provision provision, string path)
    {
        var versions = site.Versions(provision);
        if (versions.Length < 2)
        {
            return;
        }

        html.Append("<section id=\"versions\">\n<h2>Versions</h2>\n<ul class=\"list\">\n");
        foreach (var version in versions)
        {
            html.Append("<li>");
            if (ReferenceEquals(version, provision))
            {
                html.Append("<strong>").Append(Html.Encode(VersionName(version))).Append("</strong>");
            }
            else
            {
                Link(html, new LinkTarget(LinkScheme.Href(path, site.PathOf(version)), "", VersionName(version), VersionName(version)));
            }

            html.Append(site.IsCurrent(version) ? " (current)" : "").Append(version.Status == TextStatus.Draft ? " (draft, not law)" : site.IsInForce(version) ? "" : " (not yet in force)").Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    private void Footer(StringBuilder html, Provision provision)
    {
        html.Append("<footer>\n<p>Source: <code>").Append(Html.Encode(SourceName(provision.Position.File)))
            .Append("</code>, line ").Append(provision.Position.Line.ToString(CultureInfo.InvariantCulture)).Append("</p>\n");
        if (graph.Corpus.Eli(provision.Act) is { } eli)
        {
            var link = eli.ToProvision(provision.Id).ToString();
            html.Append("<p>ELI: <a href=\"").Append(Html.Encode(link)).Append("\" rel=\"external\">").Append(Html.Encode(link)).Append("</a></p>\n");
        }

        html.Append("</footer>\n");
    }

    /// <summary>Where each target of a reference leads; one entry for a reference that is unresolved or names an act.</summary>
    private ImmutableArray<LinkTarget> Targets(Reference reference, string path)
    {
        if (reference.Unresolved is { } reason)
        {
            return [new LinkTarget(null, "unresolved", reason, reference.Text)];
        }

        var act = reference.TargetAct ?? reference.From.Act;
        if (reference.Targets.IsEmpty)
        {
            return [site.HasAct(act)
                ? new LinkTarget(LinkScheme.Href(path, $"{LinkScheme.IndexPath}#{LinkScheme.ActFolder(act)}"), "act", $"the act as a whole: {act}", act)
                : new LinkTarget(null, "missing", $"the act {act} is not in the corpus", act)];
        }

        return [.. reference.Targets.Select(id => ToProvision(act, id, reference.From.Language, path))];
    }

    private LinkTarget ToProvision(string act, ProvisionId id, string language, string path)
    {
        var name = ProvisionNames.Of(id, language);
        if (site.Find(act, id, language) is { } page)
        {
            var href = LinkScheme.Href(path, site.PathOf(page.Provision));
            return page.FallbackLanguage is { } other
                ? new LinkTarget(href, "fallback", $"{name} — fallback: {other}", name, other)
                : new LinkTarget(href, "", name, name);
        }

        return graph.Corpus.Eli(act) is { } eli
            ? new LinkTarget(eli.ToProvision(id).ToString(), "external", $"{name} is not in the corpus; the link opens the act on EUR-Lex", name)
            : new LinkTarget(null, "missing", $"{name} is not in the corpus", name);
    }

    private static void Link(StringBuilder html, LinkTarget target) => Link(html, target, "", target.Name);

    /// <summary>An &lt;a&gt; when the target leads somewhere, else a &lt;span&gt; whose title says why not.</summary>
    private static void Link(StringBuilder html, LinkTarget target, string classes, string text)
    {
        var all = string.Join(' ', new[] { classes, target.Class }.Where(c => c.Length > 0));
        html.Append(target.Href is null ? "<span" : "<a href=\"" + Html.Encode(target.Href) + "\"");
        if (all.Length > 0)
        {
            html.Append(" class=\"").Append(Html.Encode(all)).Append('"');
        }

        if (target.Class == "external")
        {
            html.Append(" rel=\"external\"");
        }

        html.Append(" title=\"").Append(Html.Encode(target.Title)).Append("\">").Append(Html.Encode(text))
            .Append(target.Href is null ? "</span>" : "</a>");
    }

    private string SourceName(string file)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(graph.Corpus.Root), Path.GetFullPath(file));
        return (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? Path.GetFileName(file)
            : relative).Replace('\\', '/');
    }

    private static Sentence? SentenceAt(Provision provision, int offset) =>
        provision.Sentences.FirstOrDefault(s => s.Start <= offset && offset < s.End);

    private static string KindClass(Reference reference) => reference.Kind.ToString().ToLowerInvariant();

    private static string VersionName(Provision provision) =>
        provision.Version is { } date ? $"Version of {Html.Date(date)}" : "Undated version";
}
