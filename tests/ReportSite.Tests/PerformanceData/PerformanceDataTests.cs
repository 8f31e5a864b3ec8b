using System.Text.Json;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Kpis;
using ReportSite.Localization;
using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.PerformanceData;

/// <summary>
/// The performance data page and its downloads, built from a small fixture and from the sample: one
/// table, the same figures in the page, the workbook, the CSV and the JSON as in the KPI files.
/// </summary>
public sealed class PerformanceDataTests
{
    private const string Xlsx = "data/sample-responsibility-report-kpis.xlsx";
    private const string Csv = "data/sample-responsibility-report-kpis.csv";
    private const string Json = "data/sample-responsibility-report-kpis.json";

    [Fact]
    public void Figures_are_grouped_under_their_group_or_the_first_chapter_showing_them_or_else_other_figures()
    {
        using var site = Built();
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "en/data/index.html")));

        Assert.Equal(["Planet Read the chapter", "Greenhouse gases", "People Read the chapter", "Other figures"], page.QuerySelectorAll(".data__group-title").Select(h => h.TextContent.Trim()));
        Assert.Equal(["energy.total", "staff.women-share", "emissions.scope1", "emissions.scope2", "giving.total", "staff.by-region:1", "staff.by-region:2", "office.sites"],
            page.QuerySelectorAll("tr[id]").Select(r => r.Id!["kpi-".Length..]));
        Assert.Equal(["2016", "2017", "2018"], page.QuerySelectorAll(".data-table")[0].QuerySelectorAll("thead .data-table__value").Select(c => c.TextContent));
        var energy = page.QuerySelector("#kpi-energy\\.total")!;
        Assert.Equal(["1,200.5", "1,180", "1,105.25"], energy.QuerySelectorAll("td[data-value]").Select(c => c.TextContent));
        Assert.Equal("MWh", energy.QuerySelector(".data-table__unit")!.TextContent);
        Assert.Equal("GRI 302-1", energy.QuerySelector(".data-table__code")!.TextContent);
        // The group that is not a chapter links each row to where it is shown, here two chapters.
        Assert.Equal("../planet/", page.QuerySelector("#kpi-emissions\\.scope1 .data-table__chapter")!.GetAttribute("href"));
        Assert.Equal("../people/", page.QuerySelector("#kpi-emissions\\.scope2 .data-table__chapter")!.GetAttribute("href"));
        Assert.Null(energy.QuerySelector(".data-table__chapter"));
        Assert.Equal("South China", page.QuerySelector("#kpi-staff\\.by-region\\:1 .data-table__category")!.TextContent.Trim(' ', '·'));
        var zh = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "zh-CN/data/index.html")));
        Assert.Equal("2.36亿", zh.QuerySelector("#kpi-giving\\.total td[data-value]")!.TextContent);
        Assert.Equal("元", zh.QuerySelector("#kpi-giving\\.total .data-table__unit")!.TextContent);
    }

    [Fact]
    public void The_menu_and_the_home_page_link_the_data_page_and_the_page_links_the_downloads()
    {
        using var site = Built();
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "en/index.html")));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "en/data/index.html")));

        Assert.Contains(home.QuerySelectorAll("header a, main a"), a => a.GetAttribute("href") == "data/");
        Assert.Equal(["../../" + Xlsx, "../../" + Csv, "../../" + Json, "../../data/kpis.schema.json"], page.QuerySelectorAll(".data__download").Select(a => a.GetAttribute("href")));
        foreach (var file in new[] { Xlsx, Csv, Json, "data/kpis.schema.json" }) Assert.True(File.Exists(Path.Combine(site.Output, file)), file);
    }

    [Fact]
    public void A_standards_code_the_catalogues_do_not_have_fails_the_build_at_the_kpi_s_line()
    {
        using var site = new FixtureSite(File.ReadAllText(Path.Combine(Repo.Root, "tests/ReportSite.Tests/Fixtures/performance.txtar")));
        site.WriteFile("data/kpis.yml", File.ReadAllText(Path.Combine(site.Input, "data/kpis.yml")).Replace("standards: [GRI 302-1]", "standards: [GRI 302-9]"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("data/kpis.yml", 11), (problem.File, problem.Line));
        Assert.Contains("KPI 'energy.total': GRI has no disclosure '302-9'", problem.Message);
    }

    [Fact]
    public void Figures_by_category_or_with_one_value_need_the_report_s_year_and_are_left_out_with_a_warning_without_it()
    {
        using var site = new FixtureSite(File.ReadAllText(Path.Combine(Repo.Root, "tests/ReportSite.Tests/Fixtures/performance.txtar")));
        site.WriteFile("site.yml", File.ReadAllText(Path.Combine(site.Input, "site.yml")).Replace("year: 2018\n", ""));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warnings = result.Diagnostics.Where(d => d.Message.Contains("add 'year: 2018' (the reporting year) to site.yml", StringComparison.Ordinal)).ToList();
        Assert.Equal(["giving.total", "staff.by-region", "emissions.scope1", "emissions.scope2", "office.sites"], warnings.Select(w => w.Message.Split('\'')[1]));
        Assert.All(warnings, w => Assert.Equal("data/kpis.yml", w.File));
        var page = File.ReadAllText(Path.Combine(site.Output, "en/data/index.html"));
        Assert.DoesNotContain("staff.by-region", page);
        Assert.Contains("kpi-energy.total", page);
    }

    [Fact]
    public void The_workbook_has_a_sheet_per_language_and_one_about_the_data_with_numbers_in_base_units_and_units_in_their_format()
    {
        using var site = Built();
        using var workbook = SpreadsheetDocument.Open(Path.Combine(site.Output, Xlsx), isEditable: false);
        var part = workbook.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();

        Assert.Equal(["关键绩效数据", "Performance data", "关于本数据"], sheets.Select(s => s.Name!.Value));
        var english = (WorksheetPart)part.GetPartById(sheets[1].Id!);
        var pane = english.Worksheet.Descendants<Pane>().Single();
        Assert.Equal((PaneStateValues.Frozen, 1d), (pane.State!.Value, pane.VerticalSplit!.Value));
        Assert.True(english.Worksheet.GetFirstChild<Columns>()!.Elements<Column>().All(c => c.CustomWidth?.Value == true));
        var energy = english.Worksheet.Descendants<Row>().Single(r => r.Elements<Cell>().Any(c => PerformanceReadBack.Text(c) == "energy.total"));
        var cell = energy.Elements<Cell>().Single(c => c.CellReference == $"F{energy.RowIndex}"); // Group, Indicator, Unit, 2016, 2017, 2018
        Assert.Equal("1105.25", cell.CellValue!.Text);
        var formats = part.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().ToList();
        var format = part.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        Assert.Equal("#,##0.00\" MWh\"", formats.Single(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value);
        Assert.Contains(formats, f => f.FormatCode == "#,##0\"元\"");
        Assert.Contains(formats, f => f.FormatCode == "\"RMB \"#,##0");
        Assert.Contains(formats, f => f.FormatCode == "#,##0.0\"%\"");
    }

    [Fact]
    public void The_csv_is_utf8_with_a_byte_order_mark_one_line_per_figure_and_year_with_formulas_neutralised()
    {
        using var site = Built();
        var bytes = File.ReadAllBytes(Path.Combine(site.Output, Csv));
        var rows = PerformanceReadBack.Rows(System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(["id", "kpi", "label_zh-CN", "label_en", "category_zh-CN", "category_en", "group_zh-CN", "group_en", "unit", "currency", "standards",
            "source_zh-CN", "source_en", "note_zh-CN", "note_en", "chapter", "year", "value"], rows[0]);
        Assert.Equal(3 + 1 + 2 + 1 + 1 + 2 + 1, rows.Count - 1);
        var giving = rows.Single(r => r[0] == "giving.total");
        Assert.Equal(("currency", "CNY", "'=1+1 stays text: staff donations included", "https://example.org/report/zh-CN/people/"), (giving[8], giving[9], giving[14], giving[15]));
        Assert.Equal(["staff.by-region:1", "staff.by-region", "员工地区分布", "Employees by region", "华南", "South China"], rows.Single(r => r[0] == "staff.by-region:1")[..6]);
    }

    [Fact]
    public void The_json_follows_its_published_schema_with_stable_ids_and_values_by_year()
    {
        using var site = Built();
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, Json)));
        using var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data/kpis.schema.json")));

        var root = json.RootElement;
        Assert.Equal("kpis.schema.json", root.GetProperty("$schema").GetString());
        Assert.Equal(2018, root.GetProperty("report").GetProperty("year").GetInt32());
        var energy = root.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("id").GetString() == "energy.total");
        Assert.Equal("{\"2016\":1200.5,\"2017\":1180,\"2018\":1105.25}", JsonSerializer.Serialize(energy.GetProperty("values")));
        Assert.Equal("number", energy.GetProperty("unit").GetString());
        Assert.Equal("兆瓦时", energy.GetProperty("unitLabel").GetProperty("zh-CN").GetString());
        Assert.Equal("GRI 302-1", energy.GetProperty("standards")[0].GetString());
        // Every item has exactly the properties the schema allows, and all it requires.
        var item = schema.RootElement.GetProperty("$defs").GetProperty("kpi");
        var allowed = item.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        var required = item.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).ToList();
        foreach (var kpi in root.GetProperty("kpis").EnumerateArray())
        {
            var names = kpi.EnumerateObject().Select(p => p.Name).ToList();
            Assert.All(names, name => Assert.Contains(name, allowed));
            Assert.All(required, name => Assert.Contains(name, names));
        }
    }

    [Fact]
    public void The_page_the_workbook_the_csv_and_the_json_of_the_sample_hold_every_kpi_file_value_for_every_year()
    {
        using var dir = new TempDir();
        var result = new SiteBuild(DirectiveRegistry.Empty).Run(new BuildOptions(Repo.SampleInput, dir.Path, Repo.Theme));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var expected = KpiFileValues(Repo.SampleInput);
        var files = Directory.GetFiles(Path.Combine(dir.Path, "data"));
        string Named(string end) => files.Single(f => f.EndsWith(end, StringComparison.Ordinal));

        Assert.Equal(expected, Sorted(PerformanceReadBack.Page(File.ReadAllText(Path.Combine(dir.Path, "zh-CN/data/index.html")))));
        Assert.Equal(expected, Sorted(PerformanceReadBack.Page(File.ReadAllText(Path.Combine(dir.Path, "en/data/index.html")))));
        Assert.Equal(expected, Sorted(PerformanceReadBack.Csv(File.ReadAllBytes(Named("-kpis.csv")))));
        Assert.Equal(expected, Sorted(PerformanceReadBack.Json(File.ReadAllBytes(Named("-kpis.json")))));
        using var workbook = SpreadsheetDocument.Open(Named("-kpis.xlsx"), isEditable: false);
        foreach (var sheet in workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Take(2))
        {
            Assert.Equal(expected, Sorted(PerformanceReadBack.Sheet(workbook.WorkbookPart, sheet)));
        }
    }

    /// <summary>Every (row, year) → value the KPI files give, read by the generator's own loader: a KPI by category is one row per category, in the report's year.</summary>
    private static List<((string Row, int Year) Key, decimal Value)> KpiFileValues(string input)
    {
        var site = new LoadSiteConfig().Run(input, new DiagnosticBag())!;
        var currencies = new Dictionary<string, string> { ["CNY"] = "{0}", ["HKD"] = "{0}", ["USD"] = "{0}" };
        var locales = site.Languages.ToDictionary(l => l, _ => new NumberLocale { Currency = currencies });
        var kpis = new LoadKpis().Run(input, site, locales, new DiagnosticBag());
        return Sorted(kpis.All.SelectMany(kpi => kpi.ByCategory
                ? kpi.Values.Select((v, i) => (Key: ($"{kpi.Id}:{i + 1}", site.Year!.Value), v.Value))
                : kpi.Values.Select(v => (Key: (kpi.Id, v.Year!.Value), v.Value)))
            .ToDictionary(v => v.Key, v => v.Value));
    }

    private static List<((string Row, int Year) Key, decimal Value)> Sorted(Dictionary<(string Row, int Year), decimal> values) =>
        values.OrderBy(v => v.Key.Row, StringComparer.Ordinal).ThenBy(v => v.Key.Year).Select(v => (v.Key, v.Value)).ToList();

    private static FixtureSite Built()
    {
        var site = FixtureSite.FromFile("performance");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }
}
