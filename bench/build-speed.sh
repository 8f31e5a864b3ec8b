#!/usr/bin/env bash
# Whole-build speed of the CLI, side by side with Hugo on the same chapters, and what a reader downloads.
# Builds the CLI in Release once (not timed), then measures, each build a new process into an empty folder:
#   - synthetic reports of N chapters per language (N in SIZES, made by ../shared/bench/make_corpus.py):
#     RUNS builds with ReportSite and RUNS with Hugo on the same text, alternating; median, min–max and
#     the ratio; peak memory of each at the largest N, and its ratio;
#   - the sample report in input/: median build time, peak memory (/usr/bin/time -v), output size and the
#     CLI's own --timings table of one build; peak memory and output size of the largest corpus too;
#   - the built sample site as a reader gets it: gzip -9 size of one page of each kind, alone and with
#     the CSS and JavaScript it links.
# It only prints numbers; nothing is asserted. With the defaults it takes about 5 minutes on 2 cores.
#
#   bench/build-speed.sh                          # RUNS=5 SIZES="10 100 1000"
#   RUNS=3 SIZES="100" bench/build-speed.sh
#
# The CLI is published as ./reportsite compiles it: natively (Native AOT) where clang is installed, else
# ReadyToRun. Hugo is installed when missing on Debian/Ubuntu (apt-get install -y hugo, with sudo when not
# root); where it cannot be, its columns show "—". Share images are kept between builds in the report's
# .cache/ (as authors' builds keep them): one untimed build per corpus draws them first, and its time is
# printed as the first-build cost.
# MAKE_CORPUS=path points at make_corpus.py elsewhere; BUILD_TIMEOUT (seconds, default 600) bounds each build.
# "Cold" means a new process per build (start-up, JIT and every cache included); the operating system's
# file cache stays warm, as it is for anyone building twice.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

RUNS="${RUNS:-5}"
SIZES="${SIZES:-10 100 1000}"
BUILD_TIMEOUT="${BUILD_TIMEOUT:-600}"   # seconds one build may take before the run gives up
theme="$root/theme"
# The corpus generator lives beside the repository; from a git worktree elsewhere, beside the main checkout.
make_corpus="${MAKE_CORPUS:-$root/../shared/bench/make_corpus.py}"
if [[ ! -f "$make_corpus" && -z "${MAKE_CORPUS:-}" ]]; then
  main_checkout="$(dirname "$(git rev-parse --path-format=absolute --git-common-dir 2>/dev/null || echo .)")"
  if [[ -f "$main_checkout/../shared/bench/make_corpus.py" ]]; then
    make_corpus="$main_checkout/../shared/bench/make_corpus.py"
  fi
fi

die() { printf 'build-speed: %s\n' "$*" >&2; exit 1; }
progress() { printf '· %s\n' "$*" >&2; }

[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive whole number, not '$RUNS'"
for n in $SIZES; do [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "SIZES must be whole numbers of chapters, not '$n'"; done
[[ -f "$make_corpus" ]] || die "corpus generator not found: $(realpath -m "$make_corpus")" \
  "(expected at ../shared/bench/make_corpus.py beside the repository; MAKE_CORPUS=path overrides)"
command -v python3 >/dev/null || die "python3 is needed for the corpus and the statistics"

if ! command -v hugo >/dev/null && command -v apt-get >/dev/null; then
  progress "installing hugo (apt-get install -y hugo)"
  sudo_cmd=""; [[ "$(id -u)" -eq 0 ]] || sudo_cmd="sudo"
  { $sudo_cmd apt-get install -y hugo || { $sudo_cmd apt-get update && $sudo_cmd apt-get install -y hugo; }; } >/dev/null 2>&1 \
    || progress "hugo could not be installed; its columns will show —"
fi
has_hugo=false
command -v hugo >/dev/null && has_hugo=true
has_time=false
[[ -x /usr/bin/time ]] && has_time=true

work="$(mktemp -d "${TMPDIR:-/tmp}/reportsite-bench.XXXXXX")"
cli="$work/cli/ReportSite.Cli"   # published below, before the first build
trap 'rm -rf "$work"' EXIT

# ---------------------------------------------------------------------------------------------------
# Running and timing builds

# Runs a command with its output in a log file; a failed or hung build ends the benchmark with its output,
# since numbers from a build that did not finish would be meaningless.
run_checked() {
  local log="$1"; shift
  local status=0
  timeout "$BUILD_TIMEOUT" "$@" >"$log" 2>&1 || status=$?
  if ((status != 0)); then
    cat "$log" >&2
    ((status == 124)) && die "gave up after ${BUILD_TIMEOUT}s: $*"
    die "exit code $status: $*"
  fi
}

# Sets $elapsed to the wall-clock seconds of one run of the command; only the process itself is timed.
elapsed=""
time_once() {
  local log="$1"; shift
  local t0 t1
  t0="$(date +%s.%N)"
  run_checked "$log" "$@"
  t1="$(date +%s.%N)"
  elapsed="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')"
}

# The two builders, completed with "-i INPUT -o OUTPUT" and "--source SITE --destination OUTPUT".
# (Arrays rather than functions, so that timeout runs the builder itself and nothing else is timed.)
reportsite=("$cli" build -t "$theme")
# Hugo's resource cache goes into the work folder and is ignored anyway, so every Hugo build is cold too;
# --noBuildLock keeps it from writing a lock file into the source.
hugo_build=(hugo --quiet --cacheDir "$work/hugo-cache" --ignoreCache --noBuildLock)

# One timed ReportSite build of $1 into $2, into $elapsed. The old output is deleted first, outside the
# timer (the CLI writes beside the output folder until the build succeeds, hence $2.*).
time_reportsite_once() {
  rm -rf "$2" "$2".*
  time_once "$work/build.log" "${reportsite[@]}" -i "$1" -o "$2"
}

# One timed Hugo build of $1 into $2, into $elapsed; its caches deleted first, so every build is cold.
time_hugo_once() {
  rm -rf "$2" "$work/hugo-cache" "$1/resources"
  time_once "$work/build.log" "${hugo_build[@]}" --source "$1" --destination "$2"
}

# Sets $times to RUNS timings of a ReportSite build of $2 into $3 ($1 names it in the progress lines).
times=""
time_reportsite() {
  local label="$1" input="$2" out="$3" i
  times=""
  for ((i = 1; i <= RUNS; i++)); do
    progress "ReportSite, $label: run $i/$RUNS"
    time_reportsite_once "$input" "$out"
    times+="$elapsed "
  done
}

# RUNS builds of each, alternating (ReportSite, Hugo, ReportSite, ...), so a change in the machine's load
# falls on both alike: sets $times (ReportSite's) and $hugo_times.
hugo_times=""
time_both() {
  local label="$1" input="$2" source="$3" out="$4" i
  times="" hugo_times=""
  for ((i = 1; i <= RUNS; i++)); do
    progress "$label: run $i/$RUNS, ReportSite then Hugo"
    time_reportsite_once "$input" "$out/reportsite"
    times+="$elapsed "
    time_hugo_once "$source" "$out/hugo"
    hugo_times+="$elapsed "
  done
}

# "median min max" of a space-separated list of seconds (split into arguments on purpose).
stats() {
  python3 -c 'import statistics, sys
t = [float(x) for x in sys.argv[1:]]
print(f"{statistics.median(t):.2f} {min(t):.2f} {max(t):.2f}")' $1
}

# Sets $peak_mb to the build's maximum resident set size in MB, from /usr/bin/time -v ("—" without it).
peak_mb=""
measure_peak() {
  local log="$1"; shift
  if ! $has_time; then peak_mb="—"; run_checked "$log" "$@"; return; fi
  run_checked "$log" /usr/bin/time -v -o "$work/time.txt" "$@"
  peak_mb="$(awk -F': *' '/Maximum resident set size/ { printf "%.0f", $2 * 1024 / 1e6 }' "$work/time.txt")"
}

# One table row: the arguments joined by tabs (print_table aligns them at the end).
row() { local IFS=$'\t'; printf '%s\n' "$*"; }

# "MB files" of everything in a folder.
output_size() {
  find "$1" -type f -printf '%s\n' | awk '{ bytes += $1; files++ } END { printf "%.2f %d\n", bytes / 1e6, files }'
}

# ---------------------------------------------------------------------------------------------------
# The runs

# Other work on the machine skews every number, so the report says how busy it was when the run began.
load="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
# The CLI as ./reportsite compiles it: native (Native AOT) where clang is installed, else ReadyToRun, so a
# cold build does not spend its first second compiling the generator's own code.
aot=false
command -v clang >/dev/null && aot=true
progress "dotnet publish -c Release --use-current-runtime -p:PublishAot=$aot src/ReportSite.Cli"
run_checked "$work/dotnet-publish.log" dotnet publish -c Release --use-current-runtime -p:PublishAot=$aot -o "$work/cli" src/ReportSite.Cli
[[ -x "$cli" ]] || die "the Release publish did not produce $cli"
cli_kind="$([[ $aot == true ]] && echo "native (Native AOT)" || echo "ReadyToRun")"

dotnet_version="$(dotnet --version)"
hugo_version="not installed"
if $has_hugo; then hugo_version="$(hugo version | awk '{ print $2 }')"; fi
cpu="$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)"

# Corpus builds: a timing row per N; the largest N also gets a memory and output row.
corpus_rows=""
resource_rows=""
largest=0
for n in $SIZES; do
  if ((n > largest)); then largest=$n; fi
done

for n in $SIZES; do
  corpus="$work/corpus-$n"
  progress "make_corpus.py $n"
  run_checked "$work/corpus.log" python3 "$make_corpus" "$n" "$corpus"

  # The first build draws the share images into the corpus's .cache/; the timed ones find them there.
  progress "ReportSite, $n chapters: first build (draws the share images)"
  time_reportsite_once "$corpus/reportsite" "$work/out-$n/reportsite"
  first="$elapsed"

  hugo_med="—" hugo_range="—" ratio="—"
  if $has_hugo; then
    time_both "$n chapters" "$corpus/reportsite" "$corpus/hugo" "$work/out-$n"
    read -r hugo_med hugo_min hugo_max <<<"$(stats "$hugo_times")"
    hugo_range="$hugo_min–$hugo_max"
  else
    time_reportsite "$n chapters" "$corpus/reportsite" "$work/out-$n/reportsite"
  fi
  read -r rs_med rs_min rs_max <<<"$(stats "$times")"
  if $has_hugo; then ratio="$(awk -v a="$rs_med" -v b="$hugo_med" 'BEGIN { printf "%.2f×", a / b }')"; fi
  corpus_rows+="$(row "$n" "$rs_med" "$rs_min–$rs_max" "$hugo_med" "$hugo_range" "$ratio" "$(printf '%.2f' "$first")")"$'\n'

  if ((n == largest)); then
    progress "ReportSite, $n chapters: peak memory"
    rm -rf "$work/out-$n/reportsite" "$work/out-$n/reportsite".*
    measure_peak "$work/build.log" "${reportsite[@]}" -i "$corpus/reportsite" -o "$work/out-$n/reportsite"
    rs_peak="$peak_mb"
    read -r mb files <<<"$(output_size "$work/out-$n/reportsite")"
    resource_rows+="$(row "ReportSite, $n chapters/language" "$rs_med" "$rs_min–$rs_max" "$peak_mb" "$mb" "$files")"$'\n'
    if $has_hugo; then
      progress "Hugo, $n chapters: peak memory"
      rm -rf "$work/out-$n/hugo" "$work/hugo-cache" "$corpus/hugo/resources"
      measure_peak "$work/build.log" "${hugo_build[@]}" --source "$corpus/hugo" --destination "$work/out-$n/hugo"
      read -r mb files <<<"$(output_size "$work/out-$n/hugo")"
      resource_rows+="$(row "Hugo, $n chapters/language" "$hugo_med" "$hugo_range" "$peak_mb" "$mb" "$files")"$'\n'
      memory_ratio="$(awk -v a="$rs_peak" -v b="$peak_mb" 'BEGIN { printf "%.2f×", a / b }')"
    fi
  fi
  rm -rf "$corpus" "$work/out-$n"   # a 1,000-chapter corpus and its sites take room; done with them
done

# The sample report: timed runs, then one more under /usr/bin/time with the CLI's own stage timings.
sample_out="$work/sample/output"
time_reportsite "sample report" "$root/input" "$sample_out"
read -r sample_med sample_min sample_max <<<"$(stats "$times")"
progress "sample report: peak memory and --timings"
rm -rf "$sample_out" "$sample_out".*
measure_peak "$work/sample-timings.log" "${reportsite[@]}" -i "$root/input" -o "$sample_out" --timings
read -r mb files <<<"$(output_size "$sample_out")"
resource_rows="$(row "sample report (input/)" "$sample_med" "$sample_min–$sample_max" "$peak_mb" "$mb" "$files")"$'\n'"$resource_rows"

# Reader side: what one page of each kind costs to download, compressed as a web server would send it.
# gzip -n leaves the file name and time out of the header, as a server's compression does.
page_rows="$(python3 - "$sample_out" <<'EOF'
import os, re, subprocess, sys

site = sys.argv[1]

def gz(path):
    with open(path, "rb") as f:
        return len(subprocess.run(["gzip", "-9", "-n", "-c"], stdin=f, capture_output=True, check=True).stdout)

def linked(page):
    """The stylesheets and scripts a page links, as files beside it (query strings such as ?v= dropped)."""
    html = open(page, encoding="utf-8").read()
    refs = []
    for tag in re.findall(r"<link\b[^>]*>", html, re.I):
        if re.search(r"""\brel\s*=\s*["']?stylesheet\b""", tag, re.I):
            m = re.search(r"""\bhref\s*=\s*["']([^"']+)["']""", tag, re.I)
            if m: refs.append(m.group(1))
    refs += re.findall(r"""<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']""", html, re.I)
    files = []
    for ref in refs:
        ref = ref.split("?")[0].split("#")[0]
        if re.match(r"^[a-z]+:|^//", ref, re.I):
            continue                      # another host's file is not this site's weight
        path = os.path.normpath(os.path.join(os.path.dirname(page), ref))
        if os.path.isfile(path) and path not in files:
            files.append(path)
    return files

# The languages are the top-level folders whose home page says it is in that language, in the order the
# root page links them (the report's own order).
root_html = open(os.path.join(site, "index.html"), encoding="utf-8").read()
langs = []
for d in os.listdir(site):
    home = os.path.join(site, d, "index.html")
    if os.path.isfile(home) and re.search(rf'<html[^>]*\blang="{re.escape(d)}"', open(home, encoding="utf-8").read()):
        langs.append(d)
langs.sort(key=lambda l: (root_html.find(f"{l}/") if f"{l}/" in root_html else len(root_html), l))

pages = []
for lang in langs:
    base = os.path.join(site, lang)
    pages.append((f"home ({lang})", os.path.join(base, "index.html")))
    chapters = [os.path.join(base, d, "index.html") for d in os.listdir(base)
                if d not in ("about", "feedback", "standards") and os.path.isfile(os.path.join(base, d, "index.html"))]
    if chapters:
        largest = max(chapters, key=os.path.getsize)
        pages.append((f"chapter, largest ({lang}/{os.path.basename(os.path.dirname(largest))})", largest))
    standards = os.path.join(base, "standards")
    if os.path.isdir(standards):
        for d in sorted(os.listdir(standards)):
            if os.path.isfile(os.path.join(standards, d, "index.html")):
                pages.append((f"standards index ({lang}/{d})", os.path.join(standards, d, "index.html")))
    for kind in ("about", "feedback"):
        if os.path.isfile(os.path.join(base, kind, "index.html")):
            pages.append((f"{kind} ({lang})", os.path.join(base, kind, "index.html")))

for label, page in pages:
    html = gz(page)
    total = html + sum(gz(f) for f in linked(page))
    print(f"{label}\t{html / 1000:.1f}\t{total / 1000:.1f}")
EOF
)"

# ---------------------------------------------------------------------------------------------------
# The report

# Prints tab-separated rows under a tab-separated header, the first column left-aligned and the others
# right-aligned. Python counts characters where printf would count bytes (–, × and — are several bytes).
print_table() {
  python3 -c 'import sys
rows = [line.rstrip("\n").split("\t") for line in sys.stdin if line.strip()]
widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
for r in rows:
    print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip())'
}

echo
echo "ReportSite build speed, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: ${cpu:-unknown CPU}, nproc $(nproc), dotnet $dotnet_version, hugo $hugo_version; CLI: $cli_kind"
echo "load average when the run began: $load; RUNS=$RUNS"
if ! $has_hugo; then
  echo "hugo is not on PATH, so its columns show —; to compare, install it (Debian/Ubuntu: apt-get install -y hugo)."
fi
if ! $has_time; then
  echo "/usr/bin/time is missing, so peak memory shows —; it is in the 'time' package."
fi

echo
echo "Cold builds of the synthetic report (make_corpus.py), whole process, seconds; median and range of"
echo "RUNS=$RUNS builds each, alternating; the goal is ReportSite/Hugo <= 1.0 at every size. 'first' is"
echo "ReportSite's first build of the corpus, which also draws the share images the others find in .cache/"
print_table <<<"$(row "chapters/language" "ReportSite median" "min–max" "Hugo median" "min–max" "ReportSite/Hugo" "first")
$corpus_rows"

echo
echo "Memory and output (seconds over RUNS=$RUNS builds; peak memory and output of one more build; MB = 10^6 bytes)"
print_table <<<"$(row "build" "median s" "min–max" "peak RSS MB" "output MB" "files")
$resource_rows"
if [[ -n "${memory_ratio:-}" ]]; then
  echo "peak memory ReportSite/Hugo at $largest chapters/language: $memory_ratio (the goal is <= 1.0)"
fi

echo
echo "Stages of one sample report build (the CLI's --timings)"
cat "$work/sample-timings.log"

echo
echo "Transfer size of the sample site's pages with gzip -9 (KB = 1,000 bytes); css+js is every stylesheet"
echo "(print.css too, browsers fetch it as well) and script the page links"
print_table <<<"$(row "page" "html gz KB" "html+css+js gz KB")
$page_rows"
