/*
 * Kinerja ASN Langsa — Tasklist for civil servants (loaded through scripts/config.js customScripts).
 *
 * 1. Actions a user may not take are not offered. Tasklist shows "Buat tugas" (create task) and
 *    the filter editor (pencil on the selected filter, "Buat filter") to everybody; the server
 *    refuses them (403) to anyone but BKPSDM and administrators. Camunda's config.js has no option
 *    for either (plugin exclusion is global, not per user), so they are hidden here by CSS unless
 *    the logged-in user is in group bkpsdm or camunda-admin. Hidden by default, shown once the
 *    groups are known: nothing flashes.
 * 2. Camunda 7 CE's end-of-support banner (cam-widget-header, no option to turn it off) is shown
 *    to administrators (group camunda-admin) only: they are the ones who plan the upgrade.
 * 3. Camunda's logo is hidden on the login page and in the header (the app name "Kinerja ASN
 *    Langsa" comes from config.js app.name).
 * 4. The date picker of Tasklist's own dialogs (due date, follow-up date; angular-ui) names
 *    months and days from the browser's English AngularJS locale: they are shown in Indonesian.
 * 6. Late starts: the task list is sorted by due date (= by period: a period's report and review
 *    are due after its end) instead of Tasklist's "newest first", unless the user picks another
 *    sorting; overdue tasks carry a red "Terlambat" mark and a red edge instead of plain grey.
 * 7. "Simpan" gives feedback: Tasklist stores the form's values in this browser (not on the
 *    server) and said nothing; a short Indonesian confirmation now appears right next to the
 *    buttons, saying where the values are and that Selesaikan sends them.
 * 5. After the start form of siklus-kinerja-tahunan ("Mulai siklus"), Tasklist's "process
 *    started" message names what was started (OPD and number of ASN), as the form left it in
 *    sessionStorage.
 */
const KELAS_STAF = 'kinerja-staf'; // bkpsdm or camunda-admin
const KELAS_ADMIN = 'kinerja-admin'; // camunda-admin
const GRUP_STAF = ['bkpsdm', 'camunda-admin'];
const GRUP_ADMIN = 'camunda-admin';
const KUNCI_SIKLUS = 'kinerja.siklusDimulai';

const GAYA = `
body:not(.${KELAS_ADMIN}) .ce-eol-banner { display: none !important; }
body:not(.${KELAS_STAF}) .create-task-action,
body:not(.${KELAS_STAF}) .task-filters header button.btn-link:not(.region-toggle),
body:not(.${KELAS_STAF}) .task-filter .actions,
body:not(.${KELAS_STAF}) .add-initial-filter { display: none !important; }
.login-logo, .navbar-brand .brand-logo { display: none !important; }
.tasks-list .due-date.overdue { color: #b91c1c; font-weight: bold; }
.tasks-list .due-date.overdue::before { content: 'Terlambat · '; }
.tasks-list li.task:has(.due-date.overdue) { border-left: 4px solid #dc2626; }
.form-signin .app-name { font-size: 1.6em; margin-top: 0.5em; }
.kinerja-tersimpan { margin: 0.5em 0; padding: 0.5em 0.75em; border-left: 4px solid #15803d;
  background: #f0fdf4; color: #14532d; }
`;

const BULAN = {
  January: 'Januari', February: 'Februari', March: 'Maret', April: 'April', May: 'Mei',
  June: 'Juni', July: 'Juli', August: 'Agustus', September: 'September', October: 'Oktober',
  November: 'November', December: 'Desember'
};
const HARI = { Sun: 'Min', Mon: 'Sen', Tue: 'Sel', Wed: 'Rab', Thu: 'Kam', Fri: 'Jum', Sat: 'Sab' };
const TOMBOL = { Today: 'Hari ini', Clear: 'Kosongkan', Close: 'Tutup' };

function pasangGaya() {
  if (document.getElementById('kinerja-tasklist-asn')) {
    return;
  }
  const gaya = document.createElement('style');
  gaya.id = 'kinerja-tasklist-asn';
  gaya.textContent = GAYA;
  document.head.appendChild(gaya);
}

// --- 1 and 2: who is logged in ------------------------------------------------------------------

let penggunaTerakhir;

function aturKelas(grup) {
  document.body.classList.toggle(KELAS_STAF, grup.some((g) => GRUP_STAF.includes(g)));
  document.body.classList.toggle(KELAS_ADMIN, grup.includes(GRUP_ADMIN));
}

function api(nama) {
  // index.html's <base> carries the webapps' API roots, e.g. admin-api="/camunda/api/admin/"
  const base = document.querySelector('base');
  return (base && base.getAttribute(nama)) || '/camunda/api/' + nama.replace('-api', '') + '/';
}

async function periksaPengguna() {
  let pengguna = null;
  try {
    const r = await fetch(api('admin-api') + 'auth/user/default', { credentials: 'same-origin' });
    if (r.ok) {
      pengguna = (await r.json()).userId || null;
    }
  } catch (e) {
    pengguna = null;
  }
  if (pengguna === penggunaTerakhir) {
    return;
  }
  penggunaTerakhir = pengguna;
  if (!pengguna) {
    aturKelas([]);
    return;
  }
  try {
    const r = await fetch(api('engine-api') + 'engine/default/identity/groups?userId='
      + encodeURIComponent(pengguna), { credentials: 'same-origin' });
    const data = r.ok ? await r.json() : { groups: [] };
    aturKelas((data.groups || []).map((g) => g.id));
  } catch (e) {
    aturKelas([]);
  }
}

// --- 4: angular-ui date picker ------------------------------------------------------------------

function terjemahkanKalender(akar) {
  akar.querySelectorAll('.uib-datepicker, .uib-datepicker-popup, [uib-datepicker], [uib-datepicker-popup-wrap]')
    .forEach((kalender) => {
      const jalan = document.createTreeWalker(kalender, NodeFilter.SHOW_TEXT);
      for (let n = jalan.nextNode(); n; n = jalan.nextNode()) {
        const t = n.nodeValue.trim();
        let baru = null;
        if (HARI[t]) {
          baru = HARI[t];
        } else if (TOMBOL[t]) {
          baru = TOMBOL[t];
        } else if (/^[A-Z][a-z]+( \d{4})?$/.test(t) && BULAN[t.split(' ')[0]]) {
          baru = t.replace(/^[A-Za-z]+/, (b) => BULAN[b]);
        }
        if (baru !== null) {
          n.nodeValue = n.nodeValue.replace(t, baru);
        }
      }
    });
}

// --- 5: confirmation after starting a cycle -----------------------------------------------------

function angka(n) {
  return Number(n).toLocaleString('id-ID');
}

// Tasklist's own "Proses telah dimulai." (PROCESS_START_OK) disappears after 3 s and names nothing;
// when it appears after the cycle's start form, a message that stays (until closed, or 30 s)
// names the OPD and the number of ASN.
function sebutSiklusDimulai(akar) {
  let isi;
  try {
    isi = sessionStorage.getItem(KUNCI_SIKLUS);
  } catch (e) {
    return;
  }
  if (!isi) {
    return;
  }
  const dimulai = Array.from(akar.querySelectorAll('.notifications .alert, [notifications-panel] .alert'))
    .some((a) => a.textContent.indexOf('Proses telah dimulai') >= 0);
  if (!dimulai) {
    return;
  }
  sessionStorage.removeItem(KUNCI_SIKLUS);
  const r = JSON.parse(isi);
  const kotak = document.createElement('div');
  kotak.className = 'alert alert-success kinerja-siklus-dimulai';
  kotak.setAttribute('role', 'status');
  kotak.style.cssText = 'position:fixed;top:60px;left:50%;transform:translateX(-50%);z-index:2000;'
    + 'max-width:700px;box-shadow:0 2px 8px rgba(0,0,0,.25)';
  const tutup = document.createElement('button');
  tutup.type = 'button';
  tutup.className = 'close';
  tutup.setAttribute('aria-label', 'Tutup');
  tutup.textContent = '×';
  tutup.addEventListener('click', () => kotak.remove());
  const judul = document.createElement('strong');
  judul.textContent = 'Siklus kinerja ' + r.tahun + ' dimulai';
  const teks = document.createElement('div');
  teks.textContent = 'untuk ' + (r.semua ? 'semua OPD' : r.opd.length + ' OPD: ' + r.opd.join(', '))
    + (r.jumlahAsn !== null && r.jumlahAsn !== undefined ? ' (' + angka(r.jumlahAsn) + ' ASN aktif)' : '')
    + '. SKP dibuat bertahap di latar belakang; hasilnya ada di tugas "Tinjau ringkasan siklus" '
    + '(Tugas kelompok saya).';
  kotak.append(tutup, judul, teks);
  document.body.appendChild(kotak);
  setTimeout(() => kotak.remove(), 30000);
}

// --- 6: sorted by period ------------------------------------------------------------------------

// Tasklist keeps the sorting in the URL (#/?sorting=[...]) and, when there is none, writes its
// default there: creation date, newest first. Tasks created together (after a late SKP approval)
// then come out of order. Once per page load that default (or no sorting) becomes "due date,
// oldest first"; a sorting the user picks afterwards stays.
const URUTAN_BAWAAN_CAMUNDA = [{ sortBy: 'created', sortOrder: 'desc' }];
const URUTAN_PERIODE = [{ sortBy: 'dueDate', sortOrder: 'asc' }, { sortBy: 'created', sortOrder: 'asc' }];
let urutanDiatur = false;

function urutkanMenurutPeriode() {
  const hash = window.location.hash || '';
  if (urutanDiatur || !/^#\/(\?|$)/.test(hash)) {
    return;
  }
  urutanDiatur = true;
  const tanya = hash.indexOf('?') >= 0 ? hash.substring(hash.indexOf('?') + 1) : '';
  const param = new URLSearchParams(tanya);
  const sekarang = param.get('sorting');
  if (sekarang && sekarang !== JSON.stringify(URUTAN_BAWAAN_CAMUNDA)) {
    return;
  }
  param.set('sorting', JSON.stringify(URUTAN_PERIODE));
  window.location.replace(window.location.pathname + window.location.search + '#/?' + param.toString());
}

// --- wiring -------------------------------------------------------------------------------------

let dijadwalkan = false;

function perbarui() {
  dijadwalkan = false;
  if (document.querySelector('.tasks-list')) {
    urutkanMenurutPeriode();
  }
  terjemahkanKalender(document.body);
  sebutSiklusDimulai(document.body);
  // the user changes at login and logout without a page load
  const nama = document.querySelector('.account .dropdown-toggle');
  const sekarang = nama ? nama.textContent.trim() : '';
  if (sekarang !== (perbarui.nama || '')) {
    perbarui.nama = sekarang;
    periksaPengguna();
  }
}

function jadwalkan() {
  if (!dijadwalkan) {
    dijadwalkan = true;
    window.requestAnimationFrame(perbarui);
  }
}

function mulai() {
  document.documentElement.lang = 'id';
  pasangGaya();
  periksaPengguna();
  new MutationObserver(jadwalkan).observe(document.body, { childList: true, subtree: true, characterData: true });
}

if (document.body) {
  mulai();
} else {
  document.addEventListener('DOMContentLoaded', mulai);
}

// Tasklist treats a custom script's default export as plugins: this script registers none.
export default [];

// 7. Feedback after "Simpan" (Tasklist's save keeps the values in this browser only).
document.addEventListener('click', (e) => {
  const tombol = e.target.closest && e.target.closest('button[ng-click="save($event)"]');
  if (!tombol) {
    return;
  }
  setTimeout(() => {
    const wadah = tombol.parentElement;
    if (!wadah) {
      return;
    }
    let pesan = wadah.parentElement.querySelector('.kinerja-tersimpan');
    if (!pesan) {
      pesan = document.createElement('div');
      pesan.className = 'kinerja-tersimpan';
      pesan.setAttribute('role', 'status');
      wadah.parentElement.insertBefore(pesan, wadah);
    }
    const jam = new Date().toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' });
    pesan.textContent = 'Isian tersimpan di peramban ini pukul ' + jam + ' (belum terkirim). '
      + 'Klik Selesaikan bila sudah lengkap untuk mengirimnya.';
  }, 300);
}, true);
