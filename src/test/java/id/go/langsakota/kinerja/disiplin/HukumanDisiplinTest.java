package id.go.langsakota.kinerja.disiplin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The hukuman disiplin check and "a hukuman in year X", with hand-worked dates, without Spring. */
class HukumanDisiplinTest {

  static final String NIP = "198503152010011001";

  static MasukanHukumanDisiplin masukan(String jenis, String tingkat, String mulai, String selesai,
      String keputusan) {
    return new MasukanHukumanDisiplin(NIP, jenis, tingkat, mulai, selesai, "800/12/BKPSDM/2025",
        keputusan, "Tidak masuk kerja tanpa alasan yang sah");
  }

  static HukumanDisiplin hukuman(MasukanHukumanDisiplin m) {
    var h = PemeriksaHukumanDisiplin.periksa(m, nip -> true);
    assertThat(h.kesalahan()).isEmpty();
    return new HukumanDisiplin(h.data(), "uji");
  }

  @Test
  void tmtSelesaiDihitungDariJenis() {
    // 6 months from 3 March 2025: 3 March .. 2 September 2025
    HukumanDisiplin h = hukuman(masukan("PEMOTONGAN_TUKIN_25_PERSEN_6_BULAN", "", "03-03-2025", "", "25-02-2025"));
    assertThat(h.getTmtSelesai()).isEqualTo(LocalDate.of(2025, 9, 2));
    assertThat(h.getTingkat()).isEqualTo(TingkatHukumanDisiplin.SEDANG);
    // a teguran is a one-off: no end date
    assertThat(hukuman(masukan("teguran tertulis", "ringan", "2025-03-03", "", "2025-02-25")).getTmtSelesai()).isNull();
  }

  @Test
  void tingkatHarusSesuaiJenis() {
    var h = PemeriksaHukumanDisiplin.periksa(masukan("TEGURAN_LISAN", "BERAT", "03-03-2025", "", "25-02-2025"), n -> true);
    assertThat(h.kesalahan()).containsExactly(
        "Jenis TEGURAN_LISAN adalah hukuman disiplin tingkat RINGAN, bukan BERAT (PP 94/2021 Pasal 8)");
  }

  @Test
  void nipSalahTidakTerdaftarJenisTidakDikenalDanTanggalTerbalikDitolak() {
    var salahBentuk = PemeriksaHukumanDisiplin.periksa(new MasukanHukumanDisiplin("19850315", "SKORSING", null,
        "31-02-2025", "", "", "01-03-2025", null), n -> true);
    assertThat(salahBentuk.kesalahan()).containsExactly(
        "NIP harus terdiri dari 18 angka tanpa spasi atau tanda baca (diterima: '19850315')",
        "Jenis hukuman disiplin 'SKORSING' tidak dikenal; pilih salah satu: TEGURAN_LISAN, TEGURAN_TERTULIS, "
            + "PERNYATAAN_TIDAK_PUAS_SECARA_TERTULIS, PEMOTONGAN_TUKIN_25_PERSEN_6_BULAN, "
            + "PEMOTONGAN_TUKIN_25_PERSEN_9_BULAN, PEMOTONGAN_TUKIN_25_PERSEN_12_BULAN, "
            + "PENURUNAN_JABATAN_SETINGKAT_LEBIH_RENDAH_12_BULAN, PEMBEBASAN_DARI_JABATAN_MENJADI_PELAKSANA_12_BULAN, "
            + "PEMBERHENTIAN_DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI",
        "TMT mulai '31-02-2025' bukan tanggal yang sah; tulis dd-mm-yyyy (mis. 02-01-2025) atau yyyy-mm-dd",
        "Nomor keputusan wajib diisi");
    var tidakTerdaftar = PemeriksaHukumanDisiplin.periksa(
        masukan("TEGURAN_LISAN", "", "10-03-2025", "01-03-2025", "05-03-2025"), n -> false);
    assertThat(tidakTerdaftar.kesalahan()).containsExactly(
        "NIP " + NIP + " tidak terdaftar di register",
        "TMT selesai tidak boleh sebelum TMT mulai");
    var sebelumKeputusan = PemeriksaHukumanDisiplin.periksa(
        masukan("TEGURAN_LISAN", "", "01-02-2025", "", "05-03-2025"), n -> true);
    assertThat(sebelumKeputusan.kesalahan()).containsExactly(
        "TMT mulai tidak boleh sebelum tanggal keputusan (hukuman berlaku setelah ditetapkan)");
  }

  @Test
  void hukumanMenyentuhTahunBilaDitetapkanAtauBerlakuDiTahunItu() {
    // 12 months from 1 October 2024: runs until 30 September 2025
    HukumanDisiplin duaTahun = hukuman(masukan("PEMOTONGAN_TUKIN_25_PERSEN_12_BULAN", "SEDANG",
        "01-10-2024", "", "20-09-2024"));
    assertThat(duaTahun.getTmtSelesai()).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(duaTahun.berlakuPadaTahun(2023)).isFalse();
    assertThat(duaTahun.berlakuPadaTahun(2024)).isTrue();
    assertThat(duaTahun.berlakuPadaTahun(2025)).isTrue();
    assertThat(duaTahun.berlakuPadaTahun(2026)).isFalse();
    // decreed on 29 December 2025, a teguran on 2 January 2026: touches both years
    HukumanDisiplin teguran = hukuman(masukan("TEGURAN_LISAN", "", "02-01-2026", "", "29-12-2025"));
    assertThat(teguran.berlakuPadaTahun(2025)).isTrue();
    assertThat(teguran.berlakuPadaTahun(2026)).isTrue();
    assertThat(teguran.berlakuPadaTahun(2027)).isFalse();
  }
}
