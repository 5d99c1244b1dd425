package id.go.langsakota.kinerja.pengembangan;

import id.go.langsakota.kinerja.kompetensi.JenisPelatihan;
import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ranks catalogue entries against a training need, without the engine or the database. Points:
 * the BerAKHLAK value the need names (+40), each word of the gap found in the entry's name or
 * competency (+15, at most 3 words), the kind the need asks for (+25), JP that cover the missing
 * JP (+20). Entries without a point are left out; ties go to the cheaper, then the shorter entry,
 * then the code. When nothing fits, the cheapest entries are offered and the reason says so.
 */
public final class PemeringkatPelatihan {

  public static final int JUMLAH_USULAN = 5;
  static final int POIN_NILAI = 40;
  static final int POIN_KATA = 15;
  static final int KATA_MAKS = 3;
  static final int POIN_JENIS = 25;
  static final int POIN_JP = 20;

  /** Words too common in the gap texts and the catalogue to say anything about the fit. */
  private static final Set<String> KATA_UMUM = Set.of("dan", "yang", "untuk", "dengan", "dalam", "pada",
      "atau", "dari", "bagi", "serta", "para", "pelatihan", "learning", "seminar", "tingkat", "dasar",
      "asn", "tahun", "tahunan", "predikat", "bawah", "ekspektasi", "butuh", "perbaikan", "kurang",
      "sangat", "nilai", "kerja", "hasil", "perilaku", "rating", "pegawai", "saya", "ingin", "perlu");

  /** The need as the ranking sees it. */
  public record Kebutuhan(String kesenjangan, NilaiBerakhlak nilaiBerakhlak, JenisPelatihan jenisDiminta,
      Integer kekuranganJp) {}

  /** A catalogue entry as the ranking sees it. */
  public record Kandidat(Long id, String kode, String nama, JenisPelatihan jenis, String kompetensi,
      NilaiBerakhlak nilaiBerakhlak, int jp, BigDecimal biaya) {}

  public record Usulan(Kandidat kandidat, int peringkat, int skor, String alasan) {}

  private PemeringkatPelatihan() {}

  public static List<Usulan> peringkat(Kebutuhan k, List<Kandidat> katalog) {
    Set<String> kataKebutuhan = kata(k.kesenjangan());
    List<Usulan> cocok = new ArrayList<>();
    for (Kandidat c : katalog) {
      int skor = 0;
      List<String> alasan = new ArrayList<>();
      if (k.nilaiBerakhlak() != null && k.nilaiBerakhlak() == c.nilaiBerakhlak()) {
        skor += POIN_NILAI;
        alasan.add("membangun nilai BerAKHLAK " + c.nilaiBerakhlak().label());
      }
      Set<String> kataEntri = kata(c.nama() + " " + c.kompetensi());
      List<String> sama = kataKebutuhan.stream().filter(w -> cocokKata(w, kataEntri)).limit(KATA_MAKS).toList();
      if (!sama.isEmpty()) {
        skor += POIN_KATA * sama.size();
        alasan.add("sesuai kesenjangan: " + String.join(", ", sama.stream().map(w -> "'" + w + "'").toList()));
      }
      if (k.jenisDiminta() != null && k.jenisDiminta() == c.jenis()) {
        skor += POIN_JENIS;
        alasan.add("jenis " + c.jenis().label() + " yang diminta");
      }
      if (k.kekuranganJp() != null && k.kekuranganJp() > 0 && c.jp() >= k.kekuranganJp()) {
        skor += POIN_JP;
        alasan.add(c.jp() + " JP menutup kekurangan " + k.kekuranganJp() + " JP");
      }
      if (skor > 0) {
        cocok.add(new Usulan(c, 0, skor, kapital(String.join("; ", alasan))));
      }
    }
    Comparator<Kandidat> murah = Comparator.comparing((Kandidat c) -> c.biaya() == null ? BigDecimal.ZERO : c.biaya())
        .thenComparingInt(Kandidat::jp).thenComparing(Kandidat::kode);
    List<Usulan> urut;
    if (cocok.isEmpty()) {
      urut = katalog.stream().sorted(murah).limit(JUMLAH_USULAN)
          .map(c -> new Usulan(c, 0, 0, "Tidak ada entri yang khusus cocok dengan kesenjangan; pilihan umum berbiaya terendah"))
          .toList();
    } else {
      urut = cocok.stream()
          .sorted(Comparator.comparingInt(Usulan::skor).reversed().thenComparing(Usulan::kandidat, murah))
          .limit(JUMLAH_USULAN).toList();
    }
    List<Usulan> hasil = new ArrayList<>();
    for (int i = 0; i < urut.size(); i++) {
      Usulan u = urut.get(i);
      hasil.add(new Usulan(u.kandidat(), i + 1, u.skor(), u.alasan()));
    }
    return hasil;
  }

  /** Lower-case words of 4+ letters, accents removed, common words left out. */
  static Set<String> kata(String teks) {
    Set<String> hasil = new LinkedHashSet<>();
    if (teks == null) {
      return hasil;
    }
    String bersih = Normalizer.normalize(teks, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
    for (String w : bersih.split("[^a-z0-9]+")) {
      if (w.length() >= 4 && !KATA_UMUM.contains(w)) {
        hasil.add(w);
      }
    }
    return hasil;
  }

  /** The same word, or one the start of the other when both have 5+ letters (pelayanan/pelayan). */
  private static boolean cocokKata(String w, Set<String> entri) {
    for (String e : entri) {
      if (e.equals(w) || w.length() >= 5 && e.length() >= 5 && (e.startsWith(w) || w.startsWith(e))) {
        return true;
      }
    }
    return false;
  }

  private static String kapital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
