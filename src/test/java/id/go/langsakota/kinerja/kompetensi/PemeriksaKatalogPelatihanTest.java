package id.go.langsakota.kinerja.kompetensi;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The catalogue check shared by the API and the import, without Spring. */
class PemeriksaKatalogPelatihanTest {

  static MasukanKatalogPelatihan masukan(String kode, String jenis, String jp, String biaya) {
    return new MasukanKatalogPelatihan(kode, "Pelatihan Manajemen Waktu", jenis, "MANAJERIAL",
        "Manajemen waktu", "Akuntabel", jp, "BPSDM Aceh", "luring", biaya, "");
  }

  @Test
  void entriYangBenarMenjadiDataBertipe() {
    var h = PemeriksaKatalogPelatihan.periksa(masukan("KP-100", "e-learning", "24", "Rp 2.500.000"));
    assertThat(h.kesalahan()).isEmpty();
    assertThat(h.data().jenis()).isEqualTo(JenisPelatihan.E_LEARNING);
    assertThat(h.data().nilaiBerakhlak()).isEqualTo(NilaiBerakhlak.AKUNTABEL);
    assertThat(h.data().moda()).isEqualTo(ModaPelatihan.LURING);
    assertThat(h.data().jp()).isEqualTo(24);
    assertThat(h.data().biaya()).isEqualByComparingTo(new BigDecimal("2500000"));
    assertThat(h.data().aktif()).isTrue();
  }

  @Test
  void labelNilaiBerakhlakSepertiDiSkpDiterima() {
    var m = new MasukanKatalogPelatihan("KP-101", "Pelatihan Pelayanan Publik Prima", "KLASIKAL",
        "MANAJERIAL", "Pelayanan publik", "Berorientasi Pelayanan", "30", "BPSDM Aceh", "LURING", "0", "YA");
    assertThat(PemeriksaKatalogPelatihan.periksa(m).data().nilaiBerakhlak())
        .isEqualTo(NilaiBerakhlak.BERORIENTASI_PELAYANAN);
  }

  @Test
  void jpNegatifNolPecahanDanBerlebihDitolak() {
    assertThat(PemeriksaKatalogPelatihan.periksa(masukan("KP-1", "KLASIKAL", "-4", "0")).kesalahan())
        .containsExactly("JP harus antara 1 dan 1000, bukan -4");
    assertThat(PemeriksaKatalogPelatihan.periksa(masukan("KP-1", "KLASIKAL", "0", "0")).kesalahan())
        .containsExactly("JP harus antara 1 dan 1000, bukan 0");
    assertThat(PemeriksaKatalogPelatihan.periksa(masukan("KP-1", "KLASIKAL", "2,5", "0")).kesalahan())
        .containsExactly("JP harus bilangan bulat, bukan '2,5'");
    assertThat(PemeriksaKatalogPelatihan.periksa(masukan("KP-1", "KLASIKAL", "1001", "0")).kesalahan())
        .containsExactly("JP harus antara 1 dan 1000, bukan 1001");
    assertThat(PemeriksaKatalogPelatihan.periksa(masukan("KP-1", "KLASIKAL", "dua puluh", "0")).kesalahan())
        .containsExactly("JP harus berupa angka, bukan 'dua puluh'");
  }

  @Test
  void biayaNegatifDanTidakWajarDitolak() {
    assertThat(PemeriksaKatalogPelatihan.periksa(masukan("KP-1", "KLASIKAL", "8", "-500000")).kesalahan())
        .containsExactly("Biaya tidak boleh negatif (-500000)");
    // 5 miliar: an extra zero or three
    assertThat(PemeriksaKatalogPelatihan.periksa(masukan("KP-1", "KLASIKAL", "8", "5000000000")).kesalahan())
        .containsExactly("Biaya Rp 5.000.000.000 melebihi batas wajar Rp 100.000.000 per peserta; "
            + "periksa angka nol yang berlebih");
    // exactly the limit is fine, empty is free of charge
    assertThat(PemeriksaKatalogPelatihan.periksa(masukan("KP-1", "KLASIKAL", "8", "100.000.000")).sah()).isTrue();
    assertThat(PemeriksaKatalogPelatihan.periksa(masukan("KP-1", "KLASIKAL", "8", "")).data().biaya())
        .isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void jenisTidakDikenalDanIsianKosongDisebutSemua() {
    var h = PemeriksaKatalogPelatihan.periksa(new MasukanKatalogPelatihan("", " ", "WEBINAR", "", "",
        "Jujur", "8", "", "TATAP_MUKA", "0", "mungkin"));
    assertThat(h.sah()).isFalse();
    assertThat(h.kesalahan()).containsExactly(
        "Kode wajib diisi",
        "Nama pelatihan wajib diisi",
        "Jenis pelatihan 'WEBINAR' tidak dikenal; pilih salah satu: KLASIKAL, E_LEARNING, COACHING, "
            + "MENTORING, MAGANG, SEMINAR",
        "Jenis kompetensi wajib diisi (TEKNIS, MANAJERIAL, SOSIAL_KULTURAL)",
        "Kompetensi yang dibangun wajib diisi",
        "Nilai BerAKHLAK 'Jujur' tidak dikenal; pilih salah satu: BERORIENTASI_PELAYANAN, AKUNTABEL, "
            + "KOMPETEN, HARMONIS, LOYAL, ADAPTIF, KOLABORATIF (atau kosongkan)",
        "Penyelenggara wajib diisi",
        "Moda 'TATAP_MUKA' tidak dikenal; pilih salah satu: LURING, DARING, CAMPURAN",
        "Aktif harus YA atau TIDAK, bukan 'mungkin'");
  }

  @Test
  void kodeDenganTandaAnehDitolak() {
    assertThat(PemeriksaKatalogPelatihan.periksa(masukan("KP 1/2", "KLASIKAL", "8", "0")).kesalahan())
        .containsExactly("Kode 'KP 1/2' tidak sah: gunakan huruf, angka, '-', '_' atau '.', paling panjang 30 karakter");
  }
}
