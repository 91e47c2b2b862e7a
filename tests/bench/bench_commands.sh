#!/usr/bin/env bash
# How long single signet-cli commands take on a large workspace, and how much memory they hold,
# next to sqlite3 doing the same read on the same file in the same run. Prints figures; asserts
# nothing about time (each command must still succeed and list every certificate).
#
#   SIGNET_CLI=build/default/app/cli/signet-cli SIGNET_BENCH_TREE=build/default/tests/bench_open_tree \
#       bash tests/bench/bench_commands.sh [--count N] [--workspace FILE] [--runs R]
#
# The workspace is built first when FILE does not exist (N leaves under one intermediate), with
# Signet's own scrypt parameters: signet-cli refuses weaker ones, and every command's figure
# includes its unlock (about 0.2 s here), the fixed part of any command. Each
# figure is the median of R runs (default 3). With permission to drop the page cache (root, not in
# a container that forbids it) a cold-cache run of each command is printed too.
set -uo pipefail

count=100000
workspace=""
runs=3
while [[ $# -gt 0 ]]; do
    case "$1" in
    --count) count=$2; shift 2 ;;
    --workspace) workspace=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
: "${SIGNET_CLI:?SIGNET_CLI must name the signet-cli binary}"
: "${SIGNET_BENCH_TREE:?SIGNET_BENCH_TREE must name the bench_open_tree binary}"

dir=$(mktemp -d "${TMPDIR:-/tmp}/signet-bench.XXXXXX")
trap 'rm -rf "$dir"' EXIT
[[ -n "$workspace" ]] || workspace="$dir/bench.signet"
printf 'bench' > "$dir/password"
chmod 600 "$dir/password"
if [[ ! -e "$workspace" ]]; then
    QT_QPA_PLATFORM=offscreen "$SIGNET_BENCH_TREE" --count "$count" --workspace "$workspace" --real-kdf --build-only || exit 1
fi
cli=("$SIGNET_CLI" --workspace "$workspace" --password-file "$dir/password")

# measure NAME CMD...: median wall seconds and peak RSS (MiB) of R runs; stdout to $dir/out.
measure() {
    local name=$1
    shift
    local times=() peak=0 i
    for ((i = 0; i < runs; i++)); do
        if ! /usr/bin/time -f '%e %M' -o "$dir/time" "$@" > "$dir/out" 2> "$dir/err"; then
            echo "FAIL: $name: $(cat "$dir/err")" >&2
            exit 1
        fi
        read -r seconds kib < "$dir/time"
        times+=("$seconds")
        ((kib > peak)) && peak=$kib
    done
    MEDIAN=$(printf '%s\n' "${times[@]}" | sort -g | sed -n "$(((runs + 1) / 2))p")
    PEAK_MIB=$((peak / 1024))
}

cold() {
    sync
    echo 3 > /proc/sys/vm/drop_caches 2> /dev/null
}
can_drop=no
if cold; then can_drop=yes; fi

name=$(printf 'host%07d.bench.example' $((count / 2)))
# The goals (issue 11): any single command within 0.3 s beyond the unlock, warm or cold, in less
# than 150 MB; list --json of 100,000 certificates within 2 s.
printf '%-34s %9s %8s %11s %9s %8s  %s\n' "command" "signet s" "RSS MiB" "cold s" "sqlite3 s" "ratio" "goal"
row() {
    local label=$1 anchor_sql=$2 goal=$3
    shift 3
    measure "$label" "$@"
    cp "$dir/out" "$dir/signet.out"
    local signet=$MEDIAN rss=$PEAK_MIB cold_s="n/a"
    if [[ $can_drop == yes ]]; then
        local saved=$runs
        runs=1
        cold
        measure "$label (cold)" "$@"
        cold_s=$MEDIAN
        runs=$saved
    fi
    measure "$label (sqlite3)" sqlite3 -readonly "$workspace" "$anchor_sql"
    local anchor=$MEDIAN
    local ratio
    ratio=$(awk -v a="$signet" -v b="$anchor" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }')
    printf '%-34s %9s %8s %11s %9s %8s  %s\n' "$label" "$signet" "$rss" "$cold_s" "$anchor" "$ratio" "$goal"
}

row "show (one certificate)" "SELECT der FROM certificates WHERE name = '$name'" "< unlock + 0.3 s" "${cli[@]}" show "$name" --json
row "status" "SELECT count(*) FROM certificates WHERE not_after < strftime('%s','now') + 30*86400" "< unlock + 0.3 s" \
    "${cli[@]}" status
row "list --ca (every leaf, JSON)" \
    "SELECT id, name, serial, not_after FROM certificates WHERE issuer_id = (SELECT id FROM certificates WHERE name = 'Bulk Issuing')" \
    "streams, < 150 MB" "${cli[@]}" list --ca "Bulk Issuing" --json
listed=$(grep -c '"serial"' "$dir/signet.out")
row "list --json (everything)" "SELECT id, name, serial, not_after FROM certificates" "< 2 s at 100k" "${cli[@]}" list --json
total=$(grep -c '"serial"' "$dir/signet.out")
echo "certificates listed: $total (under the intermediate: $listed); cold cache: $can_drop"
if ((total != count + 2 || listed != count)); then
    echo "FAIL: expected $((count + 2)) certificates in the list and $count under the intermediate" >&2
    exit 1
fi
