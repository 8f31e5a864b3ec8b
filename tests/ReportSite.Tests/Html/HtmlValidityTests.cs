using ReportSite.Feedback;
using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Html;

/// <summary>
/// Every page the generator writes passes the Nu HTML Checker (vnu.jar, installed by tests/install-tools.sh) with zero
/// errors: the sample report, the standards and timeline fixture, and the survey's pages.
/// </summary>
[Collection(Browser.Collection)]
[Trait("Category", "Slow")]
public sealed class HtmlValidityTests
{
    private static string Vnu => Path.Combine(Repo.Root, ".ci", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public void Every_generated_page_is_valid_html()
    {
        Assert.True(File.Exists(Vnu), $"vnu.jar is not installed; run: bash tests/install-tools.sh");
        using var dir = new TempDir();
        var sample = new SiteBuild(DirectiveRegistry.Empty).Run(new BuildOptions(Repo.SampleInput, dir.Combine("sample"), Repo.Theme));
        Assert.True(sample.Succeeded, string.Join("\n", sample.Diagnostics));
        using var standards = FixtureSite.FromFile("standards");
        Assert.True(standards.Build().Succeeded);
        using var survey = FixtureSite.FromFile("mini");
        survey.Write($"-- site.yml --\n{survey.ReadInput("site.yml")}feedback:\n  endpoint: https://feedback.example.org/responses\n");
        survey.Write($"-- {LoadFeedbackForm.FileName} --\n" + File.ReadAllText(Path.Combine(Repo.SampleInput, LoadFeedbackForm.FileName)));
        Assert.True(survey.Build().Succeeded);

        var pages = new[] { dir.Combine("sample"), standards.Output, survey.Output }
            .SelectMany(root => Directory.GetFiles(root, "*.html", SearchOption.AllDirectories))
            .ToList();
        Assert.True(pages.Count > 40, $"only {pages.Count} pages were built");
        var (exitCode, output, _) = Tools.Run("java", ["-jar", Vnu, "--errors-only", "--format", "gnu", "--stdout", .. pages], timeoutSeconds: 180);

        Assert.True(exitCode == 0 && output.Trim().Length == 0, $"vnu found errors in the generated pages:\n{output}");
    }
}
