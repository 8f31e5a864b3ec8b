using System.Text.Json.Serialization;

namespace ReportSite.Collector;

/// <summary>The answer to a health check: <c>ok</c> while answers are being stored, else <c>stopped</c>.</summary>
public sealed record HealthReply(string Status);

/// <summary>The answer to a stored submission: its number.</summary>
public sealed record StoredReply(long Id);

/// <summary>The answer to a submission ignored as a robot's: an empty object, like a real one without its number.</summary>
public sealed record IgnoredReply;

/// <summary>
/// The collector's JSON replies, serialised by source-generated code rather than reflection, so the
/// collector also runs in the ahead-of-time compiled CLI.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(HealthReply))]
[JsonSerializable(typeof(StoredReply))]
[JsonSerializable(typeof(IgnoredReply))]
[JsonSerializable(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails))]
[JsonSerializable(typeof(Dictionary<string, string[]>))]
internal sealed partial class CollectorJson : JsonSerializerContext;
