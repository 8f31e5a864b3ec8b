using ReportSite.Collector;
using ReportSite.Diagnostics;

// dotnet run --project src/ReportSite.Collector -- --urls http://127.0.0.1:5080 --db feedback.db --site input
var diagnostics = new DiagnosticBag();
var app = CollectorApp.Build(args, diagnostics);
foreach (var diagnostic in diagnostics.Sorted()) Console.Error.WriteLine(diagnostic);
if (app is null) return 1;
app.Logger.LogInformation("Collecting feedback for {Origins} into {Database}", string.Join(", ", app.Services.GetRequiredService<CollectorSite>().Origins), app.Configuration["db"] ?? "feedback.db");
await app.RunAsync();
return 0;
