package id.go.langsakota.kinerja.pengaturan;

import id.go.langsakota.kinerja.config.MemoTransaksi;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the configurable rules (stored value, else default) and changes them with a check. */
@Service
@Transactional(readOnly = true)
public class PengaturanService {

  private final PengaturanRepository repository;

  public PengaturanService(PengaturanRepository repository) {
    this.repository = repository;
  }

  public String nilai(KunciPengaturan kunci) {
    // Read from the table each time (editable without restart, the same on every node), but once
    // per transaction: one command reads the same deadline for its due date, timer and listener.
    return MemoTransaksi.ambil(kunci, () ->
        repository.findById(kunci.name()).map(Pengaturan::getNilai).orElse(kunci.bawaan()));
  }

  public BigDecimal angka(KunciPengaturan kunci) {
    return new BigDecimal(nilai(kunci));
  }

  public int bilangan(KunciPengaturan kunci) {
    return Integer.parseInt(nilai(kunci));
  }

  /** A YA/TIDAK switch: true for YA. */
  public boolean ya(KunciPengaturan kunci) {
    return "YA".equals(nilai(kunci).trim());
  }

  public MonthDay tanggalTahunan(KunciPengaturan kunci) {
    return MonthDay.parse("--" + nilai(kunci));
  }

  public Map<KunciPengaturan, String> semua() {
    Map<String, String> tersimpan = new java.util.HashMap<>();
    repository.findAll().forEach(p -> tersimpan.put(p.getKunci(), p.getNilai()));
    Map<KunciPengaturan, String> hasil = new EnumMap<>(KunciPengaturan.class);
    for (KunciPengaturan k : KunciPengaturan.values()) {
      hasil.put(k, tersimpan.getOrDefault(k.name(), k.bawaan()));
    }
    return hasil;
  }

  /** @throws IllegalArgumentException with an Indonesian message when the value is not valid */
  @Transactional
  public void ubah(KunciPengaturan kunci, String nilai, String oleh) {
    String salah = kunci.periksa(nilai);
    if (salah != null) {
      throw new IllegalArgumentException(salah);
    }
    if (kunci == KunciPengaturan.AMBANG_DI_ATAS_EKSPEKTASI
        && new BigDecimal(nilai.trim()).compareTo(angka(KunciPengaturan.AMBANG_SESUAI_EKSPEKTASI)) < 0
        || kunci == KunciPengaturan.AMBANG_SESUAI_EKSPEKTASI
        && new BigDecimal(nilai.trim()).compareTo(angka(KunciPengaturan.AMBANG_DI_ATAS_EKSPEKTASI)) > 0) {
      throw new IllegalArgumentException(
          "Ambang di atas ekspektasi tidak boleh lebih kecil dari ambang sesuai ekspektasi");
    }
    periksaUrutanAmbangPredikatOrganisasi(kunci, nilai.trim());
    repository.findById(kunci.name()).ifPresentOrElse(
        p -> p.ubah(nilai.trim(), oleh),
        () -> repository.save(new Pengaturan(kunci.name(), nilai.trim(), oleh)));
    MemoTransaksi.lupakan(kunci);
  }

  private static final java.util.List<KunciPengaturan> AMBANG_PREDIKAT_ORGANISASI = java.util.List.of(
      KunciPengaturan.AMBANG_PREDIKAT_ORGANISASI_ISTIMEWA, KunciPengaturan.AMBANG_PREDIKAT_ORGANISASI_BAIK,
      KunciPengaturan.AMBANG_PREDIKAT_ORGANISASI_BUTUH_PERBAIKAN, KunciPengaturan.AMBANG_PREDIKAT_ORGANISASI_KURANG);

  // The bands of the proposed organisation predikat must fall strictly from Istimewa to Kurang.
  private void periksaUrutanAmbangPredikatOrganisasi(KunciPengaturan kunci, String nilai) {
    int i = AMBANG_PREDIKAT_ORGANISASI.indexOf(kunci);
    if (i < 0) {
      return; // not a band: a text value (JENIS_PERIODE, KEBIJAKAN_PERIODE_TERLAMBAT) is no number
    }
    BigDecimal baru = new BigDecimal(nilai);
    if (i > 0 && baru.compareTo(angka(AMBANG_PREDIKAT_ORGANISASI.get(i - 1))) >= 0
        || i < AMBANG_PREDIKAT_ORGANISASI.size() - 1
        && baru.compareTo(angka(AMBANG_PREDIKAT_ORGANISASI.get(i + 1))) <= 0) {
      throw new IllegalArgumentException("Ambang saran predikat kinerja organisasi harus menurun: "
          + "Istimewa > Baik > Butuh Perbaikan > Kurang");
    }
  }
}
