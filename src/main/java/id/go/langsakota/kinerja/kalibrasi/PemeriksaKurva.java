package id.go.langsakota.kinerja.kalibrasi;

import id.go.langsakota.kinerja.kosakata.Predikat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one OPD's annual employee predikat against the pattern of its Predikat Kinerja
 * Organisasi, without database or engine. Nobody's rating is touched: the result says what fits,
 * what does not, and by how many people. Below {@code jumlahMinimal} people counted the pattern is
 * not enforced (the figures are still shown), see docs/kurva-distribusi.md.
 */
public final class PemeriksaKurva {

  private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

  private final int jumlahMinimal;

  /** @param jumlahMinimal the smallest number of people for which the pattern is enforced */
  public PemeriksaKurva(int jumlahMinimal) {
    this.jumlahMinimal = jumlahMinimal;
  }

  public record JumlahPredikat(Predikat predikat, String label, int jumlah, BigDecimal persen) {}

  /**
   * @param selisih people too many (PALING_BANYAK) or too few (PALING_SEDIKIT); 0 when met
   */
  public record HasilAturan(String aturan, BatasAturan batas, int jumlah, BigDecimal persen,
      int batasOrang, boolean terpenuhi, int selisih, String pesan) {}

  /**
   * @param diberlakukan false for an empty OPD or one below the minimum size: then {@code sesuai}
   *     is true whatever the rules say, and {@code pelanggaran} is empty
   * @param pelanggaran the message of every broken rule, in the pattern's order
   */
  public record HasilPemeriksaan(PredikatOrganisasi predikatOrganisasi, int jumlahPegawai,
      List<JumlahPredikat> sebaran, List<HasilAturan> aturan, boolean diberlakukan, boolean sesuai,
      List<String> pelanggaran, String catatan) {}

  public HasilPemeriksaan periksa(PredikatOrganisasi predikatOrganisasi, List<AturanKurva> pola,
      List<Predikat> predikatPegawai) {
    if (predikatOrganisasi == null) {
      throw new IllegalArgumentException("Predikat kinerja organisasi belum ditetapkan");
    }
    Map<Predikat, Integer> jumlah = new EnumMap<>(Predikat.class);
    for (Predikat p : Predikat.values()) {
      jumlah.put(p, 0);
    }
    for (Predikat p : predikatPegawai) {
      if (p == null) {
        throw new IllegalArgumentException("Predikat pegawai kosong: yang belum dinilai tidak dihitung");
      }
      jumlah.merge(p, 1, Integer::sum);
    }
    int n = predikatPegawai.size();
    List<JumlahPredikat> sebaran = new ArrayList<>();
    for (Predikat p : Predikat.values()) {
      sebaran.add(new JumlahPredikat(p, p.label(), jumlah.get(p), persen(jumlah.get(p), n)));
    }
    List<HasilAturan> hasil = new ArrayList<>();
    List<String> dilanggar = new ArrayList<>();
    for (AturanKurva a : pola) {
      int j = a.kelompok().stream().mapToInt(jumlah::get).sum();
      int batasOrang = a.batasOrang(n);
      int selisih = a.batas() == BatasAturan.PALING_BANYAK ? Math.max(0, j - batasOrang)
          : Math.max(0, batasOrang - j);
      String awal = a.labelKelompok() + " " + j + " dari " + n + " (" + AturanKurva.angka(persen(j, n))
          + " %), " + a.uraianBatas(n) + ": ";
      String pesan = selisih == 0 ? awal + "terpenuhi"
          : awal + (a.batas() == BatasAturan.PALING_BANYAK ? "kelebihan " : "kurang ") + selisih + " orang";
      hasil.add(new HasilAturan(a.uraian(), a.batas(), j, persen(j, n), batasOrang, selisih == 0,
          selisih, pesan));
      if (selisih > 0) {
        dilanggar.add(pesan);
      }
    }
    String label = predikatOrganisasi.label();
    if (n == 0) {
      return new HasilPemeriksaan(predikatOrganisasi, 0, sebaran, hasil, false, true, List.of(),
          "Belum ada predikat tahunan yang dihitung di OPD ini: tidak ada yang diperiksa.");
    }
    if (n < jumlahMinimal) {
      return new HasilPemeriksaan(predikatOrganisasi, n, sebaran, hasil, false, true, List.of(),
          "Hanya " + n + " ASN yang dihitung (kurang dari " + jumlahMinimal
              + "): pola kurva tidak diberlakukan; hasil per aturan hanya sebagai informasi.");
    }
    if (dilanggar.isEmpty()) {
      return new HasilPemeriksaan(predikatOrganisasi, n, sebaran, hasil, true, true, List.of(),
          "Sebaran " + n + " ASN sesuai pola predikat organisasi " + label + ".");
    }
    return new HasilPemeriksaan(predikatOrganisasi, n, sebaran, hasil, true, false, List.copyOf(dilanggar),
        "Sebaran " + n + " ASN tidak sesuai pola predikat organisasi " + label + ": "
            + dilanggar.size() + " aturan dilanggar.");
  }

  /** jumlah / n · 100 with one decimal, half up; 0 for an empty OPD. */
  static BigDecimal persen(int jumlah, int n) {
    if (n == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(jumlah).multiply(SERATUS).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
  }
}
