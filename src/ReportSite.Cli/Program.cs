using System.CommandLine;
using ReportSite.Cli;

var input = new Option<string>("--input", "-i")
{
    Description = "Folder with the report: site.yml, chapters/, data/, assets/.",
    DefaultValueFactory = _ => "input",
};
var output = new Option<string>("--output", "-o")
{
    Description = "Folder to write the site to. Replaced only when the build succeeds.",
    DefaultValueFactory = _ => "output",
};
var theme = new Option<string>("--theme", "-t")
{
    Description = "Theme folder: layouts, partials, i18n strings and assets.",
    DefaultValueFactory = _ => "theme",
};
var timings = new Option<bool>("--timings")
{
    Description = "Print how long each build stage took.",
};

var build = new Command("build", "Build the report site from the input folder into the output folder.")
{
    input, output, theme, timings,
};
build.SetAction(result => new BuildCommand(new ConsoleReporter()).Run(
    result.GetValue(input)!, result.GetValue(output)!, result.GetValue(theme)!, result.GetValue(timings)));

var qr = new Command("qr", "Regenerate only the print kit: output/print/qr/<id>.svg and .png and qr-manifest.csv.")
{
    input, output, theme,
};
qr.SetAction(result =>
{
    var options = new ReportSite.Pipeline.BuildOptions(result.GetValue(input)!, result.GetValue(output)!, result.GetValue(theme)!);
    var reporter = new ConsoleReporter();
    var (succeeded, diagnostics, codes) = new ReportSite.Pipeline.PrintKitBuild().Run(options);
    reporter.Diagnostics(diagnostics);
    reporter.PrintKit(succeeded, codes, options);
    return succeeded ? 0 : 1;
});

var root = new RootCommand("ReportSite turns Markdown chapters and YAML data into a bilingual web edition of an annual or CSR report.")
{
    build, qr,
};
return root.Parse(args).Invoke();
