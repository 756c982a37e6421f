#!/usr/bin/env bash
# npm test: everything CI checks, in order. Every step runs even after an earlier one fails, so one run shows
# all failures; the script exits non-zero if any step failed. The last line is always `N passed, N failed`
# (jest's test counts).
set -euo pipefail
cd "$(dirname "$0")/.."

failed_steps=()

step() {
  local name=$1
  shift
  echo
  echo "=== ${name}: $*"
  if "$@"; then
    echo "=== ${name}: ok"
  else
    echo "=== ${name}: FAILED"
    failed_steps+=("$name")
  fi
}

step lint npm run lint
step typecheck npm run typecheck
step build:node npm run build:node
step build npm run build
step validate npm run validate

jest_json=$(mktemp)
trap 'rm -f "$jest_json"' EXIT
step jest npx jest --json --outputFile="$jest_json"

echo
if ((${#failed_steps[@]} > 0)); then
  echo "FAILED steps: ${failed_steps[*]}"
else
  echo "All steps passed."
fi
# The counts come from jest's JSON summary; a suite that could not run (e.g. a compile error) has no tests.
node -e '
  const fs = require("fs");
  const text = fs.existsSync(process.argv[1]) ? fs.readFileSync(process.argv[1], "utf8") : "";
  const summary = text ? JSON.parse(text) : { numPassedTests: 0, numFailedTests: 0, numRuntimeErrorTestSuites: 0 };
  if (!text) console.log("jest wrote no results");
  if (summary.numRuntimeErrorTestSuites > 0) console.log(`${summary.numRuntimeErrorTestSuites} test suite(s) failed to run`);
  console.log(`${summary.numPassedTests} passed, ${summary.numFailedTests} failed`);
' "$jest_json"

((${#failed_steps[@]} == 0))
