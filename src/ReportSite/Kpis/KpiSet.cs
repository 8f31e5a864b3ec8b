namespace ReportSite.Kpis;

/// <summary>The site's KPIs by id. Immutable once loaded; directives and charts read from it.</summary>
public sealed class KpiSet(IReadOnlyList<Kpi> kpis)
{
    private readonly IReadOnlyDictionary<string, Kpi> _byId = kpis.ToDictionary(k => k.Id, StringComparer.Ordinal);

    public static KpiSet Empty { get; } = new([]);

    public IReadOnlyList<Kpi> All { get; } = kpis;

    public Kpi? Get(string id) => _byId.GetValueOrDefault(id);

    /// <summary>"unknown KPI 'x' (did you mean 'y'?)" with what to do, for any feature that names KPIs.</summary>
    public string Unknown(string id) => Diagnostics.Suggest.UnknownId("KPI", id, _byId.Keys.ToList(), LoadKpis.FileName);
}
