using ReportSite.Diagnostics;
using ReportSite.Tests.Support;
using ReportSite.Yaml;

namespace ReportSite.Tests.Yaml;

public sealed class YamlSourceTests
{
    [Theory]
    [InlineData("title: [broken\nsummary: text\n")]
    [InlineData("title: {broken\n")]
    public void Unfinished_text_is_an_author_message_not_a_crash(string yaml)
    {
        var diagnostics = new DiagnosticBag();

        var map = YamlSource.LoadMapping(yaml, "chapters/08-people.en.md", diagnostics, firstLine: 2);

        Assert.Null(map);
        Assert.StartsWith("chapters/08-people.en.md:", Assert.Single(diagnostics.Sorted()).ToString());
        Assert.Contains("YAML syntax error", diagnostics.Sorted()[0].Message);
    }
}

public sealed class UnclosedBracketTests
{
    [Fact]
    public void A_file_that_cannot_be_read_is_reported_once_and_the_charts_drawn_from_it_are_not_checked()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write(File.ReadAllText(Path.Combine(Repo.Root, "tests", "ReportSite.Tests", "Fixtures", "figures.txtar")));
        site.Write("-- data/kpis.yml --\n" + site.ReadInput("data/kpis.yml").Replace("label: { zh-CN: 参保员工, en: Insured employees }", "label: { zh-CN: 参保员工, en: Insured employees"));

        var problems = site.Build().Diagnostics.Select(d => d.ToString()).ToList();

        Assert.True(problems.Count == 2, string.Join("\n", problems));
        Assert.StartsWith("data/charts.yml: not checked, because data/kpis.yml, which its charts draw from, could not be read; fix that file first.", problems[0]);
        Assert.StartsWith("data/kpis.yml:27: YAML syntax error: the '{' on this line is never closed", problems[1]);
    }

    [Theory]
    [InlineData("kpis:\n  - id: a\n    label: { zh-CN: 甲, en: A\n    value: 1\n  - id: b\n    label: { zh-CN: 乙, en: B }\n    value: 2\n", 3, '{')]
    [InlineData("charts:\n  - id: c\n    series: [a.b, c.d\n", 3, '[')]
    [InlineData("a:\n  b: [1, {x: 2}\n  c: 3\n", 2, '[')]
    [InlineData("title: {\n  zh-CN: 甲,\n  en: A\n\nsummary: text\n", 1, '{')]
    public void A_bracket_never_closed_is_reported_where_it_opens(string yaml, int line, char bracket)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(YamlSource.LoadMapping(yaml, "data/kpis.yml", diagnostics));

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"YAML syntax error: the '{bracket}' on this line is never closed", error.Message);
    }

    [Theory]
    [InlineData("title: Report [draft]\nnote: a { b\nlist: [a, b]\n")]
    [InlineData("text: |\n  [not a list\n  {nor a map\nnext: [a, b]\n")]
    [InlineData("quoted: \"[a, b\"\ncomment: x # [ not counted\n")]
    public void Brackets_in_plain_text_quotes_comments_and_block_text_are_not_counted(string yaml)
    {
        Assert.Null(UnclosedBracket.In(yaml));
    }

    [Fact]
    public void The_first_line_of_a_fragment_counts_from_its_place_in_the_file()
    {
        var diagnostics = new DiagnosticBag();

        YamlSource.LoadMapping("title: A\nstandards: [GRI 102-1\n", "chapters/01-a.zh-CN.md", diagnostics, firstLine: 2);

        Assert.Equal(3, Assert.Single(diagnostics.Sorted()).Line);
    }
}
