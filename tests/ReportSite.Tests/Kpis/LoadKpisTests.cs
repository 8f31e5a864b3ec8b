using ReportSite.Localization;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Kpis;

/// <summary>Reading data/kpis.yml: the three ways to give values, and every author mistake with its file and line.</summary>
public sealed class LoadKpisTests
{
    private const string Valid = """
        kpis:
          - id: foundation.poverty-funding
            label: { zh-CN: 基金会扶贫投入, en: Foundation poverty-relief funding }
            unit: currency
            values: { 2018: 492000000, 2016: 205000000, 2017: 423000000 }
            source: { zh-CN: 腾讯公益慈善基金会, en: Tencent Charity Foundation }
          - id: weicun.villages
            label: { zh-CN: 为村覆盖村庄, en: Villages on WeCounty }
            unit: count
            word: { zh-CN: 个村庄, en: villages }
            value: 9849
          - id: staff.by-education
            label: { zh-CN: 员工学历构成, en: Employees by education }
            unit: count
            categories:
              - { label: { zh-CN: 硕士及以上, en: Postgraduate }, value: 14989 }
              - { label: { zh-CN: 本科, en: Bachelor }, value: 21640 }
        """;

    [Fact]
    public void Reads_values_by_year_single_values_and_categories()
    {
        var (kpis, diagnostics) = TestData.Kpis(("data/kpis.yml", Valid));

        Assert.Empty(diagnostics);
        var funding = kpis.Get("foundation.poverty-funding")!;
        Assert.Equal([2016, 2017, 2018], funding.Values.Select(v => v.Year!.Value));
        Assert.Equal(492000000m, funding.Latest.Value);
        Assert.Equal(423000000m, funding.YearBefore(funding.Latest)!.Value);
        Assert.Equal(KpiUnit.Currency, funding.Style.Unit);
        Assert.Equal("Tencent Charity Foundation", funding.Source!["en"]);

        var villages = kpis.Get("weicun.villages")!;
        Assert.Equal(2018, Assert.Single(villages.Values).Year);
        Assert.Equal("9849个村庄", villages.Format(9849, "zh-CN", TestData.Theme.Words.Numbers["zh-CN"]).ToString());
        Assert.Equal("9,849 villages", villages.Format(9849, "en", TestData.Theme.Words.Numbers["en"]).ToString());

        var education = kpis.Get("staff.by-education")!;
        Assert.True(education.ByCategory);
        Assert.Equal(["Postgraduate", "Bachelor"], education.Values.Select(v => v.Label("en")));
    }

    [Fact]
    public void Reads_kpis_kept_per_chapter_in_the_kpis_folder_too()
    {
        var (kpis, diagnostics) = TestData.Kpis(
            ("data/kpis.yml", Valid),
            ("data/kpis/08-people.yml", "kpis:\n  - { id: staff.total, label: 员工总数, unit: count, value: 38798, scale: false }\n"));

        Assert.Empty(diagnostics);
        Assert.Equal(4, kpis.All.Count);
        Assert.Equal("38,798", kpis.Get("staff.total")!.Format(38798, "en", TestData.Theme.Words.Numbers["en"]).ToString());
    }

    [Fact]
    public void A_duplicate_id_names_where_the_first_is_defined_even_in_another_file()
    {
        var (_, diagnostics) = TestData.Kpis(
            ("data/kpis.yml", Valid),
            ("data/kpis/03-government.yml", "kpis:\n  - id: weicun.villages\n    label: 村庄\n    unit: count\n    value: 1\n"));

        Assert.Equal("data/kpis/03-government.yml:2: KPI 'weicun.villages' is defined twice; it is already defined at data/kpis.yml:7. Give one of them another id, or delete the copy.",
            Assert.Single(diagnostics).ToString());
    }

    [Theory]
    [InlineData("value: 2.05亿元", "data/kpis.yml:5: 'value' must be a number written with digits and '.', not '2.05亿元'. Write the plain figure in base units (205000000, not 2.05亿元; 39 for 39%); separators and unit words are added per language.")]
    [InlineData("values:\n      2017: 38,798", "data/kpis.yml:6: the value for 2017 must be a number written with digits and '.', not '38,798'. Write the plain figure in base units (205000000, not 2.05亿元; 39 for 39%); separators and unit words are added per language.")]
    [InlineData("values: { last-year: 12 }", "data/kpis.yml:5: 'values' are listed by year ('2018: 492000000'); 'last-year' is not a year. For values by category, use 'categories:'.")]
    [InlineData("value: 1\n    values: { 2018: 1 }", "data/kpis.yml:6: this KPI has both 'value' and 'values'; keep one.")]
    [InlineData("year: 2018", "data/kpis.yml:2: this KPI has no value; add 'value: 123' (for the report year), 'values:' with one line per year, or 'categories:'.")]
    public void A_value_that_is_not_a_number_says_how_to_write_it(string values, string expected)
    {
        var (_, diagnostics) = TestData.Kpis(("data/kpis.yml", $"kpis:\n  - id: a.b\n    label: 标签\n    unit: count\n    {values}\n"));

        Assert.Equal(expected, Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void An_unknown_unit_suggests_the_closest()
    {
        var (_, diagnostics) = TestData.Kpis(("data/kpis.yml", "kpis:\n  - id: a.b\n    label: 标签\n    unit: percnt\n    value: 3\n"));

        Assert.Equal("data/kpis.yml:4: unknown unit 'percnt' (did you mean 'percent'?); use one of count, number, currency, percent.", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void A_label_without_the_primary_language_is_an_error()
    {
        var (_, diagnostics) = TestData.Kpis(("data/kpis.yml", "kpis:\n  - id: a.b\n    label: { en: Villages }\n    unit: count\n    value: 3\n"));

        Assert.Equal("data/kpis.yml:3: 'label' has no text in the primary language 'zh-CN'; add a line 'zh-CN: …' under 'label'.", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Ids_and_currencies_are_checked()
    {
        var (_, diagnostics) = TestData.Kpis(("data/kpis.yml", "kpis:\n  - id: Weicun Villages\n    label: 村\n    unit: count\n    value: 3\n  - id: a.b\n    label: 钱\n    unit: currency\n    currency: CYN\n    value: 3\n"));

        Assert.Equal(
            [
                "data/kpis.yml:2: KPI id 'Weicun Villages' may use only lower-case letters, digits, '.' and '-', starting with a letter or digit (e.g. 'weicun.villages').",
                "data/kpis.yml:9: currency 'CYN' has no way to be written in zh-CN, en (did you mean 'CNY'?); use one of CNY, HKD, USD, or add it under 'number: currency:' in the theme's i18n files.",
            ],
            diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Rounding_that_misstates_a_figure_in_some_language_is_warned()
    {
        var (kpis, diagnostics) = TestData.Kpis(("data/kpis.yml", "kpis:\n  - id: weicun.villagers\n    label: 村民\n    unit: count\n    precision: 0\n    value: 2320000\n"));

        Assert.NotNull(kpis.Get("weicun.villagers"));
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Diagnostics.Severity.Warning, warning.Severity);
        Assert.Equal("data/kpis.yml:5: KPI 'weicun.villagers': 2320000 is written '2 million' in en, more than 1% off; raise 'precision' (now 0) or set 'scale: false'.", warning.ToString());
    }
}
