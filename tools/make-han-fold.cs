// Makes the table the search index folds Traditional and Simplified Chinese with
// (src/ReportSite/Search/HanFold.Table.cs), from the character dictionaries of OpenCC
// (https://github.com/BYVoid/OpenCC, Apache License 2.0; its notice is in licenses/OpenCC.txt) as
// Debian's opencc and libopencc-data packages install them: opencc_dict turns each compiled .ocd2
// dictionary back into text.
//
//   sudo apt-get install opencc
//   dotnet run tools/make-han-fold.cs            writes the table
//   dotnet run tools/make-han-fold.cs -- --check  exits 1 when the committed table differs from what it would write
//
// Characters that OpenCC converts into one another (Traditional to Simplified, Simplified to its first
// Traditional form, and the Hong Kong and Taiwan variant forms back to OpenCC's standard ones) fall
// into one class; each character of a class folds to one member, the Simplified form when the class
// has one. 發 髮 发 fold to 发, 臺 颱 檯 台 to 台, 綫 線 线 to 线. Only the first candidate of a
// one-to-many conversion joins a class, so 覆 stays apart from 复.
#:property PublishAot=false

using System.Diagnostics;
using System.Text;

var check = args.Contains("--check");
var dictionaries = Environment.GetEnvironmentVariable("OPENCC_DICTIONARIES") ?? "/usr/share/opencc";
var repo = Path.GetFullPath(Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", ".."));
var target = Path.Combine(repo, "src", "ReportSite", "Search", "HanFold.Table.cs");

// Which way each dictionary converts does not matter for classes; only single characters count.
string[] names = ["TSCharacters", "STCharacters", "HKVariantsRev", "TWVariantsRev"];
var parent = new Dictionary<string, string>(StringComparer.Ordinal);
var traditionalOnly = new HashSet<string>(StringComparer.Ordinal);
foreach (var name in names)
{
    foreach (var (from, to) in Read(Path.Combine(dictionaries, name + ".ocd2")))
    {
        if (!IsOneCharacter(from) || !IsOneCharacter(to)) continue;
        Join(from, to);
        if (name == "TSCharacters" && from != to) traditionalOnly.Add(from);
    }
}

var classes = parent.Keys.GroupBy(Find, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
var pairs = new SortedDictionary<string, string>(StringComparer.Ordinal);
foreach (var members in classes)
{
    // The Simplified member: one that OpenCC never converts to Simplified; the lowest code point breaks ties.
    var ordered = members.OrderBy(m => char.ConvertToUtf32(m, 0)).ToList();
    var folded = ordered.FirstOrDefault(m => !traditionalOnly.Contains(m)) ?? ordered[0];
    foreach (var member in ordered.Where(m => m != folded)) pairs[member] = folded;
}

var version = Run("dpkg-query", "-W -f=${Version} libopencc-data").Trim();
var text = Write(pairs, version);
if (check)
{
    var same = File.Exists(target) && File.ReadAllText(target) == text;
    Console.WriteLine(same ? $"{Path.GetRelativePath(repo, target)} is what OpenCC {version} gives." : $"{Path.GetRelativePath(repo, target)} differs from what OpenCC {version} gives: run dotnet run tools/make-han-fold.cs");
    return same ? 0 : 1;
}
File.WriteAllText(target, text);
Console.WriteLine($"{Path.GetRelativePath(repo, target)}: {pairs.Count} characters fold into {classes.Count} classes (OpenCC {version}).");
return 0;

void Join(string a, string b)
{
    var (x, y) = (Find(a), Find(b));
    if (x != y) parent[x] = y;
}

string Find(string c)
{
    if (!parent.TryGetValue(c, out var up)) return parent[c] = c;
    while (up != c)
    {
        var next = parent[up];
        parent[c] = next;
        (c, up) = (up, next);
    }
    return c;
}

static bool IsOneCharacter(string s) => s.EnumerateRunes().Count() == 1;

// The first candidate of each entry: "key<TAB>first other…".
static IEnumerable<(string From, string To)> Read(string ocd2)
{
    var text = Path.GetTempFileName();
    try
    {
        Run("opencc_dict", $"-i {ocd2} -o {text} -f ocd2 -t text");
        return File.ReadAllLines(text).Select(line => line.Split('\t')).Select(parts => (parts[0], parts[1].Split(' ')[0])).ToList();
    }
    finally
    {
        File.Delete(text);
    }
}

static string Run(string command, string arguments)
{
    using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })
        ?? throw new InvalidOperationException($"{command} did not start");
    var output = process.StandardOutput.ReadToEnd();
    var error = process.StandardError.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0) throw new InvalidOperationException($"{command} {arguments}: {error}");
    return output;
}

static string Write(SortedDictionary<string, string> pairs, string version)
{
    var all = string.Concat(pairs.Select(p => p.Key + p.Value));
    var lines = new StringBuilder();
    var line = new StringBuilder();
    foreach (var rune in all.EnumerateRunes())
    {
        line.Append(rune.ToString());
        if (line.Length >= 80)
        {
            lines.Append("        + \"").Append(line).Append("\"\n");
            line.Clear();
        }
    }
    if (line.Length > 0) lines.Append("        + \"").Append(line).Append("\"\n");
    return $$"""
        // Made by tools/make-han-fold.cs from the character dictionaries of OpenCC {{version}} (Debian's
        // libopencc-data): Copyright 2010-2022 BYVoid, Apache License 2.0, see licenses/OpenCC.txt.
        // Do not edit; run the script again.
        namespace ReportSite.Search;

        public static partial class HanFold
        {
            /// <summary>{{pairs.Count}} pairs, each a character and the one it folds to.</summary>
            internal const string Pairs = ""
        {{lines.ToString().TrimEnd('\n')}};

            /// <summary>Where the pairs come from, for the index's copy of them.</summary>
            internal const string Source = "OpenCC {{version}} character dictionaries (TSCharacters, STCharacters, HKVariantsRev, TWVariantsRev), Copyright 2010-2022 BYVoid, Apache License 2.0";
        }

        """;
}
