package id.go.langsakota.kinerja.kinerjasaya;

import static id.go.langsakota.kinerja.web.PemanggilUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.langsakota.kinerja.kinerjasaya.DataUjiKinerja.Orang;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.Periode;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.RealisasiIndikator;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.skp.JenisRhk;
import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import id.go.langsakota.kinerja.keberatan.KeberatanService;
import id.go.langsakota.kinerja.keberatan.PihakPenjelasan;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What "Kinerja saya" shows and what the PDFs say, on the hand-built year of {@link
 * DataUjiKinerja}: expected values are the ones worked out by hand there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KinerjaSayaIsiTest {

  @Autowired KinerjaSayaService service;
  @Autowired ApplicationContext context;
  @Autowired KeberatanService keberatanService;

  Orang o;
  RincianKinerja r;

  @BeforeAll
  void dataUji() {
    o = new DataUjiKinerja(context).buat();
    r = service.rincian(o.asn(), DataUjiKinerja.TAHUN, sebagai(o.asn(), "ROLE_PEGAWAI"));
  }

  @Test
  void skpBernomorDenganIndikatorDiBawahRhkDanRhkAtasan() {
    assertThat(r.rhk()).extracting(RincianKinerja.Rhk::nomor).containsExactly(1, 2, 3);
    assertThat(r.rhk()).extracting(RincianKinerja.Rhk::jenis)
        .containsExactly(JenisRhk.UTAMA, JenisRhk.UTAMA, JenisRhk.TAMBAHAN);
    assertThat(r.rhk().get(0).indikator()).extracting(RincianKinerja.Indikator::nomor)
        .containsExactly("1.1", "1.2");
    assertThat(r.rhk().get(0).indikator().get(1).satuan()).isEqualTo("hari");
    assertThat(r.rhk().get(0).indikator().get(0).target()).isEqualByComparingTo("12");
    assertThat(r.rhk().get(0).rhkAtasan()).isEqualTo("Meningkatnya kualitas layanan mutasi pegawai");
    assertThat(r.rhk().get(2).rhkAtasan()).isNull();
    assertThat(r.perilaku()).hasSize(7);
    assertThat(r.perilaku().get(0).ekspektasiKhusus()).startsWith("Ramah dan tuntas");
    assertThat(r.pegawai().pangkatGolongan()).isEqualTo("Pengatur (II/c)");
    assertThat(r.pegawai().jabatan()).isEqualTo("Pengadministrasi Kepegawaian");
    assertThat(r.pejabatPenilai().nip()).isEqualTo(o.kasi());
    assertThat(r.pejabatPenilai().nama()).isEqualTo("Safrizal");
    assertThat(r.jpt()).isFalse();
  }

  @Test
  void periodeMembawaRealisasiBuktiUmpanBalikDanHitunganSaran() {
    assertThat(r.periode()).extracting(Periode::label)
        .containsExactly("Januari 2025", "Februari 2025", "Maret 2025");
    Periode jan = r.periode().get(0);
    RealisasiIndikator i11 = jan.realisasi().get(0).indikator().get(0);
    assertThat(i11.realisasi()).isEqualByComparingTo("14");
    assertThat(i11.capaian()).isEqualByComparingTo("116.67");
    assertThat(i11.tautanBukti()).isEqualTo("https://drive.example.go.id/berkas-januari");
    assertThat(jan.realisasi().get(0).umpanBalik()).singleElement()
        .satisfies(u -> {
          assertThat(u.isi()).isEqualTo(DataUjiKinerja.UMPAN_BALIK_1);
          assertThat(u.penulis()).isEqualTo("Safrizal");
        });
    assertThat(jan.realisasi().get(1).umpanBalik()).isEmpty();
    // 2 above, 1 on, 1 below (a TAMBAHAN): no UTAMA below, but 2 of 4 is not more than half
    assertThat(jan.hitungan()).isEqualTo(new RincianKinerja.Hitungan(4, 2, 1, 1, false,
        Rating.SESUAI_EKSPEKTASI));
    assertThat(jan.ratingHasilKerja()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
    assertThat(jan.alasanRatingHasilKerja()).contains("Narasumber");
    assertThat(jan.perilaku()).hasSize(7);
    assertThat(jan.perilaku().stream().filter(p -> p.nilai() == NilaiBerakhlak.KOLABORATIF)
        .findFirst().orElseThrow().rating()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
    assertThat(r.periode().get(1).hitungan()).isEqualTo(new RincianKinerja.Hitungan(4, 3, 1, 0, false,
        Rating.DI_ATAS_EKSPEKTASI));
    // Maret: nothing reported, nothing counted
    assertThat(r.periode().get(2).hitungan()).isNull();
    assertThat(r.periode().get(2).realisasi().get(0).indikator().get(0).realisasi()).isNull();
  }

  @Test
  void hasilTahunanDenganRataRataDibulatkanKeAtasPadaSetengah() {
    // periodic Rating Hasil Kerja DI_ATAS (3) and DI_ATAS (3) → 3,00; perilaku SESUAI, SESUAI → 2
    assertThat(r.tahunan().rataRataHasilKerja().skor()).containsExactly(3, 3);
    assertThat(r.tahunan().rataRataHasilKerja().rataRata()).isEqualByComparingTo("3.00");
    assertThat(r.tahunan().rataRataPerilaku().dibulatkan()).isEqualTo(2);
    assertThat(r.tahunan().predikat()).isEqualTo(Predikat.BAIK);
    assertThat(r.tahunan().penilai()).isEqualTo("Safrizal");
    // 3 and 2 → 2,5 rounds half up to 3; 3, 2, 2 → 2,33 → 2; 1 and 2 → 1,5 → 2
    assertThat(KinerjaSayaService.rataRata(List.of(Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI)))
        .satisfies(x -> {
          assertThat(x.rataRata()).isEqualByComparingTo("2.50");
          assertThat(x.dibulatkan()).isEqualTo(3);
          assertThat(x.saran()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
        });
    assertThat(KinerjaSayaService.rataRata(List.of(Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI,
        Rating.SESUAI_EKSPEKTASI)).rataRata()).isEqualByComparingTo("2.33");
    assertThat(KinerjaSayaService.rataRata(java.util.Arrays.asList(Rating.DI_BAWAH_EKSPEKTASI, null,
        Rating.SESUAI_EKSPEKTASI)).saran()).isEqualTo(Rating.SESUAI_EKSPEKTASI);
  }

  @Test
  void aturanDariPengaturanDanMatriksPredikatNasional() {
    assertThat(r.aturan().ambangDiAtasEkspektasi()).isEqualByComparingTo(new BigDecimal("110"));
    assertThat(r.aturan().ambangSesuaiEkspektasi()).isEqualByComparingTo(new BigDecimal("100"));
    // rows: hasil kerja DI_ATAS, SESUAI, DI_BAWAH; columns: perilaku DI_BAWAH, SESUAI, DI_ATAS
    assertThat(r.aturan().matriksPredikat()).containsExactly(
        new RincianKinerja.BarisMatriks(Rating.DI_ATAS_EKSPEKTASI, Predikat.KURANG, Predikat.BAIK, Predikat.SANGAT_BAIK),
        new RincianKinerja.BarisMatriks(Rating.SESUAI_EKSPEKTASI, Predikat.KURANG, Predikat.BAIK, Predikat.BAIK),
        new RincianKinerja.BarisMatriks(Rating.DI_BAWAH_EKSPEKTASI, Predikat.SANGAT_KURANG,
            Predikat.BUTUH_PERBAIKAN, Predikat.BUTUH_PERBAIKAN));
  }

  @Test
  void tanpaKeberatanBagianKosongDanTidakAdaPenandaBelumTersedia() {
    assertThat(r.keberatan()).isEmpty();
    assertThat(r.belumTersedia()).isEmpty();
  }

  /**
   * A second fixture whose ASN appeals: the atasan pejabat penilai (the kabid) asks both sides for
   * explanations, keeps hasil kerja and raises perilaku (BAIK → SANGAT_BAIK). Kinerja saya shows
   * every part of it to the ASN, the atasan and BKPSDM, and the annual PDF says it in one line.
   */
  @Test
  void keberatanDenganPenjelasanDanKeputusanTampilBagiAsnAtasanDanBkpsdm() throws IOException {
    Orang b = new DataUjiKinerja(context).buat();
    SkpRepository skpRepo = context.getBean(SkpRepository.class);
    new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(x -> {
      Skp skp = skpRepo.findById(b.skpId()).orElseThrow();
      skp.setTanggalHasilDiterima(Instant.parse("2026-01-12T03:00:00Z")); // the final result reached her
    });
    Instant t = Instant.parse("2026-01-15T03:00:00Z");
    String alasan = "Rating perilaku kerja tidak mencerminkan kolaborasi saya sepanjang tahun 2025.";
    Long id = keberatanService.ajukan(b.skpId(), b.asn(), alasan, null, t).getId();
    keberatanService.mintaPenjelasan(id, b.kabid(), true, true, "Sebutkan contoh kolaborasi yang dimaksud.",
        t.plus(1, ChronoUnit.DAYS));
    keberatanService.beriPenjelasan(id, PihakPenjelasan.ASN, b.asn(), "Memimpin tim lintas bidang tiga kali.",
        t.plus(2, ChronoUnit.DAYS));
    keberatanService.beriPenjelasan(id, PihakPenjelasan.PEJABAT_PENILAI, b.kasi(),
        "Kolaborasi ada, tetapi belum konsisten.", t.plus(2, ChronoUnit.DAYS));
    keberatanService.kembaliKePemutus(id);
    keberatanService.putuskan(id, b.kabid(), "DI_ATAS_EKSPEKTASI", "Hasil kerja sudah tepat dinilai.",
        "DI_ATAS_EKSPEKTASI", "Bukti kolaborasi lintas bidang meyakinkan.", t.plus(3, ChronoUnit.DAYS));
    keberatanService.terapkanKeputusan(id, Predikat.SANGAT_BAIK, t.plus(3, ChronoUnit.DAYS));

    for (String siapa : List.of(b.asn(), b.kabid(), b.bkpsdm())) {
      RincianKinerja x = service.rincian(b.asn(), DataUjiKinerja.TAHUN,
          sebagai(siapa, siapa.equals(b.bkpsdm()) ? "ROLE_BKPSDM" : "ROLE_PEGAWAI"));
      assertThat(x.keberatan()).singleElement().satisfies(k -> {
        assertThat(k.status()).isEqualTo("DIPUTUSKAN");
        assertThat(k.labelStatus()).isEqualTo("Diputuskan");
        assertThat(k.hasil()).isEqualTo("DIUBAH");
        assertThat(k.diajukanPada()).isEqualTo(t);
        assertThat(k.alasan()).isEqualTo(alasan);
        assertThat(k.dinilaiOleh()).isEqualTo("Safrizal");
        assertThat(k.penjelasan()).extracting(RincianKinerja.PenjelasanKeberatan::dimintaKepada,
                RincianKinerja.PenjelasanKeberatan::status, RincianKinerja.PenjelasanKeberatan::penjelasan)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("Nur'aini Zulfa", "DIBERIKAN", "Memimpin tim lintas bidang tiga kali."),
                org.assertj.core.groups.Tuple.tuple("Safrizal", "DIBERIKAN", "Kolaborasi ada, tetapi belum konsisten."));
        assertThat(k.penjelasan().get(0).dimintaOleh()).isEqualTo("Cut Mutia");
        RincianKinerja.KeputusanKeberatan d = k.keputusan();
        assertThat(d.hasilKerjaDiubah()).isFalse();
        assertThat(d.ratingHasilKerjaAkhir()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
        assertThat(d.perilakuDiubah()).isTrue();
        assertThat(d.ratingPerilakuAwal()).isEqualTo(Rating.SESUAI_EKSPEKTASI);
        assertThat(d.ratingPerilakuAkhir()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
        assertThat(d.alasanPerilaku()).isEqualTo("Bukti kolaborasi lintas bidang meyakinkan.");
        assertThat(d.predikatAwal()).isEqualTo(Predikat.BAIK);
        assertThat(d.predikatAkhir()).isEqualTo(Predikat.SANGAT_BAIK);
        assertThat(d.diputuskanOleh()).isEqualTo("Cut Mutia");
        assertThat(d.diputuskanPada()).isEqualTo(t.plus(3, ChronoUnit.DAYS));
        assertThat(k.langkah()).extracting(RincianKinerja.LangkahKeberatan::jenis).containsExactly(
            "DIAJUKAN", "PENJELASAN_DIMINTA", "PENJELASAN_DIBERIKAN", "PENJELASAN_DIBERIKAN", "DIPUTUSKAN",
            "SKP_DIPERBARUI");
        assertThat(k.langkah().get(0).oleh()).isEqualTo("Nur'aini Zulfa");
      });
      // the SKP carries the changed result
      assertThat(x.tahunan().predikat()).isEqualTo(Predikat.SANGAT_BAIK);
    }
    assertThatThrownBy(() -> service.rincian(b.asn(), DataUjiKinerja.TAHUN, sebagai(b.rekan(), "ROLE_PEGAWAI")))
        .isInstanceOf(AccessDeniedException.class);

    RincianKinerja x = service.rincian(b.asn(), DataUjiKinerja.TAHUN, sebagai(b.asn(), "ROLE_PEGAWAI"));
    assertThat(rata(teks(DokumenPdf.evaluasiTahunan(x)))).contains("Keberatan diajukan 15 Januari 2026; "
        + "diputuskan 18 Januari 2026 oleh Cut Mutia: predikat Baik diubah menjadi Sangat Baik.");
  }

  @Test
  void penilaiMelihatAsingDitolak() {
    assertThat(service.rincian(o.asn(), DataUjiKinerja.TAHUN, sebagai(o.kasi(), "ROLE_PEGAWAI")).skp().id())
        .isEqualTo(o.skpId());
    assertThatThrownBy(() -> service.rincian(o.asn(), DataUjiKinerja.TAHUN, sebagai(o.rekan(), "ROLE_PEGAWAI")))
        .isInstanceOf(AccessDeniedException.class);
  }

  // ------------------------------------------------------------------------------ PDF

  private static String teks(byte[] pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(d);
    }
  }

  private static String rata(String s) {
    return s.replaceAll("\\s+", " ");
  }

  @Test
  void pdfSkpMengikutiLampiranPermenpanrb() throws IOException {
    String t = teks(DokumenPdf.skp(r));
    String satu = rata(t);
    assertThat(satu).contains("SASARAN KINERJA PEGAWAI", "PEMERINTAH KOTA LANGSA", o.opdNama(),
        "1 Januari 2025 s.d. 31 Desember 2025", "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA",
        "Nur'aini Zulfa", o.asn(), "Pengatur (II/c)", "Pengadministrasi Kepegawaian",
        "Safrizal", o.kasi(), "Penata Tk. I (III/d)", "Kepala Seksi Mutasi",
        "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI", "Meningkatnya kualitas layanan mutasi pegawai",
        "A. Utama", "B. Tambahan", "1.1 Jumlah berkas terverifikasi", "12 berkas", "4 hari", "Waktu",
        "PERILAKU KERJA", "Berorientasi Pelayanan", "Ramah dan tuntas melayani pegawai",
        "Kolaboratif", "Pegawai yang Dinilai", "Pejabat Penilai Kinerja", "Langsa, 20 Januari 2025");
    // the long RHK is complete, and wrapped over several lines of its cell
    assertThat(satu).contains(DataUjiKinerja.RHK_PANJANG);
    assertThat(t).doesNotContain(DataUjiKinerja.RHK_PANJANG);
    // not a JPT: no third signature
    assertThat(satu).doesNotContain("Atasan Pejabat Penilai Kinerja");
  }

  @Test
  void pdfSkpKepalaOpdJptDenganAtasanPejabatPenilai() throws IOException {
    RincianKinerja.Identitas atasan = new RincianKinerja.Identitas(null, "Wali Kota Langsa", null,
        "Wali Kota Langsa", null, "Pemerintah Kota Langsa", false);
    RincianKinerja jpt = new RincianKinerja(r.pemerintah(), r.pegawai(), r.pejabatPenilai(), atasan,
        true, r.skp(), r.rhk(), r.perilaku(), r.periode(), r.tahunan(), r.aturan(), r.belumTersedia(),
        r.pelatihan(), r.keberatan(), r.kebutuhanPelatihan(), r.pembinaan(), r.penghargaan());
    assertThat(rata(teks(DokumenPdf.skp(jpt)))).contains("Atasan Pejabat Penilai Kinerja", "Wali Kota Langsa");
  }

  @Test
  void pdfEvaluasiPeriodikMembawaRealisasiUmpanBalikRatingDanPredikat() throws IOException {
    String t = rata(teks(DokumenPdf.evaluasiPeriodik(r, 1)));
    assertThat(t).contains("DOKUMEN EVALUASI KINERJA PEGAWAI", "PERIODE: JANUARI 2025",
        "1 Januari 2025 s.d. 31 Januari 2025", "Nur'aini Zulfa", "Safrizal",
        "14 berkas", "116,67 %", "3 hari", "133,33 %", "50 %", "Di Bawah Ekspektasi",
        "Umpan balik: " + DataUjiKinerja.UMPAN_BALIK_1, "Tambah satu sesi sosialisasi.",
        "RATING HASIL KERJA", "Di Atas Ekspektasi (saran sistem: Sesuai Ekspektasi)",
        "Alasan: Narasumber dua kali", "PREDIKAT KINERJA PEGAWAI", "Baik", "Langsa, 12 Februari 2025");
    assertThatThrownBy(() -> DokumenPdf.evaluasiPeriodik(r, 13))
        .isInstanceOf(java.util.NoSuchElementException.class);
    assertThat(rata(teks(DokumenPdf.evaluasiPeriodik(r, 3)))).contains("belum dilaporkan", "Belum ditetapkan");
  }

  @Test
  void pdfEvaluasiTahunanMembawaSemuaPeriodeUmpanBalikDanPredikat() throws IOException {
    String t = rata(teks(DokumenPdf.evaluasiTahunan(r)));
    assertThat(t).contains("PERIODE: TAHUNAN 2025", "HASIL PENILAIAN PERIODIK", "Januari 2025",
        "Februari 2025", "Maret 2025", "Januari 2025: " + DataUjiKinerja.UMPAN_BALIK_1,
        "Februari 2025: Laporan cuti sudah rapi.", "PREDIKAT KINERJA PEGAWAI", "Baik",
        "Langsa, 10 Januari 2026");
  }

  @Test
  void pdfMencetakHurufDiLuarAscii() throws IOException {
    RincianKinerja.Identitas nama = new RincianKinerja.Identitas(r.pegawai().nip(),
        "Dr. Zulfikri Ré’uf, S.E., M.Si.", r.pegawai().pangkatGolongan(), "Pengadministrasi – Kepegawaian",
        r.pegawai().unitKerja(), r.pegawai().opd(), false);
    RincianKinerja lain = new RincianKinerja(r.pemerintah(), nama, r.pejabatPenilai(), null, false,
        r.skp(), r.rhk(), r.perilaku(), r.periode(), r.tahunan(), r.aturan(), r.belumTersedia(),
        r.pelatihan(), r.keberatan(), r.kebutuhanPelatihan(), r.pembinaan(), r.penghargaan());
    assertThat(rata(teks(DokumenPdf.skp(lain)))).contains("Dr. Zulfikri Ré’uf, S.E., M.Si.",
        "Pengadministrasi – Kepegawaian");
  }
}
