package id.go.langsakota.kinerja.pengaturan;

import java.math.BigDecimal;

/**
 * The configurable rules of docs/aturan-kinerja.md with their defaults. Add a key here (with a default and
 * a check of its value) and it is stored, validated and editable through /api/pengaturan.
 */
public enum KunciPengaturan {
  /** Capaian (%) from which an indicator counts as above expectation. */
  AMBANG_DI_ATAS_EKSPEKTASI("110", Jenis.ANGKA, "Capaian minimal (%) indikator di atas ekspektasi"),
  /** Capaian (%) from which an indicator counts as on expectation. */
  AMBANG_SESUAI_EKSPEKTASI("100", Jenis.ANGKA, "Capaian minimal (%) indikator sesuai ekspektasi"),
  /** BULANAN or TRIWULANAN. */
  JENIS_PERIODE("BULANAN", Jenis.PERIODE, "Jenis periode penilaian (BULANAN atau TRIWULANAN)"),
  /** Month-day by which the SKP must be agreed (end of January). */
  BATAS_PENETAPAN_SKP("01-31", Jenis.TANGGAL_TAHUNAN, "Batas penetapan SKP (bulan-tanggal)"),
  /** Working days after period end for the ASN to report. */
  HARI_KERJA_LAPOR_REALISASI("5", Jenis.BILANGAN_BULAT, "Batas pelaporan realisasi (hari kerja setelah periode berakhir)"),
  /** Further working days for the supervisor to review. */
  HARI_KERJA_PENILAIAN_PERIODIK("5", Jenis.BILANGAN_BULAT, "Batas penilaian periodik oleh pejabat penilai (hari kerja setelah batas pelaporan)"),
  /** Days before a deadline to send a reminder. */
  HARI_PENGINGAT("2", Jenis.BILANGAN_BULAT, "Pengingat dikirim berapa hari sebelum batas waktu"),
  /** Days for the ASN to file a keberatan after receiving the annual result (PP 30/2019). */
  HARI_PENGAJUAN_KEBERATAN("14", Jenis.BILANGAN_BULAT, "Batas pengajuan keberatan (hari)"),
  /** Days for the atasan pejabat penilai to decide a keberatan. */
  HARI_KEPUTUSAN_KEBERATAN("14", Jenis.BILANGAN_BULAT, "Batas keputusan keberatan (hari)"),
  /** Days for the ASN or the pejabat penilai to give a written explanation asked in an appeal. */
  HARI_PENJELASAN_KEBERATAN("5", Jenis.BILANGAN_BULAT, "Batas pemberian penjelasan keberatan (hari)"),
  /** Capaian kinerja organisasi (%) from which ISTIMEWA is proposed (local policy default). */
  AMBANG_PREDIKAT_ORGANISASI_ISTIMEWA("110", Jenis.ANGKA, "Saran predikat kinerja organisasi: capaian minimal (%) untuk Istimewa"),
  AMBANG_PREDIKAT_ORGANISASI_BAIK("90", Jenis.ANGKA, "Saran predikat kinerja organisasi: capaian minimal (%) untuk Baik"),
  AMBANG_PREDIKAT_ORGANISASI_BUTUH_PERBAIKAN("70", Jenis.ANGKA, "Saran predikat kinerja organisasi: capaian minimal (%) untuk Butuh Perbaikan"),
  /** Below this capaian SANGAT_KURANG is proposed. */
  AMBANG_PREDIKAT_ORGANISASI_KURANG("50", Jenis.ANGKA, "Saran predikat kinerja organisasi: capaian minimal (%) untuk Kurang (di bawahnya Sangat Kurang)"),
  /** Fewer ASN counted than this: the kurva pattern is shown but not enforced. */
  KURVA_JUMLAH_MINIMAL("5", Jenis.BILANGAN_BULAT, "Kurva distribusi: jumlah ASN minimal agar pola diberlakukan"),
  /** Yearly pengembangan kompetensi entitlement per ASN in JP (PP 17/2020: at least 20). */
  JP_MINIMAL_TAHUNAN("20", Jenis.BILANGAN_BULAT, "Pengembangan kompetensi: JP minimal per ASN per tahun (yang kurang dilaporkan)"),
  /**
   * Periods that ended before the SKP was agreed (a late start): SUSULAN (each becomes a catch-up
   * report with its own deadline) or TIDAK_DINILAI (recorded as not assessed). Read when the SKP
   * is agreed; docs/proses-skp-pegawai.md.
   */
  KEBIJAKAN_PERIODE_TERLAMBAT("SUSULAN", Jenis.KEBIJAKAN_PERIODE_TERLAMBAT,
      "Periode yang sudah berakhir saat SKP disetujui: SUSULAN (laporan susulan per periode) atau TIDAK_DINILAI"),
  /** Working days after the agreement for the first (oldest) catch-up report. */
  HARI_KERJA_LAPOR_SUSULAN("10", Jenis.BILANGAN_BULAT,
      "Batas laporan susulan periode tertua (hari kerja setelah SKP disetujui)"),
  /** Working days between the deadlines of successive catch-up reports (at least 1: they sort by period). */
  HARI_KERJA_JEDA_SUSULAN("1", Jenis.BILANGAN_BULAT_POSITIF,
      "Jarak batas antara laporan susulan yang berurutan (hari kerja, minimal 1)"),
  /** Days for the head of the OPD (or BKPSDM) to calibrate after the first calibration task; then escalation to BKPSDM. */
  HARI_KALIBRASI_KURVA("14", Jenis.BILANGAN_BULAT, "Batas kalibrasi kurva distribusi oleh kepala OPD (hari sejak tugas kalibrasi pertama)"),
  /** Length of a pembinaan kinerja period in months (one check-in per month); read when it starts. */
  BULAN_PEMBINAAN("6", Jenis.BILANGAN_BULAT_POSITIF, "Pembinaan kinerja: lama masa pembinaan (bulan, satu pertemuan per bulan)"),
  /** Days for each pembinaan task of the pejabat penilai or the ASN; then escalation to BKPSDM. */
  HARI_TUGAS_PEMBINAAN("7", Jenis.BILANGAN_BULAT_POSITIF, "Pembinaan kinerja: batas setiap tugas pejabat penilai/ASN (hari sejak tugas dibuat)"),
  /** Days for BKPSDM to record the PPK's decision after the recommendation. */
  HARI_KEPUTUSAN_PEMBINAAN("14", Jenis.BILANGAN_BULAT_POSITIF, "Pembinaan kinerja: batas pencatatan keputusan tindak lanjut oleh BKPSDM (hari)"),
  /** Proses pengembangan-kompetensi (docs/proses-pengembangan-kompetensi.md): which triggers start it. */
  PEMICU_PELATIHAN_PREDIKAT("YA", Jenis.YA_TIDAK,
      "Pengembangan kompetensi dimulai otomatis untuk predikat tahunan final Butuh Perbaikan atau lebih rendah (YA/TIDAK)"),
  PEMICU_PELATIHAN_BERAKHLAK("YA", Jenis.YA_TIDAK,
      "Pengembangan kompetensi dimulai otomatis untuk nilai BerAKHLAK Di Bawah Ekspektasi (YA/TIDAK)"),
  PEMICU_PELATIHAN_JP("YA", Jenis.YA_TIDAK,
      "Pemeriksaan JP tahunan memulai pengembangan kompetensi bagi ASN di bawah JP minimal (YA/TIDAK)"),
  PEMICU_PELATIHAN_PERMINTAAN_ASN("YA", Jenis.YA_TIDAK,
      "ASN dapat meminta pengembangan kompetensi sendiri (YA/TIDAK)"),
  PEMICU_PELATIHAN_BKPSDM("YA", Jenis.YA_TIDAK,
      "BKPSDM dapat memulai pengembangan kompetensi secara manual (YA/TIDAK)"),
  PEMICU_PELATIHAN_PEMBINAAN("YA", Jenis.YA_TIDAK,
      "Pelatihan yang dipilih dalam rencana pembinaan yang disetujui ASN memulai pengembangan kompetensi (YA/TIDAK)"),
  /** The day of the year the yearly JP check runs (once per year, on or after this day). */
  TANGGAL_PEMERIKSAAN_JP("10-01", Jenis.TANGGAL_TAHUNAN, "Tanggal pemeriksaan JP tahunan (bulan-tanggal)"),
  /** How many ASN one job of the yearly JP check starts (one transaction per chunk). */
  UKURAN_CHUNK_PEMERIKSAAN_JP("100", Jenis.BILANGAN_BULAT_POSITIF,
      "Pemeriksaan JP tahunan: jumlah ASN per job (satu transaksi per bagian)"),
  /** Days after the scheduled end of a training for the ASN to upload the certificate. */
  HARI_LAPOR_PELATIHAN("14", Jenis.BILANGAN_BULAT,
      "Batas unggah sertifikat pelatihan (hari setelah tanggal selesai terjadwal)"),
  /** Days for each head of OPD to nominate in seleksi-penghargaan; then escalation to BKPSDM. */
  HARI_NOMINASI_PENGHARGAAN("14", Jenis.BILANGAN_BULAT_POSITIF, "Seleksi penghargaan: batas nominasi oleh kepala OPD (hari sejak seleksi dibuka)"),
  /** Days for each Tim Penilai Kinerja member to score the shortlist. */
  HARI_PENILAIAN_TIM_PENGHARGAAN("7", Jenis.BILANGAN_BULAT_POSITIF, "Seleksi penghargaan: batas penilaian daftar pendek oleh Tim Penilai Kinerja (hari)"),
  /** Days for the Wali Kota to approve or send back. */
  HARI_PERSETUJUAN_PENGHARGAAN("7", Jenis.BILANGAN_BULAT_POSITIF, "Seleksi penghargaan: batas persetujuan Wali Kota (hari)"),
  /** Nominees per category that reach the Tim Penilai Kinerja (top N of the scoring). */
  JUMLAH_DAFTAR_PENDEK_PENGHARGAAN("3", Jenis.BILANGAN_BULAT_POSITIF, "Seleksi penghargaan: jumlah nominasi teratas per kategori yang dinilai Tim Penilai Kinerja");

  enum Jenis { ANGKA, BILANGAN_BULAT, BILANGAN_BULAT_POSITIF, PERIODE, TANGGAL_TAHUNAN, KEBIJAKAN_PERIODE_TERLAMBAT, YA_TIDAK }

  /** The values KEBIJAKAN_PERIODE_TERLAMBAT may take. */
  public static final java.util.List<String> KEBIJAKAN_PERIODE_TERLAMBAT_SAH = java.util.List.of("SUSULAN", "TIDAK_DINILAI");

  private final String bawaan;
  private final Jenis jenis;
  private final String keterangan;

  KunciPengaturan(String bawaan, Jenis jenis, String keterangan) {
    this.bawaan = bawaan;
    this.jenis = jenis;
    this.keterangan = keterangan;
  }

  public String bawaan() { return bawaan; }
  public String keterangan() { return keterangan; }

  /** Checks a new value; returns the error message in Bahasa Indonesia, or null when valid. */
  public String periksa(String nilai) {
    if (nilai == null || nilai.isBlank()) {
      return "Nilai " + name() + " wajib diisi";
    }
    String v = nilai.trim();
    switch (jenis) {
      case ANGKA -> {
        try {
          BigDecimal d = new BigDecimal(v);
          if (d.signum() <= 0 || d.compareTo(BigDecimal.valueOf(1000)) > 0) {
            return "Nilai " + name() + " harus antara 0 dan 1000";
          }
        } catch (NumberFormatException e) {
          return "Nilai " + name() + " harus berupa angka, bukan '" + v + "'";
        }
      }
      case BILANGAN_BULAT -> {
        try {
          int i = Integer.parseInt(v);
          if (i < 0 || i > 365) {
            return "Nilai " + name() + " harus bilangan bulat 0 sampai 365";
          }
        } catch (NumberFormatException e) {
          return "Nilai " + name() + " harus bilangan bulat, bukan '" + v + "'";
        }
      }
      case BILANGAN_BULAT_POSITIF -> {
        try {
          int i = Integer.parseInt(v);
          if (i < 1 || i > 365) {
            return "Nilai " + name() + " harus bilangan bulat 1 sampai 365";
          }
        } catch (NumberFormatException e) {
          return "Nilai " + name() + " harus bilangan bulat, bukan '" + v + "'";
        }
      }
      case KEBIJAKAN_PERIODE_TERLAMBAT -> {
        if (!KEBIJAKAN_PERIODE_TERLAMBAT_SAH.contains(v)) {
          return "Kebijakan periode terlambat harus SUSULAN atau TIDAK_DINILAI, bukan '" + v + "'";
        }
      }
      case YA_TIDAK -> {
        if (!v.equals("YA") && !v.equals("TIDAK")) {
          return "Nilai " + name() + " harus YA atau TIDAK, bukan '" + v + "'";
        }
      }
      case PERIODE -> {
        if (!v.equals("BULANAN") && !v.equals("TRIWULANAN")) {
          return "Jenis periode harus BULANAN atau TRIWULANAN";
        }
      }
      case TANGGAL_TAHUNAN -> {
        try {
          java.time.MonthDay.parse("--" + v);
        } catch (java.time.format.DateTimeParseException e) {
          return "Nilai " + name() + " harus berbentuk BB-TT, misalnya 01-31";
        }
      }
    }
    return null;
  }
}
