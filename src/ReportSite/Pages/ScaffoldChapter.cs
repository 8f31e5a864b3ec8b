using System.Globalization;
using System.Text.RegularExpressions;
using ReportSite.Content;
using ReportSite.Diagnostics;

namespace ReportSite.Pages;

/// <summary>
/// <c>new chapter &lt;slug&gt;</c>: writes the next chapter's file in every language of the report, with
/// front matter to fill in and a short guide in YAML comments (which never reach a page). Existing files
/// are never overwritten.
/// </summary>
public sealed partial class ScaffoldChapter
{
    private const string Guide = """
        # Fill in the title and a one-sentence summary (shown on the home page and in search results),
        # then write the chapter below the closing '---' in Markdown:
        #   ## Section heading              sections; they make the chapter's table of contents
        #   :kpi[kpi-id]                    a figure from data/kpis/, written the language's way
        #   ::kpis{ids="kpi-a kpi-b"}       highlight cards, on a line of their own
        #   ::chart{id=chart-id}            a chart from data/charts.yml
        #   ::scan{id=media-id}             a "scan to watch" link from data/media.yml
        #   [another chapter](03-government.md)   a link to a chapter, in the reader's language
        # List the disclosures this chapter answers for the standards indexes, e.g.
        #   standards: [GRI 203-1, "HKEX B8.1 #section-heading-id"]
        """;

    public IReadOnlyList<string> Run(string inputDir, SiteConfig site, string slug, DiagnosticBag diagnostics)
    {
        if (!SlugPattern().IsMatch(slug))
        {
            diagnostics.Error(LoadChapters.Folder, 0, $"'{slug}' cannot name a chapter: use lower-case letters, digits and '-', such as 'supply-chain'; it becomes the address <language>/{slug}/.");
            return [];
        }
        if (PlanPages.IsReserved(slug))
        {
            diagnostics.Error(LoadChapters.Folder, 0, $"'{slug}/' is an address the site uses itself; choose another name, such as '{slug}-report'.");
            return [];
        }
        var folder = Path.Combine(inputDir, LoadChapters.Folder);
        var existing = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.md").Select(Path.GetFileName).OfType<string>().ToList() : [];
        if (existing.FirstOrDefault(f => Regex.IsMatch(f, $@"^\d+-{Regex.Escape(slug)}\.")) is { } taken)
        {
            diagnostics.Error($"{LoadChapters.Folder}/{taken}", 0, $"chapter '{slug}' already exists; open this file to edit it, or choose another name.");
            return [];
        }
        var number = existing.Select(f => NumberPattern().Match(f)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max() + 1;
        Directory.CreateDirectory(folder);
        var title = char.ToUpperInvariant(slug[0]) + slug[1..].Replace('-', ' ');
        return site.Languages.Select(language =>
        {
            var file = $"{LoadChapters.Folder}/{number:00}-{slug}.{language}.md";
            File.WriteAllText(Path.Combine(inputDir, file), $"---\n{Guide}\ntitle: {title}\nsummary: \n---\n\n");
            return file;
        }).ToList();
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^(\d+)-")]
    private static partial Regex NumberPattern();
}
