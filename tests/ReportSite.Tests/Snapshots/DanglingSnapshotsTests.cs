using System.Reflection;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Snapshots;

/// <summary>
/// Every committed <c>*.verified.*</c> file belongs to a test that still exists. <see cref="Snapshot"/>
/// names a snapshot <c>{TestClass}.{TestMethod}[_{variant}].verified.{ext}</c> beside the test's file,
/// so a renamed or deleted test leaves its snapshot behind, read by nothing. The check reads the names
/// rather than recording what a run compared, because xunit does not promise to run a test last.
/// </summary>
public sealed class DanglingSnapshotsTests
{
    private static readonly string TestsProject = Path.Combine(Repo.Root, "tests", "ReportSite.Tests");

    [Fact]
    public void Every_verified_snapshot_belongs_to_a_test()
    {
        var snapshots = Directory.EnumerateFiles(Path.Combine(Repo.Root, "tests"), "*.verified.*", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(path => Path.GetRelativePath(TestsProject, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(snapshots);
        var dangling = snapshots.Select(path => (Path: path, Problem: Problem(path))).Where(s => s.Problem is not null).ToList();
        Assert.True(
            dangling.Count == 0,
            "Snapshots no test reads (delete them, or rename them after the test that now makes them):\n"
                + string.Join("\n", dangling.Select(d => $"tests/ReportSite.Tests/{d.Path}: {d.Problem}")));
    }

    [Theory]
    [InlineData("Pipeline/SiteBuildTests.Home_en.verified.html")]
    [InlineData("Collector/CollectorTests.Reply_page_zh.verified.html")]
    [InlineData("Charts/SvgChartRendererTests.Draws_pue_en_360.verified.svg")]
    public void A_snapshot_of_an_existing_test_is_accepted(string path) => Assert.Null(Problem(path));

    [Theory]
    [InlineData("Pipeline/SiteBuildTests.Home_fr.verified.html", "no test method")]
    [InlineData("Pipeline/SiteBuildTests.verified.html", "not named")]
    [InlineData("Pipeline/RemovedTests.Home_en.verified.html", "no RemovedTests.cs")]
    [InlineData("Seo/SiteBuildTests.Home_en.verified.html", "no SiteBuildTests.cs")]
    public void A_snapshot_without_its_test_is_reported(string path, string problem) => Assert.Contains(problem, Problem(path));

    /// <summary>What is wrong with a snapshot's name (relative to the test project, with '/'), or null when its test exists.</summary>
    private static string? Problem(string path)
    {
        var folder = Path.GetDirectoryName(path)!.Replace('\\', '/');
        var fileName = Path.GetFileName(path);
        var stem = fileName[..fileName.IndexOf(".verified.", StringComparison.Ordinal)];
        var dot = stem.IndexOf('.');
        if (dot <= 0 || dot == stem.Length - 1) return "not named {TestClass}.{TestMethod}[_{variant}].verified.{ext}";
        var (className, rest) = (stem[..dot], stem[(dot + 1)..]);

        if (!File.Exists(Path.Combine(TestsProject, folder, className + ".cs")))
            return $"no {className}.cs beside it (the snapshot is named after the file of its test)";
        var ns = string.Join('.', new[] { "ReportSite.Tests" }.Concat(folder.Split('/', StringSplitOptions.RemoveEmptyEntries)));
        var type = typeof(DanglingSnapshotsTests).Assembly.GetType($"{ns}.{className}");
        if (type is null) return $"no class {ns}.{className}";

        var tests = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any())
            .Select(m => m.Name);
        // A variant (Snapshot.Verify's name) follows the method name after '_'; method names hold '_' too.
        return tests.Any(name => rest == name || rest.StartsWith(name + "_", StringComparison.Ordinal))
            ? null
            : $"no test method {className}.{rest}, nor one of which '{rest}' is a variant";
    }
}
