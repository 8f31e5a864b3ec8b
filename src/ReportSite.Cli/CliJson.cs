using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportSite.Cli;

/// <summary>A problem as <c>check --json</c> prints it.</summary>
public sealed record CheckProblem(string File, int Line, string Severity, string Message);

/// <summary>What the preview tells an open page after each build: its number, whether it worked, its errors and its warnings.</summary>
public sealed record PreviewStatus(int Build, bool Ok, IReadOnlyList<string> Problems, IReadOnlyList<string> Warnings);

/// <summary>
/// A translation's state as <c>translations --json</c> prints it: of a chapter (kind "chapter") or of a data
/// file's texts in one language (kind "data", no chapter; the changed texts' paths); the counts and diff only
/// for an out-of-date one whose recorded source git's history holds.
/// </summary>
public sealed record TranslationJson(string Kind, string? Chapter, string Language, string File, string Source, string State, string? Recorded, string Current,
    int? ChangedLines, string? Diff, string? Note, IReadOnlyList<string>? ChangedTexts, IReadOnlyList<string>? MissingTexts)
{
    public static TranslationJson Of(ReportSite.Translations.TranslationReportLine line) =>
        new(line.Status.DataFile ? "data" : "chapter", line.Status.DataFile ? null : line.Status.Slug, line.Status.Language, line.Status.File, line.Status.Source,
            ConsoleReporter.StateName(line.Status.State), line.Status.Recorded, line.Status.Current, line.Changes?.ChangedLines, line.Changes?.Diff, line.Changes?.Note,
            line.Changes?.ChangedTexts, line.Status.DataFile ? line.Status.MissingTexts : null);
}

/// <summary>
/// The JSON the CLI writes, serialised by source-generated code rather than reflection, so every command
/// works in the ahead-of-time compiled binary. Property names are camelCase; one line unless indented.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IReadOnlyList<CheckProblem>))]
[JsonSerializable(typeof(PreviewStatus))]
[JsonSerializable(typeof(IReadOnlyList<TranslationJson>))]
internal sealed partial class CliJson : JsonSerializerContext
{
    /// <summary>The same, indented for people reading the output.</summary>
    public static CliJson Indented { get; } = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true });
}
