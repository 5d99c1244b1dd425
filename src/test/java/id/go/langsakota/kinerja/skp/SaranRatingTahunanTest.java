package id.go.langsakota.kinerja.skp;

import static id.go.langsakota.kinerja.kosakata.Rating.DI_ATAS_EKSPEKTASI;
import static id.go.langsakota.kinerja.kosakata.Rating.DI_BAWAH_EKSPEKTASI;
import static id.go.langsakota.kinerja.kosakata.Rating.SESUAI_EKSPEKTASI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaranRatingTahunanTest {

  @Test
  void rataRataTepatSetengahDibulatkanKeAtas() {
    // (3 + 2) / 2 = 2.5 → 3
    assertThat(SaranRatingTahunan.saran(List.of(DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI))).isEqualTo(DI_ATAS_EKSPEKTASI);
    // (1 + 2) / 2 = 1.5 → 2
    assertThat(SaranRatingTahunan.saran(List.of(DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI))).isEqualTo(SESUAI_EKSPEKTASI);
  }

  @Test
  void rataRataDiBawahSetengahDibulatkanKeBawah() {
    // 12 months: 5 × 3 + 7 × 2 = 29, 29 / 12 = 2.417 → 2
    List<id.go.langsakota.kinerja.kosakata.Rating> r = new java.util.ArrayList<>();
    r.addAll(Collections.nCopies(5, DI_ATAS_EKSPEKTASI));
    r.addAll(Collections.nCopies(7, SESUAI_EKSPEKTASI));
    assertThat(SaranRatingTahunan.saran(r)).isEqualTo(SESUAI_EKSPEKTASI);
    // 6 × 3 + 6 × 2 = 30, 30 / 12 = 2.5 → 3
    r.set(5, DI_ATAS_EKSPEKTASI);
    assertThat(SaranRatingTahunan.saran(r)).isEqualTo(DI_ATAS_EKSPEKTASI);
  }

  @Test
  void triwulanDenganSatuDiBawah() {
    // 1 + 2 + 2 + 2 = 7, 7 / 4 = 1.75 → 2
    assertThat(SaranRatingTahunan.saran(List.of(DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI,
        SESUAI_EKSPEKTASI))).isEqualTo(SESUAI_EKSPEKTASI);
    // 1 + 1 + 1 + 2 = 5, 5 / 4 = 1.25 → 1
    assertThat(SaranRatingTahunan.saran(List.of(DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI,
        SESUAI_EKSPEKTASI))).isEqualTo(DI_BAWAH_EKSPEKTASI);
  }

  @Test
  void periodeTanpaRatingDiabaikanTanpaRatingTidakAdaSaran() {
    assertThat(SaranRatingTahunan.saran(Arrays.asList(null, DI_ATAS_EKSPEKTASI))).isEqualTo(DI_ATAS_EKSPEKTASI);
    assertThat(SaranRatingTahunan.saran(Arrays.asList(null, null))).isNull();
    assertThat(SaranRatingTahunan.saran(List.of())).isNull();
  }
}
