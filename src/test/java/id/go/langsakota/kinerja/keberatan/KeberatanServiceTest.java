package id.go.langsakota.kinerja.keberatan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.organisasi.Pejabat;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.penilaian.BuktiDukungRepository;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.SkpService;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** KeberatanService without the engine or a database: routing (own-rating rule) and the decision checks. */
class KeberatanServiceTest {

  final KeberatanRepository keberatanRepo = mock(KeberatanRepository.class);
  final LangkahKeberatanRepository langkahRepo = mock(LangkahKeberatanRepository.class);
  final RegisterOrganisasiService register = mock(RegisterOrganisasiService.class);
  final KeberatanService service = new KeberatanService(keberatanRepo, langkahRepo,
      mock(PenjelasanKeberatanRepository.class), mock(SkpRepository.class), mock(SkpService.class),
      mock(BuktiDukungRepository.class), mock(PengaturanService.class), register);
  final LocalDate hari = LocalDate.of(2026, 2, 1);
  final Pejabat ppk = new Pejabat("walikota", null, "Wali Kota", null, "Wali Kota", false);

  Keberatan keberatan(String dinilaiOleh) {
    return new Keberatan(1L, "STAF", 2025, "alasan", List.of(), "STAF", Instant.now(), Instant.now(),
        Instant.now(), dinilaiOleh, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Predikat.BAIK);
  }

  static Pejabat pejabat(String id, long jabatan) {
    return new Pejabat(id, id, id, jabatan, "Jabatan " + jabatan, false);
  }

  @Test
  void atasanPejabatPenilaiMemutus() {
    when(register.atasanPejabatPenilai("STAF", hari)).thenReturn(Optional.of(pejabat("KEPALA", 10)));
    assertThat(service.pemutus(keberatan("PENGAWAS"), hari)).contains("KEPALA");
  }

  @Test
  void atasanYangMenilaiSendiriDilewatiSatuTingkat() {
    when(register.atasanPejabatPenilai("STAF", hari)).thenReturn(Optional.of(pejabat("KEPALA", 10)));
    when(register.pejabatDiAtas(eq(10L), anySet(), eq(hari))).thenReturn(pejabat("SEKDA", 1));
    assertThat(service.pemutus(keberatan("KEPALA"), hari)).contains("SEKDA");
  }

  @Test
  void tanpaAtasanKePpkDanPpkYangMenilaiKeBkpsdm() {
    when(register.atasanPejabatPenilai("STAF", hari)).thenReturn(Optional.empty());
    when(register.ppk()).thenReturn(ppk);
    assertThat(service.pemutus(keberatan("PENGAWAS"), hari)).contains("walikota");
    // the PPK rated: nobody else may decide, BKPSDM does (empty)
    assertThat(service.pemutus(keberatan("walikota"), hari)).isEmpty();
  }

  @Test
  void penilaiDanAsnTidakMemutusDanAlasanWajib() {
    Keberatan k = keberatan("PENGAWAS");
    when(keberatanRepo.findById(1L)).thenReturn(Optional.of(k));
    assertThatThrownBy(() -> service.putuskan(1L, "PENGAWAS", "DI_ATAS_EKSPEKTASI", "alasan panjang",
        "SESUAI_EKSPEKTASI", "alasan panjang", Instant.now())).isInstanceOf(IsianTidakValidException.class)
        .hasMessageContaining("penilaiannya sendiri");
    assertThatThrownBy(() -> service.putuskan(1L, "STAF", "DI_ATAS_EKSPEKTASI", "alasan panjang",
        "SESUAI_EKSPEKTASI", "alasan panjang", Instant.now())).isInstanceOf(IsianTidakValidException.class);
    assertThatThrownBy(() -> service.putuskan(1L, "KEPALA", "BAGUS", "", "SESUAI_EKSPEKTASI", null, Instant.now()))
        .isInstanceOf(IsianTidakValidException.class)
        .satisfies(e -> assertThat(((IsianTidakValidException) e).getKesalahan()).hasSize(3));
    verify(langkahRepo, never()).save(any());
    assertThat(k.getDiputuskanPada()).isNull();

    service.putuskan(1L, "KEPALA", "DI_ATAS_EKSPEKTASI", "Bukti capaian diperiksa", "SESUAI_EKSPEKTASI",
        "Sesuai pengamatan", Instant.now());
    assertThat(k.hasil()).isEqualTo("DIUBAH");
    // final: a second decision is refused
    assertThatThrownBy(() -> service.putuskan(1L, "KEPALA", "SESUAI_EKSPEKTASI", "Bukti capaian diperiksa",
        "SESUAI_EKSPEKTASI", "Sesuai pengamatan", Instant.now())).hasMessageContaining("final");
  }
}
