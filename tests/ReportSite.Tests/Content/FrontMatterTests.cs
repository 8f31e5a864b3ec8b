using ReportSite.Content;

namespace ReportSite.Tests.Content;

public sealed class FrontMatterTests
{
    [Fact]
    public void Splits_front_matter_and_body_and_knows_the_body_line()
    {
        var parts = FrontMatter.Split("---\ntitle: A\nsummary: B\n---\n\nBody\n");

        Assert.Equal("title: A\nsummary: B\n", parts.Yaml);
        Assert.Equal("\nBody\n", parts.Body);
        Assert.Equal(5, parts.BodyFirstLine);
        Assert.False(parts.Unclosed);
    }

    [Fact]
    public void Front_matter_may_end_with_the_yaml_document_end_marker()
    {
        var parts = FrontMatter.Split("---\ntitle: A\n...\nBody\n");

        Assert.Equal("title: A\n", parts.Yaml);
        Assert.Equal("Body\n", parts.Body);
        Assert.Equal(4, parts.BodyFirstLine);
        Assert.False(parts.Unclosed);
    }

    [Fact]
    public void Handles_byte_order_mark_and_windows_line_endings()
    {
        var parts = FrontMatter.Split("\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n");

        Assert.Equal("title: A\r\n", parts.Yaml);
        Assert.Equal("Body\r\n", parts.Body);
        Assert.Equal(4, parts.BodyFirstLine);
    }

    [Fact]
    public void A_file_without_front_matter_is_all_body()
    {
        var parts = FrontMatter.Split("# Heading\n");

        Assert.Null(parts.Yaml);
        Assert.Equal(1, parts.BodyFirstLine);
    }

    [Fact]
    public void An_unclosed_front_matter_is_flagged()
    {
        Assert.True(FrontMatter.Split("---\ntitle: A\n\nBody\n").Unclosed);
    }
}
