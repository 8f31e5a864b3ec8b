using ReportSite.Markdown;
using ReportSite.Markdown.Directives;

namespace ReportSite.Tests.Markdown;

public sealed class CjkLineBreakTests
{
    [Theory]
    [InlineData("数字化\n助手", "<p>数字化助手</p>\n")]
    [InlineData("连接，\n共建。", "<p>连接，共建。</p>\n")]
    [InlineData("digital\nassistant", "<p>digital\nassistant</p>\n")]
    [InlineData("腾讯\nQQ", "<p>腾讯\nQQ</p>\n")]
    [InlineData("hard  \n换行", "<p>hard<br />\n换行</p>\n")]
    public void Soft_breaks_between_Chinese_characters_disappear(string markdown, string html)
    {
        Assert.Equal(html, Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Create(DirectiveRegistry.Empty)));
    }
}
