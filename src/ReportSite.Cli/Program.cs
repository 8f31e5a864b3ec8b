using System.CommandLine;
using ReportSite.Cli;
using ReportSite.Collector;

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
var theme = new Option<string?>("--theme", "-t")
{
    Description = "A folder of theme files (layouts, partials, i18n words, assets) to use instead of the built-in ones, "
        + "in place of the report's own theme/ folder. Default: the built-in theme, with any file in the input folder's theme/ used instead of its own.",
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
    result.GetValue(input)!, result.GetValue(output)!, result.GetValue(theme), result.GetValue(timings)));

var qr = new Command("qr", "Regenerate only the print kit: output/print/qr/<id>.svg and .png and qr-manifest.csv.")
{
    input, output, theme,
};
qr.SetAction(result =>
{
    var options = new ReportSite.Pipeline.BuildOptions(result.GetValue(input)!, result.GetValue(output)!, result.GetValue(theme));
    var reporter = new ConsoleReporter();
    var (succeeded, diagnostics, codes) = new ReportSite.Pipeline.PrintKitBuild().Run(options);
    reporter.Diagnostics(diagnostics);
    reporter.PrintKit(succeeded, codes, options);
    return succeeded ? 0 : 1;
});

var db = new Option<string>("--db")
{
    Description = "The collector's SQLite file of responses.",
    DefaultValueFactory = _ => "feedback.db",
};
var site = new Option<string>("--site")
{
    Description = "The report folder, for site.yml and the survey in data/feedback.yml.",
    DefaultValueFactory = _ => "input",
};
var lang = new Option<string?>("--lang")
{
    Description = "The language of headers, labels and words, e.g. zh-CN or en. Default: the report's first language.",
};
var csv = new Option<string>("--csv")
{
    Description = "The CSV file to write (UTF-8, for spreadsheets).",
    Required = true,
};
var html = new Option<string?>("--html")
{
    Description = "Also write the summary as one self-contained HTML page to this file.",
};
ReportSite.SurveyResults.FeedbackReadOptions ReadOptions(ParseResult result) =>
    new(result.GetValue(db)!, result.GetValue(site)!, result.GetValue(theme), result.GetValue(lang));

var export = new Command("export", "Write every stored response as a row of a CSV file, with the survey's labels.")
{
    db, csv, site, theme, lang,
};
export.SetAction(result => new FeedbackExportCommand(new ConsoleReporter()).Run(ReadOptions(result), result.GetValue(csv)!));

var summary = new Command("summary", "Count the answers per question and print them; with --html also write a summary page.")
{
    db, html, site, theme, lang,
};
summary.SetAction(result => new FeedbackSummaryCommand(new ConsoleReporter()).Run(ReadOptions(result), result.GetValue(html)));

var feedback = new Command("feedback", "Read the reader survey's responses from the collector's database.")
{
    export, summary,
};

var json = new Option<bool>("--json")
{
    Description = "Print the problems as JSON (file, line, severity, message) for CI.",
};
var check = new Command("check", "Build the report without publishing it and check every page: links, anchors, images, headings, languages.")
{
    input, theme, json,
};


var port = new Option<int>("--port")
{
    Description = "The port to serve on at 127.0.0.1.",
    DefaultValueFactory = _ => 8000,
};
var preview = new Command("preview", "Build, serve the site on 127.0.0.1 and rebuild and reload open pages whenever a file changes.")
{
    input, output, theme, port,
};
preview.SetAction((result, _) => new PreviewCommand(new ConsoleReporter()).Run(result.GetValue(input)!, result.GetValue(output)!, result.GetValue(theme), result.GetValue(port)));

var slug = new Argument<string>("slug")
{
    Description = "The chapter's address name: lower-case words joined by '-', e.g. supply-chain.",
};
var chapter = new Command("chapter", "Create the next chapter's file in every language of the report, ready to fill in.")
{
    slug, input,
};
chapter.SetAction(result => new NewChapterCommand(new ConsoleReporter()).Run(result.GetValue(input)!, result.GetValue(slug)!));
var @new = new Command("new", "Create files for the report from a template.")
{
    chapter,
};

var themeFile = new Argument<string?>("file")
{
    Description = "One file or folder of the theme, e.g. partials/header.html or i18n; leave it out for the whole theme.",
    Arity = ArgumentArity.ZeroOrOne,
};
var eject = new Command("eject", "Copy the built-in theme, or one file of it, into the report's theme/ folder to edit it; never overwrites a file.")
{
    themeFile, input,
};
eject.SetAction(result => new ThemeEjectCommand(new ConsoleReporter()).Run(result.GetValue(input)!, result.GetValue(themeFile)));
var themeCommand = new Command("theme", "Work with the report's theme: the built-in one and the files the report's theme/ folder puts in its place.")
{
    eject,
};

var strict = new Option<bool>("--strict-translations")
{
    Description = "Make an out-of-date translation an error instead of a warning, for the day of publication.",
};
check.Options.Add(strict);
check.SetAction(result => new CheckCommand(new ConsoleReporter()).Run(result.GetValue(input)!, result.GetValue(theme), result.GetValue(json), result.GetValue(strict)));
var diff = new Option<bool>("--diff")
{
    Description = "Under each out-of-date translation, show what changed in its source since the recorded version (from git's history).",
};
var translationsJson = new Option<bool>("--json")
{
    Description = "Print the states as JSON (chapter, language, file, source, state, hashes, changed lines, diff) for scripts.",
};
var markFiles = new Argument<string[]>("file")
{
    Description = "Translated chapter files, e.g. input/chapters/03-government.en.md (or chapters/03-government.en.md, from the report folder), or data files, e.g. data/kpis/07-environment.yml.",
    Arity = ArgumentArity.OneOrMore,
};
var markLanguage = new Option<string?>("--language")
{
    Description = "In a data file, record the version for this language only (e.g. en); by default for every language it has texts in.",
};
var mark = new Command("mark", "Record in each translated chapter file the current version of its source (front matter translated-from:), or in a data file (site.yml, data/…/*.yml) that of its primary-language texts, once the translation has caught up.")
{
    markFiles, input, markLanguage,
};
mark.SetAction(result => new TranslationsCommand(new ConsoleReporter()).Mark(result.GetValue(input)!, result.GetValue(markFiles)!, result.GetValue(markLanguage)));
var translations = new Command("translations", "List each chapter's and data file's translations: up to date, out of date (what changed in the source), missing or not tracked.")
{
    input, diff, translationsJson, mark,
};
translations.SetAction(result => new TranslationsCommand(new ConsoleReporter()).Report(result.GetValue(input)!, result.GetValue(diff), result.GetValue(translationsJson)));

// The collector takes its own options (--urls, --db, --site, --theme; see the README), passed on as they are.
var collector = new Command("collector", "Run the feedback collector, the web service the survey form posts to: --urls, --db, --site, --theme as in the README.")
{
    TreatUnmatchedTokensAsErrors = false,
};
collector.SetAction((result, _) => CollectorApp.Run([.. result.UnmatchedTokens]));

var root = new RootCommand("ReportSite turns Markdown chapters and YAML data into a bilingual web edition of an annual or CSR report.")
{
    build, preview, check, translations, qr, feedback, @new, themeCommand, collector,
};
return await root.Parse(args).InvokeAsync();
