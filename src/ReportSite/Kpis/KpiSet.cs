namespace ReportSite.Kpis;

/// <summary>The site's KPIs by id. Immutable once loaded; directives and charts read from it.</summary>
public sealed class KpiSet(IReadOnlyList<Kpi> kpis)
{
    private readonly IReadOnlyDictionary<string, Kpi> _byId = kpis.ToDictionary(k => k.Id, StringComparer.Ordinal);

    public static KpiSet Empty { get; } = new([]);

    public IReadOnlyList<Kpi> All { get; } = kpis;

    public Kpi? Get(string id) => _byId.GetValueOrDefault(id);

    /// <summary>"unknown KPI 'x' (did you mean 'y'?)" with what to do, for any feature that names KPIs.</summary>
    public string Unknown(string id) =>
        $"unknown KPI '{id}'{Diagnostics.Suggest.DidYouMean(id, _byId.Keys)}; "
        + (_byId.Count == 0 ? "define it in data/kpis.yml." : "check the id, or define it in data/kpis.yml.");
}
