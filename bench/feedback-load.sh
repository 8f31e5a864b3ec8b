#!/usr/bin/env bash
# Load on the feedback collector, loopback only, stops by itself: starts the collector as its own
# process with a fresh SQLite file, sends 5,000 submissions from 50 concurrent clients, checks every
# 201 against its row, then repeats with a SIGKILL a third of the way in and a restart. Prints the
# throughput and latency percentiles the tests measured.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test tests/ReportSite.Tests -c Release --filter "FullyQualifiedName~CollectorLoadTests" \
  --logger "console;verbosity=detailed" 2>&1 | grep -E "^\s*(load:|killed|after restart|Passed |Failed |Total tests)" | sed 's/^ *//'
