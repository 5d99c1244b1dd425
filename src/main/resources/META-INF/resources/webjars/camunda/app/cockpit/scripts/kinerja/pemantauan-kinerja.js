/*
 * Kinerja ASN Langsa — Cockpit plugin "Pemantauan Kinerja" (Camunda 7.24 frontend plugin API: a
 * plain ES module listed in scripts/config.js customScripts whose default export is a list of
 * plugins). Three plugin points:
 *   cockpit.dashboard  — an entry on Cockpit's dashboard (section "Plugin tambahan"),
 *   cockpit.navigation — "Pemantauan Kinerja" in Cockpit's header,
 *   cockpit.route      — its own page #/pemantauan-kinerja with the tabs Pengisian, Kurva
 *                        distribusi, Tindak lanjut, Kesehatan proses.
 * Everything is read from the project's /api/pemantauan (docs/pemantauan.md) with the Cockpit
 * login (same-origin session, GET only, so no CSRF token needed). Only BKPSDM and administrators
 * (groups bkpsdm, camunda-admin) see data: the page asks /api/saya first and the server refuses
 * everyone else with 403 anyway. Texts from the server are escaped (esc) before they reach HTML;
 * links are only followed when they are paths of this app or http(s).
 */
const GAYA = 'pemantauan-kinerja-gaya';
const PREDIKAT = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];
const NAMA_PREDIKAT = {
  SANGAT_BAIK: 'Sangat Baik', BAIK: 'Baik', BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang/Misconduct', SANGAT_KURANG: 'Sangat Kurang'
};
const NAMA_ORGANISASI = {
  ISTIMEWA: 'Istimewa', BAIK: 'Baik', BUTUH_PERBAIKAN: 'Butuh Perbaikan', KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang'
};
const TAHAP = [
  ['SEBELUM_KALIBRASI', 'Sebelum kalibrasi'],
  ['SETELAH_KALIBRASI', 'Setelah kalibrasi'],
  ['SETELAH_KEBERATAN', 'Setelah keberatan (final)']
];
const TAB = [
  ['pengisian', 'Pengisian'],
  ['kurva', 'Kurva distribusi'],
  ['tindak-lanjut', 'Tindak lanjut'],
  ['kesehatan', 'Kesehatan proses']
];
// Columns of the Pengisian table: counter name (as /api/pemantauan/pengisian and /orang name it)
// and header.
const KOLOM_PENGISIAN = [
  ['jumlahAsn', 'Jumlah ASN'],
  ['skpBelumDisusun', 'SKP belum disusun'],
  ['skpMenungguPersetujuan', 'SKP menunggu persetujuan'],
  ['skpDisepakati', 'SKP disepakati'],
  ['periodeDilaporkan', 'Periode dilaporkan'],
  ['periodeDinilai', 'Periode dinilai'],
  ['periodeTerlambat', 'Periode terlambat'],
  ['penilaianTahunanSelesai', 'Penilaian tahunan selesai']
];
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus',
  'September', 'Oktober', 'November', 'Desember'];

const esc = (s) => String(s == null ? '' : s).replace(/[&<>"']/g,
  (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const angka = (n) => (n == null ? '–' : Number(n).toLocaleString('id-ID', { maximumFractionDigits: 1 }));
const persen = (n) => (n == null ? '–' : angka(n) + '%');
const tanggal = (s) => {
  if (!s) return '–';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? Number(m[3]) + ' ' + BULAN[Number(m[2]) - 1] + ' ' + m[1] : esc(s);
};
/** A link target from the server: a path of this app or http(s); anything else is not linked. */
const tautanAman = (u) => typeof u === 'string' && (/^\/(?!\/)/.test(u) || /^https?:\/\//i.test(u));

function pasangGaya() {
  if (document.getElementById(GAYA)) return;
  const l = document.createElement('link');
  l.id = GAYA;
  l.rel = 'stylesheet';
  l.href = new URL('./pemantauan-kinerja.css', import.meta.url).href;
  document.head.appendChild(l);
}

/** GET on /api with the Cockpit session; throws an Error carrying the server's Indonesian text. */
async function api(jalur) {
  const r = await fetch(jalur, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (r.ok) return r.json();
  let pesan = 'Permintaan gagal (kode ' + r.status + ').';
  try {
    const b = await r.json();
    pesan = b.pesan || b.message || pesan;
  } catch (e) { /* not JSON */ }
  if (r.status === 401) pesan = 'Sesi Anda sudah berakhir. Silakan masuk kembali ke Cockpit.';
  if (r.status === 403) pesan = 'Pemantauan Kinerja hanya untuk BKPSDM dan administrator.';
  const e = new Error(pesan);
  e.status = r.status;
  throw e;
}

let saya = null;
async function bolehMelihat() {
  if (!saya) saya = api('/api/saya');
  const s = await saya;
  const peran = (s && s.peran) || [];
  return peran.includes('ROLE_BKPSDM') || peran.includes('ROLE_CAMUNDA_ADMIN');
}

function kueri(obj) {
  const p = new URLSearchParams();
  Object.entries(obj).forEach(([k, v]) => { if (v != null && v !== '') p.set(k, v); });
  return p.toString();
}

function tombolUnduh(jalur, filter) {
  return '<a class="btn btn-default btn-sm pk-unduh" href="' + esc(jalur + '.xlsx?' + kueri(filter))
    + '" download>Unduh Excel</a>';
}

/** A number that opens the list of the people behind it. */
function angkaKlik(n, kolom, extra) {
  if (n == null) return '–';
  if (!n) return '<span class="pk-nol">0</span>';
  const data = Object.entries(Object.assign({ kolom }, extra || {}))
    .map(([k, v]) => ' data-' + k.toLowerCase() + '="' + esc(v) + '"').join('');
  return '<button type="button" class="pk-angka" title="Lihat nama ASN"' + data + '>' + angka(n) + '</button>';
}

// ---------------------------------------------------------------------------------------------
// The page

function halaman(node) {
  pasangGaya();
  const awal = new URLSearchParams((location.hash.split('?')[1]) || '');
  const tahunIni = new Date().getFullYear();
  const st = {
    tahun: Number(awal.get('tahun')) || tahunIni,
    periode: awal.get('periode') || '',
    kodeOpd: awal.get('kodeOpd') || '',
    tahap: awal.get('tahap') || 'SETELAH_KEBERATAN',
    tab: TAB.some(([k]) => k === awal.get('tab')) ? awal.get('tab') : 'pengisian',
    urut: 0
  };
  node.innerHTML = '<div class="pemantauan-kinerja">'
    + '<h1 class="pk-judul">Pemantauan Kinerja</h1>'
    + '<p class="pk-kecil">Pengisian SKP dan penilaian, kurva distribusi predikat, tindak lanjut, dan kesehatan proses per OPD. '
    + 'Klik angka untuk melihat nama ASN di baliknya.</p>'
    + '<div class="pk-isi-halaman"><p class="pk-status">Memeriksa hak akses…</p></div></div>';
  const akar = node.querySelector('.pk-isi-halaman');

  bolehMelihat().then((boleh) => {
    if (!boleh) {
      akar.innerHTML = '<p class="pk-status pk-galat">Pemantauan Kinerja hanya untuk BKPSDM dan administrator.</p>';
      return;
    }
    bangun(akar, st, tahunIni);
  }).catch((e) => {
    akar.innerHTML = '<p class="pk-status pk-galat">' + esc(e.message) + '</p>';
  });
}

function bangun(akar, st, tahunIni) {
  let tahunOpsi = '';
  for (let t = tahunIni + 1; t >= tahunIni - 5; t--) {
    tahunOpsi += '<option value="' + t + '"' + (t === st.tahun ? ' selected' : '') + '>' + t + '</option>';
  }
  let periodeOpsi = '<option value="">Semua periode</option>';
  for (let p = 1; p <= 12; p++) {
    periodeOpsi += '<option value="' + p + '"' + (String(p) === st.periode ? ' selected' : '') + '>Periode ke-' + p + '</option>';
  }
  akar.innerHTML = '<form class="pk-filter" onsubmit="return false">'
    + '<label>Tahun <select class="form-control input-sm" name="tahun">' + tahunOpsi + '</select></label>'
    + '<label>Periode <select class="form-control input-sm" name="periode" data-judul="Bulan ke-n (SKP bulanan) atau triwulan ke-n (SKP triwulanan)">' + periodeOpsi + '</select></label>'
    + '<label>OPD <select class="form-control input-sm" name="kodeOpd"><option value="">Semua OPD (Kota Langsa)</option></select></label>'
    + '</form>'
    + '<ul class="nav nav-tabs pk-tab" role="tablist">'
    + TAB.map(([k, l]) => '<li role="presentation"><a href="" role="tab" data-tab="' + k + '">' + l + '</a></li>').join('')
    + '</ul>'
    + '<div class="pk-panel" role="tabpanel" aria-live="polite"></div>'
    + '<div class="pk-orang" hidden></div>';
  const form = akar.querySelector('.pk-filter');
  const opdSelect = form.elements.kodeOpd;
  api('/api/pemantauan/opd').then((daftar) => {
    daftar.forEach((o) => opdSelect.add(new Option(o.namaOpd, o.kodeOpd, false, o.kodeOpd === st.kodeOpd)));
  }).catch(() => { /* the tab shows the error */ });
  form.addEventListener('change', () => {
    st.tahun = Number(form.elements.tahun.value);
    st.periode = form.elements.periode.value;
    st.kodeOpd = opdSelect.value;
    tampilkanTab(akar, st);
  });
  akar.querySelector('.pk-tab').addEventListener('click', (ev) => {
    const a = ev.target.closest('[data-tab]');
    if (!a) return;
    ev.preventDefault();
    st.tab = a.dataset.tab;
    tampilkanTab(akar, st);
  });
  akar.addEventListener('click', (ev) => {
    const b = ev.target.closest('.pk-angka');
    if (b) {
      tampilkanOrang(akar, st, Object.assign({}, b.dataset), 1);
      return;
    }
    const hal = ev.target.closest('.pk-halaman');
    if (hal) {
      tampilkanOrang(akar, st, st.orang, Number(hal.dataset.halaman));
      return;
    }
    if (ev.target.closest('.pk-tutup')) {
      akar.querySelector('.pk-orang').hidden = true;
    }
  });
  akar.addEventListener('change', (ev) => {
    if (ev.target.name === 'tahap') {
      st.tahap = ev.target.value;
      tampilkanTab(akar, st);
    }
  });
  tampilkanTab(akar, st);
}

// Which filters a tab uses: the curve and the follow-ups are yearly, the process health is now.
const FILTER_TAB = {
  pengisian: ['tahun', 'periode', 'kodeOpd'],
  kurva: ['tahun', 'kodeOpd'],
  'tindak-lanjut': ['tahun', 'kodeOpd'],
  kesehatan: []
};

async function tampilkanTab(akar, st) {
  const form = akar.querySelector('.pk-filter');
  ['tahun', 'periode', 'kodeOpd'].forEach((n) => {
    const berlaku = FILTER_TAB[st.tab].includes(n);
    form.elements[n].disabled = !berlaku;
    form.elements[n].title = berlaku ? (form.elements[n].dataset.judul || '') : 'Tidak berlaku untuk tab ini';
  });
  akar.querySelectorAll('.pk-tab [data-tab]').forEach((a) => {
    const aktif = a.dataset.tab === st.tab;
    a.parentElement.classList.toggle('active', aktif);
    a.setAttribute('aria-selected', String(aktif));
  });
  akar.querySelector('.pk-orang').hidden = true;
  const panel = akar.querySelector('.pk-panel');
  panel.innerHTML = '<p class="pk-status">Memuat data…</p>';
  const urut = ++st.urut;
  const filter = { tahun: st.tahun, periode: st.periode, kodeOpd: st.kodeOpd };
  try {
    let html;
    if (st.tab === 'pengisian') {
      html = pengisian(await api('/api/pemantauan/pengisian?' + kueri(filter)), filter);
    } else if (st.tab === 'kurva') {
      const f = { tahun: st.tahun, kodeOpd: st.kodeOpd, tahap: st.tahap };
      html = kurva(await api('/api/pemantauan/kurva?' + kueri(f)), f);
    } else if (st.tab === 'tindak-lanjut') {
      const f = { tahun: st.tahun, kodeOpd: st.kodeOpd };
      html = tindakLanjut(await api('/api/pemantauan/tindak-lanjut?' + kueri(f)), f);
    } else {
      html = kesehatan(await api('/api/pemantauan/kesehatan-proses'));
    }
    if (urut === st.urut) panel.innerHTML = html;
  } catch (e) {
    if (urut === st.urut) {
      panel.innerHTML = '<p class="pk-status pk-galat">Data gagal dimuat: ' + esc(e.message) + '</p>';
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Pengisian

function pengisian(d, filter) {
  const baris = d.baris || [];
  const judul = '<div class="pk-kepala-tabel"><h2>Pengisian SKP dan penilaian ' + esc(d.tahun)
    + (d.periode ? ', periode ke-' + esc(d.periode) : ', semua periode') + '</h2>'
    + tombolUnduh('/api/pemantauan/pengisian', filter) + '</div>';
  if (!baris.length) {
    return judul + '<p class="pk-status">Belum ada data pengisian untuk pilihan ini.</p>';
  }
  const sel = (r, kodeOpd) => KOLOM_PENGISIAN.map(([k]) => {
    let isi = angkaKlik(r[k], k, { kodeOpd: kodeOpd || '' });
    if (k === 'periodeTerlambat' && r.terlambatTerlamaHari) {
      isi += '<div class="pk-kecil">terlama ' + angka(r.terlambatTerlamaHari) + ' hari</div>';
    }
    return '<td class="pk-num">' + isi + '</td>';
  }).join('');
  const total = d.total;
  return judul
    + '<p class="pk-kecil">Periode dilaporkan/dinilai/terlambat dihitung untuk periode yang dipilih, atau dijumlahkan untuk semua periode tahun ini.</p>'
    + '<table class="table table-condensed pk-tabel"><thead><tr><th>OPD</th>'
    + KOLOM_PENGISIAN.map(([, l]) => '<th class="pk-num">' + l + '</th>').join('') + '</tr></thead><tbody>'
    + baris.map((r) => '<tr><th scope="row">' + esc(r.namaOpd) + '</th>' + sel(r, r.kodeOpd) + '</tr>').join('')
    + '</tbody>'
    + (total && baris.length > 1 ? '<tfoot><tr><th scope="row">' + esc(total.namaOpd || 'Kota Langsa') + '</th>'
      + sel(total, filter.kodeOpd) + '</tr></tfoot>' : '')
    + '</table>';
}

// ---------------------------------------------------------------------------------------------
// Kurva distribusi

function kurva(d, filter) {
  const opsi = TAHAP.map(([k, l]) => '<option value="' + k + '"' + (k === (d.tahap || filter.tahap) ? ' selected' : '') + '>' + l + '</option>').join('');
  let h = '<div class="pk-kepala-tabel"><h2>Kurva distribusi predikat ' + esc(d.tahun) + '</h2>'
    + '<label class="pk-tahap">Tahap <select class="form-control input-sm" name="tahap">' + opsi + '</select></label>'
    + tombolUnduh('/api/pemantauan/kurva', filter) + '</div>'
    + '<p class="pk-kecil">Batang: persentase ASN per predikat; garis gelap: batas pola kurva menurut Predikat Kinerja Organisasi OPD; '
    + 'batang merah: predikat yang melanggar pola. Kepala OPD tidak dihitung dalam kurva OPD yang dipimpinnya.</p>';
  const baris = d.baris || [];
  const terisi = baris.filter((b) => b.jumlahDinilai > 0);
  const kosong = baris.filter((b) => !(b.jumlahDinilai > 0));
  if (d.kota && !filter.kodeOpd && d.kota.jumlahDinilai > 0) {
    h += kartuKurva(Object.assign({}, d.kota, { namaOpd: 'Kota Langsa (semua OPD)' }), filter, '', true);
  }
  if (!terisi.length) {
    return h + '<p class="pk-status">Belum ada ASN yang dinilai pada tahap ini untuk pilihan ini.</p>';
  }
  h += terisi.map((b) => kartuKurva(b, filter, b.kodeOpd, false)).join('');
  if (kosong.length) {
    h += '<p class="pk-kecil">Belum ada ASN yang dinilai pada tahap ini: ' + kosong.map((b) => esc(b.namaOpd)).join(', ') + '.</p>';
  }
  return h;
}

function kartuKurva(b, filter, kodeOpd, kota) {
  const pola = b.pola || [];
  const jumlah = b.jumlah || {};
  const pc = b.persen || {};
  // a bound line on a bar only for a rule about that one predikat in percent
  const garis = {};
  const langgar = {};
  pola.forEach((q) => {
    const daftar = String(q.predikat || '').split(',');
    if (q.terpenuhi === false) daftar.forEach((p) => { langgar[p] = true; });
    if (daftar.length === 1 && /%/.test(q.batas || '')) {
      garis[daftar[0]] = [q.min, q.max].filter((x) => x != null && x > 0 && x < 100);
    }
  });
  const status = kota ? ''
    : b.predikatOrganisasi == null ? '<span class="pk-lencana">Predikat organisasi belum ditetapkan</span>'
      : b.polaDiberlakukan === false ? '<span class="pk-lencana" title="Jumlah ASN di bawah batas minimal kurva">Pola tidak diberlakukan (ASN terlalu sedikit)</span>'
      : b.melanggarPola ? '<span class="pk-lencana pk-buruk">Tidak sesuai pola</span>'
        : '<span class="pk-lencana pk-baik">Sesuai pola</span>';
  const batang = PREDIKAT.map((p) => {
    const lebar = Math.max(0, Math.min(100, Number(pc[p]) || 0));
    const batas = (garis[p] || []).map((x) => '<span class="pk-batas" style="left:' + Number(x) + '%" title="batas ' + esc(x) + '%"></span>').join('');
    return '<tr' + (langgar[p] ? ' class="pk-langgar"' : '') + '><th scope="row">' + NAMA_PREDIKAT[p] + '</th>'
      + '<td class="pk-grafik"><div class="pk-rel" role="img" aria-label="' + NAMA_PREDIKAT[p] + ' ' + persen(pc[p]) + '">'
      + '<span class="pk-bar" style="width:' + lebar + '%"></span>' + batas + '</div></td>'
      + '<td class="pk-num">' + persen(pc[p]) + '</td>'
      + '<td class="pk-num">' + angkaKlik(jumlah[p] || 0, p, { kodeOpd, tahap: filter.tahap }) + '</td></tr>';
  }).join('');
  const aturan = kota ? ''
    : '<div class="pk-pola"><h4>Pola untuk predikat organisasi ' + esc(NAMA_ORGANISASI[b.predikatOrganisasi] || '–') + '</h4>'
      + (pola.length
        ? '<ul>' + pola.map((q) => '<li class="' + (q.terpenuhi ? 'pk-ok' : 'pk-tidak') + '"><strong>' + esc(q.label || q.predikat) + ' ' + esc(q.batas) + '</strong>: '
          + (q.terpenuhi ? 'terpenuhi' : '<span class="pk-buruk-teks">dilanggar</span>')
          + (q.pesan ? '<div class="pk-kecil">' + esc(q.pesan) + '</div>' : '') + '</li>').join('') + '</ul>'
        : '<p class="pk-kecil">' + (b.predikatOrganisasi == null ? 'Pola berlaku setelah BKPSDM menetapkan Predikat Kinerja Organisasi.' : 'Tidak ada batas untuk predikat organisasi ini.') + '</p>')
      + '</div>';
  return '<section class="pk-kartu"><div class="pk-kartu-kepala"><h3>' + esc(b.namaOpd) + '</h3>' + status + '</div>'
    + '<p class="pk-kecil">' + (kota ? '' : 'Predikat Kinerja Organisasi: <strong>' + esc(NAMA_ORGANISASI[b.predikatOrganisasi] || 'belum ditetapkan') + '</strong> · ')
    + (b.statusKalibrasi ? esc(b.statusKalibrasi) + ' · ' : '')
    + 'ASN dinilai: ' + angkaKlik(b.jumlahDinilai, 'jumlahDinilai', { kodeOpd, tahap: filter.tahap }) + '</p>'
    + '<div class="pk-kurva-isi"><table class="table table-condensed pk-kurva"><thead><tr><th>Predikat</th><th>Sebaran</th><th class="pk-num">Persen</th><th class="pk-num">Jumlah</th>'
    + '</tr></thead><tbody>' + batang + '</tbody></table>' + aturan + '</div>'
    + (b.catatan && !kota ? '<p class="pk-kecil">' + esc(b.catatan) + '</p>' : '')
    + '</section>';
}

// ---------------------------------------------------------------------------------------------
// Tindak lanjut

function tindakLanjut(d, filter) {
  const kb = d.keberatan || { daftar: [] };
  const pl = d.pelatihan || { baris: [] };
  const ph = d.penghargaan || { pemenang: [] };
  const pb = d.pembinaan || { daftar: [] };
  const orangBaris = (o) => '<th scope="row">' + esc(o.nama) + '<div class="pk-kecil">NIP ' + esc(o.nip) + '</div></th><td>' + esc(o.namaOpd) + '</td>';
  let h = '<div class="pk-kepala-tabel"><h2>Tindak lanjut ' + esc(d.tahun) + '</h2>' + tombolUnduh('/api/pemantauan/tindak-lanjut', filter) + '</div>';

  h += '<section class="pk-kartu"><h3>Keberatan</h3><p>Terbuka: <strong>' + angka(kb.terbuka) + '</strong> · lewat batas waktu: <strong'
    + (kb.lewatBatas ? ' class="pk-buruk-teks"' : '') + '>' + angka(kb.lewatBatas) + '</strong></p>'
    + ((kb.daftar || []).length
      ? '<table class="table table-condensed pk-tabel"><thead><tr><th>ASN</th><th>OPD</th><th>Tahap</th><th>Batas waktu</th></tr></thead><tbody>'
        + kb.daftar.map((o) => '<tr>' + orangBaris(o) + '<td>' + esc(o.tahap) + '</td><td class="pk-tgl">' + tanggal(o.batas) + '</td></tr>').join('')
        + '</tbody></table>'
      : '<p class="pk-status">Tidak ada keberatan yang terbuka.</p>')
    + '</section>';

  h += '<section class="pk-kartu"><h3>Pengembangan kompetensi (pelatihan)</h3>'
    + ((pl.baris || []).length
      ? '<table class="table table-condensed pk-tabel"><thead><tr><th>OPD</th><th class="pk-num">Ditetapkan</th><th class="pk-num">Selesai</th>'
        + '<th class="pk-num">Terverifikasi</th><th class="pk-num">Jumlah JP</th><th class="pk-num">ASN di bawah ' + angka(pl.jpMinimal || 20) + ' JP</th></tr></thead><tbody>'
        + pl.baris.map((r) => '<tr><th scope="row">' + esc(r.namaOpd) + '</th><td class="pk-num">' + angka(r.ditetapkan) + '</td><td class="pk-num">'
          + angka(r.selesai) + '</td><td class="pk-num">' + angka(r.terverifikasi) + '</td><td class="pk-num">' + angka(r.jumlahJp)
          + '</td><td class="pk-num">' + angka(r.asnDiBawah20Jp) + '</td></tr>').join('')
        + '</tbody></table>'
      : '<p class="pk-status">Belum ada pelatihan pada tahun ini.</p>')
    + '</section>';

  h += '<section class="pk-kartu"><h3>Seleksi penghargaan</h3><p>Tahap: <strong>' + esc(ph.tahap || 'Belum dibuka') + '</strong>'
    + (ph.batas ? ' · batas waktu ' + tanggal(ph.batas) : '') + '</p>'
    + ((ph.pemenang || []).length
      ? '<table class="table table-condensed pk-tabel"><thead><tr><th>Kategori</th><th>ASN</th><th>OPD</th></tr></thead><tbody>'
        + ph.pemenang.map((o) => '<tr><td>' + esc(o.kategori) + '</td>' + orangBaris(o) + '</tr>').join('') + '</tbody></table>'
      : '<p class="pk-status">Belum ada pemenang yang ditetapkan.</p>')
    + '</section>';

  h += '<section class="pk-kartu"><h3>Pembinaan kinerja</h3><p>Berjalan: <strong>' + angka(pb.berjalan) + '</strong></p>'
    + ((pb.daftar || []).length
      ? '<table class="table table-condensed pk-tabel"><thead><tr><th>ASN</th><th>OPD</th><th>Tahap</th><th>Mulai</th><th>Selesai (rencana)</th></tr></thead><tbody>'
        + pb.daftar.map((o) => '<tr>' + orangBaris(o) + '<td>' + esc(o.tahap) + '</td><td class="pk-tgl">' + tanggal(o.mulai)
          + '</td><td class="pk-tgl">' + tanggal(o.selesaiRencana) + '</td></tr>').join('') + '</tbody></table>'
      : '<p class="pk-status">Tidak ada masa pembinaan yang berjalan.</p>')
    + '</section>';
  return h;
}

// ---------------------------------------------------------------------------------------------
// Kesehatan proses

function kesehatan(d) {
  const baris = d.baris || [];
  let h = '<div class="pk-kepala-tabel"><h2>Kesehatan proses</h2>' + tombolUnduh('/api/pemantauan/kesehatan-proses', {}) + '</div>'
    + '<p class="pk-kecil">Insiden: langkah proses yang berhenti karena gagal dan menunggu tindakan. Job gagal: langkah otomatis yang gagal dan sudah habis percobaan ulangnya. '
    + 'Keadaan saat ini, tidak tergantung pada filter.</p>';
  if (!baris.length) return h + '<p class="pk-status">Belum ada proses yang berjalan.</p>';
  return h + '<table class="table table-condensed pk-tabel"><thead><tr><th>Proses</th><th class="pk-num">Instans aktif</th>'
    + '<th class="pk-num">Insiden</th><th class="pk-num">Job gagal</th><th>Keterangan</th><th>Cockpit</th></tr></thead><tbody>'
    + baris.map((r) => '<tr' + (r.insiden || r.jobGagal ? ' class="pk-langgar"' : '') + '><th scope="row">' + esc(r.namaProses)
      + '<div class="pk-kecil">' + esc(r.kunciProses) + '</div></th><td class="pk-num">' + angka(r.instansAktif) + '</td><td class="pk-num">'
      + angka(r.insiden) + '</td><td class="pk-num">' + angka(r.jobGagal) + '</td><td>' + (r.contohPesan ? esc(r.contohPesan) : (r.insiden || r.jobGagal ? '' : 'Berjalan normal'))
      + '</td><td class="pk-tgl">' + (tautanAman(r.tautanCockpit) ? '<a href="' + esc(r.tautanCockpit) + '">' + (r.insiden ? 'Lihat insiden' : 'Lihat proses') + '</a>' : '–')
      + '</td></tr>').join('')
    + '</tbody></table>';
}

// ---------------------------------------------------------------------------------------------
// People behind a number

const UKURAN = 100;

async function tampilkanOrang(akar, st, data, halaman) {
  st.orang = data;
  const kotak = akar.querySelector('.pk-orang');
  const filter = { tahun: st.tahun, kodeOpd: data.kodeopd || '', kolom: data.kolom };
  if (data.tahap) filter.tahap = data.tahap; else if (st.periode) filter.periode = st.periode;
  kotak.hidden = false;
  kotak.innerHTML = '<p class="pk-status">Memuat daftar ASN…</p>';
  kotak.scrollIntoView({ block: 'start' });
  try {
    const d = await api('/api/pemantauan/orang?' + kueri(Object.assign({ halaman, ukuran: UKURAN }, filter)));
    const orang = d.orang || [];
    const dari = (d.halaman - 1) * d.ukuran;
    const halamanTerakhir = Math.max(1, Math.ceil(d.jumlah / d.ukuran));
    // a period counter lists periods (one ASN may appear once per period), the others ASN
    const satuan = /^periode|^terlambat/.test(data.kolom) ? ' periode' : ' ASN';
    const navigasi = halamanTerakhir > 1
      ? '<p class="pk-navigasi">Menampilkan ' + angka(dari + 1) + '–' + angka(dari + orang.length) + ' dari ' + angka(d.jumlah) + satuan + '. '
        + (d.halaman > 1 ? '<button type="button" class="btn btn-default btn-xs pk-halaman" data-halaman="' + (d.halaman - 1) + '">Sebelumnya</button> ' : '')
        + (d.halaman < halamanTerakhir ? '<button type="button" class="btn btn-default btn-xs pk-halaman" data-halaman="' + (d.halaman + 1) + '">Berikutnya</button>' : '')
        + '</p>'
      : '<p class="pk-kecil">' + angka(d.jumlah) + satuan + '.</p>';
    kotak.innerHTML = '<div class="pk-kepala-tabel"><h2>' + esc(d.judul || 'Daftar ASN') + '</h2>'
      + tombolUnduh('/api/pemantauan/orang', filter)
      + '<button type="button" class="btn btn-link btn-sm pk-tutup">Tutup daftar</button></div>'
      + navigasi
      + (orang.length
        ? '<table class="table table-condensed pk-tabel"><thead><tr><th>Nama</th><th>Jabatan</th><th>OPD</th><th>Keterangan</th>'
          + '<th>Sejak</th><th>Instans</th></tr></thead><tbody>'
          + orang.map((o) => '<tr><th scope="row">' + (tautanAman(o.tautanKinerja)
            ? '<a href="' + esc(o.tautanKinerja) + '" target="_blank" rel="noopener" title="Catatan kinerja ASN ini">' + esc(o.nama) + '</a>' : esc(o.nama))
            + '<div class="pk-kecil">NIP ' + esc(o.nip) + '</div></th><td>' + esc(o.jabatan) + '</td><td>' + esc(o.namaOpd) + '</td><td>'
            + esc(o.keterangan) + (o.terlambatHari ? '<div class="pk-buruk-teks">terlambat ' + angka(o.terlambatHari) + ' hari</div>' : '')
            + '</td><td class="pk-tgl">' + tanggal(o.sejak) + '</td><td>'
            + (tautanAman(o.tautanCockpit) ? '<a href="' + esc(o.tautanCockpit) + '">Buka di Cockpit</a>' : '–') + '</td></tr>').join('')
          + '</tbody></table>'
        : '<p class="pk-status">Tidak ada ASN pada angka ini.</p>');
  } catch (e) {
    kotak.innerHTML = '<p class="pk-status pk-galat">Daftar ASN gagal dimuat: ' + esc(e.message) + '</p>'
      + '<button type="button" class="btn btn-link btn-sm pk-tutup">Tutup</button>';
  }
}

// ---------------------------------------------------------------------------------------------
// Dashboard entry

function dasbor(node) {
  pasangGaya();
  node.innerHTML = '<div class="pemantauan-kinerja pk-dasbor"></div>';
  const kotak = node.firstChild;
  bolehMelihat().then(async (boleh) => {
    if (!boleh) return;
    const tahun = new Date().getFullYear();
    kotak.innerHTML = '<h3 class="pk-judul-dasbor"><a href="#/pemantauan-kinerja">Pemantauan Kinerja</a></h3>'
      + '<p>Pengisian SKP dan penilaian per OPD, kurva distribusi predikat, tindak lanjut, dan kesehatan proses, dengan nama ASN di balik setiap angka dan unduhan Excel.</p>'
      + '<p class="pk-ringkas pk-kecil">Memuat ringkasan ' + tahun + '…</p>'
      + '<a class="btn btn-primary btn-sm" href="#/pemantauan-kinerja">Buka Pemantauan Kinerja</a>';
    try {
      const d = await api('/api/pemantauan/pengisian?tahun=' + tahun);
      const t = d.total || {};
      kotak.querySelector('.pk-ringkas').textContent = 'Tahun ' + tahun + ': SKP disepakati ' + angka(t.skpDisepakati)
        + ' dari ' + angka(t.jumlahAsn) + ' ASN · periode terlambat ' + angka(t.periodeTerlambat)
        + ' · penilaian tahunan selesai ' + angka(t.penilaianTahunanSelesai) + '.';
    } catch (e) {
      kotak.querySelector('.pk-ringkas').textContent = 'Ringkasan gagal dimuat: ' + e.message;
    }
  }).catch(() => { /* no entry without a known user */ });
}

export default [
  {
    id: 'kinerja.pemantauan.dasbor',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: dasbor,
    properties: { label: 'Pemantauan Kinerja' }
  },
  {
    id: 'kinerja.pemantauan.menu',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: {
      pagePath: '#/pemantauan-kinerja',
      label: 'Pemantauan Kinerja',
      checkActive: (url) => url.indexOf('#/pemantauan-kinerja') > -1
    }
  },
  {
    id: 'kinerja.pemantauan.halaman',
    pluginPoint: 'cockpit.route',
    properties: { path: '/pemantauan-kinerja', label: 'Pemantauan Kinerja' },
    render: halaman
  }
];
