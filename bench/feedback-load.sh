#!/usr/bin/env bash
# Load on the feedback collector, loopback only, stops by itself: starts the collector as its own
# process with a fresh SQLite file, sends 5,000 submissions from 50 concurrent clients, checks every
# 201 against its row, then repeats with a SIGKILL a third of the way in and a restart. Prints the
# throughput and latency percentiles the tests measured. If the run fails (a build error, a failed
# check), it prints the run's whole output, with each failure's message and stack, and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
log="$(mktemp "${TMPDIR:-/tmp}/feedback-load.XXXXXX")"
trap 'rm -f "$log"' EXIT

status=0
dotnet test tests/ReportSite.Tests -c Release --filter "FullyQualifiedName~CollectorLoadTests" \
  --logger "console;verbosity=detailed" >"$log" 2>&1 || status=$?
grep -E "^\s*(load:|killed|after restart|Passed |Failed |Total tests)" "$log" | sed 's/^ *//' || true
if ((status != 0)); then
  printf '\nfeedback-load: the test run failed (exit code %s); its output follows.\n\n' "$status" >&2
  cat "$log" >&2
  exit "$status"
fi
