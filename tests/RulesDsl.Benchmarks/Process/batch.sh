#!/usr/bin/env bash
# Whole-process batch throughput of rulesdsl classify (issue 15, item 3): the 16 shipped model profiles
# (rules/examples/models.jsonl) repeated to a JSON Lines file and a CSV file, classified by a ReadyToRun publish to
# /dev/null after a warm-up, and a tenth of the JSON Lines classified with JSON explanations (--explain json). Prints,
# per input, the median over the rounds of the CPU time (user + system) and wall time a million records take, the
# start-up (the 16 profiles alone, explained for the explained input) subtracted, and records a second of wall time.
#
# Given a git revision, that build is published too and run interleaved with this one, round by round, and the median of
# the per-round ratios (this build / the base) is printed as well: the comparison a change is judged by.
#
#   bash tests/RulesDsl.Benchmarks/Process/batch.sh [rounds] [records] [base-revision]
#   (from the repository root; 3 rounds and 1,000,000 records of JSON Lines and of CSV by default, a tenth of them
#   explained. Start-up varies by tens of milliseconds from run to run, so under some 100,000 records the per-million
#   figures mislead.)
set -euo pipefail

rounds="${1:-3}"
records="${2:-1000000}"
base="${3:-}"
source "$(dirname "${BASH_SOURCE[0]}")/publish.sh"
work="$(mktemp -d)"
trap 'git -C "$repo" worktree remove --force "$work/base-src" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

builds=(this)
echo "publishing rulesdsl (ReadyToRun, $rid)…" >&2
dotnet publish "$repo/src/RulesDsl.Cli" "${publish[@]}" -o "$work/this" >/dev/null
if [[ -n "$base" ]]; then
    echo "publishing $base…" >&2
    git -C "$repo" worktree add --detach "$work/base-src" "$base" >/dev/null 2>&1
    dotnet publish "$work/base-src/src/RulesDsl.Cli" "${publish[@]}" -o "$work/base" >/dev/null
    builds+=(base)
fi

profiles="$repo/rules/examples/models.jsonl"
python3 - "$profiles" "$records" "$work/cases.jsonl" "$work/cases.csv" "$work/explained.jsonl" <<'PY'
import csv, json, sys
profiles, count, jsonl, table, explained = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
lines = [line for line in open(profiles, encoding="utf-8").read().splitlines() if line.strip()]
with open(jsonl, "w", encoding="utf-8") as out:
    for index in range(count):
        out.write(lines[index % len(lines)] + "\n")
with open(explained, "w", encoding="utf-8") as out:
    for index in range(count // 10):
        out.write(lines[index % len(lines)] + "\n")
rows = [json.loads(line) for line in lines]
columns = list(dict.fromkeys(key for row in rows for key in row))
def cell(value):
    return "" if value is None else str(value).lower() if isinstance(value, bool) else value
with open(table, "w", encoding="utf-8", newline="") as out:
    writer = csv.writer(out)
    writer.writerow(columns)
    for index in range(count):
        writer.writerow([cell(rows[index % len(rows)].get(key)) for key in columns])
PY

cd "$repo"
rules=(--rules rules/gpai-systemic-risk.rules --format jsonl)
for build in "${builds[@]}"; do
    # Warm each build's own cache: the linked corpus and the classifier.
    RULESDSL_CACHE="$work/cache-$build" RULESDSL_CACHE_KEY="$work/cache-$build.key" "$work/$build/rulesdsl" classify "$profiles" "${rules[@]}" >/dev/null 2>&1
done

# CPU seconds (user + system) and wall seconds of one run; more arguments are passed on (--explain json).
run() {
    local build="$1" input="$2" TIMEFORMAT='%U %S %R' times
    times="$( { time RULESDSL_CACHE="$work/cache-$build" RULESDSL_CACHE_KEY="$work/cache-$build.key" \
        "$work/$build/rulesdsl" classify "$input" "${rules[@]}" "${@:3}" >/dev/null 2>&1; } 2>&1 )"
    awk '{ printf "%.3f %.3f\n", $1 + $2, $3 }' <<<"$times"
}

results="$work/results"
for ((round = 1; round <= rounds; round++)); do
    for build in "${builds[@]}"; do
        read -r startCpu startWall <<<"$(run "$build" "$profiles")"
        for input in jsonl csv; do
            read -r cpu wall <<<"$(run "$build" "$work/cases.$input")"
            echo "$round $build $input $cpu $wall $startCpu $startWall" >>"$results"
        done

        read -r startCpu startWall <<<"$(run "$build" "$profiles" --explain json)"
        read -r cpu wall <<<"$(run "$build" "$work/explained.jsonl" --explain json)"
        echo "$round $build explained $cpu $wall $startCpu $startWall" >>"$results"
    done
    echo "round $round of $rounds done" >&2
done

python3 - "$results" "$records" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$base" <<'PY'
import statistics, sys
path, records, cores, load, base = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
rows = [line.split() for line in open(path)]
counts = {"jsonl": records, "csv": records, "explained": records // 10}
print(f"{len(set(r[0] for r in rows))} rounds, {cores} cores, load average {load}; per million records, start-up subtracted")
print(f"{'build':6} {'input':9} {'CPU s (median)':>15} {'wall s (median)':>16} {'records/s (wall)':>17}")
measured = {}
for build in ("this", "base"):
    for kind in ("jsonl", "csv", "explained"):
        picked = [r for r in rows if r[1] == build and r[2] == kind]
        if not picked:
            continue
        scale = 1_000_000 / counts[kind]
        cpu = [(float(r[3]) - float(r[5])) * scale for r in picked]
        wall = [(float(r[4]) - float(r[6])) * scale for r in picked]
        measured[(build, kind)] = (cpu, wall)
        print(f"{build:6} {kind:9} {statistics.median(cpu):15.2f} {statistics.median(wall):16.2f} {1_000_000 / statistics.median(wall):17,.0f}")
for kind in ("jsonl", "csv", "explained"):
    if ("base", kind) in measured:
        (cpu, wall), (baseCpu, baseWall) = measured[("this", kind)], measured[("base", kind)]
        print(f"{kind}: this / {base}, median of the per-round ratios: CPU {statistics.median(a / b for a, b in zip(cpu, baseCpu)):.3f}, "
              f"wall {statistics.median(a / b for a, b in zip(wall, baseWall)):.3f}")
PY
