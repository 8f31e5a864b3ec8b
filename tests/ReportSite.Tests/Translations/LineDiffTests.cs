using ReportSite.Translations;

namespace ReportSite.Tests.Translations;

public sealed class LineDiffTests
{
    [Fact]
    public void An_edited_line_is_removed_then_added_among_kept_ones()
    {
        var diff = LineDiff.Of("a\nb\nc\nd\n", "a\nB\nc\nd\n");

        Assert.Equal(["  a", "- b", "+ B", "  c", "  d"], diff.Select(l => $"{l.Kind} {l.Text}"));
        Assert.Equal(2, LineDiff.Changed(diff));
    }

    [Fact]
    public void Added_and_removed_lines_anywhere()
    {
        var diff = LineDiff.Of("one\ntwo\nthree", "zero\none\nthree\nfour");

        Assert.Equal(["+ zero", "  one", "- two", "  three", "+ four"], diff.Select(l => $"{l.Kind} {l.Text}"));
        Assert.Equal(3, LineDiff.Changed(diff));
    }

    [Fact]
    public void Line_endings_do_not_count_as_changes()
    {
        var diff = LineDiff.Of("a\r\nb\r\n", "a\nb\n");

        Assert.Equal(0, LineDiff.Changed(diff));
        Assert.Equal("", LineDiff.Unified(diff));
    }

    [Fact]
    public void Unified_shows_hunks_with_their_lines_and_two_lines_of_context()
    {
        var old = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"line {i}"));
        var changed = old.Replace("line 5\n", "line five\n", StringComparison.Ordinal).Replace("line 17\n", "", StringComparison.Ordinal);

        var unified = LineDiff.Unified(LineDiff.Of(old, changed));

        Assert.Equal(
            "@@ -3,5 +3,5 @@\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n"
            + "@@ -15,5 +15,4 @@\n line 15\n line 16\n-line 17\n line 18\n line 19\n",
            unified);
    }

    [Fact]
    public void Empty_texts()
    {
        Assert.Empty(LineDiff.Of("", ""));
        Assert.Equal(["+ a"], LineDiff.Of("", "a\n").Select(l => $"{l.Kind} {l.Text}"));
    }
}
