using ReportSite.Content;

namespace ReportSite.Tests.Content;

public sealed class SourceHashTests
{
    [Fact]
    public void Is_eight_hex_digits_of_the_whole_text()
    {
        var hash = SourceHash.Of("---\ntitle: 开篇\n---\n\n二十年来。\n");

        Assert.Matches("^[0-9a-f]{8}$", hash);
        Assert.True(SourceHash.IsWellFormed(hash));
        Assert.NotEqual(hash, SourceHash.Of("---\ntitle: 开篇\n---\n\n二十年来！\n"));
        Assert.NotEqual(hash, SourceHash.Of("---\ntitle: 序\n---\n\n二十年来。\n"));
    }

    [Fact]
    public void Ignores_line_endings_and_a_byte_order_mark()
    {
        const string text = "---\ntitle: 开篇\n---\n\n二十年来。\n";

        Assert.Equal(SourceHash.Of(text), SourceHash.Of(text.Replace("\n", "\r\n", StringComparison.Ordinal)));
        Assert.Equal(SourceHash.Of(text), SourceHash.Of(text.Replace("\n", "\r", StringComparison.Ordinal)));
        Assert.Equal(SourceHash.Of(text), SourceHash.Of("\uFEFF" + text));
    }

    [Theory]
    [InlineData("3f2a9c1e", true)]
    [InlineData("3F2A9C1E", true)]
    [InlineData("3f2a9c1", false)]
    [InlineData("3f2a9c1e0", false)]
    [InlineData("3f2a9c1g", false)]
    [InlineData("", false)]
    public void Well_formed_is_eight_hex_digits(string value, bool wellFormed) =>
        Assert.Equal(wellFormed, SourceHash.IsWellFormed(value));
}
