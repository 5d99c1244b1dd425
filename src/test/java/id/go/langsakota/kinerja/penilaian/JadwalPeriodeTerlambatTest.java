package id.go.langsakota.kinerja.penilaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.langsakota.kinerja.penilaian.JadwalPeriodeTerlambat.Aturan;
import id.go.langsakota.kinerja.penilaian.JadwalPeriodeTerlambat.Kebijakan;
import id.go.langsakota.kinerja.penilaian.JadwalPeriodeTerlambat.Rencana;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.PeriodeService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The late-start policy without engine or tables: which periods are late, and their deadlines. */
class JadwalPeriodeTerlambatTest {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  static final Aturan SUSULAN = new Aturan(Kebijakan.SUSULAN, 10, 1);

  static Instant wib(int tahun, int bulan, int hari, int jam, int menit) {
    return LocalDateTime.of(tahun, bulan, hari, jam, menit).atZone(WIB).toInstant();
  }

  static Instant akhirHari(int tahun, int bulan, int hari) {
    return LocalDateTime.of(tahun, bulan, hari, 23, 59, 59).atZone(WIB).toInstant();
  }

  static List<Rencana> setahunBulanan(Instant disetujui, Aturan aturan) {
    return JadwalPeriodeTerlambat.rencanakan(PeriodeService.periode(LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31), JenisPeriode.BULANAN), disetujui, aturan);
  }

  @Test
  void susulanPerPeriodeBatasBerurutanDariHariPersetujuan() {
    // Wednesday 11 November 2026: January to October have ended.
    List<Rencana> r = setahunBulanan(wib(2026, 11, 11, 10, 0), SUSULAN);
    assertThat(r).extracting(x -> x.periode().periodeKe()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(r.subList(0, 10)).allSatisfy(x -> assertThat(x.cara()).isEqualTo(CaraPenilaianPeriode.SUSULAN));
    assertThat(r.subList(10, 12)).allSatisfy(x -> {
      assertThat(x.cara()).isEqualTo(CaraPenilaianPeriode.REGULER);
      assertThat(x.batasLapor()).isNull();
      assertThat(x.keterangan()).isNull();
    });
    // 10 working days after Wed 11 Nov = Wed 25 Nov; then one working day each, skipping weekends.
    assertThat(r.subList(0, 10)).extracting(Rencana::batasLapor).containsExactly(
        akhirHari(2026, 11, 25), akhirHari(2026, 11, 26), akhirHari(2026, 11, 27),
        akhirHari(2026, 11, 30), akhirHari(2026, 12, 1), akhirHari(2026, 12, 2),
        akhirHari(2026, 12, 3), akhirHari(2026, 12, 4), akhirHari(2026, 12, 7), akhirHari(2026, 12, 8));
    assertThat(r.get(0).keterangan()).isEqualTo("Periode ini sudah berakhir (31 Januari 2026) ketika SKP "
        + "disetujui pada 11 November 2026; realisasinya dilaporkan susulan paling lambat 25 November 2026.");
    assertThat(JadwalPeriodeTerlambat.ringkasan(r)).isEqualTo("10 periode yang sudah berakhir dilaporkan "
        + "susulan (Januari 2026 s.d. Oktober 2026), batas laporan 25 November 2026 s.d. 8 Desember 2026.");
  }

  @Test
  void tidakDinilaiTanpaBatasDenganAlasan() {
    List<Rencana> r = setahunBulanan(wib(2026, 3, 2, 9, 0), new Aturan(Kebijakan.TIDAK_DINILAI, 10, 1));
    assertThat(r).extracting(Rencana::cara).startsWith(CaraPenilaianPeriode.TIDAK_DINILAI,
        CaraPenilaianPeriode.TIDAK_DINILAI, CaraPenilaianPeriode.REGULER);
    assertThat(r.get(0).batasLapor()).isNull();
    assertThat(r.get(1).keterangan()).isEqualTo("Periode ini sudah berakhir (28 Februari 2026) ketika SKP "
        + "disetujui pada 2 Maret 2026; menurut kebijakan BKPSDM periode sebelum SKP disetujui tidak dinilai.");
    assertThat(JadwalPeriodeTerlambat.ringkasan(r)).isEqualTo(
        "2 periode yang sudah berakhir tidak dinilai (Januari 2026 s.d. Februari 2026), sesuai kebijakan BKPSDM.");
  }

  @Test
  void tepatWaktuSemuaReguler() {
    List<Rencana> r = setahunBulanan(wib(2026, 1, 20, 10, 0), SUSULAN);
    assertThat(r).hasSize(12).allSatisfy(x -> assertThat(x.cara()).isEqualTo(CaraPenilaianPeriode.REGULER));
    assertThat(JadwalPeriodeTerlambat.ringkasan(r)).isEmpty();
  }

  @Test
  void batasPeriodeDihitungDalamWib() {
    // 31 Oct 23:30 WIB (16:30 UTC): October has not ended yet in Langsa.
    assertThat(setahunBulanan(wib(2026, 10, 31, 23, 30), SUSULAN).get(9).cara())
        .isEqualTo(CaraPenilaianPeriode.REGULER);
    // 1 Nov 00:30 WIB (still 31 Oct in UTC): it has.
    List<Rencana> r = setahunBulanan(wib(2026, 11, 1, 0, 30), SUSULAN);
    assertThat(r.get(9).cara()).isEqualTo(CaraPenilaianPeriode.SUSULAN);
    // Approved on Sunday 1 Nov: the first working day counted is Monday 2 Nov; 10 → Fri 13 Nov.
    assertThat(r.get(0).batasLapor()).isEqualTo(akhirHari(2026, 11, 13));
  }

  @Test
  void triwulananTengahTahunSatuSusulan() {
    // Joined 15 July, quarterly, agreed 5 October: Q3 (15 Jul – 30 Sep) ended, Q4 is regular.
    List<Rencana> r = JadwalPeriodeTerlambat.rencanakan(PeriodeService.periode(LocalDate.of(2026, 7, 15),
        LocalDate.of(2026, 12, 31), JenisPeriode.TRIWULANAN), wib(2026, 10, 5, 14, 0), new Aturan(Kebijakan.SUSULAN, 5, 2));
    assertThat(r).extracting(x -> x.periode().periodeKe()).containsExactly(3, 4);
    assertThat(r).extracting(Rencana::cara).containsExactly(CaraPenilaianPeriode.SUSULAN, CaraPenilaianPeriode.REGULER);
    assertThat(r.get(0).batasLapor()).isEqualTo(akhirHari(2026, 10, 12)); // Mon 5 Oct + 5 working days
    assertThat(JadwalPeriodeTerlambat.ringkasan(r)).isEqualTo(
        "1 periode yang sudah berakhir dilaporkan susulan (Triwulan III 2026), batas laporan 12 Oktober 2026.");
  }

  @Test
  void periodeRegulerTidakMendahuluiSusulanTerakhir() {
    Instant susulanTerakhir = akhirHari(2026, 12, 8);
    // November's usual deadline (Mon 7 Dec) is before the last catch-up: it moves to Wed 9 Dec.
    assertThat(JadwalPeriodeTerlambat.batasReguler(akhirHari(2026, 12, 7), susulanTerakhir, 1))
        .isEqualTo(akhirHari(2026, 12, 9));
    // the same day counts as "not after": moved as well
    assertThat(JadwalPeriodeTerlambat.batasReguler(akhirHari(2026, 12, 8), susulanTerakhir, 2))
        .isEqualTo(akhirHari(2026, 12, 10));
    // December's (Thu 7 Jan 2027) is after it: unchanged; so is any deadline without catch-ups.
    assertThat(JadwalPeriodeTerlambat.batasReguler(akhirHari(2027, 1, 7), susulanTerakhir, 1))
        .isEqualTo(akhirHari(2027, 1, 7));
    assertThat(JadwalPeriodeTerlambat.batasReguler(akhirHari(2026, 12, 7), null, 1))
        .isEqualTo(akhirHari(2026, 12, 7));
  }

  @Test
  void aturanYangTidakSahDitolak() {
    assertThatThrownBy(() -> new Aturan(Kebijakan.SUSULAN, 10, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimal 1 hari kerja");
    assertThatThrownBy(() -> new Aturan(null, 10, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wajib diisi");
    assertThatThrownBy(() -> setahunBulanan(null, SUSULAN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Waktu persetujuan SKP wajib diisi");
  }

  @Test
  void labelPeriodeMenyebutCaraPenilaian() {
    PenilaianPeriodik p = new PenilaianPeriodik(1L, "199001012020011001", 2026, 1,
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
    assertThat(LabelPeriode.lengkap(p)).isEqualTo("Januari 2026");
    p.tetapkanCara(CaraPenilaianPeriode.SUSULAN, "alasan");
    assertThat(LabelPeriode.lengkap(p)).isEqualTo("Januari 2026 (susulan)");
    assertThat(p.getStatus()).isEqualTo(StatusPenilaianPeriodik.MENUNGGU_REALISASI);
    p.tetapkanCara(CaraPenilaianPeriode.TIDAK_DINILAI, "alasan");
    assertThat(LabelPeriode.lengkap(p)).isEqualTo("Januari 2026 (tidak dinilai)");
    assertThat(p.getStatus()).isEqualTo(StatusPenilaianPeriodik.TIDAK_DINILAI);
  }
}
