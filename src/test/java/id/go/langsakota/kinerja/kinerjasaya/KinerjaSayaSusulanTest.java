package id.go.langsakota.kinerja.kinerjasaya;

import static id.go.langsakota.kinerja.web.PemanggilUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.kinerjasaya.DataUjiKinerja.Orang;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.Periode;
import id.go.langsakota.kinerja.penilaian.CaraPenilaianPeriode;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodik;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodikRepository;
import id.go.langsakota.kinerja.penilaian.StatusPenilaianPeriodik;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * "Kinerja saya" and the PDFs name a catch-up period and a period not assessed as such, with the
 * reason (late start, docs/proses-skp-pegawai.md). On {@link DataUjiKinerja}'s year: March is made a
 * catch-up still waiting for its report, and April a period recorded as not assessed (the display
 * only; which periods a real late start gives is PeriodeTerlambatProsesTest's business).
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KinerjaSayaSusulanTest {

  static final String SEBAB_MARET = "Periode ini sudah berakhir (31 Maret 2025) ketika SKP disetujui pada "
      + "20 Mei 2025; realisasinya dilaporkan susulan paling lambat 3 Juni 2025.";
  static final String SEBAB_APRIL = "Periode ini sudah berakhir (30 April 2025) ketika SKP disetujui pada "
      + "20 Mei 2025; menurut kebijakan BKPSDM periode sebelum SKP disetujui tidak dinilai.";

  @Autowired KinerjaSayaService service;
  @Autowired PenilaianPeriodikRepository penilaian;
  @Autowired ApplicationContext context;

  RincianKinerja r;

  @BeforeAll
  void dataUji() {
    Orang o = new DataUjiKinerja(context).buat();
    PenilaianPeriodik maret = penilaian.findBySkpIdAndPeriodeKe(o.skpId(), 3).orElseThrow();
    maret.tetapkanCara(CaraPenilaianPeriode.SUSULAN, SEBAB_MARET);
    penilaian.save(maret);
    PenilaianPeriodik april = new PenilaianPeriodik(o.skpId(), o.asn(), DataUjiKinerja.TAHUN, 4,
        LocalDate.of(DataUjiKinerja.TAHUN, 4, 1), LocalDate.of(DataUjiKinerja.TAHUN, 4, 30));
    april.tetapkanCara(CaraPenilaianPeriode.TIDAK_DINILAI, SEBAB_APRIL);
    penilaian.save(april);
    r = service.rincian(o.asn(), DataUjiKinerja.TAHUN, sebagai(o.asn(), "ROLE_PEGAWAI"));
  }

  @Test
  void periodeSusulanDanTidakDinilaiTerbacaDiKinerjaSaya() {
    assertThat(r.periode()).extracting(Periode::label)
        .containsExactly("Januari 2025", "Februari 2025", "Maret 2025 (susulan)", "April 2025 (tidak dinilai)");
    assertThat(r.periode()).extracting(Periode::caraPenilaian).containsExactly(CaraPenilaianPeriode.REGULER,
        CaraPenilaianPeriode.REGULER, CaraPenilaianPeriode.SUSULAN, CaraPenilaianPeriode.TIDAK_DINILAI);
    assertThat(r.periode().get(2).keteranganCaraPenilaian()).isEqualTo(SEBAB_MARET);
    assertThat(r.periode().get(3).status()).isEqualTo(StatusPenilaianPeriodik.TIDAK_DINILAI);
    assertThat(r.periode().get(0).keteranganCaraPenilaian()).isNull();
  }

  @Test
  void pdfMenyebutSusulanDanTidakDinilaiDenganAlasannya() throws IOException {
    String maret = rata(teks(DokumenPdf.evaluasiPeriodik(r, 3)));
    assertThat(maret).contains("PERIODE: MARET 2025 (SUSULAN)", "LAPORAN SUSULAN", SEBAB_MARET);
    String april = rata(teks(DokumenPdf.evaluasiPeriodik(r, 4)));
    assertThat(april).contains("PERIODE TIDAK DINILAI", SEBAB_APRIL);
    String tahunan = rata(teks(DokumenPdf.evaluasiTahunan(r)));
    assertThat(tahunan).contains("Maret 2025 (susulan)", "April 2025 (tidak dinilai)",
        "Tidak dinilai (periode berakhir sebelum SKP disetujui)");
    // a regular period's document has no such section
    assertThat(rata(teks(DokumenPdf.evaluasiPeriodik(r, 1)))).doesNotContain("LAPORAN SUSULAN", "TIDAK DINILAI");
  }

  private static String teks(byte[] pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(d);
    }
  }

  private static String rata(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
