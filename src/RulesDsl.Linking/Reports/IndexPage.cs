using System.Globalization;
using System.Text;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Linking.Reports;

/// <summary>The entry page: per act and language, every provision in its current version, in the act's order.</summary>
internal static class IndexPage
{
    public static string Render(LegalCorpus corpus, SiteMap site, DateOnly asOf)
    {
        var html = new StringBuilder();
        Html.Open(html, "en", "Linked corpus");
        html.Append("<h1>Linked corpus</h1>\n<p class=\"meta\">The current versions on ").Append(Html.Date(asOf))
            .Append(": the newest in force, or the first to come into force. Other versions are linked from each provision's page.</p>\n");
        foreach (var act in site.Acts)
        {
            var folder = LinkScheme.ActFolder(act);
            html.Append("<section id=\"").Append(Html.Encode(folder)).Append("\">\n<h2>").Append(Html.Encode(act)).Append("</h2>\n");
            if (corpus.Eli(act) is { } eli)
            {
                html.Append("<p class=\"meta\">ELI: <a href=\"").Append(Html.Encode(eli.Act.ToString())).Append("\" rel=\"external\">")
                    .Append(Html.Encode(eli.Act.ToString())).Append("</a></p>\n");
            }

            var languages = site.Languages(act);
            html.Append("<nav class=\"languages\">Languages: ");
            foreach (var language in languages)
            {
                html.Append("<a href=\"#").Append(Html.Encode($"{folder}.{Html.SafeName(language)}")).Append("\">")
                    .Append(Html.Encode(language)).Append("</a>");
            }

            html.Append("</nav>\n");
            foreach (var language in languages)
            {
                var provisions = site.CurrentPages.Where(p => p.Act == act && p.Language == language)
                    .OrderBy(p => p.Id, ProvisionOrder.Instance).ToList();
                html.Append("<section id=\"").Append(Html.Encode($"{folder}.{Html.SafeName(language)}")).Append("\">\n<h3>")
                    .Append(Html.Encode(language)).Append(": ").Append(provisions.Count.ToString(CultureInfo.InvariantCulture))
                    .Append(provisions.Count == 1 ? " provision" : " provisions").Append("</h3>\n<ul class=\"list\" lang=\"")
                    .Append(Html.Encode(language)).Append("\">\n");
                foreach (var provision in provisions)
                {
                    html.Append("<li class=\"depth-").Append(Math.Min(3, provision.Id.Segments.Length - 1).ToString(CultureInfo.InvariantCulture))
                        .Append("\"><a href=\"").Append(Html.Encode(LinkScheme.Href(LinkScheme.IndexPath, site.PathOf(provision)))).Append("\">")
                        .Append(Html.Encode(ProvisionNames.Of(provision.Id, language))).Append("</a> ")
                        .Append(Html.Encode(string.IsNullOrWhiteSpace(provision.Heading) ? provision.FirstWords() : provision.Heading))
                        .Append("</li>\n");
                }

                html.Append("</ul>\n</section>\n");
            }

            html.Append("</section>\n");
        }

        Html.Close(html);
        return html.ToString();
    }
}
