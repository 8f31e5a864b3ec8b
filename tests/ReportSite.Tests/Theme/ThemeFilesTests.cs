using ReportSite.Tests.Support;
using ReportSite.Theme;

namespace ReportSite.Tests.Theme;

/// <summary>The built-in theme is the repository's theme/ folder, file for file, and messages tell where each file came from.</summary>
public sealed class ThemeFilesTests
{
    [Fact]
    public void The_built_in_theme_holds_every_file_of_the_repository_s_theme_folder_unchanged()
    {
        var folder = SiteFiles.Read(Repo.Theme);

        var builtIn = ThemeFiles.BuiltIn.All.ToDictionary(f => f.Path, f => f.ReadBytes());

        Assert.Empty(SiteFiles.Differing(folder, builtIn));
        Assert.Contains("partials/header.html", builtIn.Keys);
    }

    [Fact]
    public void A_file_is_named_by_where_it_came_from_and_a_missing_one_by_where_to_add_it()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.Combine("theme", "partials"));
        File.WriteAllText(dir.Combine("theme", "partials", "footer.html"), "<footer></footer>");

        var files = ThemeFiles.ForReport(dir.Path, null);

        Assert.Equal("theme/partials/footer.html", files.Find("partials/footer.html")!.DisplayPath);
        Assert.Equal("<footer></footer>", files.Find("partials/footer.html")!.ReadText());
        Assert.Equal("(built-in) layouts/chapter.html", files.Find("layouts/chapter.html")!.DisplayPath);
        Assert.Null(files.Find("layouts/chapter.html")!.DiskPath);
        Assert.Equal("theme/i18n/fr.yml", files.DisplayPath("i18n/fr.yml"));
    }
}
