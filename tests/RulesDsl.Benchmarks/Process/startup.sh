#!/usr/bin/env bash
# Whole-process start-up of rulesdsl as a user runs it, against the .NET floor: a hello-world published the same way in
# the same run. Prints, for each command, the median over the rounds of its CPU time (user + system, which a loaded
# machine disturbs less than wall time) divided by the floor's in the same round, the medians themselves, and the
# median wall time (what a user waits for, where work runs on several cores at once).
#
#   bash tests/RulesDsl.Benchmarks/Process/startup.sh [rounds]     (from the repository root; 7 rounds by default)
#
# Commands measured: a warm `classify` of one model (linked corpus and classifier in the cache) printed as text (which
# explains the verdict, so reads the corpus) and as JSON (no explanation: no corpus read), `check` of the shipped rules
# on a cached corpus, and a `classify` in a fresh process with an empty cache (a miss: read, link, compile).
set -euo pipefail

rounds="${1:-7}"
source "$(dirname "${BASH_SOURCE[0]}")/publish.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "publishing rulesdsl and the floor (ReadyToRun, $rid)…" >&2
dotnet publish "$repo/src/RulesDsl.Cli" "${publish[@]}" -o "$work/rulesdsl" >/dev/null
mkdir -p "$work/floor-src"
cat >"$work/floor-src/floor.csproj" <<'PROJECT'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
</Project>
PROJECT
echo 'System.Console.WriteLine("hello");' >"$work/floor-src/Program.cs"
dotnet publish "$work/floor-src" "${publish[@]}" -o "$work/floor" >/dev/null

export RULESDSL_CACHE="$work/cache"
export RULESDSL_CACHE_KEY="$work/cache.key"
cd "$repo"
classify=(classify rules/examples/gpt-4-class.json --rules rules/gpai-systemic-risk.rules)
check=(check --rules rules)
# Warm the cache: the linked corpus and the classifiers.
"$work/rulesdsl/rulesdsl" "${classify[@]}" >/dev/null
"$work/rulesdsl/rulesdsl" "${check[@]}" >/dev/null

# CPU seconds (user + system) and wall seconds of one run of a command.
cpu() {
    local TIMEFORMAT='%U %S %R' times
    times="$( { time "$@" >/dev/null 2>&1; } 2>&1 )"
    awk '{ printf "%.3f %.3f\n", $1 + $2, $3 }' <<<"$times"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A runs ratios walls
names=("classify (warm)" "classify --format json (warm)" "check (cached corpus)" "classify (cache miss)")
for ((round = 1; round <= rounds; round++)); do
    read -r floor floorWall <<<"$(cpu "$work/floor/floor")"
    runs[floor]+="$floor "
    walls[floor]+="$floorWall "
    for name in "${names[@]}"; do
        case "$name" in
            "classify (warm)") read -r seconds wall <<<"$(cpu "$work/rulesdsl/rulesdsl" "${classify[@]}")" ;;
            "classify --format json (warm)") read -r seconds wall <<<"$(cpu "$work/rulesdsl/rulesdsl" "${classify[@]}" --format json)" ;;
            "check (cached corpus)") read -r seconds wall <<<"$(cpu "$work/rulesdsl/rulesdsl" "${check[@]}")" ;;
            "classify (cache miss)") read -r seconds wall <<<"$(RULESDSL_CACHE="$work/miss-$round" cpu "$work/rulesdsl/rulesdsl" "${classify[@]}")" ;;
        esac
        runs[$name]+="$seconds "
        walls[$name]+="$wall "
        ratios[$name]+="$(awk -v a="$seconds" -v b="$floor" 'BEGIN { printf "%.2f", a / b }') "
    done
    echo "round $round of $rounds done" >&2
done

printf '%s, %s rounds, %s cores, load average %s\n' "$(uname -m)" "$rounds" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-32s %14s %16s %15s\n' "process" "CPU s (median)" "× floor (median)" "wall s (median)"
printf '%-32s %14s %16s %15s\n' "hello-world (floor)" "$(tr ' ' '\n' <<<"${runs[floor]}" | grep . | median)" "1" "$(tr ' ' '\n' <<<"${walls[floor]}" | grep . | median)"
for name in "${names[@]}"; do
    printf '%-32s %14s %16s %15s\n' "$name" "$(tr ' ' '\n' <<<"${runs[$name]}" | grep . | median)" "$(tr ' ' '\n' <<<"${ratios[$name]}" | grep . | median)" "$(tr ' ' '\n' <<<"${walls[$name]}" | grep . | median)"
done
