package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.skp.Periode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The late-start policy as a pure function (no engine, no tables): which periods of an SKP had
 * already ended on the day the SKP was agreed, and what becomes of them under pengaturan
 * KEBIJAKAN_PERIODE_TERLAMBAT (docs/proses-skp-pegawai.md, "Periode yang sudah berakhir saat SKP
 * disetujui").
 *
 * <ul>
 *   <li>A period <b>ended before the agreement</b> when its last day is before the day (WIB) the SKP
 *       was agreed: its "Periode berakhir" timer (00:00 WIB the day after) lies in the past.</li>
 *   <li>{@code SUSULAN}: each such period is a catch-up report. The oldest is due
 *       HARI_KERJA_LAPOR_SUSULAN working days after the agreement (23:59:59 WIB), each next one
 *       HARI_KERJA_JEDA_SUSULAN working days later: the deadlines rise with the period, none is
 *       past when the task appears, and Tasklist (sorted by due date) lists them in period order.</li>
 *   <li>{@code TIDAK_DINILAI}: each such period is recorded as not assessed, with the reason; no
 *       tasks.</li>
 *   <li>Periods that end after the agreement stay REGULER; a regular period's reporting deadline
 *       is moved to after the last catch-up deadline when it would otherwise fall before it
 *       ({@link #batasReguler}), so period order holds across both.</li>
 * </ul>
 */
public final class JadwalPeriodeTerlambat {

  /** The values of pengaturan KEBIJAKAN_PERIODE_TERLAMBAT. */
  public enum Kebijakan { SUSULAN, TIDAK_DINILAI }

  /** The settings read when the SKP is agreed. */
  public record Aturan(Kebijakan kebijakan, int hariKerjaLapor, int hariKerjaJeda) {
    public Aturan {
      if (kebijakan == null) {
        throw new IllegalArgumentException("Kebijakan periode terlambat wajib diisi");
      }
      if (hariKerjaLapor < 0 || hariKerjaJeda < 1) {
        throw new IllegalArgumentException("Batas laporan susulan tidak boleh negatif dan jaraknya minimal 1 hari kerja");
      }
    }
  }

  /**
   * One period's plan.
   *
   * @param batasLapor the catch-up deadline (SUSULAN only, otherwise null: a regular period's
   *     deadline is set when it ends)
   * @param keterangan why, as the ASN and the supervisor read it (null for REGULER)
   */
  public record Rencana(Periode periode, CaraPenilaianPeriode cara, Instant batasLapor, String keterangan) {}

  private JadwalPeriodeTerlambat() {}

  /** The plan for every period of the SKP, in period order. */
  public static List<Rencana> rencanakan(List<Periode> periode, Instant disetujui, Aturan aturan) {
    if (disetujui == null) {
      throw new IllegalArgumentException("Waktu persetujuan SKP wajib diisi");
    }
    LocalDate hariDisetujui = LocalDate.ofInstant(disetujui, Waktu.WIB);
    List<Rencana> hasil = new ArrayList<>();
    int susulanKe = 0;
    for (Periode p : periode.stream().sorted(java.util.Comparator.comparingInt(Periode::periodeKe)).toList()) {
      if (!p.akhir().isBefore(hariDisetujui)) {
        hasil.add(new Rencana(p, CaraPenilaianPeriode.REGULER, null, null));
        continue;
      }
      String sebab = "Periode ini sudah berakhir (" + LabelPeriode.tanggal(p.akhir())
          + ") ketika SKP disetujui pada " + LabelPeriode.tanggal(hariDisetujui);
      if (aturan.kebijakan() == Kebijakan.TIDAK_DINILAI) {
        hasil.add(new Rencana(p, CaraPenilaianPeriode.TIDAK_DINILAI, null, sebab
            + "; menurut kebijakan BKPSDM periode sebelum SKP disetujui tidak dinilai."));
        continue;
      }
      LocalDate batas = HariKerja.tambah(hariDisetujui, aturan.hariKerjaLapor() + susulanKe * aturan.hariKerjaJeda());
      susulanKe++;
      hasil.add(new Rencana(p, CaraPenilaianPeriode.SUSULAN, akhirHari(batas), sebab
          + "; realisasinya dilaporkan susulan paling lambat " + LabelPeriode.tanggal(batas) + "."));
    }
    return hasil;
  }

  /**
   * One sentence on the late periods for the approval's task comment (Riwayat): "3 periode yang
   * sudah berakhir dilaporkan susulan (Januari 2026 s.d. Maret 2026), batas laporan 15 April 2026
   * s.d. 17 April 2026." Empty when no period had ended.
   */
  public static String ringkasan(List<Rencana> rencana) {
    List<Rencana> terlambat = rencana.stream().filter(r -> r.cara() != CaraPenilaianPeriode.REGULER).toList();
    if (terlambat.isEmpty()) {
      return "";
    }
    Rencana awal = terlambat.get(0);
    Rencana akhir = terlambat.get(terlambat.size() - 1);
    String rentang = terlambat.size() == 1 ? LabelPeriode.dari(awal.periode().mulai(), awal.periode().akhir())
        : LabelPeriode.dari(awal.periode().mulai(), awal.periode().akhir()) + " s.d. "
            + LabelPeriode.dari(akhir.periode().mulai(), akhir.periode().akhir());
    if (awal.cara() == CaraPenilaianPeriode.TIDAK_DINILAI) {
      return terlambat.size() + " periode yang sudah berakhir tidak dinilai (" + rentang
          + "), sesuai kebijakan BKPSDM.";
    }
    String batasAwal = LabelPeriode.tanggal(LocalDate.ofInstant(awal.batasLapor(), Waktu.WIB));
    String batasAkhir = LabelPeriode.tanggal(LocalDate.ofInstant(akhir.batasLapor(), Waktu.WIB));
    return terlambat.size() + " periode yang sudah berakhir dilaporkan susulan (" + rentang
        + "), batas laporan " + (terlambat.size() == 1 ? batasAwal : batasAwal + " s.d. " + batasAkhir) + ".";
  }

  /**
   * A regular period's reporting deadline next to the SKP's catch-up reports: unchanged when it
   * falls after the last catch-up deadline (or there is none), otherwise HARI_KERJA_JEDA_SUSULAN
   * working days after that deadline, so no regular report is due before an older catch-up.
   */
  public static Instant batasReguler(Instant biasa, Instant batasSusulanTerakhir, int hariKerjaJeda) {
    if (batasSusulanTerakhir == null || biasa.isAfter(batasSusulanTerakhir)) {
      return biasa;
    }
    return akhirHari(HariKerja.tambah(LocalDate.ofInstant(batasSusulanTerakhir, Waktu.WIB), Math.max(1, hariKerjaJeda)));
  }

  static Instant akhirHari(LocalDate hari) {
    return hari.atTime(LocalTime.of(23, 59, 59)).atZone(Waktu.WIB).toInstant();
  }
}
