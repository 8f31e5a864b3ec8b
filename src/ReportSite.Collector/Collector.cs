using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Features;
using ReportSite.Diagnostics;
using ReportSite.Feedback;

namespace ReportSite.Collector;

/// <summary>
/// The feedback collector, wired by hand: Kestrel with the survey's body limit, the client's address
/// from a local proxy, CORS for the site's origin, a fixed-window rate limit per client, the submit endpoint
/// and a health check.
/// </summary>
public static class Collector
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
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy("submit", context => options.RateLimitPerMinute <= 0
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.RateLimitPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (context, cancellation) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry)) http.Response.Headers.RetryAfter = ((int)retry.TotalSeconds).ToString();
                var reply = http.RequestServices.GetRequiredService<Replies>().Refused(http.Request, site.Site.PrimaryLanguage,
                    StatusCodes.Status429TooManyRequests, "Too many submissions from this client; try again in a minute.", "feedbackRateLimited");
                await reply.ExecuteAsync(http);
            };
        });

        var database = FeedbackDatabase.Open(options.DatabasePath);
        builder.Services.AddSingleton(site);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new ResponseWriter(database));
        builder.Services.AddSingleton<Replies>();
        builder.Services.AddSingleton<SubmitResponse>();

        var app = builder.Build();
        // Behind a web server on the same machine, the reader's address comes in X-Forwarded-For; it is
        // believed only from a loopback peer (the default known proxies), so clients cannot forge it.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor });
        app.UseCors();
        app.UseRateLimiter();
        app.MapPost(SubmitPath, (HttpContext context, SubmitResponse submit) => submit.Handle(context)).RequireRateLimiting("submit");
        // HEAD as well as GET, for monitors that only look at the status; the server sends no body for HEAD.
        app.MapMethods("/health", [HttpMethods.Get, HttpMethods.Head], (ResponseWriter writer) => writer.IsRunning
            ? Results.Json(new { status = "ok" })
            : Results.Json(new { status = "stopped" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        app.Lifetime.ApplicationStopped.Register(() => app.Services.GetRequiredService<ResponseWriter>().DisposeAsync().AsTask().Wait());
        return app;
    }
}
