#!/usr/bin/env bash
# The simulated year as a benchmark (docs/performance.md, issue 11):
#   bench/run.sh [--asn N] [--db h2|mysql] [--workers W] [--seed S] [--periode TRIWULANAN|BULANAN]
#                [--history full|audit|activity|none]   (an experiment: the product runs with full)
# Builds nothing else: runs simulasi.SimulasiBenchmarkTest under the benchmark profile, prints the
# stage times and counters (lines "SIMULASI ...") and, as the very last line,
#   asn=<N> db=<h2|mysql> seconds=<total> tasks=<completed> tasks_per_s=<x> baseline_tasks_per_s=<y> ratio=<x/y> heap_mb=<peak>
# h2: a fresh file database under a temporary directory (removed after).
# mysql: a fresh database on the local MariaDB/MySQL (DB_HOST, DB_PORT, DB_USER, DB_PASSWORD; default
# 127.0.0.1:3306 root without password), created with utf8mb4_bin and dropped after.
set -euo pipefail
cd "$(dirname "$0")/.."

ASN=1000
DB=h2
WORKERS=4
SEED=20261202
PERIODE=TRIWULANAN
PROPS_EXTRA=()
HEAP=${BENCH_HEAP:-1g}   # heap of the test JVM; BENCH_JVM adds JVM options (e.g. a JFR recording)
while [ $# -gt 0 ]; do
  case "$1" in
    --asn) ASN="$2"; shift 2 ;;
    --db) DB="$2"; shift 2 ;;
    --workers) WORKERS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --periode) PERIODE="$2"; shift 2 ;;
    --history) PROPS_EXTRA+=(-Dcamunda.bpm.history-level="$2"); shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "argumen tidak dikenal: $1" >&2; exit 2 ;;
  esac
done
case "$DB" in h2|mysql) ;; *) echo "--db harus h2 atau mysql" >&2; exit 2 ;; esac

KERJA=$(mktemp -d)
LOG="$KERJA/bench.log"
PROPS=(-Dsimulasi.asn="$ASN" -Dsimulasi.db="$DB" -Dsimulasi.pekerja="$WORKERS" -Dsimulasi.seed="$SEED"
  -Dsimulasi.periode="$PERIODE" -Dkinerja.berkas.direktori="$KERJA/berkas" ${PROPS_EXTRA[@]+"${PROPS_EXTRA[@]}"})
if [ "$DB" = mysql ]; then
  export DB_HOST=${DB_HOST:-127.0.0.1} DB_PORT=${DB_PORT:-3306} DB_USER=${DB_USER:-root} DB_PASSWORD=${DB_PASSWORD:-}
  export DB_NAME="kinerja_bench_$(date +%s)_$$"
  export KINERJA_ADMIN_USER=${KINERJA_ADMIN_USER:-admin-bench} KINERJA_ADMIN_PASSWORD=${KINERJA_ADMIN_PASSWORD:-Langsa-Bench-2026!}
  MYSQL=(mysql -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER")
  [ -n "$DB_PASSWORD" ] && MYSQL+=(-p"$DB_PASSWORD")
  "${MYSQL[@]}" -e "CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
  trap '"${MYSQL[@]}" -e "DROP DATABASE IF EXISTS \`$DB_NAME\`" || true; rm -rf "$KERJA"' EXIT
else
  PROPS+=("-Dspring.datasource.url=jdbc:h2:file:$KERJA/kinerja;DB_CLOSE_ON_EXIT=FALSE;MODE=LEGACY")
  trap 'rm -rf "$KERJA"' EXIT
fi

echo "bench: asn=$ASN db=$DB workers=$WORKERS periode=$PERIODE seed=$SEED heap=$HEAP (log: ringkasan di bawah)"
MULAI=$(date +%s)
set +e
# the stage lines appear as the year goes on; everything else goes to the log
./mvnw -B -ntp verify -Pbenchmark -Dtest=SimulasiBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Xmx$HEAP ${BENCH_JVM:-}" -DtrimStackTrace=true "${PROPS[@]}" 2>&1 | tee "$LOG" \
  | grep --line-buffered -E '^SIMULASI tahap .* tugas [0-9]+, job|^SIMULASI lambat|^SIMULASI tahun selesai'
RC=${PIPESTATUS[0]}
set -e
sed -n '/^SIMULASI ===== ringkasan/,$p' "$LOG" | grep -E '^SIMULASI' || true
if [ "$RC" -ne 0 ] || ! grep -qE '^asn=[0-9]+ db=' "$LOG"; then
  echo "bench gagal (kode $RC, $(( $(date +%s) - MULAI )) s); akhir log:" >&2
  grep -E 'ERROR|Exception|expected|macet' "$LOG" | head -40 >&2 || true
  tail -40 "$LOG" >&2
  exit 1
fi
grep -E '^asn=[0-9]+ db=' "$LOG" | tail -1
