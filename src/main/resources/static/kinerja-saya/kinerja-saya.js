/* Kinerja saya: the ASN's SKP, periods, feedback, ratings and documents (read-only). */
'use strict';

(function () {
  const { label, esc, angka, tanggal, api, tautanAman, param } = KS;
  const $ = (id) => document.getElementById(id);
  let beranda = null;

  function pesan(teks, galat) {
    const p = $('pesan');
    p.hidden = !teks;
    p.textContent = teks || '';
    p.classList.toggle('galat', !!galat);
  }

  function kat(r) {
    return r ? '<span class="kat-' + esc(r) + '">' + esc(label(r)) + '</span>' : '<span class="belum">Belum dinilai</span>';
  }

  function dataOrang(judul, o) {
    if (!o) return '<div><h3>' + esc(judul) + '</h3><p class="belum">Tidak diketahui</p></div>';
    return '<div><h3>' + esc(judul) + '</h3><dl class="data">'
      + '<dt>Nama</dt><dd>' + esc(o.nama) + '</dd>'
      + '<dt>NIP</dt><dd>' + esc(o.nip || '–') + '</dd>'
      + '<dt>Pangkat/gol.</dt><dd>' + esc(o.pangkatGolongan || '–') + '</dd>'
      + '<dt>Jabatan</dt><dd>' + esc(o.jabatan || '–') + '</dd>'
      + '<dt>Unit kerja</dt><dd>' + esc([o.unitKerja, o.opd].filter(Boolean).join(', ') || '–') + '</dd>'
      + '</dl></div>';
  }

  function dasarUrl(r) {
    return '/api/kinerja-saya/pegawai/' + encodeURIComponent(r.pegawai.nip) + '/' + r.skp.tahun;
  }

  function bagianSkp(r) {
    let h = '<section class="kartu"><h2>SKP ' + r.skp.tahun + '</h2>'
      + '<p>Periode ' + tanggal(r.skp.tanggalMulai) + ' s.d. ' + tanggal(r.skp.tanggalSelesai)
      + ' · penilaian ' + esc(label(r.skp.jenisPeriode).toLowerCase())
      + ' · status: <strong>' + esc(label(r.skp.status)) + '</strong>'
      + (r.skp.tanggalDisetujui ? ' (ditetapkan ' + tanggal(r.skp.tanggalDisetujui) + ')' : '') + '</p>'
      + '<div class="dokumen"><a class="tombol" href="' + dasarUrl(r) + '/skp.pdf" download>Unduh SKP (PDF)</a></div>'
      + '<div class="identitas">' + dataOrang('Pegawai yang dinilai', r.pegawai)
      + dataOrang('Pejabat penilai kinerja', r.pejabatPenilai)
      + (r.jpt && r.atasanPejabatPenilai ? dataOrang('Atasan pejabat penilai kinerja', r.atasanPejabatPenilai) : '')
      + '</div><h3>Rencana hasil kerja</h3>';
    if (!r.rhk.length) h += '<p class="belum">SKP belum berisi RHK.</p>';
    for (const rhk of r.rhk) {
      h += '<div class="rhk ' + (rhk.jenis === 'TAMBAHAN' ? 'tambahan' : '') + '">'
        + '<div class="rhk-judul"><span class="lencana">RHK ' + rhk.nomor + ' · ' + esc(label(rhk.jenis)) + '</span>'
        + esc(rhk.uraian) + '</div>'
        + (rhk.rhkAtasan ? '<div class="kecil">Mendukung RHK atasan: ' + esc(rhk.rhkAtasan) + '</div>' : '')
        + '<table class="kartu-hp"><thead><tr><th>No</th><th>Indikator kinerja</th><th>Aspek</th><th class="angka">Target</th></tr></thead><tbody>';
      for (const i of rhk.indikator) {
        h += '<tr><td data-label="No">' + esc(i.nomor) + '</td><td data-label="Indikator kinerja">' + esc(i.uraian)
          + (i.arah === 'LEBIH_RENDAH_LEBIH_BAIK' ? ' <span class="kecil">(makin rendah makin baik)</span>' : '') + '</td>'
          + '<td data-label="Aspek">' + esc(label(i.aspek)) + '</td>'
          + '<td data-label="Target" class="angka">' + angka(i.target) + ' ' + esc(i.satuan || '') + '</td></tr>';
      }
      h += '</tbody></table></div>';
    }
    h += '<h3>Perilaku kerja (BerAKHLAK)</h3><table class="kartu-hp"><thead><tr><th>Nilai</th><th>Ekspektasi khusus pimpinan</th></tr></thead><tbody>';
    for (const p of r.perilaku) {
      h += '<tr><td data-label="Nilai">' + esc(p.label) + '</td><td data-label="Ekspektasi khusus pimpinan">'
        + (p.ekspektasiKhusus ? esc(p.ekspektasiKhusus) : '<span class="belum">–</span>') + '</td></tr>';
    }
    return h + '</tbody></table></section>';
  }

  function bukti(i) {
    const b = [];
    if (i.berkas) b.push('<a href="' + esc(i.berkas.url) + '" download>' + esc(i.berkas.nama) + '</a>');
    if (tautanAman(i.tautanBukti)) {
      b.push('<a href="' + esc(i.tautanBukti.trim()) + '" target="_blank" rel="noopener noreferrer">Buka tautan</a>');
    } else if (i.tautanBukti) {
      b.push(esc(i.tautanBukti));
    }
    return b.length ? b.join('<br>') : '–';
  }

  function bagianPeriode(r, p, buka) {
    const selesai = p.status === 'SELESAI';
    let h = '<details class="kartu"' + (buka ? ' open' : '') + '><summary>' + esc(p.label) + ' — '
      + (selesai ? 'Predikat ' + esc(label(p.predikat)) : esc(label(p.status))) + '</summary>'
      + '<p class="kecil">' + tanggal(p.tanggalMulai) + ' s.d. ' + tanggal(p.tanggalAkhir)
      + (p.dilaporkanPada ? ' · dilaporkan ' + tanggal(p.dilaporkanPada) + (p.terlambatLapor ? ' (terlambat)' : '') : '')
      + (p.dinilaiPada ? ' · dinilai ' + tanggal(p.dinilaiPada) + (p.penilai ? ' oleh ' + esc(p.penilai) : '') : '') + '</p>'
      + '<div class="dokumen"><a class="tombol" href="' + dasarUrl(r) + '/periode/' + p.ke + '/evaluasi.pdf" download>Unduh Dokumen Evaluasi (PDF)</a></div>';
    // A late start: why this period is a catch-up report or not assessed.
    if (p.keteranganCaraPenilaian) h += '<p class="kecil"><strong>' + (p.caraPenilaian === 'TIDAK_DINILAI' ? 'Tidak dinilai' : 'Laporan susulan') + ':</strong> ' + esc(p.keteranganCaraPenilaian) + '</p>';
    if (p.catatanMandiri) h += '<p><strong>Catatan mandiri:</strong> ' + esc(p.catatanMandiri) + '</p>';
    for (const rr of p.realisasi) {
      h += '<div class="rhk ' + (rr.jenis === 'TAMBAHAN' ? 'tambahan' : '') + '"><div class="rhk-judul"><span class="lencana">RHK '
        + rr.nomor + '</span>' + esc(rr.uraian) + '</div>'
        + '<table class="kartu-hp"><thead><tr><th>No</th><th>Indikator</th><th class="angka">Target</th><th class="angka">Realisasi</th>'
        + '<th class="angka">Capaian</th><th>Kategori</th><th>Bukti dukung</th></tr></thead><tbody>';
      for (const i of rr.indikator) {
        h += '<tr><td data-label="No">' + esc(i.nomor) + '</td><td data-label="Indikator">' + esc(i.uraian)
          + (i.keterangan ? '<div class="kecil">' + esc(i.keterangan) + '</div>' : '') + '</td>'
          + '<td data-label="Target" class="angka">' + angka(i.target) + ' ' + esc(i.satuan || '') + '</td>'
          + '<td data-label="Realisasi" class="angka">' + (i.realisasi == null ? '<span class="belum">belum dilaporkan</span>' : angka(i.realisasi) + ' ' + esc(i.satuan || '')) + '</td>'
          + '<td data-label="Capaian" class="angka">' + (i.capaian == null ? '–' : angka(i.capaian) + ' %') + '</td>'
          + '<td data-label="Kategori">' + (i.kategori ? kat(i.kategori) : '–') + '</td>'
          + '<td data-label="Bukti dukung">' + bukti(i) + '</td></tr>';
      }
      h += '</tbody></table>';
      if (rr.umpanBalik.length) {
        h += '<div class="umpan-balik"><strong>Umpan balik atasan</strong>'
          + rr.umpanBalik.map((u) => '<p>' + esc(u.isi) + '</p><div class="kecil">' + esc(u.penulis || '') + (u.ditulisPada ? ', ' + tanggal(u.ditulisPada) : '') + '</div>').join('')
          + '</div>';
      }
      h += '</div>';
    }
    if (p.ratingHasilKerja || p.saranRatingHasilKerja) {
      h += '<h3>Hasil penilaian periode ini</h3><div class="hasil">'
        + '<div><div class="kecil">Rating hasil kerja</div>' + kat(p.ratingHasilKerja)
        + (p.saranRatingHasilKerja ? '<div class="kecil">Saran sistem: ' + esc(label(p.saranRatingHasilKerja)) + ' (dari ' + esc(label(p.dasarSaranRatingHasilKerja || 'INDIKATOR')) + ')</div>' : '')
        + (p.alasanRatingHasilKerja ? '<div class="kecil">Alasan atasan: ' + esc(p.alasanRatingHasilKerja) + '</div>' : '') + '</div>'
        + '<div><div class="kecil">Rating perilaku kerja</div>' + kat(p.ratingPerilaku)
        + (p.saranRatingPerilaku ? '<div class="kecil">Saran sistem: ' + esc(label(p.saranRatingPerilaku)) + '</div>' : '')
        + (p.alasanRatingPerilaku ? '<div class="kecil">Alasan atasan: ' + esc(p.alasanRatingPerilaku) + '</div>' : '') + '</div>'
        + '<div><div class="kecil">Predikat</div><span class="predikat">' + esc(label(p.predikat)) + '</span></div></div>';
      if (p.perilaku.length) {
        h += '<table class="kartu-hp"><thead><tr><th>Perilaku kerja</th><th>Penilaian</th></tr></thead><tbody>'
          + p.perilaku.map((x) => '<tr><td data-label="Perilaku kerja">' + esc(x.label) + '</td><td data-label="Penilaian">' + kat(x.rating) + '</td></tr>').join('')
          + '</tbody></table>';
      }
      h += '<p class="kecil"><a href="panduan.html?nip=' + encodeURIComponent(r.pegawai.nip) + '&tahun=' + r.skp.tahun + '&periode=' + p.ke + '">Bagaimana saran ini dihitung?</a></p>';
    }
    return h + '</details>';
  }

  function bagianTahunan(r) {
    const t = r.tahunan;
    let h = '<section class="kartu"><h2>Hasil tahunan ' + r.skp.tahun + '</h2>';
    if (!t.ratingHasilKerja && !t.predikat) {
      h += '<p class="belum">Penilaian tahunan belum dilakukan.</p>';
    } else {
      h += '<div class="hasil"><div><div class="kecil">Rating hasil kerja</div>' + kat(t.ratingHasilKerja)
        + (t.saranRatingHasilKerja ? '<div class="kecil">Saran sistem: ' + esc(label(t.saranRatingHasilKerja)) + '</div>' : '') + '</div>'
        + '<div><div class="kecil">Rating perilaku kerja</div>' + kat(t.ratingPerilaku)
        + (t.saranRatingPerilaku ? '<div class="kecil">Saran sistem: ' + esc(label(t.saranRatingPerilaku)) + '</div>' : '') + '</div>'
        + '<div><div class="kecil">Predikat kinerja tahunan</div><span class="predikat">' + esc(label(t.predikat)) + '</span></div></div>'
        + (t.alasan ? '<p>Alasan atasan: ' + esc(t.alasan) + '</p>' : '')
        + '<p class="kecil">' + (t.penilai ? 'Dinilai oleh ' + esc(t.penilai) : '') + (t.tanggalDinilai ? ' pada ' + tanggal(t.tanggalDinilai) : '')
        + (t.tanggalDiterima ? ' · diterima ' + tanggal(t.tanggalDiterima) : '') + '</p>';
    }
    if (t.ratingHasilKerja || t.predikat) {
      h += '<div class="dokumen"><a class="tombol" href="' + dasarUrl(r) + '/evaluasi-tahunan.pdf" download>Unduh Dokumen Evaluasi Tahunan (PDF)</a></div>';
    }
    h += '</section>' + bagianKeberatan(r) + bagianPelatihan(r) + bagianKebutuhanPelatihan(r)
      + bagianPembinaan(r) + bagianPenghargaan(r);
    for (const b of r.belumTersedia) {
      h += '<section class="kartu"><h2>' + esc(b.judul) + '</h2><p class="belum">' + esc(b.keterangan) + '</p></section>';
    }
    return h;
  }

  // The appeal against the year's final result: filing, explanations, decision, every step.
  function bagianKeberatan(r) {
    const daftar = r.keberatan || [];
    let h = '<section class="kartu" id="keberatan"><h2>Keberatan atas hasil penilaian ' + r.skp.tahun + '</h2>';
    if (!daftar.length) {
      return h + '<p class="belum">Tidak ada keberatan yang diajukan atas hasil penilaian tahun ini.</p></section>';
    }
    for (const k of daftar) {
      const hasil = { DALAM_PROSES: 'Dalam proses', TETAP: 'Hasil penilaian tetap', DIUBAH: 'Rating diubah' }[k.hasil] || k.hasil;
      h += '<p><span class="lencana">' + esc(k.labelStatus) + '</span> ' + esc(hasil) + '</p>'
        + '<dl class="data"><dt>Diajukan</dt><dd>' + tanggal(k.diajukanPada) + '</dd>'
        + '<dt>Batas keputusan</dt><dd>' + tanggal(k.batasKeputusan)
        + (k.dieskalasiPada ? ' · lewat, dieskalasi ke BKPSDM ' + tanggal(k.dieskalasiPada) : '') + '</dd>'
        + '<dt>Penilaian dari</dt><dd>' + esc(k.dinilaiOleh || '–') + '</dd>'
        + '<dt>Alasan keberatan</dt><dd class="teks">' + esc(k.alasan) + '</dd>'
        + (k.buktiDukung.length ? '<dt>Bukti dukung</dt><dd>' + k.buktiDukung.map((b) => '<a href="' + esc(b.url) + '">' + esc(b.nama) + '</a>').join(', ') + '</dd>' : '')
        + '</dl>';
      if (k.penjelasan.length) {
        h += '<h3>Penjelasan tertulis</h3>' + k.penjelasan.map((p) => '<div class="umpan-balik"><p class="kecil">'
          + esc(p.pihak) + ' (' + esc(p.dimintaKepada) + '), diminta oleh ' + esc(p.dimintaOleh) + ' ' + tanggal(p.dimintaPada)
          + ', batas ' + tanggal(p.batas) + '</p><p>Pertanyaan: ' + esc(p.pertanyaan) + '</p>'
          + (p.status === 'DIBERIKAN' ? '<p>Penjelasan (' + tanggal(p.dijawabPada) + '): ' + esc(p.penjelasan) + '</p>'
            : '<p class="belum">' + (p.status === 'TERLAMBAT' ? 'Tidak diberikan sampai batas waktu.' : 'Menunggu penjelasan.') + '</p>')
          + '</div>').join('');
      }
      const d = k.keputusan;
      if (d) {
        const baris = (nama, awal, akhir, diubah, alasan) => '<tr><td data-label="Rating">' + nama + '</td>'
          + '<td data-label="Semula">' + kat(awal) + '</td><td data-label="Keputusan">' + kat(akhir)
          + '<div class="kecil">' + (diubah ? 'diubah' : 'tetap') + '</div></td>'
          + '<td data-label="Alasan">' + esc(alasan) + '</td></tr>';
        h += '<h3>Keputusan (final)</h3><table class="kartu-hp"><thead><tr><th>Rating</th><th>Semula</th><th>Keputusan</th><th>Alasan</th></tr></thead><tbody>'
          + baris('Hasil kerja', d.ratingHasilKerjaAwal, d.ratingHasilKerjaAkhir, d.hasilKerjaDiubah, d.alasanHasilKerja)
          + baris('Perilaku kerja', d.ratingPerilakuAwal, d.ratingPerilakuAkhir, d.perilakuDiubah, d.alasanPerilaku)
          + '<tr><td data-label="Rating"><strong>Predikat</strong></td><td data-label="Semula">' + esc(label(d.predikatAwal)) + '</td>'
          + '<td data-label="Keputusan"><span class="predikat">' + esc(label(d.predikatAkhir)) + '</span></td><td data-label="Alasan">–</td></tr>'
          + '</tbody></table><p class="kecil">Diputuskan oleh ' + esc(d.diputuskanOleh || '–') + ' pada ' + tanggal(d.diputuskanPada)
          + (k.dibacaPada ? ' · dibaca ASN ' + tanggal(k.dibacaPada) : '') + '</p>';
      } else {
        h += '<p class="belum">Belum diputuskan.</p>';
      }
      h += '<details><summary>Riwayat langkah (' + k.langkah.length + ')</summary><ol class="langkah">'
        + k.langkah.map((l) => '<li><strong>' + esc(l.label) + '</strong> · ' + esc(l.oleh) + ' · ' + tanggal(l.pada)
          + (l.uraian ? '<div class="kecil">' + esc(l.uraian) + '</div>' : '')
          + (l.alasan ? '<div class="kecil teks">Alasan: ' + esc(l.alasan) + '</div>' : '') + '</li>').join('')
        + '</ol></details>';
    }
    return h + '</section>';
  }

  // Pengembangan kompetensi of the year: verified JP against the entitlement, every training.
  function bagianPelatihan(r) {
    const p = r.pelatihan;
    if (!p) return '';
    let h = '<section class="kartu"><h2>Pelatihan dan jam pelajaran (JP) ' + r.skp.tahun + '</h2>'
      + '<p>JP terverifikasi: <strong>' + angka(p.jpTerverifikasi) + '</strong> dari minimal ' + angka(p.jpMinimal) + ' JP'
      + (p.kekurangan > 0 ? ' · <span class="kat-DI_BAWAH_EKSPEKTASI">kurang ' + angka(p.kekurangan) + ' JP</span>' : ' · terpenuhi') + '</p>';
    if (!p.daftar.length) {
      return h + '<p class="belum">Belum ada pelatihan tercatat pada tahun ini.</p></section>';
    }
    h += '<table class="kartu-hp"><thead><tr><th>Pelatihan</th><th>Tanggal</th><th>JP</th><th>Status</th><th>Sertifikat</th></tr></thead><tbody>'
      + p.daftar.map((x) => '<tr><td data-label="Pelatihan">' + esc(x.nama) + '<div class="kecil">' + esc(x.jenis) + ' · ' + esc(x.penyelenggara || '–') + '</div></td>'
        + '<td data-label="Tanggal">' + tanggal(x.tanggalMulai) + ' s.d. ' + tanggal(x.tanggalSelesai) + '</td>'
        + '<td data-label="JP">' + angka(x.jp) + '</td>'
        + '<td data-label="Status">' + esc(x.labelStatus) + (x.catatanPengembalian ? '<div class="kecil">Catatan BKPSDM: ' + esc(x.catatanPengembalian) + '</div>' : '') + '</td>'
        + '<td data-label="Sertifikat">' + (x.sertifikat ? '<a href="' + esc(x.sertifikat.url) + '">Unduh</a>' : '–') + '</td></tr>').join('')
      + '</tbody></table><p class="kecil">Hanya pelatihan yang sudah diverifikasi BKPSDM yang dihitung; tahun menurut tanggal selesai.</p>';
    return h + '</section>';
  }

  // Follow-ups: dates written as on the rest of the page ("12 Februari 2025").
  const tgl = tanggal;

  // Training needs of pengembangan-kompetensi opened for the year (what started them, the gap, the assignment).
  function bagianKebutuhanPelatihan(r) {
    const daftar = r.kebutuhanPelatihan || [];
    let h = '<section class="kartu" id="kebutuhan-pelatihan"><h2>Kebutuhan pelatihan ' + r.skp.tahun + '</h2>';
    if (!daftar.length) {
      return h + '<p class="belum">Tidak ada kebutuhan pelatihan pada tahun ini.</p></section>';
    }
    h += '<table class="kartu-hp tindak-lanjut"><thead><tr><th>Pemicu dan kesenjangan</th><th>Status</th><th>Pelatihan ditetapkan</th>'
      + '<th>Jadwal</th><th>Batas unggah sertifikat</th><th class="angka">JP dihitung</th></tr></thead><tbody>'
      + daftar.map((k) => '<tr><td data-label="Pemicu">' + esc(k.labelPemicu) + '<div class="kecil">' + esc(k.kesenjangan) + '</div></td>'
        + '<td data-label="Status">' + esc(k.labelStatus) + '</td>'
        + '<td data-label="Pelatihan">' + (k.namaPelatihan ? esc(k.namaPelatihan) : '<span class="belum">Belum ditetapkan</span>') + '</td>'
        + '<td data-label="Jadwal" class="tanggal">' + (k.tanggalMulai ? tgl(k.tanggalMulai) + '<br>s.d. ' + tgl(k.tanggalSelesai) : '–') + '</td>'
        + '<td data-label="Batas" class="tanggal">' + tgl(k.batasLapor)
        + (k.terlambat ? '<div><span class="lencana terlambat">Terlambat</span></div>' : '') + '</td>'
        + '<td data-label="JP" class="angka">' + angka(k.jpDikreditkan) + '</td></tr>').join('')
      + '</tbody></table><p class="kecil">JP dihitung setelah sertifikat diverifikasi BKPSDM.</p>';
    return h + '</section>';
  }

  // The improvement period after the year's predikat: plan, check-ins, re-evaluation, decision.
  function bagianPembinaan(r) {
    const p = r.pembinaan;
    let h = '<section class="kartu" id="pembinaan"><h2>Pembinaan kinerja ' + r.skp.tahun + '</h2>';
    if (!p) {
      return h + '<p class="belum">Tidak ada pembinaan kinerja untuk tahun ini.</p></section>';
    }
    h += '<p><span class="lencana">' + esc(p.labelStatus) + '</span></p>'
      + '<dl class="data"><dt>Predikat awal</dt><dd>' + esc(label(p.predikatAwal)) + '</dd>'
      + '<dt>Pejabat penilai</dt><dd>' + esc(p.pejabatPenilai || '–') + '</dd>'
      + '<dt>Masa pembinaan</dt><dd>' + (p.tanggalMulaiMasa ? tgl(p.tanggalMulaiMasa) + ' s.d. ' + tgl(p.tanggalAkhirMasa)
        : 'Dimulai setelah rencana disetujui (' + angka(p.bulanPembinaan) + ' bulan)') + '</dd></dl>';
    const rc = p.rencana;
    h += '<h3>Rencana pembinaan</h3>';
    if (rc) {
      h += '<dl class="data"><dt>Status</dt><dd>' + esc(rc.labelStatus) + ' (versi ' + rc.versi + ', disusun ' + tgl(rc.disusunPada)
        + (rc.ditanggapiPada ? ', ditanggapi ' + tgl(rc.ditanggapiPada) : '') + ')</dd>'
        + '<dt>Tujuan</dt><dd class="teks">' + esc(rc.tujuan) + '</dd>'
        + '<dt>Dukungan</dt><dd class="teks">' + esc(rc.dukungan) + '</dd>'
        + '<dt>Jadwal pertemuan</dt><dd class="teks">' + esc(rc.jadwalPertemuan) + '</dd>'
        + '<dt>Pelatihan</dt><dd>' + (rc.pelatihan ? esc(rc.pelatihan) + (rc.statusPelatihan
          ? ' (pengembangan kompetensi: ' + esc(rc.statusPelatihan) + ')' : ' (dimulai setelah rencana disetujui)')
          : 'Tanpa pelatihan') + '</dd></dl>';
    } else {
      h += '<p class="belum">Tidak ada rencana yang disusun sejauh ini.</p>';
    }
    h += '<h3>Pertemuan bulanan</h3>';
    if (p.pertemuan.length) {
      h += '<table class="kartu-hp tindak-lanjut"><thead><tr><th>Bulan ke</th><th>Tanggal</th><th>Catatan pejabat penilai</th><th>Tanggapan ASN</th></tr></thead><tbody>'
        + p.pertemuan.map((m) => '<tr><td data-label="Bulan ke">' + m.bulanKe + '</td><td data-label="Tanggal">' + tgl(m.tanggal) + '</td>'
          + '<td data-label="Catatan" class="teks">' + esc(m.catatanPenilai) + '</td><td data-label="Tanggapan" class="teks">' + esc(m.tanggapanAsn || '–') + '</td></tr>').join('')
        + '</tbody></table>';
    } else {
      h += '<p class="belum">Tidak ada pertemuan yang dicatat sejauh ini.</p>';
    }
    const e = p.evaluasi;
    h += '<h3>Evaluasi ulang</h3>';
    if (e) {
      h += '<dl class="data"><dt>Rating hasil kerja</dt><dd>' + kat(e.ratingHasilKerja) + '</dd>'
        + '<dt>Rating perilaku</dt><dd>' + kat(e.ratingPerilaku) + '</dd>'
        + '<dt>Predikat</dt><dd>' + esc(label(e.predikat))
        + (e.membaik == null ? '' : e.membaik ? ' · membaik' : ' · belum membaik') + '</dd>'
        + '<dt>Catatan</dt><dd class="teks">' + esc(e.catatan || '–') + '</dd>'
        + '<dt>Dievaluasi</dt><dd>' + esc(e.dievaluasiOleh || '–') + ', ' + tgl(e.dievaluasiPada) + '</dd></dl>';
    } else {
      h += '<p class="belum">Tidak ada evaluasi ulang sejauh ini.</p>';
    }
    if (p.rekomendasi || p.keputusan) {
      h += '<h3>Rekomendasi dan keputusan</h3><dl class="data">'
        + '<dt>Rekomendasi sistem</dt><dd>' + esc(p.rekomendasi || '–')
        + (p.alasanRekomendasi ? '<div class="kecil">' + esc(p.alasanRekomendasi) + '</div>' : '') + '</dd>'
        + '<dt>Keputusan</dt><dd>' + (p.keputusan ? esc(p.keputusan) : '<span class="belum">Tidak ada keputusan sejauh ini</span>')
        + (p.alasanKeputusan ? '<div class="kecil">' + esc(p.alasanKeputusan) + '</div>' : '') + '</dd>'
        + (p.keputusan ? '<dt>Nomor dan tanggal</dt><dd>' + esc(p.nomorKeputusan || '–') + ', ' + tgl(p.tanggalKeputusan) + '</dd>' : '')
        + '</dl>';
    }
    return h + '</section>';
  }

  // Awards of the year's seleksi-penghargaan won by the ASN.
  function bagianPenghargaan(r) {
    const daftar = r.penghargaan || [];
    let h = '<section class="kartu" id="penghargaan"><h2>Penghargaan ' + r.skp.tahun + '</h2>';
    if (!daftar.length) {
      return h + '<p class="belum">Tidak ada penghargaan yang diterima pada tahun ini.</p></section>';
    }
    h += '<table class="kartu-hp tindak-lanjut"><thead><tr><th>Tahun</th><th>Kategori</th><th>Nomor Keputusan Wali Kota</th><th>Ditetapkan</th></tr></thead><tbody>'
      + daftar.map((x) => '<tr><td data-label="Tahun">' + x.tahun + '</td>'
        + '<td data-label="Kategori">ASN berkinerja terbaik, ' + esc(x.labelKategori) + '</td>'
        + '<td data-label="Nomor">' + esc(x.nomorKeputusan || '–') + '</td>'
        + '<td data-label="Ditetapkan" class="tanggal">' + tgl(x.ditetapkanPada) + '</td></tr>').join('')
      + '</tbody></table>';
    return h + '</section>';
  }

  function tampilkan(r) {
    const rated = r.periode.filter((p) => p.status === 'SELESAI');
    const terakhir = rated.length ? rated[rated.length - 1].ke : null;
    $('isi').innerHTML = bagianSkp(r)
      + '<section class="kartu"><h2>Realisasi dan penilaian per periode</h2>'
      + (r.periode.length ? '' : '<p class="belum">Belum ada periode penilaian.</p>') + '</section>'
      + r.periode.map((p) => bagianPeriode(r, p, p.ke === terakhir)).join('')
      + bagianTahunan(r);
    $('tautan-panduan').href = 'panduan.html?nip=' + encodeURIComponent(r.pegawai.nip) + '&tahun=' + r.skp.tahun;
  }

  async function muatTahun(nip, tahunDipilih) {
    pesan('');
    $('isi').innerHTML = '';
    const pilih = $('pilih-tahun');
    pilih.innerHTML = '';
    let tahun;
    try {
      tahun = (await api('/api/kinerja-saya/pegawai/' + encodeURIComponent(nip))).tahun;
    } catch (e) { pesan(e.message, true); return; }
    if (!tahun.length) { pesan('Belum ada SKP untuk pegawai ini.'); return; }
    for (const t of tahun) pilih.add(new Option(String(t), String(t)));
    if (tahunDipilih && tahun.includes(Number(tahunDipilih))) pilih.value = String(tahunDipilih);
    await muatRincian(nip, pilih.value);
  }

  async function muatRincian(nip, tahun) {
    pesan('Memuat…');
    try {
      tampilkan(await api('/api/kinerja-saya/pegawai/' + encodeURIComponent(nip) + '/' + encodeURIComponent(tahun)));
      pesan('');
      history.replaceState(null, '', '?nip=' + encodeURIComponent(nip) + '&tahun=' + encodeURIComponent(tahun));
    } catch (e) { pesan(e.message, true); }
  }

  function nipTerpilih() {
    const v = $('pilih-pegawai').value;
    return v === '__lain' ? $('nip-lain').value.trim() : v;
  }

  async function mulai() {
    try {
      beranda = await api('/api/kinerja-saya');
    } catch (e) { pesan(e.message, true); return; }
    const pilih = $('pilih-pegawai');
    if (beranda.pengguna.nip) pilih.add(new Option('Saya sendiri — ' + beranda.pengguna.nama, beranda.pengguna.nip));
    for (const a of beranda.tim) pilih.add(new Option('Tim: ' + a.nama + ' (' + (a.jabatan || a.nip) + ')', a.nip));
    if (beranda.bkpsdm) pilih.add(new Option('Pegawai lain (isi NIP)…', '__lain'));
    $('tautan-laporan-kurva').hidden = !beranda.bkpsdm;
    if (!pilih.options.length) { pesan('Akun ini tidak terdaftar sebagai pegawai.'); return; }
    const nipAwal = param('nip');
    if (nipAwal && [...pilih.options].some((o) => o.value === nipAwal)) {
      pilih.value = nipAwal;
    } else if (nipAwal && beranda.bkpsdm) {
      pilih.value = '__lain';
      $('nip-lain').value = nipAwal;
    }
    $('label-nip').hidden = pilih.value !== '__lain';
    pilih.addEventListener('change', () => {
      $('label-nip').hidden = pilih.value !== '__lain';
      if (pilih.value !== '__lain') muatTahun(pilih.value);
    });
    $('nip-lain').addEventListener('change', () => { if (/^\d{18}$/.test(nipTerpilih())) muatTahun(nipTerpilih()); });
    $('pilih-tahun').addEventListener('change', () => muatRincian(nipTerpilih(), $('pilih-tahun').value));
    if (nipTerpilih()) await muatTahun(nipTerpilih(), param('tahun'));
  }

  // Printing shows every period, not only the opened one.
  window.addEventListener('beforeprint', () => document.querySelectorAll('details').forEach((d) => { d.dataset.tadi = d.open; d.open = true; }));
  window.addEventListener('afterprint', () => document.querySelectorAll('details').forEach((d) => { d.open = d.dataset.tadi === 'true'; }));
  document.getElementById('cetak').addEventListener('click', () => window.print());
  mulai();
})();
