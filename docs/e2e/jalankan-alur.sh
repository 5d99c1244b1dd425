#!/usr/bin/env bash
# The browser walk (docs/e2e/README.md), step 3 of .ci/run, and the way to run it by hand:
#
#   ./mvnw -B -ntp package -DskipTests      # once, or any earlier ./mvnw verify: the jar in target/
#   bash docs/e2e/jalankan-alur.sh
#
# 1. Debian's chromium if /usr/bin/chromium is missing; playwright-core, smtp-server, mailparser
#    and pdf-parse with `npm ci` from docs/e2e/package-lock.json (versions pinned there).
# 2. A local SMTP sink (penampung-surel.mjs) and the application from the jar in target/, fresh
#    working folder target/e2e/app, free ports, demo year on, e-mail to the sink, links to this
#    address, the delivery worker polling every 2 s.
# 3. alur-pendatang-baru.mjs against it, then alur-pemantauan.mjs (monitoring),
#    alur-kalibrasi-keberatan.mjs (last year's calibration and appeal) and
#    alur-tindak-lanjut.mjs (training, award, pembinaan). Everything is kept under
#    target/e2e/: shots/ (one PNG per step: NN-, pNN-, kNN-, tNN-), surel/ (every e-mail
#    received, .eml and .json), unduhan/ (the SKP PDF, the award announcement PDF, …),
#    app.log, surel.log. The app and the sink are always stopped; any failure exits non-zero.
#
# Environment: E2E_BATAS_DETIK (total limit of the walk, default 1200 s), E2E_BATAS_SIAP (start of
# the app, default 600 s), JAVA_OPTS (default -Xmx1536m).
set -euo pipefail
cd "$(dirname "$0")/../.."
AKAR=$(pwd)
E2E="$AKAR/docs/e2e"
KELUARAN="$AKAR/target/e2e"
BATAS_DETIK=${E2E_BATAS_DETIK:-1200}
BATAS_SIAP=${E2E_BATAS_SIAP:-600}

gagal() { echo "GAGAL / FAILED: $*" >&2; exit 1; }
waktu() { date -u +%H:%M:%S; }

JAR=$(ls "$AKAR"/target/kinerja-asn-langsa-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
[ -n "$JAR" ] || gagal "tidak ada jar di target/ (no jar in target/): jalankan ./mvnw -B -ntp package -DskipTests"

# ---- 1. tools
command -v node >/dev/null || gagal "node tidak ada (Node.js 20+ required)"
[ "$(node -p 'process.versions.node.split(".")[0]')" -ge 20 ] || gagal "Node.js 20+ diperlukan, ada $(node --version)"
if [ ! -x /usr/bin/chromium ]; then
  echo "[$(waktu)] memasang chromium dari Debian (installing Debian's chromium)"
  SUDO=
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium
fi
/usr/bin/chromium --version 2>/dev/null || true
echo "[$(waktu)] npm ci (docs/e2e)"
(cd "$E2E" && npm ci --no-audit --no-fund --loglevel=error)

# ---- 2. sink and app
rm -rf "$KELUARAN"
mkdir -p "$KELUARAN/app" "$KELUARAN/shots" "$KELUARAN/surel" "$KELUARAN/unduhan"
port_bebas() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
PORT_APP=${E2E_PORT:-$(port_bebas)}
PORT_SMTP=$(port_bebas)
while [ "$PORT_SMTP" = "$PORT_APP" ]; do PORT_SMTP=$(port_bebas); done
BASE_URL="http://localhost:$PORT_APP"

PID_APP=
PID_SUREL=
berhenti() {
  local kode=$?
  for pid in $PID_APP $PID_SUREL; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  echo "[$(waktu)] aplikasi dan penampung surel dihentikan (app and SMTP sink stopped); berkas di target/e2e/"
  exit $kode
}
trap berhenti EXIT
trap 'exit 130' INT TERM

node "$E2E/penampung-surel.mjs" "$PORT_SMTP" "$KELUARAN/surel" >"$KELUARAN/surel.log" 2>&1 &
PID_SUREL=$!

echo "[$(waktu)] aplikasi dimulai (starting the app) di $BASE_URL dari $(basename "$JAR"); log: target/e2e/app.log"
# shellcheck disable=SC2086
(cd "$KELUARAN/app" && exec java ${JAVA_OPTS:--Xmx1536m} -jar "$JAR" \
  --server.port="$PORT_APP" \
  --kinerja.demo.enabled=true \
  --kinerja.demo.siklus-tahun-berjalan=true \
  --spring.mail.host=127.0.0.1 --spring.mail.port="$PORT_SMTP" \
  --kinerja.notifikasi.url-dasar="$BASE_URL" \
  --kinerja.notifikasi.jeda-poller=PT2S \
  >"$KELUARAN/app.log" 2>&1) &
PID_APP=$!

# Ready = the demo year is seeded (its runner logs "Siklus demo …") and Tasklist answers.
mulai=$(date +%s)
until grep -q "Siklus demo" "$KELUARAN/app.log" 2>/dev/null \
    && curl -sf -o /dev/null "$BASE_URL/camunda/app/tasklist/"; do
  kill -0 "$PID_APP" 2>/dev/null || { tail -n 60 "$KELUARAN/app.log" >&2; gagal "aplikasi berhenti saat dimulai (the app died while starting)"; }
  kill -0 "$PID_SUREL" 2>/dev/null || { cat "$KELUARAN/surel.log" >&2; gagal "penampung surel berhenti (the SMTP sink died)"; }
  [ $(( $(date +%s) - mulai )) -lt "$BATAS_SIAP" ] || { tail -n 60 "$KELUARAN/app.log" >&2; gagal "aplikasi belum siap setelah ${BATAS_SIAP} s (the app was not ready in time)"; }
  sleep 2
done
echo "[$(waktu)] aplikasi siap setelah $(( $(date +%s) - mulai )) s (app ready)"

# ---- 3. the walk
export BASE_URL SUREL_DIR="$KELUARAN/surel" SHOTS="$KELUARAN/shots" UNDUHAN="$KELUARAN/unduhan" \
  E2E_BATAS_DETIK="$BATAS_DETIK"
(cd "$E2E" && timeout --kill-after=30 "$(( BATAS_DETIK + 60 ))" node alur-pendatang-baru.mjs)
echo "[$(waktu)] alur pendatang baru hijau (newcomer walk green)"
# BKPSDM monitors the year in Cockpit (plugin Pemantauan Kinerja), the Wali Kota reads Ringkasan kota (issue 10).
(cd "$E2E" && timeout --kill-after=30 "$(( BATAS_DETIK + 60 ))" node alur-pemantauan.mjs)
echo "[$(waktu)] alur pemantauan hijau (monitoring walk green)"
# Last year's kecamatan (seeded by KalibrasiDemoSeeder): BKPSDM sees the broken pattern, the camat
# calibrates, the ASN appeals, the atasan decides (issue 8). Another OPD and year than the walk above.
(cd "$E2E" && timeout --kill-after=30 "$(( BATAS_DETIK + 60 ))" node alur-kalibrasi-keberatan.mjs)
echo "[$(waktu)] alur kalibrasi dan keberatan hijau (calibration and appeal walk green)"
# The follow-ups of a final predikat (seeded by TindakLanjutDemoSeeder for Kecamatan Langsa Barat,
# before the "Siklus demo" line): training, award, pembinaan (issue 9). Another OPD than both above.
(cd "$E2E" && timeout --kill-after=30 "$(( BATAS_DETIK + 60 ))" node alur-tindak-lanjut.mjs)
echo "[$(waktu)] alur browser hijau (browser walk green)"
