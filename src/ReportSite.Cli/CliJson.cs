using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportSite.Cli;

/// <summary>A problem as <c>check --json</c> prints it.</summary>
public sealed record CheckProblem(string File, int Line, string Severity, string Message);

/// <summary>What the preview tells an open page after each build: its number, whether it worked, and its errors.</summary>
public sealed record PreviewStatus(int Build, bool Ok, IReadOnlyList<string> Problems);

/// <summary>
/// The JSON the CLI writes, serialised by source-generated code rather than reflection, so every command
/// works in the ahead-of-time compiled binary. Property names are camelCase; one line unless indented.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IReadOnlyList<CheckProblem>))]
[JsonSerializable(typeof(PreviewStatus))]
internal sealed partial class CliJson : JsonSerializerContext
{
    /// <summary>The same, indented for people reading the output.</summary>
    public static CliJson Indented { get; } = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true });
}
