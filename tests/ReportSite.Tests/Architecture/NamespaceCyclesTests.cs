using ReportSite.Pipeline;

namespace ReportSite.Tests.Architecture;

/// <summary>
/// No two namespaces of the generator import each other, directly or through others: the imports between
/// its namespaces form a graph without a cycle, so every namespace can be read (and tested) with only
/// what is below it.
/// </summary>
public sealed class NamespaceCyclesTests
{
    [Fact]
    public void The_namespaces_of_the_generator_import_each_other_without_a_cycle()
    {
        var imports = NamespaceImports.Of(typeof(SiteBuild).Assembly);

        var cycles = NamespaceImports.Cycles(imports);

        Assert.True(cycles.Count == 0, "these namespaces import each other in a cycle:\n" + string.Join("\n", cycles.Select(c => "  " + string.Join("\n  ", c))));
    }
}
