using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Features;
using ReportSite.Diagnostics;
using ReportSite.SurveyResults;

namespace ReportSite.Collector;

/// <summary>
/// The feedback collector, wired by hand: Kestrel with the survey's body limit, the client's address
/// from a local proxy, CORS for the site's origin, the submit endpoint (with its per-client limit, see
/// <see cref="SubmissionLimit"/>) and a health check.
/// </summary>
public static class CollectorApp
{
    public const string SubmitPath = "/responses";

    /// <summary>Builds the app from its command line; null (with the problems in <paramref name="diagnostics"/>) when the report cannot be read.</summary>
    public static WebApplication? Build(string[] args, DiagnosticBag diagnostics)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        var options = CollectorOptions.From(builder.Configuration);
        var site = CollectorSite.Load(options, diagnostics);
        if (site is null) return null;

        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = site.MaxBodyBytes;
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = site.MaxBodyBytes;
            form.ValueCountLimit = 256;
            form.KeyLengthLimit = 128;
        });
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy.WithOrigins([.. site.Origins]).WithMethods("POST").WithHeaders("Accept")));

        var database = FeedbackDatabase.Open(options.DatabasePath);
        // Replies are serialised by generated code (no reflection), problem details' field errors included.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, CollectorJson.Default));
        builder.Services.AddSingleton(site);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new ResponseWriter(database));
        builder.Services.AddSingleton(new SubmissionLimit(options.RateLimitPerMinute, TimeProvider.System));
        builder.Services.AddSingleton<Replies>();
        builder.Services.AddSingleton<SubmitResponse>();

        var app = builder.Build();
        // Behind a web server on the same machine, the reader's address comes in X-Forwarded-For; it is
        // believed only from a loopback peer (the default known proxies), so clients cannot forge it.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor });
        app.UseCors();
        app.MapPost(SubmitPath, (HttpContext context, SubmitResponse submit) => submit.Handle(context));
        // HEAD as well as GET, for monitors that only look at the status; the server sends no body for HEAD.
        app.MapMethods("/health", [HttpMethods.Get, HttpMethods.Head], (ResponseWriter writer) => writer.IsRunning
            ? Results.Json(new HealthReply("ok"), CollectorJson.Default.HealthReply)
            : Results.Json(new HealthReply("stopped"), CollectorJson.Default.HealthReply, statusCode: StatusCodes.Status503ServiceUnavailable));
        app.Lifetime.ApplicationStopped.Register(() => app.Services.GetRequiredService<ResponseWriter>().DisposeAsync().AsTask().Wait());
        return app;
    }

    /// <summary>
    /// Runs the collector until it is stopped, as its own program and as the CLI's <c>collector</c> command:
    /// problems reading the report go to the error stream, with exit code 1.
    /// </summary>
    public static async Task<int> Run(string[] args)
    {
        var diagnostics = new DiagnosticBag();
        var app = Build(args, diagnostics);
        foreach (var diagnostic in diagnostics.Sorted()) await Console.Error.WriteLineAsync(diagnostic.ToString());
        if (app is null) return 1;
        app.Logger.LogInformation("Collecting feedback for {Origins} into {Database}", string.Join(", ", app.Services.GetRequiredService<CollectorSite>().Origins), app.Configuration["db"] ?? "feedback.db");
        await app.RunAsync();
        return 0;
    }
}
