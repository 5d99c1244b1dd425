/* Laporan kurva distribusi (BKPSDM): per OPD the distribution against the pattern of its
   Predikat Kinerja Organisasi before and after calibration and after appeals, the calibration
   changes, and the appeals with their outcomes. Read-only; the same data as the Excel files. */
'use strict';

(function () {
  const { label, esc, tanggal, api } = KS;
  const $ = (id) => document.getElementById(id);
  const URUT = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];
  const SINGKAT = { SANGAT_BAIK: 'SB', BAIK: 'B', BUTUH_PERBAIKAN: 'BP', KURANG: 'K', SANGAT_KURANG: 'SK' };
  const ORG = { ISTIMEWA: 'Istimewa', BAIK: 'Baik', BUTUH_PERBAIKAN: 'Butuh Perbaikan', KURANG: 'Kurang', SANGAT_KURANG: 'Sangat Kurang' };
  const STATUS = { BERJALAN: 'Kalibrasi berjalan', FINAL: 'Final' };
  const HASIL = { DALAM_PROSES: 'Dalam proses', TETAP: 'Tetap', DIUBAH: 'Diubah' };

  function pesan(teks, galat) {
    $('pesan').hidden = !teks;
    $('pesan').textContent = teks || '';
    $('pesan').classList.toggle('galat', !!galat);
  }

  function sebaran(s) {
    if (!s) return '–';
    const n = s.jumlahPegawai;
    let h = '<div>' + URUT.map((p) => '<span title="' + esc(label(p)) + '">' + SINGKAT[p] + ' ' + (s.jumlah[p] || 0) + '</span>').join(' · ')
      + ' <span class="kecil">(n = ' + n + ')</span></div>';
    if (s.sesuai === true) h += '<div class="kat-DI_ATAS_EKSPEKTASI">Sesuai pola</div>';
    if (s.sesuai === false) {
      h += '<div class="kat-DI_BAWAH_EKSPEKTASI">Tidak sesuai pola</div>'
        + s.pelanggaran.map((p) => '<div class="kecil">' + esc(p) + '</div>').join('');
    }
    if (s.sesuai == null) h += '<div class="belum">Predikat organisasi belum ditetapkan</div>';
    return h;
  }

  function tampilkan(kurva, keberatan) {
    let h = '<section class="kartu"><h2>Sebaran per OPD ' + kurva.tahun + '</h2>'
      + '<p class="kecil">SB Sangat Baik · B Baik · BP Butuh Perbaikan · K Kurang/Misconduct · SK Sangat Kurang. '
      + 'Kepala OPD tidak dihitung dalam kurva OPD yang dipimpinnya.</p>';
    if (!kurva.opd.length) {
      h += '<p class="belum">Belum ada OPD yang diperiksa kurvanya pada tahun ini.</p>';
    } else {
      h += '<table class="kartu-hp"><thead><tr><th>OPD</th><th>Sebelum kalibrasi</th><th>Sesudah kalibrasi</th><th>Setelah keberatan</th></tr></thead><tbody>'
        + kurva.opd.map((o) => '<tr><td data-label="OPD"><strong>' + esc(o.namaOpd || o.kodeOpd) + '</strong>'
          + '<div class="kecil">Predikat organisasi: ' + esc(ORG[o.predikatOrganisasi] || 'belum ditetapkan') + '</div>'
          + '<div class="kecil">' + esc(STATUS[o.status] || o.status) + ' · ronde ' + o.jumlahRonde + ', putaran ' + o.jumlahPutaran + '</div>'
          + '<div class="kecil">Diubah saat kalibrasi: ' + o.jumlahDiubahKalibrasi + ' · karena keberatan: ' + o.jumlahDiubahKeberatan + '</div></td>'
          + '<td data-label="Sebelum">' + sebaran(o.sebelumKalibrasi) + '</td>'
          + '<td data-label="Sesudah">' + sebaran(o.sesudahKalibrasi) + '</td>'
          + '<td data-label="Setelah keberatan">' + sebaran(o.setelahKeberatan)
          + (o.nipDiubahKeberatan.length ? '<div class="kecil">* diubah karena keberatan: ' + o.nipDiubahKeberatan.map(esc).join(', ') + '</div>' : '')
          + '</td></tr>').join('')
        + '</tbody></table>';
    }
    h += '</section><section class="kartu"><h2>Perubahan rating saat kalibrasi</h2>';
    if (!kurva.perubahan.length) {
      h += '<p class="belum">Tidak ada perubahan rating.</p>';
    } else {
      h += '<table class="kartu-hp"><thead><tr><th>ASN</th><th>Predikat</th><th>Alasan</th><th>Oleh</th></tr></thead><tbody>'
        + kurva.perubahan.map((p) => '<tr><td data-label="ASN">' + esc(p.nama) + '<div class="kecil">NIP ' + esc(p.nip) + ' · ' + esc(p.kodeOpd)
          + ' ronde ' + p.ronde + '</div></td>'
          + '<td data-label="Predikat">' + esc(label(p.predikatLama)) + ' → <strong>' + esc(label(p.predikatBaru)) + '</strong>'
          + '<div class="kecil">Hasil kerja ' + esc(label(p.ratingHasilLama)) + ' → ' + esc(label(p.ratingHasilBaru))
          + '; perilaku ' + esc(label(p.ratingPerilakuLama)) + ' → ' + esc(label(p.ratingPerilakuBaru)) + '</div></td>'
          + '<td data-label="Alasan" class="teks">' + esc(p.alasan) + '</td>'
          + '<td data-label="Oleh">NIP ' + esc(p.diubahOleh) + '<div class="kecil">' + tanggal(p.diubahPada) + '</div></td></tr>').join('')
        + '</tbody></table>';
    }
    h += '</section><section class="kartu"><h2>Keberatan dan hasilnya</h2>';
    if (!keberatan) {
      h += '<p class="belum">Laporan keberatan hanya untuk BKPSDM.</p>';
    } else if (!keberatan.keberatan.length) {
      h += '<p class="belum">Tidak ada keberatan pada tahun ini.</p>';
    } else {
      h += '<p>' + keberatan.jumlah + ' keberatan: ' + Object.entries(keberatan.perHasil).map(([k, v]) => esc(HASIL[k] || k) + ' ' + v).join(' · ')
        + ' · dieskalasi ' + keberatan.dieskalasi + '</p>'
        + '<table class="kartu-hp"><thead><tr><th>ASN</th><th>Hasil</th><th>Keputusan</th></tr></thead><tbody>'
        // dates arrive formatted ("02-12-2026 06:56 WIB"), the decider as a NIP
        + keberatan.keberatan.map((k) => '<tr><td data-label="ASN">' + esc(k.nama) + '<div class="kecil">NIP ' + esc(k.nip) + ' · diajukan ' + esc(k.diajukanPada) + '</div></td>'
          + '<td data-label="Hasil">' + esc(HASIL[k.hasil] || k.hasil) + ': ' + esc(label(k.predikatAwal)) + (k.predikatAkhir ? ' → <strong>' + esc(label(k.predikatAkhir)) + '</strong>' : '')
          + (k.dieskalasi ? '<div class="kecil">dieskalasi ke BKPSDM</div>' : '') + '</td>'
          + '<td data-label="Keputusan">' + (k.diputuskanPada ? 'Oleh NIP ' + esc(k.diputuskanOleh || '–') + ', ' + esc(k.diputuskanPada)
            + (k.alasanKeputusan ? '<div class="kecil teks">' + esc(k.alasanKeputusan) + '</div>' : '') : '<span class="belum">Belum diputuskan</span>') + '</td></tr>').join('')
        + '</tbody></table>';
    }
    $('isi').innerHTML = h + '</section>';
  }

  async function muat(tahun) {
    pesan('Memuat…');
    $('isi').innerHTML = '';
    $('unduh-kurva').href = '/api/laporan/kurva/' + tahun + '/excel';
    $('unduh-keberatan').href = '/api/laporan/keberatan/' + tahun + '/excel';
    try {
      const kurva = await api('/api/laporan/kurva/' + tahun);
      const keberatan = await api('/api/laporan/keberatan/' + tahun).catch(() => null);
      pesan('');
      tampilkan(kurva, keberatan);
    } catch (e) {
      pesan(e.status === 403 ? 'Laporan ini hanya untuk BKPSDM.' : e.message, true);
    }
  }

  const sekarang = new Date().getFullYear();
  const pilih = $('pilih-tahun');
  const awal = Number(new URLSearchParams(location.search).get('tahun')) || sekarang - 1;
  for (let t = sekarang; t >= sekarang - 5; t--) {
    pilih.add(new Option(String(t), String(t), false, t === awal));
  }
  pilih.addEventListener('change', () => muat(pilih.value));
  muat(pilih.value);
})();
