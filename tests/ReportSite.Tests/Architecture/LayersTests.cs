using NetArchTest.Rules;
using ReportSite.Pipeline;

namespace ReportSite.Tests.Architecture;

/// <summary>
/// The generator's layers, enforced: a core (diagnostics, YAML reading, text per language, caching)
/// that imports nothing else of ours, and a pipeline that composes the stages and that no stage imports.
/// </summary>
public sealed class LayersTests
{
    private static readonly string[] Core = ["ReportSite.Diagnostics", "ReportSite.Localization", "ReportSite.Caching", "ReportSite.Yaml"];

    private static Types Generator => Types.InAssembly(typeof(SiteBuild).Assembly);

    /// <summary>Every namespace of the generator outside the core.</summary>
    private static string[] AboveCore =>
        typeof(SiteBuild).Assembly.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(ns => ns.StartsWith("ReportSite.", StringComparison.Ordinal) && !Core.Any(core => ns == core || ns.StartsWith(core + ".", StringComparison.Ordinal)))
            .Select(ns => string.Join('.', ns.Split('.').Take(2)))
            .Distinct().Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_core_imports_nothing_above_it()
    {
        var result = Generator.That().ResideInNamespaceMatching(@"^ReportSite\.(Diagnostics|Localization|Caching|Yaml)(\..*)?$")
            .ShouldNot().HaveDependencyOnAny(AboveCore).GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void No_stage_imports_the_pipeline_that_composes_them()
    {
        var result = Generator.That().DoNotResideInNamespace("ReportSite.Pipeline")
            .ShouldNot().HaveDependencyOnAny("ReportSite.Pipeline").GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    private static string Failing(NetArchTest.Rules.TestResult result) =>
        "these types import against the layering:\n" + string.Join("\n", result.FailingTypes?.Select(t => t.FullName) ?? []);
}
