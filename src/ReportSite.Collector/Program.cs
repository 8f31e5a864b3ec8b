using ReportSite.Collector;

// dotnet run --project src/ReportSite.Collector -- --urls http://127.0.0.1:5080 --db feedback.db --site input
// (the same as: reportsite collector --urls http://127.0.0.1:5080 --db feedback.db --site input)
return await CollectorApp.Run(args);
