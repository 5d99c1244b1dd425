package id.go.langsakota.kinerja.pemberitahuan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The subject of a new-task e-mail names the person and year once (the browser walk saw both twice). */
class PerihalTugasBaruTest {

  static final String NIP = "199605142020122002";

  @Test
  void namaYangSudahAdaDiNamaTugasTidakDiulang() {
    assertThat("Setujui SKP — Fitriani, S.K.M."
        + PemberitahuanService.perihal("Setujui SKP — Fitriani, S.K.M.", "Fitriani, S.K.M.", NIP, 2026))
        .isEqualTo("Setujui SKP — Fitriani, S.K.M. (NIP 199605142020122002), tahun 2026");
  }

  @Test
  void tahunYangSudahAdaDiNamaTugasTidakDiulang() {
    assertThat(PemberitahuanService.perihal("Perbaiki SKP (dikembalikan) — 2026", null, NIP, 2026)).isEmpty();
    assertThat(PemberitahuanService.perihal("Nilai kinerja periodik — Fitriani, S.K.M. — Oktober 2026",
        "Fitriani, S.K.M.", NIP, 2026)).isEqualTo(" (NIP 199605142020122002)");
  }

  @Test
  void namaTugasTanpaOrangDanTahunMendapatKeduanya() {
    assertThat(PemberitahuanService.perihal("Setujui SKP", "Fitriani, S.K.M.", NIP, 2026))
        .isEqualTo(" — Fitriani, S.K.M. (NIP 199605142020122002), tahun 2026");
    assertThat(PemberitahuanService.perihal("Susun SKP", null, null, 2026)).isEqualTo(" — tahun 2026");
    assertThat(PemberitahuanService.perihal("Periksa dokumen", null, null, null)).isEmpty();
  }
}
