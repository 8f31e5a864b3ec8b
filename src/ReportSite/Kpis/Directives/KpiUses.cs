using ReportSite.Markdown.Directives;

namespace ReportSite.Kpis.Directives;

/// <summary>Which KPIs a use of this feature's directives shows: <c>:kpi[id]</c> one, <c>::kpis{ids="a b"}</c> several.</summary>
public static class KpiUses
{
    public static IReadOnlyList<string> Ids(DirectiveUse use) => use.Name switch
    {
        "kpi" when !string.IsNullOrWhiteSpace(use.Label) => [use.Label.Trim()],
        "kpis" => KpiCardsDirective.Ids(use.Attributes.GetValueOrDefault("ids")),
        _ => [],
    };
}
