#!/usr/bin/env bash
# The simulated year over two nodes on one MySQL database, with a kill (issue 11 §4;
# docs/performance.md, "Tahun simulasi di dua node"):
#   bench/dua-node-tahun.sh [--asn N] [--kill] [--satu-node] [--lock-ms MS] [--workers W] [--seed S]
#                           [--port-a P] [--port-b P]
# Runs simulasi.SimulasiDuaNodeTest under the benchmark profile: node A is the test JVM, node B the
# application in a child JVM (simulasi.NodeKedua) on the same database, both with the job executor
# on; the simulated users stick to one node each. --kill: kill -9 of node B in period 2's reporting
# and rating after a third of its tasks; node A finishes the year after the lock time (default
# 60000 ms). --satu-node: node A alone (throughput with one node). Counts in SQL at the end (lines
# "SIMULASI   ok|SALAH ..."); exit code 0 only when all hold. Last line:
#   asn=… nodes=… killed=… locked_at_kill=… kill_to_done_s=… lock_ms=… seconds=… tasks=… tasks_per_s=… jobs=node-a=…,node-b=… failovers=… ok=ya
# MySQL/MariaDB only (DB_HOST, DB_PORT, DB_USER, DB_PASSWORD; default 127.0.0.1:3306 root without
# password): a fresh database kinerja_dua_<time>_<pid>, dropped after.
set -euo pipefail
cd "$(dirname "$0")/.."

ASN=200; NODES=2; KILL=false; LOCK_MS=60000; WORKERS=4; SEED=20261202; PORT_A=8093; PORT_B=8094
HEAP=${BENCH_HEAP:-1g}
while [ $# -gt 0 ]; do
  case "$1" in
    --asn) ASN="$2"; shift 2 ;;
    --kill) KILL=true; shift ;;
    --satu-node) NODES=1; shift ;;
    --lock-ms) LOCK_MS="$2"; shift 2 ;;
    --workers) WORKERS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --port-a) PORT_A="$2"; shift 2 ;;
    --port-b) PORT_B="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "argumen tidak dikenal: $1" >&2; exit 2 ;;
  esac
done
[ "$NODES" = 1 ] && KILL=false

KERJA=$(mktemp -d /tmp/dua-node-tahun.XXXXXX)
LOG="$KERJA/bench.log"
export DB_HOST=${DB_HOST:-127.0.0.1} DB_PORT=${DB_PORT:-3306} DB_USER=${DB_USER:-root} DB_PASSWORD=${DB_PASSWORD:-}
export DB_NAME="kinerja_dua_$(date +%s)_$$"
export KINERJA_ADMIN_USER=${KINERJA_ADMIN_USER:-admin-bench} KINERJA_ADMIN_PASSWORD=${KINERJA_ADMIN_PASSWORD:-Langsa-Bench-2026!}
MYSQL=(mysql -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER")
[ -n "$DB_PASSWORD" ] && MYSQL+=(-p"$DB_PASSWORD")
"${MYSQL[@]}" -e "CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
# node B is a child of the test JVM (stopped by the test); the database goes in any case
trap '"${MYSQL[@]}" -e "DROP DATABASE IF EXISTS \`$DB_NAME\`" || true; echo "log: $KERJA (bench.log, node-b.log)"' EXIT

echo "dua-node-tahun: asn=$ASN nodes=$NODES kill=$KILL lock_ms=$LOCK_MS workers=$WORKERS seed=$SEED db=$DB_NAME (load: $(cut -d' ' -f1-3 /proc/loadavg))"
MULAI=$(date +%s)
set +e
./mvnw -B -ntp verify -Pbenchmark -Dtest=SimulasiDuaNodeTest -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Xmx$HEAP ${BENCH_JVM:-}" -DtrimStackTrace=true \
  -Dsimulasi.asn="$ASN" -Dsimulasi.nodes="$NODES" -Dsimulasi.kill="$KILL" -Dsimulasi.lock-ms="$LOCK_MS" \
  -Dsimulasi.pekerja="$WORKERS" -Dsimulasi.seed="$SEED" -Dsimulasi.port-a="$PORT_A" -Dsimulasi.port-b="$PORT_B" \
  -Dsimulasi.log-b="$KERJA/node-b.log" -Dkinerja.berkas.direktori="$KERJA/berkas" 2>&1 | tee "$LOG" \
  | grep --line-buffered -E '^SIMULASI (tahap .* tugas [0-9]+, job|kill|job terkunci|node-b)'
RC=${PIPESTATUS[0]}
set -e
sed -n '/^SIMULASI ===== hitungan/,$p' "$LOG" | grep -E '^SIMULASI' || true
if [ "$RC" -ne 0 ] || ! grep -qE '^asn=[0-9]+ nodes=' "$LOG"; then
  echo "dua-node-tahun gagal (kode $RC, $(( $(date +%s) - MULAI )) s); akhir log:" >&2
  grep -E 'ERROR|Exception|expected|macet|SALAH' "$LOG" | head -40 >&2 || true
  tail -40 "$LOG" >&2
  grep -qE '^asn=[0-9]+ nodes=' "$LOG" && grep -E '^asn=[0-9]+ nodes=' "$LOG" | tail -1
  exit 1
fi
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E '^asn=[0-9]+ nodes=' "$LOG" | tail -1
