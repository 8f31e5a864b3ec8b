using ReportSite.Pipeline;

namespace ReportSite.Tests.Architecture;

/// <summary>
/// The static-site generator stays a library that needs nothing native and nothing of the service around
/// it: the survey's stored answers (SQLite) live in ReportSite.SurveyResults, used by the collector and
/// the CLI's feedback commands only.
/// </summary>
public sealed class GeneratorReferencesTests
{
    private static readonly string[] Referenced =
        typeof(SiteBuild).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_generator_does_not_reference_sqlite()
    {
        Assert.DoesNotContain(Referenced, name => name.Contains("Sqlite", StringComparison.OrdinalIgnoreCase) || name.StartsWith("SQLitePCL", StringComparison.Ordinal));
    }

    [Fact]
    public void The_generator_references_none_of_the_programs_built_on_it()
    {
        Assert.DoesNotContain(Referenced, name => name is "ReportSite.SurveyResults" or "ReportSite.Collector" or "ReportSite.Cli");
    }
}
