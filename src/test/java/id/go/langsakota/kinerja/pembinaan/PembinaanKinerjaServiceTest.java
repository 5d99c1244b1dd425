package id.go.langsakota.kinerja.pembinaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

/** The recommendation and the decision rules, hand-worked, without the engine. */
class PembinaanKinerjaServiceTest {

  static final String PENILAI = "198001012005011001";
  static final String ASN = "199001012015011002";
  static final Instant SEKARANG = Instant.parse("2026-07-01T03:00:00Z");

  PembinaanRepository repository = mock(PembinaanRepository.class);
  PembinaanKinerjaService service = new PembinaanKinerjaService(repository, mock(RencanaPembinaanRepository.class),
      mock(PertemuanPembinaanRepository.class), mock(SkpRepository.class), mock(RegisterOrganisasiService.class),
      mock(PengaturanService.class), mock(RuntimeService.class),
      mock(id.go.langsakota.kinerja.kompetensi.KatalogPelatihanRepository.class),
      mock(id.go.langsakota.kinerja.pengembangan.PemicuPengembanganService.class));

  Pembinaan menungguKeputusan(boolean jpt, Predikat predikatEvaluasi) {
    Pembinaan p = new Pembinaan(1L, ASN, 2025, Predikat.KURANG, PENILAI, jpt, 6, "sistem", SEKARANG);
    p.hasilEvaluasi(predikatEvaluasi, false);
    when(repository.findById(7L)).thenReturn(Optional.of(p));
    return service.rekomendasikan(7L);
  }

  @Test
  void saranSistem() {
    assertThat(PembinaanKinerjaService.saran(true, Predikat.BUTUH_PERBAIKAN)).isEqualTo(TindakLanjutPembinaan.UJI_KOMPETENSI);
    assertThat(PembinaanKinerjaService.saran(true, Predikat.SANGAT_KURANG)).isEqualTo(TindakLanjutPembinaan.UJI_KOMPETENSI);
    assertThat(PembinaanKinerjaService.saran(false, Predikat.BUTUH_PERBAIKAN)).isEqualTo(TindakLanjutPembinaan.PINDAH);
    assertThat(PembinaanKinerjaService.saran(false, Predikat.KURANG)).isEqualTo(TindakLanjutPembinaan.TURUN_JABATAN);
    assertThat(PembinaanKinerjaService.saran(false, Predikat.SANGAT_KURANG)).isEqualTo(TindakLanjutPembinaan.TURUN_JABATAN);
  }

  @Test
  void rekomendasiDenganAlasan() {
    Pembinaan p = menungguKeputusan(false, Predikat.SANGAT_KURANG);
    assertThat(p.getRekomendasi()).isEqualTo(TindakLanjutPembinaan.TURUN_JABATAN);
    assertThat(p.getAlasanRekomendasi()).contains("Sangat Kurang").contains("Kurang/Misconduct");
    assertThat(p.getStatus()).isEqualTo(StatusPembinaan.MENUNGGU_KEPUTUSAN);
  }

  @Test
  void keputusanDitolakUntukPenilaiAsnTanggalMendatangDanUjiKompetensiBukanJpt() {
    menungguKeputusan(false, Predikat.BUTUH_PERBAIKAN);
    LocalDate hari = LocalDate.of(2026, 7, 1);
    String alasan = "Sesuai rekomendasi sistem dan pertimbangan PPK";
    assertThatThrownBy(() -> service.putuskan(7L, PENILAI, "PINDAH", alasan, null, hari, SEKARANG))
        .isInstanceOf(IsianTidakValidException.class).hasMessageContaining("pejabat penilai");
    assertThatThrownBy(() -> service.putuskan(7L, ASN, "TETAP", alasan, null, hari, SEKARANG))
        .isInstanceOf(IsianTidakValidException.class);
    assertThatThrownBy(() -> service.putuskan(7L, "bkpsdm1", "PINDAH", alasan, null, hari.plusDays(1), SEKARANG))
        .isInstanceOf(IsianTidakValidException.class)
        .satisfies(e -> assertThat(((IsianTidakValidException) e).getKesalahan()).anyMatch(k -> k.contains("setelah hari ini")));
    assertThatThrownBy(() -> service.putuskan(7L, "bkpsdm1", "UJI_KOMPETENSI", alasan, null, hari, SEKARANG))
        .isInstanceOf(IsianTidakValidException.class);
    assertThatThrownBy(() -> service.putuskan(7L, "bkpsdm1", "DIPECAT", alasan, null, hari, SEKARANG))
        .isInstanceOf(IsianTidakValidException.class);
    Pembinaan p = service.putuskan(7L, "bkpsdm1", "TETAP", alasan, " 800/1/2026 ", hari, SEKARANG);
    assertThat(p.getKeputusan()).isEqualTo(TindakLanjutPembinaan.TETAP);
    assertThat(p.getNomorKeputusan()).isEqualTo("800/1/2026");
    assertThat(service.menungguKeputusanAkhir(7L)).isFalse();
  }

  @Test
  void jptUjiKompetensiLaluKeputusanAkhir() {
    menungguKeputusan(true, Predikat.KURANG);
    String alasan = "Hasil uji kompetensi oleh panitia seleksi";
    assertThatThrownBy(() -> service.putuskan(7L, "bkpsdm1", "TURUN_JABATAN", alasan, null,
        LocalDate.of(2026, 7, 1), SEKARANG)).hasMessageContaining("UJI_KOMPETENSI");
    Pembinaan p = service.putuskan(7L, "bkpsdm1", "UJI_KOMPETENSI", alasan, null, null, SEKARANG);
    assertThat(p.getUjiKompetensiPada()).isEqualTo(SEKARANG);
    assertThat(service.menungguKeputusanAkhir(7L)).isTrue();
    assertThatThrownBy(() -> service.putuskan(7L, "bkpsdm1", "UJI_KOMPETENSI", alasan, null, null, SEKARANG))
        .hasMessageContaining("sudah tercatat");
    service.putuskan(7L, "bkpsdm1", "TURUN_JABATAN", alasan, null, LocalDate.of(2026, 7, 1), SEKARANG);
    assertThat(service.menungguKeputusanAkhir(7L)).isFalse();
  }
}
