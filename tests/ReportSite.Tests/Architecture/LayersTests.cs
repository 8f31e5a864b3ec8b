using ReportSite.Pipeline;

namespace ReportSite.Tests.Architecture;

/// <summary>
/// The generator's layers, enforced (docs/architecture.md draws them): each namespace imports only its own
/// layer and the layers below it, and a feature imports no other feature unless this file says so.
/// </summary>
public sealed class LayersTests
{
    /// <summary>The layers from the bottom up; a namespace belongs to the first whose prefix it has.</summary>
    private static readonly (string Name, string[] Namespaces)[] Layers =
    [
        ("core", ["Diagnostics", "Localization", "Caching", "Yaml", "Paths", "Html", "Files"]),
        ("foundation", ["Content", "Theme", "Fonts", "Markdown.Directives"]),
        ("features", ["Kpis", "Charts", "Media", "Standards", "Timelines", "Feedback", "Translations"]),
        ("site", ["Pages", "Markdown", "Layout", "Checks", "Search", "Seo", "Sharing", "PerformanceData", "Output"]),
        ("pipeline", ["Pipeline"]),
    ];

    /// <summary>The only imports from one feature into another: a chart draws KPIs.</summary>
    private static readonly (string From, string To)[] FeatureImports = [("Charts", "Kpis")];

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>>> Imports =
        new(() => NamespaceImports.Of(typeof(SiteBuild).Assembly));

    [Fact]
    public void Every_namespace_of_the_generator_is_in_a_layer()
    {
        var unplaced = Imports.Value.Keys.Where(ns => Place(ns) is null).ToList();

        Assert.True(unplaced.Count == 0, "put these namespaces in a layer in LayersTests and docs/architecture.md:\n" + string.Join("\n", unplaced));
    }

    [Fact]
    public void Each_layer_imports_only_itself_and_the_layers_below()
    {
        var upward = Edges().Where(e => Place(e.To)?.Layer > Place(e.From)?.Layer)
            .Select(e => $"{e.From} ({Layers[Place(e.From)!.Value.Layer].Name}) -> {e.To} ({Layers[Place(e.To)!.Value.Layer].Name}), by {string.Join(", ", e.By)}")
            .ToList();

        Assert.True(upward.Count == 0, "these imports point up the layers:\n" + string.Join("\n", upward));
    }

    [Fact]
    public void A_feature_imports_another_feature_only_where_declared()
    {
        var features = Array.FindIndex(Layers, l => l.Name == "features");
        var across = Edges()
            .Where(e => Place(e.From) is { } from && Place(e.To) is { } to && from.Layer == features && to.Layer == features
                && from.Feature != to.Feature && !FeatureImports.Contains((from.Feature, to.Feature)))
            .Select(e => $"{e.From} -> {e.To}, by {string.Join(", ", e.By)}")
            .ToList();

        Assert.True(across.Count == 0, "these features import one another (move the shared part down, or let the pipeline compose them):\n" + string.Join("\n", across));
    }

    private static IEnumerable<(string From, string To, string[] By)> Edges() =>
        Imports.Value.SelectMany(from => from.Value.Select(to => (from.Key, to.Key, to.Value)));

    /// <summary>The layer a namespace is in and the entry of that layer it falls under.</summary>
    private static (int Layer, string Feature)? Place(string ns)
    {
        var name = ns.StartsWith("ReportSite.", StringComparison.Ordinal) ? ns["ReportSite.".Length..] : ns;
        for (var layer = 0; layer < Layers.Length; layer++)
            foreach (var entry in Layers[layer].Namespaces)
                if (name == entry || name.StartsWith(entry + ".", StringComparison.Ordinal)) return (layer, entry);
        return null;
    }
}
