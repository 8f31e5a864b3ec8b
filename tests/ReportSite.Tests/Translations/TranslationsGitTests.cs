using ReportSite.Tests.Support;
using ReportSite.Translations;

namespace ReportSite.Tests.Translations;

/// <summary>
/// <c>translations --diff</c> in a report kept in git: the version of the source the translation recorded
/// is found in the history and diffed against the current text.
/// </summary>
public sealed class TranslationsGitTests
{
    private const string IntroSource = "chapters/01-intro.zh-CN.md";

    [Fact]
    public void The_diff_since_the_recorded_version_comes_from_git_history()
    {
        Assert.True(Tools.Find("git") is not null, "git is needed for this test (it is on the build machine); install git.");
        using var site = FixtureSite.FromFile("mini");
        Git(site, "init", "-q");
        Git(site, "config", "user.name", "Test");
        Git(site, "config", "user.email", "test@example.org");
        Git(site, "config", "core.autocrlf", "false");
        TranslationsSiteTests.Mark(site, "chapters/01-intro.en.md");
        Git(site, "add", "-A");
        Git(site, "commit", "-q", "-m", "translated");
        // A later commit of the source, so the recorded version is not the newest one in history.
        site.WriteFile(IntroSource, site.ReadInput(IntroSource).Replace("二十年来，我们始终坚持连接。", "二十年来，我们始终坚持连接人与服务。", StringComparison.Ordinal));
        Git(site, "commit", "-q", "-am", "source edited");
        site.WriteFile(IntroSource, site.ReadInput(IntroSource).Replace("## 我们的方法", "## 我们的做法", StringComparison.Ordinal));

        var intro = TranslationsSiteTests.Report(site).Single(l => l.Status.File == "chapters/01-intro.en.md");

        Assert.Equal(TranslationState.OutOfDate, intro.Status.State);
        Assert.Equal(4, intro.Changes!.ChangedLines);
        Assert.Equal("4 changed lines", intro.Changes.Note);
        Assert.Contains("\n-二十年来，我们始终坚持连接。\n+二十年来，我们始终坚持连接人与服务。\n", intro.Changes.Diff, StringComparison.Ordinal);
        Assert.Contains("\n-## 我们的方法\n+## 我们的做法\n", intro.Changes.Diff, StringComparison.Ordinal);
        Assert.StartsWith("@@ -", intro.Changes.Diff, StringComparison.Ordinal);
        // The build's warning says it too.
        var warning = Assert.Single(site.Build().Diagnostics, d => d.File == "chapters/01-intro.en.md");
        Assert.Contains("has changed since it was translated (4 changed lines;", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_changed_texts_of_a_data_file_come_from_git_history()
    {
        Assert.True(Tools.Find("git") is not null, "git is needed for this test (it is on the build machine); install git.");
        using var site = FixtureSite.FromFile("mini");
        site.Write(DataTranslationsSiteTests.Kpis);
        Git(site, "init", "-q");
        Git(site, "config", "user.name", "Test");
        Git(site, "config", "user.email", "test@example.org");
        Git(site, "config", "core.autocrlf", "false");
        DataTranslationsSiteTests.Mark(site, DataTranslationsSiteTests.KpiFile);
        Git(site, "add", "-A");
        Git(site, "commit", "-q", "-m", "translated");
        var file = DataTranslationsSiteTests.KpiFile;
        site.WriteFile(file, site.ReadInput(file).Replace("女性员工", "女性员工人数", StringComparison.Ordinal).Replace("en: Employees", "en: Staff", StringComparison.Ordinal));

        var line = DataTranslationsSiteTests.Data(site, file);

        Assert.Equal(TranslationState.OutOfDate, line.Status.State);
        Assert.Equal(["kpis/staff.women/label"], line.Changes!.ChangedTexts);
        Assert.Equal("changed: kpis/staff.women/label", line.Changes.Note);
        Assert.Equal("-kpis/staff.women/label: 女性员工\n+kpis/staff.women/label: 女性员工人数\n", line.Changes.Diff);
        var warning = Assert.Single(site.Build().Diagnostics, d => d.File == file);
        Assert.Contains("have changed since they were translated (changed: kpis/staff.women/label;", warning.Message, StringComparison.Ordinal);
    }

    private static void Git(FixtureSite site, params string[] arguments)
    {
        var (code, output, error) = Tools.Run("git", arguments, workingDirectory: site.Input);
        Assert.True(code == 0, $"git {string.Join(' ', arguments)}: {output}{error}");
    }
}
