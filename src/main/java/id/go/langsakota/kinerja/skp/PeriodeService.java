package id.go.langsakota.kinerja.skp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Cuts an SKP's time span into calendar months or quarters, clipped to the span. */
public final class PeriodeService {

  private PeriodeService() {}

  public static List<Periode> periode(LocalDate mulai, LocalDate selesai, JenisPeriode jenis) {
    if (mulai == null || selesai == null || jenis == null) {
      throw new IllegalArgumentException("Tanggal mulai, tanggal selesai dan jenis periode wajib diisi");
    }
    if (selesai.isBefore(mulai)) {
      throw new IllegalArgumentException("Tanggal selesai SKP tidak boleh sebelum tanggal mulai");
    }
    if (mulai.getYear() != selesai.getYear()) {
      throw new IllegalArgumentException("SKP harus berada dalam satu tahun kalender");
    }
    List<Periode> hasil = new ArrayList<>();
    int panjang = jenis.bulan();
    for (int ke = 1; ke <= 12 / panjang; ke++) {
      LocalDate awalKalender = LocalDate.of(mulai.getYear(), (ke - 1) * panjang + 1, 1);
      LocalDate akhirKalender = awalKalender.plusMonths(panjang).minusDays(1);
      if (akhirKalender.isBefore(mulai) || awalKalender.isAfter(selesai)) {
        continue;
      }
      hasil.add(new Periode(ke, awalKalender.isBefore(mulai) ? mulai : awalKalender,
          akhirKalender.isAfter(selesai) ? selesai : akhirKalender));
    }
    return hasil;
  }
}
