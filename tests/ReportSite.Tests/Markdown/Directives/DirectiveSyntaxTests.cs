using ReportSite.Markdown.Directives;

namespace ReportSite.Tests.Markdown.Directives;

public sealed class DirectiveSyntaxTests
{
    [Theory]
    [InlineData("::chart{id=poverty-funding}", "chart", null, "id=poverty-funding")]
    [InlineData("::kpis{ids=\"poverty.foundation-total weicun.villages\"}", "kpis", null, "ids=poverty.foundation-total weicun.villages")]
    [InlineData("::scan{id=report verb='watch'}", "scan", null, "id=report|verb=watch")]
    [InlineData("::timeline", "timeline", null, "")]
    [InlineData("::timeline{}", "timeline", null, "")]
    [InlineData("  ::chart{ id=a   title=\"能源 使用\" }  ", "chart", null, "id=a|title=能源 使用")]
    [InlineData("::chart[Power use]{#energy .wide .tall compact}", "chart", "Power use", "class=wide tall|compact=|id=energy")]
    [InlineData("::note{text=\"\"}", "note", null, "text=")]
    public void Parses_valid_directives(string line, string name, string? label, string attributes)
    {
        var result = DirectiveSyntax.Parse(line);

        Assert.Null(result.Error);
        Assert.Equal(name, result.Directive!.Name);
        Assert.Equal(label, result.Directive.Label);
        Assert.Equal(attributes, string.Join("|", result.Directive.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}")));
    }

    [Theory]
    [InlineData("::", "has no name")]
    [InlineData("::{id=a}", "has no name")]
    [InlineData("::chart{id=a", "never closed; add '}'")]
    [InlineData("::chart{id=\"a b}", "quoted value of 'id' in ::chart is never closed")]
    [InlineData("::chart{id=}", "has '=' but no value")]
    [InlineData("::chart{id=a id=b}", "'id' is given twice")]
    [InlineData("::chart{id=a} trailing", "unexpected 'trailing' after ::chart")]
    [InlineData("::chart id=a}", "without an opening '{'")]
    [InlineData("::chart[label{id=a}", "label '[' of ::chart is never closed")]
    [InlineData(":::note{id=a}", "container directives (:::) are not supported")]
    [InlineData("::chart{id=\"a\"title=b}", "put a space between the attributes")]
    public void Explains_what_is_wrong_with_malformed_directives(string line, string expected)
    {
        var result = DirectiveSyntax.Parse(line);

        Assert.Null(result.Directive);
        Assert.Contains(expected, result.Error);
    }
}
