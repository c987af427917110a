#!/usr/bin/env bash
# From rules text to the first verdict in a fresh process, ours against Microsoft RulesEngine and NRules (issue 15,
# item 7): each engine run in turn, a process each, for some rounds; prints each peer's median over the rounds of its
# time divided by ours in the same round, ours with and without the corpus read and linked, and the medians themselves.
#
#   bash tests/RulesDsl.Benchmarks/Process/peers-first-verdict.sh [rounds]     (from the repository root; 5 by default)
set -euo pipefail

rounds="${1:-5}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
dotnet build "$repo/tests/RulesDsl.Benchmarks" -c Release --nologo -v quiet >/dev/null
dll="$repo/tests/RulesDsl.Benchmarks/bin/Release/net10.0/RulesDsl.Benchmarks.dll"

results="$(mktemp)"
trap 'rm -f "$results"' EXIT
for ((round = 0; round < rounds; round++)); do
  ours="$(dotnet "$dll" --first-verdict ours)"
  rulesengine="$(dotnet "$dll" --first-verdict rulesengine)"
  nrules="$(dotnet "$dll" --first-verdict nrules)"
  echo "$ours $rulesengine $nrules" >>"$results"
done

# Each line: ours' ms, ours' corpus ms, outcome, RulesEngine's ms, 0, outcome, NRules' ms, 0, outcome.
python3 - "$results" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
ours = [float(r[0]) for r in rows]
rules_only = [float(r[0]) - float(r[1]) for r in rows]
peers = {"RulesEngine 6.0.1": [float(r[3]) for r in rows], "NRules 1.0.4": [float(r[6]) for r in rows]}
print(f"Rules text to first verdict, fresh processes, {len(rows)} rounds (median ms, for scale only):")
print(f"  ours                   {statistics.median(ours):8.0f} ms, of which the corpus {statistics.median(float(r[1]) for r in rows):.0f} ms")
for name, times in peers.items():
    whole = statistics.median(t / o for t, o in zip(times, ours))
    rules = statistics.median(t / o for t, o in zip(times, rules_only))
    print(f"  {name:<22} {statistics.median(times):8.0f} ms, {whole:.3f}x ours, {rules:.3f}x ours without the corpus")
PY
