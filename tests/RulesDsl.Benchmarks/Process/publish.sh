# Sourced by the process-level benchmarks: the repository root, this machine's runtime identifier, and the arguments
# that publish a project the way users run rulesdsl (ReadyToRun, framework-dependent, Release).
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
publish=(-c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true --nologo -v quiet)
