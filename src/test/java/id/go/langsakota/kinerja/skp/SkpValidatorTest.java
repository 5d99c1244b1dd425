package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.web.IsianTidakValidException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SkpValidatorTest {

  static final Set<String> OPSI = Set.of("RHK:1", "PK:7");

  static Map<String, Object> indikator(Object aspek, Object target, Object arah) {
    Map<String, Object> m = new HashMap<>();
    m.put("aspek", aspek);
    m.put("uraian", "Dokumen selesai");
    m.put("target", target);
    m.put("satuan", "dokumen");
    m.put("arah", arah);
    return m;
  }

  static Map<String, Object> rhk(Object jenis, Object atasan, Object indikator) {
    Map<String, Object> m = new HashMap<>();
    m.put("jenis", jenis);
    m.put("uraian", "Tersusunnya dokumen perencanaan");
    m.put("rhkAtasan", atasan);
    m.put("indikator", indikator);
    return m;
  }

  static String pesan(Object daftar) {
    try {
      SkpValidator.periksa(daftar, OPSI);
    } catch (IsianTidakValidException e) {
      return e.getMessage();
    }
    throw new AssertionError("tidak ditolak");
  }

  @Test
  void isianSahDiterimaAngkaDariTeksDanDesimal() {
    List<RhkMasukan> hasil = SkpValidator.periksa(List.of(
        rhk("UTAMA", "RHK:1", List.of(indikator("KUANTITAS", "12.5", "LEBIH_TINGGI_LEBIH_BAIK"))),
        rhk("TAMBAHAN", null, List.of(indikator("WAKTU", 3, null)))), OPSI);
    assertThat(hasil).hasSize(2);
    assertThat(hasil.get(0).indikator().get(0).target()).isEqualByComparingTo(new BigDecimal("12.5"));
    // arah left empty = higher is better
    assertThat(hasil.get(1).indikator().get(0).arah()).isEqualTo(ArahIndikator.LEBIH_TINGGI_LEBIH_BAIK);
  }

  @Test
  void tanpaRhkUtamaDitolak() {
    assertThat(pesan(List.of(rhk("TAMBAHAN", null, List.of(indikator("KUANTITAS", 1, null))))))
        .contains("minimal satu RHK utama");
  }

  @Test
  void rhkTanpaIndikatorDitolak() {
    assertThat(pesan(List.of(rhk("UTAMA", "RHK:1", List.of())))).contains("RHK ke-1: minimal satu indikator");
    assertThat(pesan(List.of(rhk("UTAMA", "RHK:1", null)))).contains("minimal satu indikator");
  }

  @Test
  void targetNolNegatifTeksDanTidakWajarDitolak() {
    assertThat(pesan(List.of(rhk("UTAMA", "RHK:1", List.of(indikator("KUANTITAS", 0, null))))))
        .contains("target harus lebih besar dari 0");
    assertThat(pesan(List.of(rhk("UTAMA", "RHK:1", List.of(indikator("KUANTITAS", -5, null))))))
        .contains("target harus lebih besar dari 0");
    assertThat(pesan(List.of(rhk("UTAMA", "RHK:1", List.of(indikator("KUANTITAS", "12 dokumen", null))))))
        .contains("target harus berupa angka, bukan '12 dokumen'");
    assertThat(pesan(List.of(rhk("UTAMA", "RHK:1", List.of(indikator("KUANTITAS", 1_000_000_001L, null))))))
        .contains("tidak wajar");
  }

  @Test
  void aspekArahJenisDiLuarDaftarDitolak() {
    String p = pesan(List.of(rhk("POKOK", "RHK:1", List.of(indikator("BIAYA", 5, "NAIK")))));
    assertThat(p).contains("jenis harus salah satu dari UTAMA, TAMBAHAN (diterima: 'POKOK')")
        .contains("aspek harus salah satu dari KUANTITAS, KUALITAS, WAKTU")
        .contains("arah harus salah satu dari LEBIH_TINGGI_LEBIH_BAIK, LEBIH_RENDAH_LEBIH_BAIK");
  }

  @Test
  void rhkUtamaHarusMengacuRhkAtasanYangDitawarkan() {
    assertThat(pesan(List.of(rhk("UTAMA", null, List.of(indikator("KUANTITAS", 5, null))))))
        .contains("wajib mengacu pada RHK atasan");
    assertThat(pesan(List.of(rhk("UTAMA", "RHK:2", List.of(indikator("KUANTITAS", 5, null))))))
        .contains("'RHK:2' bukan RHK pejabat penilai");
    assertThat(SkpValidator.periksa(List.of(rhk("UTAMA", "PK:7", List.of(indikator("KUANTITAS", 5, null)))), OPSI))
        .hasSize(1);
  }

  @Test
  void bukanDaftarDitolak() {
    assertThatThrownBy(() -> SkpValidator.periksa("bukan daftar", OPSI)).isInstanceOf(IsianTidakValidException.class)
        .hasMessageContaining("wajib diisi dan berupa daftar");
    assertThatThrownBy(() -> SkpValidator.periksa(List.of(), OPSI)).isInstanceOf(IsianTidakValidException.class);
  }
}
