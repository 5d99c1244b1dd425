#!/usr/bin/env bash
# Two nodes, one database, one kill (issue 11 §4; docs/performance.md, "Dua node, satu database").
#
#   bench/dua-node.sh [--asn N] [--chunk C] [--lock-ms MS] [--tahun YYYY] [--port-a P] [--port-b P]
#                     [--opd K] [--simpan-db] [--tanpa-kill] [--satu-node]
#
# 1. builds the jar (or reuses target/*.jar when it is newer than src/, processes/, forms/, pom.xml);
# 2. creates a fresh MariaDB/MySQL database on 127.0.0.1:3306 (root, no password);
# 3. starts node A, then node B (same jar, profile mysql, same database, job executor on both, a
#    shared evidence directory, names node-a / node-b in the job log and in the log lines);
# 4. imports a generated register of N ASN through POST /api/impor/register (4 OPD; kepala, 3 kabid,
#    9 kasi, pelaksana) as the administrator;
# 5. starts siklus-kinerja-tahunan for all OPD through the Camunda REST API (submit-form);
# 6. kills (kill -9) the node that holds the fan-out's chunk jobs once some but not all skp-pegawai
#    instances exist, and waits until the survivor has finished the fan-out;
# 7. checks by counting in SQL: one skp-pegawai instance and one skp row per ASN, every chunk job
#    executed once, no job left and no incident, susun-skp tasks = N; prints the job shares per
#    node, the time from kill to completion and the database size (after ANALYZE TABLE);
# 8. restarts the killed node and completes the susun-skp task of every kepala OPD (K OPD, default 4)
#    twice at the same moment, once through each node, as the kepala over REST: counts that each
#    task was completed exactly once (one 2xx, the other a 4xx, never 5xx), one SKP submitted and
#    one setujui-skp task per kepala, no incident;
# 9. stops the nodes and drops the database (--simpan-db keeps it for a look).
# --tanpa-kill: no kill, both nodes to the end (throughput with two nodes); --satu-node: node A
# alone, no kill (throughput with one node).
# The last line is a summary; exit code 0 only when every count holds.
set -euo pipefail
cd "$(dirname "$0")/.."

ASN=400; CHUNK=25; LOCK_MS=60000; TAHUN=$(date +%Y); PORT_A=8097; PORT_B=8098; SIMPAN_DB=0
TANPA_KILL=0; SATU_NODE=0; OPD=4
while [ $# -gt 0 ]; do
  case "$1" in
    --asn) ASN=$2; shift 2 ;;
    --chunk) CHUNK=$2; shift 2 ;;
    --lock-ms) LOCK_MS=$2; shift 2 ;;
    --tahun) TAHUN=$2; shift 2 ;;
    --port-a) PORT_A=$2; shift 2 ;;
    --port-b) PORT_B=$2; shift 2 ;;
    --simpan-db) SIMPAN_DB=1; shift ;;
    --tanpa-kill) TANPA_KILL=1; shift ;;
    --opd) OPD=$2; shift 2 ;;
    --satu-node) SATU_NODE=1; TANPA_KILL=1; shift ;;
    *) echo "Argumen tidak dikenal: $1" >&2; exit 2 ;;
  esac
done

DB_HOST=127.0.0.1
DB_NAME="kinerja_dua_$(date +%s)_$$"
ADMIN=admin-dua
SANDI='Langsa-Dua-2026!'
SANDI_ASN='Rahasia#Kinerja9'   # initial password of the users made from the register
KERJA=$(mktemp -d /tmp/dua-node.XXXXXX)
mkdir -p "$KERJA/berkas"
SQL() { mysql -h "$DB_HOST" -uroot -N -B "$DB_NAME" -e "$1"; }
detik() { date +%s.%N; }
log() { echo "[$(date +%H:%M:%S)] $*"; }

PID_A=""; PID_B=""
bersihkan() {
  for pid in $PID_A $PID_B; do kill "$pid" 2>/dev/null || true; done
  # The nodes are not children of this shell: wait until they are gone before dropping their database.
  for pid in $PID_A $PID_B; do
    for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "$SIMPAN_DB" = 0 ]; then
    mysql -h "$DB_HOST" -uroot -e "DROP DATABASE IF EXISTS \`$DB_NAME\`" || true
  else
    echo "Database disimpan: $DB_NAME"
  fi
  echo "Log kedua node: $KERJA/node-a.log, $KERJA/node-b.log"
}
trap bersihkan EXIT

# --- 1. jar -------------------------------------------------------------------------------------
JAR=$(ls target/kinerja-asn-langsa-*.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ] || [ -n "$(find src processes forms pom.xml -newer "$JAR" -type f | head -1)" ]; then
  log "jar dibangun (./mvnw package -DskipTests)"
  ./mvnw -B -q -ntp ${MVN_OFFLINE:+-o} package -DskipTests
  JAR=$(ls target/kinerja-asn-langsa-*.jar | head -1)
fi
log "jar: $JAR"

# --- 2. database --------------------------------------------------------------------------------
mysql -h "$DB_HOST" -uroot -e "CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
log "database $DB_NAME dibuat"

# --- 3. two nodes -------------------------------------------------------------------------------
mulai_node() { # name port -> pid
  local nama=$1 port=$2 cron_jp="0 0 1 * * *"
  # The daily JP check starts on node A only (docker-compose.yml: app-2 has it off).
  [ "$nama" = node-b ] && cron_jp="-"
  SPRING_PROFILES_ACTIVE=mysql DB_HOST=$DB_HOST DB_PORT=3306 DB_USER=root DB_PASSWORD= DB_NAME=$DB_NAME \
  KINERJA_ADMIN_USER=$ADMIN KINERJA_ADMIN_PASSWORD=$SANDI KINERJA_NODE=$nama \
  KINERJA_BERKAS_DIREKTORI="$KERJA/berkas" DB_POOL_SIZE=12 \
    java -Xmx512m -XX:+UseSerialGC -jar "$JAR" --server.port="$port" \
      --camunda.bpm.job-execution.lock-time-in-millis="$LOCK_MS" \
      --kinerja.siklus.ukuran-chunk="$CHUNK" \
      --kinerja.pengembangan.cron-pemeriksaan-jp="$cron_jp" \
      --kinerja.identitas.kata-sandi-awal="$SANDI_ASN" \
      --kinerja.notifikasi.url-dasar="http://localhost:$port" \
      >> "$KERJA/$nama.log" 2>&1 &
  echo $!
}
tunggu_node() { # name port pid
  local i
  for i in $(seq 1 300); do
    if curl -fsS -o /dev/null "http://localhost:$2/camunda/app/welcome/" 2>/dev/null; then
      log "$1 siap di port $2 ($i s)"; return 0
    fi
    kill -0 "$3" 2>/dev/null || { echo "$1 berhenti saat start:"; tail -40 "$KERJA/$1.log"; exit 1; }
    sleep 1
  done
  echo "$1 tidak siap dalam 300 s"; exit 1
}
# One after the other: only node A creates the schema and deploys the processes.
PID_A=$(mulai_node node-a "$PORT_A"); tunggu_node node-a "$PORT_A" "$PID_A"
if [ "$SATU_NODE" = 0 ]; then
  PID_B=$(mulai_node node-b "$PORT_B"); tunggu_node node-b "$PORT_B" "$PID_B"
fi
log "deployment skp-pegawai: $(SQL "SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE KEY_='skp-pegawai'") versi (harus 1)"

# --- 4. register ----------------------------------------------------------------------------------
REGISTER="$KERJA/register.csv"
python3 - "$ASN" "$REGISTER" "$OPD" "$KERJA/kepala.txt" <<'PY'
import datetime, sys
n, berkas, jumlah_opd, berkas_kepala = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
kepala = []
kolom = ("kode_opd;nama_opd;kode_unit;nama_unit;kode_unit_induk;kode_jabatan;nama_jabatan;"
         "jenis_jabatan;kelas_jabatan;kode_jabatan_atasan;kepala_opd;nip;nama;jenis_asn;tmt_jabatan")
baris, ke = [kolom], 0
def nip():  # 18 digits: birth date, TMT (birth year + 25, March), sex, serial; unique by birth date
    global ke
    lahir = datetime.date(1970, 1, 1) + datetime.timedelta(days=ke)
    ke += 1
    return f"{lahir:%Y%m%d}{lahir.year + 25}03{1 + ke % 2}{1 + ke % 998:03d}"
for o in range(jumlah_opd):
    kode, sisa = f"OPD{o + 1}", n // jumlah_opd + (1 if o < n % jumlah_opd else 0)
    nama = f"Dinas Simulasi {o + 1}"
    def tambah(unit, nama_unit, induk, jab, nama_jab, jenis, kelas, atasan, kepala):
        global sisa
        if sisa <= 0:
            return
        sisa -= 1
        baris.append(f"{kode};{nama};{unit};{nama_unit};{induk};{jab};{nama_jab};{jenis};{kelas};"
                     f"{atasan};{kepala};{nip()};ASN {ke};PNS;02-01-2020")
    tambah(kode, nama, "", f"{kode}-KADIS", f"Kepala {nama}", "JPT", 14, "", "YA")
    kepala.append(f"{kode} {baris[-1].split(';')[11]}")
    kasi = []
    for b in range(3):
        unit_b = f"{kode}-B{b + 1}"
        tambah(unit_b, f"Bidang {b + 1}", kode, f"{unit_b}-KABID", f"Kepala Bidang {b + 1}",
               "ADMINISTRATOR", 11, f"{kode}-KADIS", "TIDAK")
        for s in range(3):
            unit_s = f"{unit_b}-S{s + 1}"
            tambah(unit_s, f"Seksi {b + 1}.{s + 1}", unit_b, f"{unit_s}-KASI", f"Kepala Seksi {b + 1}.{s + 1}",
                   "PENGAWAS", 9, f"{unit_b}-KABID", "TIDAK")
            kasi.append(unit_s)
    p = 0
    while sisa > 0:
        unit_s = kasi[p % len(kasi)]
        tambah(unit_s, f"Seksi {unit_s}", unit_s.rsplit("-", 1)[0], f"{unit_s}-P{p + 1}",
               f"Pelaksana {p + 1}", "PELAKSANA", 6, f"{unit_s}-KASI", "TIDAK")
        p += 1
open(berkas, "w").write("\n".join(baris) + "\n")
open(berkas_kepala, "w").write("\n".join(kepala) + "\n")
PY
# The units' names must agree on every row of a unit: pelaksana rows repeat the seksi's name.
python3 - "$REGISTER" <<'PY'
import sys
b = sys.argv[1]; rows = [r.split(";") for r in open(b).read().splitlines()]
nama = {}
for r in rows[1:]:
    nama.setdefault(r[2], (r[3], r[4]))
for r in rows[1:]:
    r[3], r[4] = nama[r[2]]
open(b, "w").write("\n".join(";".join(r) for r in rows) + "\n")
PY
t=$(detik)
KODE=$(curl -sS -o "$KERJA/impor.json" -w '%{http_code}' -u "$ADMIN:$SANDI" -F "berkas=@$REGISTER;type=text/csv" \
  "http://localhost:$PORT_A/api/impor/register")
[ "$KODE" = 200 ] || { echo "Impor register ditolak ($KODE):"; head -c 2000 "$KERJA/impor.json"; exit 1; }
AKTIF=$(SQL "SELECT COUNT(*) FROM pegawai WHERE status='AKTIF'")
log "register diimpor lewat node-a: $AKTIF ASN aktif ($(printf '%.1f' "$(echo "$(detik) - $t" | bc)") s)"
[ "$AKTIF" = "$ASN" ] || { echo "ASN aktif $AKTIF, diharapkan $ASN"; exit 1; }
SQL "ANALYZE TABLE $(SQL "SELECT GROUP_CONCAT(table_name) FROM information_schema.TABLES WHERE table_schema='$DB_NAME'")" >/dev/null
UKURAN_AWAL=$(SQL "SELECT SUM(data_length+index_length) FROM information_schema.TABLES WHERE table_schema='$DB_NAME'")

# --- 5. the year ----------------------------------------------------------------------------------
t_mulai=$(detik)
KODE=$(curl -sS -o "$KERJA/mulai.json" -w '%{http_code}' -u "$ADMIN:$SANDI" -H 'Content-Type: application/json' \
  -d "{\"variables\": {\"tahun\": {\"value\": $TAHUN, \"type\": \"Integer\"}, \"semuaOpd\": {\"value\": true, \"type\": \"Boolean\"}, \"jenisPeriode\": {\"value\": \"TRIWULANAN\"}}}" \
  "http://localhost:$PORT_A/engine-rest/process-definition/key/siklus-kinerja-tahunan/submit-form")
[ "$KODE" = 200 ] || { echo "Siklus tidak dimulai ($KODE):"; cat "$KERJA/mulai.json"; exit 1; }
SIKLUS_PI=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['id'])" "$KERJA/mulai.json")
log "siklus-kinerja-tahunan $TAHUN dimulai lewat node-a (instans $SIKLUS_PI), $ASN ASN, kelompok $CHUNK"
JUMLAH_CHUNK=$(( (ASN + CHUNK - 1) / CHUNK ))

# --- 6. kill in the middle of the fan-out ---------------------------------------------------------
SKP_COUNT() { SQL "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_='skp-pegawai'"; }
KORBAN=-; SAAT_KILL_SKP=-; SISA=""; t_kill=$t_mulai
if [ "$TANPA_KILL" = 0 ]; then
BATAS_KILL=$(( ASN / 3 ))
while :; do
  n=$(SKP_COUNT)
  [ "$n" -ge "$BATAS_KILL" ] && break
  sleep 0.5
done
# The chunk jobs are locked by the node that ran "Siapkan daftar pegawai" (Camunda locks the
# exclusive jobs a job creates in its own process instance for the same node): kill that one.
PEMILIK=$(SQL "SELECT HOSTNAME_ FROM ACT_HI_JOB_LOG WHERE ACT_ID_='Task_SiapkanDaftarPegawai' AND JOB_STATE_=2 LIMIT 1")
if [ "$PEMILIK" = node-b ]; then KORBAN=node-b; PID_KORBAN=$PID_B; PORT_SISA=$PORT_A; SISA=node-a
else KORBAN=node-a; PID_KORBAN=$PID_A; PORT_SISA=$PORT_B; SISA=node-b; fi
kill -9 "$PID_KORBAN"
t_kill=$(detik)
if [ "$KORBAN" = node-a ]; then PID_A=""; else PID_B=""; fi
SAAT_KILL_SKP=$(SKP_COUNT)
SAAT_KILL_CHUNK=$(SQL "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE ACT_ID_='Task_MulaiSkpPegawai' AND JOB_STATE_=2")
SAAT_KILL_TERKUNCI=$(SQL "SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL")
log "kill -9 $KORBAN (pemegang job kelompok) setelah $(printf '%.1f' "$(echo "$t_kill - $t_mulai" | bc)") s: $SAAT_KILL_SKP/$ASN instans skp-pegawai, $SAAT_KILL_CHUNK/$JUMLAH_CHUNK kelompok selesai, $SAAT_KILL_TERKUNCI job masih terkunci"
fi

SELESAI() { # the fan-out is done: every susun-skp task there, no async job left, summary task there
  [ "$(SQL "SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_='susun-skp'")" = "$ASN" ] &&
  [ "$(SQL "SELECT COUNT(*) FROM ACT_RU_JOB WHERE TYPE_='message'")" = 0 ] &&
  [ "$(SQL "SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_='tinjau-ringkasan-siklus'")" = 1 ]
}
t_ambil=""
for i in $(seq 1 $(( LOCK_MS / 500 + 1200 ))); do
  if [ -z "$t_ambil" ] && [ -n "$SISA" ] && [ "$(SQL "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE ACT_ID_='Task_MulaiSkpPegawai' AND JOB_STATE_=2 AND HOSTNAME_='$SISA'")" -gt 0 ]; then
    t_ambil=$(detik); log "$SISA menjalankan kelompok pertamanya $(printf '%.1f' "$(echo "$t_ambil - $t_kill" | bc)") s setelah kill"
  fi
  SELESAI && break
  sleep 0.5
done
t_selesai=$(detik)
SELESAI || { echo "Fan-out belum selesai juga"; exit 1; }
KILL_KE_SELESAI=$(printf '%.1f' "$(echo "$t_selesai - $t_kill" | bc)")
TOTAL=$(printf '%.1f' "$(echo "$t_selesai - $t_mulai" | bc)")
if [ "$TANPA_KILL" = 0 ]; then
  log "fan-out selesai oleh $SISA: $KILL_KE_SELESAI s setelah kill, $TOTAL s sejak start (kunci job $LOCK_MS ms)"
else
  KILL_KE_SELESAI=-
  log "fan-out selesai tanpa kill ($([ "$SATU_NODE" = 1 ] && echo "satu node" || echo "dua node")): $TOTAL s sejak start, $(echo "scale=1; $ASN / $TOTAL" | bc) SKP/s"
fi

# --- 7. counting --------------------------------------------------------------------------------
GAGAL=0
periksa() { # label value expected
  if [ "$2" = "$3" ]; then printf '  ok     %-62s %s\n' "$1" "$2"
  else printf '  SALAH  %-62s %s (harus %s)\n' "$1" "$2" "$3"; GAGAL=1; fi
}
echo "== Hitungan (SQL) =="
periksa "ASN aktif di register" "$AKTIF" "$ASN"
periksa "instans skp-pegawai (ACT_HI_PROCINST)" "$(SKP_COUNT)" "$ASN"
periksa "business key skp-pegawai berbeda" "$(SQL "SELECT COUNT(DISTINCT BUSINESS_KEY_) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_='skp-pegawai'")" "$ASN"
periksa "business key ganda" "$(SQL "SELECT COUNT(*) FROM (SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_='skp-pegawai' GROUP BY BUSINESS_KEY_ HAVING COUNT(*)>1) g")" 0
periksa "baris skp tahun $TAHUN / NIP berbeda" "$(SQL "SELECT CONCAT(COUNT(*),'/',COUNT(DISTINCT nip)) FROM skp WHERE tahun=$TAHUN")" "$ASN/$ASN"
periksa "siklus_pegawai DIMULAI" "$(SQL "SELECT COUNT(*) FROM siklus_pegawai WHERE hasil='DIMULAI'")" "$ASN"
periksa "tugas susun-skp / instans berbeda" "$(SQL "SELECT CONCAT(COUNT(*),'/',COUNT(DISTINCT PROC_INST_ID_)) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_='susun-skp'")" "$ASN/$ASN"
periksa "job kelompok berhasil (log) / job berbeda" "$(SQL "SELECT CONCAT(COUNT(*),'/',COUNT(DISTINCT JOB_ID_)) FROM ACT_HI_JOB_LOG WHERE ACT_ID_='Task_MulaiSkpPegawai' AND JOB_STATE_=2")" "$JUMLAH_CHUNK/$JUMLAH_CHUNK"
periksa "job Buat SKP berhasil / job berbeda" "$(SQL "SELECT CONCAT(COUNT(*),'/',COUNT(DISTINCT JOB_ID_)) FROM ACT_HI_JOB_LOG WHERE ACT_ID_='Task_BuatSkp' AND JOB_STATE_=2")" "$ASN/$ASN"
periksa "job gagal (JOB_STATE_=1)" "$(SQL "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_=1")" 0
periksa "job async tersisa (ACT_RU_JOB message)" "$(SQL "SELECT COUNT(*) FROM ACT_RU_JOB WHERE TYPE_='message'")" 0
periksa "insiden (ACT_RU_INCIDENT)" "$(SQL "SELECT COUNT(*) FROM ACT_RU_INCIDENT")" 0
periksa "tugas tinjau-ringkasan-siklus" "$(SQL "SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_='tinjau-ringkasan-siklus'")" 1
echo "== Bagian job per node (ACT_HI_JOB_LOG.HOSTNAME_, job berhasil) =="
SQL "SELECT HOSTNAME_, IFNULL(ACT_ID_, JOB_DEF_TYPE_) a, COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_=2 GROUP BY HOSTNAME_, a ORDER BY a, HOSTNAME_" |
  awk -F'\t' '{printf "  %-8s %-28s %6d\n", $1, $2, $3}'
BAGIAN=$(SQL "SELECT GROUP_CONCAT(CONCAT(h,'=',n) ORDER BY h SEPARATOR ',') FROM (SELECT HOSTNAME_ h, COUNT(*) n FROM ACT_HI_JOB_LOG WHERE JOB_STATE_=2 GROUP BY HOSTNAME_) x")
echo "  semua: $BAGIAN"
echo "== Ukuran database (information_schema setelah ANALYZE TABLE) =="
SQL "ANALYZE TABLE $(SQL "SELECT GROUP_CONCAT(table_name) FROM information_schema.TABLES WHERE table_schema='$DB_NAME'")" >/dev/null
UKURAN_AKHIR=$(SQL "SELECT SUM(data_length+index_length) FROM information_schema.TABLES WHERE table_schema='$DB_NAME'")
SQL "SELECT table_name, ROUND((data_length+index_length)/1024), table_rows FROM information_schema.TABLES WHERE table_schema='$DB_NAME' ORDER BY data_length+index_length DESC LIMIT 12" |
  awk -F'\t' '{printf "  %-34s %8d KiB %8d baris\n", $1, $2, $3}'
TUMBUH=$(( UKURAN_AKHIR - UKURAN_AWAL ))
PER_1000=$(( TUMBUH * 1000 / ASN / 1024 / 1024 ))
echo "  sebelum siklus (skema + register): $(( UKURAN_AWAL / 1024 / 1024 )) MiB; sesudah fan-out: $(( UKURAN_AKHIR / 1024 / 1024 )) MiB; tumbuh $(( TUMBUH / 1024 )) KiB = ~$PER_1000 MiB per 1.000 ASN"

# --- 8. the same tasks through both nodes at once ---------------------------------------------------
GANDA="-"
if [ "$SATU_NODE" = 0 ]; then
  if [ "$KORBAN" = node-a ]; then
    PID_A=$(mulai_node node-a "$PORT_A"); tunggu_node node-a "$PORT_A" "$PID_A"
  elif [ "$KORBAN" = node-b ]; then
    PID_B=$(mulai_node node-b "$PORT_B"); tunggu_node node-b "$PORT_B" "$PID_B"
  fi
  [ "$KORBAN" != - ] && log "$KORBAN dijalankan lagi dan bergabung"
  echo "== Tugas susun-skp kepala OPD diselesaikan dua kali bersamaan (node-a dan node-b) =="
  : > "$KERJA/kode.txt"
  while read -r kode nip; do
    pk=$(curl -sS -u "$ADMIN:$SANDI" -H 'Content-Type: application/json' \
      -d "{\"kodeOpd\":\"$kode\",\"tahun\":$TAHUN,\"sasaran\":\"Meningkatnya layanan $kode\",\"indikator\":\"Indeks kepuasan 85\"}" \
      "http://localhost:$PORT_A/api/perjanjian-kinerja" | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
    tugas=$(SQL "SELECT ID_ FROM ACT_RU_TASK WHERE TASK_DEF_KEY_='susun-skp' AND ASSIGNEE_='$nip'")
    rhk="[{\\\"jenis\\\":\\\"UTAMA\\\",\\\"uraian\\\":\\\"Tercapainya sasaran $kode\\\",\\\"rhkAtasan\\\":\\\"PK:$pk\\\",\\\"indikator\\\":[{\\\"aspek\\\":\\\"KUANTITAS\\\",\\\"uraian\\\":\\\"Layanan selesai\\\",\\\"target\\\":100,\\\"satuan\\\":\\\"layanan\\\",\\\"arah\\\":\\\"LEBIH_TINGGI_LEBIH_BAIK\\\"}]}]"
    echo "{\"variables\": {\"rhk\": {\"type\": \"Json\", \"value\": \"$rhk\"}}}" > "$KERJA/rhk-$nip.json"
    for port in "$PORT_A" "$PORT_B"; do
      curl -sS -o "$KERJA/jawab-$nip-$port.json" -w "%{http_code}\n" -u "$nip:$SANDI_ASN" -H 'Content-Type: application/json' \
        -d @"$KERJA/rhk-$nip.json" "http://localhost:$port/engine-rest/task/$tugas/submit-form" >> "$KERJA/kode.txt" &
    done
  done < "$KERJA/kepala.txt"
  wait   # the curls (the nodes were started in subshells: not children of this shell)
  sleep 2
  sukses=$(grep -c '^2' "$KERJA/kode.txt" || true); tolak=$(grep -c '^4' "$KERJA/kode.txt" || true); rusak=$(grep -c -v -e '^2' -e '^4' "$KERJA/kode.txt" || true)
  echo "  jawaban HTTP: $(sort "$KERJA/kode.txt" | uniq -c | awk '{printf "%s×%s ", $1, $2}')"
  for f in "$KERJA"/jawab-*.json; do grep -o '"type":"[A-Za-z]*"' "$f" 2>/dev/null || true; done | sort | uniq -c | sed 's/^/  jenis penolakan: /'
  NIP_KEPALA=$(awk '{printf "%s\x27%s\x27", (NR>1?",":""), $2}' "$KERJA/kepala.txt")
  periksa "penyelesaian berhasil (2xx), satu per tugas" "$sukses" "$OPD"
  periksa "penyelesaian ditolak (4xx)" "$tolak" "$OPD"
  periksa "jawaban lain (5xx, tidak terhubung)" "$rusak" 0
  periksa "susun-skp kepala selesai di riwayat (sekali per tugas)" "$(SQL "SELECT CONCAT(COUNT(*),'/',COUNT(DISTINCT ID_)) FROM ACT_HI_TASKINST WHERE TASK_DEF_KEY_='susun-skp' AND ASSIGNEE_ IN ($NIP_KEPALA) AND END_TIME_ IS NOT NULL")" "$OPD/$OPD"
  periksa "SKP kepala berstatus DIAJUKAN" "$(SQL "SELECT COUNT(*) FROM skp WHERE tahun=$TAHUN AND nip IN ($NIP_KEPALA) AND status='DIAJUKAN'")" "$OPD"
  periksa "RHK kepala tersimpan (satu per SKP)" "$(SQL "SELECT COUNT(*) FROM rencana_hasil_kerja r JOIN skp s ON s.id=r.skp_id WHERE s.tahun=$TAHUN AND s.nip IN ($NIP_KEPALA)")" "$OPD"
  # Only the kepala have submitted, so every setujui-skp task is one of theirs.
  periksa "tugas setujui-skp / instans berbeda" "$(SQL "SELECT CONCAT(COUNT(*),'/',COUNT(DISTINCT PROC_INST_ID_)) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_='setujui-skp'")" "$OPD/$OPD"
  periksa "insiden sesudahnya" "$(SQL "SELECT COUNT(*) FROM ACT_RU_INCIDENT")" 0
  GANDA="$sukses/$tolak/$rusak"
fi

echo "asn=$ASN chunk=$CHUNK lock_ms=$LOCK_MS nodes=$([ "$SATU_NODE" = 1 ] && echo 1 || echo 2) killed=$KORBAN at_skp=$SAAT_KILL_SKP kill_to_done_s=$KILL_KE_SELESAI total_s=$TOTAL jobs=$BAGIAN db_growth_kib=$(( TUMBUH / 1024 )) double_complete_ok_4xx_other=$GANDA ok=$([ $GAGAL = 0 ] && echo ya || echo tidak)"
exit $GAGAL
