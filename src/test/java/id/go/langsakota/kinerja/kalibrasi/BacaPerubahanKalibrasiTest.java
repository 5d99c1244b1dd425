package id.go.langsakota.kinerja.kalibrasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calibration task's list of changes, read without engine or database. */
class BacaPerubahanKalibrasiTest {

  @Test
  void daftarSahDibacaSebagaiRatingDanAlasan() {
    List<KalibrasiKurvaService.Perubahan> p = KalibrasiKurvaService.bacaPerubahan(
        "[{\"nip\":\" 198503152010011005 \",\"ratingHasilKerja\":\"SESUAI_EKSPEKTASI\","
            + "\"ratingPerilaku\":\"DI_BAWAH_EKSPEKTASI\",\"alasan\":\" Target tidak tercapai \"}]");
    assertThat(p).containsExactly(new KalibrasiKurvaService.Perubahan("198503152010011005",
        Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI, "Target tidak tercapai"));
    assertThat(KalibrasiKurvaService.bacaPerubahan(null)).isEmpty();
    assertThat(KalibrasiKurvaService.bacaPerubahan("[]")).isEmpty();
  }

  @Test
  void setiapMasalahPerBarisDisebut() {
    String alasanPanjang = "x".repeat(1001);
    assertThatThrownBy(() -> KalibrasiKurvaService.bacaPerubahan("[{\"nip\":\"1\",\"ratingHasilKerja\":\"BAGUS\","
        + "\"ratingPerilaku\":\"SESUAI_EKSPEKTASI\"},{\"ratingHasilKerja\":\"SESUAI_EKSPEKTASI\","
        + "\"ratingPerilaku\":\"SESUAI_EKSPEKTASI\",\"alasan\":\"" + alasanPanjang + "\"}]"))
        .isInstanceOfSatisfying(IsianTidakValidException.class, e -> assertThat(e.getKesalahan()).containsExactly(
            "Perubahan 1 (NIP 1): rating hasil kerja harus salah satu dari DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, "
                + "DI_BAWAH_EKSPEKTASI (diterima: 'BAGUS')",
            "Perubahan 1 (NIP 1): alasan perubahan wajib diisi",
            "Perubahan 2: pilih ASN yang ratingnya diubah",
            "Perubahan 2: alasan paling banyak 1000 karakter"));
  }

  @Test
  void bukanDaftarDitolak() {
    assertThatThrownBy(() -> KalibrasiKurvaService.bacaPerubahan("{\"nip\":\"1\"}"))
        .isInstanceOf(IsianTidakValidException.class).hasMessageContaining("perubahan harus berupa daftar");
  }
}
