using System.Text;
using ReportSite.Charts;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Charts;

/// <summary>A chart's KPIs share one unit word, or the chart names its own and each value keeps its KPI's.</summary>
public sealed class ChartUnitTests
{
    private const string Kpis = """
        kpis:
          - { id: t.courses, label: { zh-CN: 课程, en: Courses }, unit: count, word: { zh-CN: 门课程, en: courses }, value: 2400 }
          - { id: t.trainers, label: { zh-CN: 讲师, en: Trainers }, unit: count, word: { zh-CN: 名讲师, en: trainers }, value: 1133 }
          - { id: t.staff, label: { zh-CN: 员工, en: Employees }, unit: count, word: { zh-CN: 人, en: employees }, values: { 2017: 30000, 2018: 40000 } }
          - { id: t.family, label: { zh-CN: 家属, en: Family }, unit: count, word: { zh-CN: 人, en: family members }, values: { 2017: 12000, 2018: 30000 } }
          - { id: t.plain, label: { zh-CN: 其他, en: Other }, unit: count, values: { 2017: 1, 2018: 2 } }
        """;

    [Theory]
    [InlineData("{ id: c, type: bar, title: 图, series: [t.courses, t.trainers] }",
        "data/charts.yml:2: chart 'c' mixes unit words: 't.courses' is in \"门课程\" / \"courses\", 't.trainers' in \"名讲师\" / \"trainers\"; every value would be labelled with the first. Add the chart's own word for what they all count (e.g. 'word: { zh-CN: 人, en: people }'; each value keeps its own in the data table), or draw them in separate charts.")]
    [InlineData("{ id: c, type: stacked-bar, title: 图, series: [t.staff, t.family, t.plain] }",
        "data/charts.yml:2: chart 'c' mixes unit words: 't.staff' is in \"人\" / \"employees\", 't.family' in \"人\" / \"family members\", 't.plain' in no word; every value would be labelled with the first. Add the chart's own word for what they all count (e.g. 'word: { zh-CN: 人, en: people }'; each value keeps its own in the data table), or draw them in separate charts.")]
    public void Kpis_with_different_unit_words_are_refused_at_the_chart(string chart, string expected)
    {
        var (_, diagnostics) = TestData.Charts(Kpis, $"charts:\n  - {chart}\n");

        Assert.Equal(expected, Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void A_chart_with_its_own_word_labels_each_value_with_its_kpis_word()
    {
        var (charts, diagnostics) = TestData.Charts(Kpis,
            "charts:\n  - { id: c, type: bar, title: { zh-CN: 培训, en: Training }, word: { zh-CN: 个, en: items }, series: [t.courses, t.trainers] }\n");
        Assert.Empty(diagnostics);
        var chart = charts.Get("c")!;

        var model = ChartFixture.Model(chart, "en");
        Assert.Equal(["2,400 courses", "1,133 trainers"], model.Series[0].Points.Select(p => p!.Full));
        Assert.Equal("Unit: items", model.UnitCaption);
        Assert.Equal("Courses: 2,400 courses; Trainers: 1,133 trainers", model.Description);
        Assert.Equal("类别,培训（个）\r\n课程,2400\r\n讲师,1133\r\n", Csv(chart, "zh-CN"));
    }

    [Fact]
    public void Series_keep_their_own_word_in_the_table_and_csv_under_the_charts_word()
    {
        var (charts, diagnostics) = TestData.Charts(Kpis,
            "charts:\n  - { id: c, type: stacked-bar, title: 图, word: { zh-CN: 人, en: people }, series: [t.staff, t.family] }\n");
        Assert.Empty(diagnostics);
        var chart = charts.Get("c")!;

        var model = ChartFixture.Model(chart, "en");
        Assert.Equal("Unit: people", model.UnitCaption);
        Assert.Equal(["12,000 family members", "30,000 family members"], model.Series[1].Points.Select(p => p!.Full));
        Assert.StartsWith("Year,Employees (employees),Family (family members)\r\n", Csv(chart, "en"));
    }

    private static string Csv(ChartData chart, string language) =>
        Encoding.UTF8.GetString(ChartCsv.Write(chart, language, TestData.Theme.Words.Numbers[language], (key, args) => TestData.Theme.Words.Word(language, key, args))[3..]);
}
