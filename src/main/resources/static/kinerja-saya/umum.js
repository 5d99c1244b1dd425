/* Kinerja saya: helpers shared by the page and the Panduan (plain JS, no build step). */
'use strict';

const KS = (() => {
  const LABEL = {
    DI_ATAS_EKSPEKTASI: 'Di Atas Ekspektasi', SESUAI_EKSPEKTASI: 'Sesuai Ekspektasi',
    DI_BAWAH_EKSPEKTASI: 'Di Bawah Ekspektasi',
    SANGAT_BAIK: 'Sangat Baik', BAIK: 'Baik', BUTUH_PERBAIKAN: 'Butuh Perbaikan',
    KURANG: 'Kurang/Misconduct', SANGAT_KURANG: 'Sangat Kurang',
    UTAMA: 'Utama', TAMBAHAN: 'Tambahan', KUANTITAS: 'Kuantitas', KUALITAS: 'Kualitas', WAKTU: 'Waktu',
    BULANAN: 'Bulanan', TRIWULANAN: 'Triwulanan',
    DRAF: 'Draf (sedang disusun)', DIAJUKAN: 'Diajukan, menunggu persetujuan',
    DIKEMBALIKAN: 'Dikembalikan untuk diperbaiki', DISETUJUI: 'Disetujui (ditetapkan)',
    DINILAI: 'Sudah dinilai', DITERIMA: 'Hasil penilaian diterima',
    MENUNGGU_REALISASI: 'Menunggu laporan realisasi', MENUNGGU_PENILAIAN: 'Menunggu penilaian atasan',
    SELESAI: 'Selesai dinilai', TIDAK_DINILAI: 'Tidak dinilai',
    LEBIH_TINGGI_LEBIH_BAIK: 'makin tinggi makin baik', LEBIH_RENDAH_LEBIH_BAIK: 'makin rendah makin baik',
    INDIKATOR: 'capaian indikator SKP', CAPAIAN_ORGANISASI: 'capaian kinerja organisasi',
    RATING_PERIODIK: 'rata-rata rating periodik'
  };
  const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus',
    'September', 'Oktober', 'November', 'Desember'];

  /** Text of a fixed value, or a dash. */
  const label = (v) => (v == null ? '–' : (LABEL[v] || String(v)));

  /** HTML-escapes anything that came from the server. */
  const esc = (s) => String(s == null ? '' : s).replace(/[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

  /** 116.67 → "116,67"; 12 → "12". */
  const angka = (n) => (n == null ? '–' : Number(n).toLocaleString('id-ID', { maximumFractionDigits: 2 }));

  const tanggal = (s) => {
    if (!s) return '–';
    const d = new Date(s.length === 10 ? s + 'T00:00:00' : s);
    return d.getDate() + ' ' + BULAN[d.getMonth()] + ' ' + d.getFullYear();
  };

  const cookie = (nama) => {
    const m = document.cookie.match(new RegExp('(?:^|; )' + nama + '=([^;]*)'));
    return m ? decodeURIComponent(m[1]) : null;
  };

  /**
   * GET on /api with the Tasklist session (same-origin cookies) and the webapps' CSRF token, so
   * no second password prompt; throws an Error with the server's Indonesian message.
   */
  async function api(jalur) {
    const kepala = { Accept: 'application/json' };
    const xsrf = cookie('XSRF-TOKEN');
    if (xsrf) kepala['X-XSRF-TOKEN'] = xsrf;
    const r = await fetch(jalur, { credentials: 'same-origin', headers: kepala });
    if (r.ok) return r.json();
    let pesan = 'Permintaan gagal (' + r.status + ').';
    try { pesan = (await r.json()).pesan || pesan; } catch (e) { /* not JSON */ }
    if (r.status === 401) {
      pesan = 'Sesi Anda belum masuk atau sudah berakhir. Silakan masuk di Tasklist, lalu buka kembali halaman ini.';
    }
    const e = new Error(pesan);
    e.status = r.status;
    throw e;
  }

  /** Only http(s) links become clickable (no javascript: or data: from a typed URL). */
  const tautanAman = (u) => typeof u === 'string' && /^https?:\/\//i.test(u.trim());

  const param = (nama) => new URLSearchParams(location.search).get(nama);

  return { label, esc, angka, tanggal, api, tautanAman, param };
})();
