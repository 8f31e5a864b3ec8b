namespace ReportSite.Output;

/// <summary>A file copied to the output as it is: <paramref name="OutputPath"/> is site-relative.</summary>
public sealed record StaticFile(string OutputPath, string SourcePath);
