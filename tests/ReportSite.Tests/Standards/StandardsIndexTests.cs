using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ReportSite.Paths;
using ReportSite.Tests.Snapshots;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Standards;

/// <summary>The standards content indexes, built from a fixture report: every disclosure, where it is answered, what is omitted.</summary>
public sealed partial class StandardsIndexTests
{
    [Fact]
    public void Gri_zh() => Snapshot.Verify(MainOf(Build(), "zh-CN/standards/gri/index.html"));

    [Fact]
    public void Gri_en() => Snapshot.Verify(MainOf(Build(), "en/standards/gri/index.html"));

    [Fact]
    public void Timeline_zh() => Snapshot.Verify(TimelineOf(Build(), "zh-CN/village/index.html"));

    [Fact]
    public void Timeline_en() => Snapshot.Verify(TimelineOf(Build(), "en/village/index.html"));

    [Theory]
    [InlineData("zh-CN", "gri", 6)]
    [InlineData("en", "gri", 6)]
    [InlineData("zh-CN", "hkex-esg", 2)]
    [InlineData("en", "hkex-esg", 2)]
    public void Every_catalogue_entry_has_a_row(string language, string catalogue, int disclosures)
    {
        using var site = Build();
        var rows = Parse(site.ReadOutput($"{language}/standards/{catalogue}/index.html")).QuerySelectorAll("tr[data-filter-row]");

        Assert.Equal(disclosures, rows.Length);
    }

    [Fact]
    public void Every_answered_in_link_reaches_an_existing_page_and_heading()
    {
        using var site = Build();
        var checkedLinks = 0;
        foreach (var index in new[] { "zh-CN/standards/gri/", "en/standards/gri/", "zh-CN/standards/hkex-esg/", "en/standards/hkex-esg/" })
        {
            foreach (var link in Parse(site.ReadOutput(index + "index.html")).QuerySelectorAll("a.standards-table__answer"))
            {
                var href = link.GetAttribute("href")!;
                var (path, fragment) = href.Split('#') is var parts ? (parts[0], parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : null) : default;
                var target = UrlPath.Resolve(index, path) + "index.html";
                Assert.True(site.OutputExists(target), $"{index}: {href} goes to /{target}, which does not exist");
                if (fragment is not null) Assert.NotNull(Parse(site.ReadOutput(target)).GetElementById(fragment));
                checkedLinks++;
            }
        }
        // Per language: 102-1, 102-50 (about page), 102-55 (the index itself), 203-1 (two chapters), 203-2, B8 and B8.1.
        Assert.Equal(2 * 8, checkedLinks);
    }

    [Fact]
    public void Answers_name_the_chapter_and_the_heading_and_the_untranslated_chapter_answers_in_english_too()
    {
        using var site = Build();
        var row = Row(site, "en/standards/gri/index.html", "GRI 203-1");

        Assert.Equal(["Villages · WeCounty", "公益"], row.QuerySelectorAll("a").Select(a => a.TextContent));
        Assert.Equal(["../../village/#wecounty", "../../giving/"], row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("../../about/", Row(site, "en/standards/gri/index.html", "GRI 102-50").QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Omissions_show_their_reason_and_a_disclosure_no_page_answers_any_more_shows_as_omitted()
    {
        using var site = Build();
        Assert.Equal("Omitted · Information unavailable or incomplete The figures are still being compiled.",
            Squash(Row(site, "en/standards/gri/index.html", "GRI 102-41").QuerySelector("td:last-child")!.TextContent));
        Assert.Null(Row(site, "en/standards/gri/index.html", "GRI 203-2").QuerySelector(".standards-table__omission"));

        site.Write(site.ReadInput("chapters/02-giving.zh-CN.md").Replace("GRI 203-2, ", "") is var text ? $"-- chapters/02-giving.zh-CN.md --\n{text}" : "");
        var result = site.Build();
        Assert.True(result.Succeeded);
        Assert.Contains(
            "data/standards/gri.yml:19: GRI 203-2 is answered by no chapter and has no 'omission', so the index shows it as omitted with no reason given; "
            + "name it in the 'standards:' front matter of the chapter that answers it, or give it an omission with a reason and an explanation.",
            result.Diagnostics.Select(d => d.ToString()));

        var row = Row(site, "zh-CN/standards/gri/index.html", "GRI 203-2");
        Assert.Equal("true", row.HasAttribute("data-omitted").ToString().ToLowerInvariant());
        Assert.Equal("未披露 · 未说明原因", Squash(row.QuerySelector("td:last-child")!.TextContent));
    }

    [Theory]
    [InlineData("GRI 203-9", "chapters/02-giving.zh-CN.md:4: GRI has no disclosure '203-9' (did you mean '203-1'?); check the code, or add it to data/standards/gri.yml.")]
    [InlineData("GIR 203-1", "chapters/02-giving.zh-CN.md:4: unknown framework 'GIR' in 'GIR 203-1' (did you mean 'GRI'?); the catalogues in data/standards/ use GRI, HKEX.")]
    [InlineData("203-1", "chapters/02-giving.zh-CN.md:4: '203-1' is not a disclosure reference; write the framework and the code, as in 'GRI 203-1', optionally followed by a heading: 'GRI 203-1 #heading-id'.")]
    [InlineData("\"GRI 203-1 #为了村\"", "chapters/02-giving.zh-CN.md:4: '#为了村' is not a heading on this page; a heading's id is its text in lower case, each space a '-', other punctuation left out (GitHub's rule: '## 甲：乙' is '#甲乙').")]
    public void A_wrong_reference_fails_the_build_at_the_front_matter_line(string written, string expected)
    {
        using var site = FixtureSite.FromFile("standards");
        site.Write("-- chapters/02-giving.zh-CN.md --\n" + site.ReadInput("chapters/02-giving.zh-CN.md").Replace("GRI 203-2", written));

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(expected, result.Diagnostics.Select(d => d.ToString()));
    }

    private static FixtureSite Build()
    {
        var site = FixtureSite.FromFile("standards");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }

    private static AngleSharp.Dom.IElement Row(FixtureSite site, string page, string code) =>
        Parse(site.ReadOutput(page)).QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent == code);

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string Squash(string text) => Whitespace().Replace(text, " ").Trim();

    private static string MainOf(FixtureSite site, string page)
    {
        using (site) return site.ReadMain(page);
    }

    private static string TimelineOf(FixtureSite site, string page)
    {
        using (site) return TimelineElement().Match(site.ReadOutput(page)).Value;
    }

    [GeneratedRegex("<ol class=\"timeline\".*?</ol>", RegexOptions.Singleline)]
    private static partial Regex TimelineElement();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
