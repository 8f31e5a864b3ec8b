using AngleSharp.Html.Parser;
using ReportSite.Kpis.Directives;
using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;
using ReportSite.Tests.Snapshots;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Kpis;

/// <summary>Figures in prose (:kpi) and highlight cards (::kpis), built into the mini report in both languages.</summary>
public sealed class KpiDirectivesTests
{
    [Theory]
    [InlineData("zh-CN", "基金会扶贫投入达4.92亿元，2016 年为 2.05亿元；为村覆盖 9849 个村庄。")]
    [InlineData("en", "Foundation funding reached RMB 492 million, up from RMB 205 million in 2016; WeCounty reaches 9,849 villages.")]
    public void Figures_in_prose_are_written_the_page_language_s_way(string language, string expected)
    {
        var html = Build($"{language}/green/index.html");

        var paragraph = new HtmlParser().ParseDocument(html).QuerySelector(".prose p")!;
        Assert.Equal(expected, paragraph.TextContent);
        Assert.Equal("492000000", paragraph.QuerySelector("data.figure")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("en", "RMB 492 million")]
    [InlineData("zh-CN", "4.92亿元")]
    public void A_figure_in_prose_keeps_its_number_scale_and_currency_in_one_piece(string language, string amount)
    {
        var figure = new HtmlParser().ParseDocument(Build($"{language}/green/index.html")).QuerySelector(".prose p data.figure")!;

        Assert.Equal(amount, figure.QuerySelector(".figure__amount")!.TextContent);
        Assert.Equal(amount, figure.TextContent);
    }

    [Fact]
    public void The_unit_word_after_an_amount_is_outside_the_part_that_keeps_to_one_line()
    {
        var html = Build("en/green/index.html");

        Assert.Contains("<data class=\"figure\" value=\"9849\"><span class=\"figure__amount\">9,849</span> villages</data>", html);
    }

    [Theory]
    [InlineData("en", "Figures for 2018")]
    [InlineData("zh-CN", "2018 年数据")]
    public void A_year_every_card_shares_is_said_once_above_the_cards(string language, string caption)
    {
        using var site = Site();
        foreach (var written in new[] { "zh-CN", "en" })
        {
            site.Write($"-- chapters/03-people.{written}.md --\n---\ntitle: People\n---\n\n::kpis{{ids=\"foundation.poverty-funding staff.women\"}}\n\n::kpis{{ids=\"foundation.poverty-funding\"}}\n");
        }
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var groups = new HtmlParser().ParseDocument(site.ReadOutput($"{language}/people/index.html")).QuerySelectorAll(".kpi-group");
        Assert.Equal(caption, groups[0].QuerySelector(".kpi-group__year")!.TextContent);
        Assert.Empty(groups[0].QuerySelectorAll(".kpi-year"));
        Assert.Null(groups[1].QuerySelector(".kpi-group__year"));
        Assert.Single(groups[1].QuerySelectorAll(".kpi-year"));
    }

    [Theory]
    [InlineData("Villages on Weicun", " villages", true)]
    [InlineData("Step donations in Action Season", " step donations", true)]
    [InlineData("Tax authorities working with Tencent", " tax authorities", true)]
    [InlineData("Jiaozhen experts and partners", " experts and partner institutions", false)]
    [InlineData("Gifts on 99 Giving Day", " donations", false)]
    [InlineData("Villagers registered on Weicun", " villages", false)]
    [InlineData("为村覆盖村庄", "个村庄", false)]
    [InlineData("员工总人数", "人", false)]
    [InlineData("Villages on Weicun", "", false)]
    public void A_card_leaves_off_a_unit_word_its_label_already_says(string label, string word, bool says) =>
        Assert.Equal(says, KpiCardsDirective.LabelSays(label, word));

    [Fact]
    public void Cards_zh() => Snapshot.Verify(Cards("zh-CN"));

    [Fact]
    public void Cards_en() => Snapshot.Verify(Cards("en"));

    [Theory]
    [InlineData(":kpi[weicun.vilages]", "chapters/02-green.en.md:5: :kpi: unknown KPI 'weicun.vilages' (did you mean 'weicun.villages'?); check the id, or define it in data/kpis.yml.")]
    [InlineData(":kpi[foundation.poverty-funding]{year=2015}", "chapters/02-green.en.md:5: :kpi: KPI 'foundation.poverty-funding' has no value for 2015; it has 2016, 2017, 2018 (data/kpis.yml:2).")]
    [InlineData(":kpi[staff.by-education]", "chapters/02-green.en.md:5: :kpi: KPI 'staff.by-education' has values by category (data/kpis.yml:18); show it in a chart with ::chart, or give it 'value:' or 'values:' by year.")]
    [InlineData(":kpi[weicun.villages]{yaer=2018}", "chapters/02-green.en.md:5: :kpi: unknown attribute 'yaer' (did you mean 'year'?); it takes year, bare.")]
    [InlineData(":kpis[weicun.villages]", "chapters/02-green.en.md:5: ':kpis' is a block directive: put ::kpis{…} on a line of its own.")]
    [InlineData(":kpi[weicun.villages", "chapters/02-green.en.md:5: malformed directive ':kpi[weicun.villages': ':kpi[weicun.villages' is never closed; write :name[label] or :name[label]{key=value} on one line.")]
    [InlineData("\n::kpis{ids=\"weicun.villages staf.women\"}", "chapters/02-green.en.md:6: ::kpis: unknown KPI 'staf.women' (did you mean 'staff.women'?); check the id, or define it in data/kpis.yml.")]
    public void A_wrong_reference_fails_the_build_at_its_line(string written, string expected)
    {
        using var site = Site();
        site.Write($"-- chapters/02-green.en.md --\n---\ntitle: Green\n---\n\nIt reaches {written}\n\n## Green operations\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(expected, Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Colons_in_ordinary_text_stay_text()
    {
        using var site = Site();
        site.Write("-- chapters/02-green.en.md --\n---\ntitle: Green\n---\n\nAt 10:30, see note:[1] and https://example.org/a:b, or :smile: today.\n\n## Green operations\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("At 10:30, see note:[1] and", site.ReadOutput("en/green/index.html"));
    }

    [Fact]
    public void A_mistake_in_the_theme_s_cards_template_fails_the_build_at_the_template_s_line()
    {
        using var theme = new TempDir();
        var themePath = theme.CopyIn(Repo.Theme, "theme");
        var partial = Path.Combine(themePath, "partials", "kpi-cards.html");
        File.WriteAllText(partial, File.ReadAllText(partial).Replace("{{ card.label }}", "{{ card.labl }}"));
        using var site = Site();

        var result = new SiteBuild(DirectiveRegistry.Empty).Run(new BuildOptions(site.Input, site.Output, themePath));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics.Select(d => d.ToString()).Distinct());
        Assert.StartsWith("theme/partials/kpi-cards.html:19:32: 'labl' is not a field of this model (did you mean 'label'?)", error);
    }

    private static string Cards(string language)
    {
        var document = new HtmlParser().ParseDocument(Build($"{language}/green/index.html"));
        return document.QuerySelector(".kpi-group")!.OuterHtml;
    }

    private static string Build(string page)
    {
        using var site = Site();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site.ReadOutput(page);
    }

    private static FixtureSite Site()
    {
        var site = FixtureSite.FromFile("mini");
        site.Write(File.ReadAllText(Path.Combine(Repo.Root, "tests", "ReportSite.Tests", "Fixtures", "figures.txtar")));
        return site;
    }
}
