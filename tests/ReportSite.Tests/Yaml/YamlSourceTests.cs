using ReportSite.Diagnostics;
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
