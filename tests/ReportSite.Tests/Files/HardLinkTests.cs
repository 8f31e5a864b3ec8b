using ReportSite.Files;
using ReportSite.Output;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Files;

public sealed class HardLinkTests
{
    [Fact]
    public void A_link_is_a_second_name_for_the_same_file()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.Combine("card.png"), "a");

        Assert.True(HardLink.TryCreate(dir.Combine("card.png"), dir.Combine("linked.png")));
        File.AppendAllText(dir.Combine("card.png"), "b");

        Assert.Equal("ab", File.ReadAllText(dir.Combine("linked.png")));
    }

    [Fact]
    public void A_name_already_taken_or_a_missing_file_is_not_linked()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.Combine("card.png"), "a");
        File.WriteAllText(dir.Combine("taken.png"), "b");

        Assert.False(HardLink.TryCreate(dir.Combine("card.png"), dir.Combine("taken.png")));
        Assert.False(HardLink.TryCreate(dir.Combine("missing.png"), dir.Combine("new.png")));
        Assert.Equal("b", File.ReadAllText(dir.Combine("taken.png")));
    }

    [Fact]
    public void The_site_links_the_build_s_cache_files_and_copies_the_author_s()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.Combine("cache"));
        File.WriteAllText(dir.Combine("cache", "card.png"), "card");
        File.WriteAllText(dir.Combine("logo.svg"), "logo");

        new WriteOutput().Run([], [new StaticFile("share/card.png", dir.Combine("cache", "card.png")) { Linked = true }, new StaticFile("assets/logo.svg", dir.Combine("logo.svg"))], dir.Combine("site"));
        File.AppendAllText(dir.Combine("cache", "card.png"), "+");
        File.AppendAllText(dir.Combine("logo.svg"), "+");

        Assert.Equal("card+", File.ReadAllText(dir.Combine("site", "share", "card.png")));
        Assert.Equal("logo", File.ReadAllText(dir.Combine("site", "assets", "logo.svg")));
    }
}
