namespace ReportSite.Tests.Support;

/// <summary>Tests that start chromium run one class at a time, so they do not starve each other of CPU.</summary>
[CollectionDefinition(Collection, DisableParallelization = true)]
public sealed class Browser
{
    public const string Collection = "browser";
}
