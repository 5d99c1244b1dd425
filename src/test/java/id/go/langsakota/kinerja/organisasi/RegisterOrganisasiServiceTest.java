package id.go.langsakota.kinerja.organisasi;

import static id.go.langsakota.kinerja.organisasi.OrganisasiUji.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who rates whom, on which date: DOMAIN.md "Pejabat Penilai Kinerja". */
@RegisterJpaTest
class RegisterOrganisasiServiceTest {

  static final LocalDate HARI = LocalDate.of(2025, 3, 15);

  @Autowired RegisterOrganisasiService register;
  @Autowired PengelolaanRegisterService pengelolaan;
  OrganisasiUji uji;

  @BeforeEach
  void organisasi() {
    uji = new OrganisasiUji(pengelolaan).bangun();
  }

  private String penilai(String nip) {
    return register.pejabatPenilai(nip, HARI).orElseThrow().idPengguna();
  }

  private String atasan(String nip) {
    return register.atasanPejabatPenilai(nip, HARI).orElseThrow().idPengguna();
  }

  @Test
  void chainPelaksanaPengawasAdministratorJptSekdaPpk() {
    assertThat(penilai(PEL1)).isEqualTo(KASI);
    assertThat(penilai(KASI)).isEqualTo(KABID);
    assertThat(penilai(KABID)).isEqualTo(KADIS);
    assertThat(penilai(KADIS)).isEqualTo(SEKDA);
    assertThat(penilai(SEKDA)).isEqualTo("walikota");

    assertThat(atasan(PEL1)).isEqualTo(KABID);
    assertThat(atasan(KASI)).isEqualTo(KADIS);
    assertThat(atasan(KABID)).isEqualTo(SEKDA);
    assertThat(atasan(KADIS)).isEqualTo("walikota");
    // the PPK has nobody above
    assertThat(register.atasanPejabatPenilai(SEKDA, HARI)).isEmpty();

    Pejabat kasi = register.pejabatPenilai(PEL1, HARI).orElseThrow();
    assertThat(kasi.namaJabatan()).isEqualTo("Kepala Seksi Kurikulum");
    assertThat(kasi.plt()).isFalse();
    assertThat(register.pejabatPenilai(SEKDA, HARI).orElseThrow().jabatanId()).isNull();
  }

  @Test
  void fungsionalReportsToThePengawas() {
    assertThat(penilai(GURU)).isEqualTo(KASI);
    assertThat(atasan(GURU)).isEqualTo(KABID);
  }

  @Test
  void vacantPengawasWithoutPltPassesUpToTheAdministrator() {
    assertThat(penilai(PEL3)).isEqualTo(KABID);
    assertThat(atasan(PEL3)).isEqualTo(KADIS);
  }

  @Test
  void vacantPengawasWithPltRoutesToThePlt() {
    pengelolaan.tunjukPlt(KASI, "J-KASI2", LocalDate.of(2025, 2, 1), null);

    Pejabat p = register.pejabatPenilai(PEL3, HARI).orElseThrow();
    assertThat(p.idPengguna()).isEqualTo(KASI);
    assertThat(p.plt()).isTrue();
    assertThat(p.namaJabatan()).isEqualTo("Kepala Seksi Peserta Didik");
    assertThat(atasan(PEL3)).isEqualTo(KABID);
    // before the Plt started it was the next one up
    assertThat(register.pejabatPenilai(PEL3, LocalDate.of(2025, 1, 31)).orElseThrow().idPengguna())
        .isEqualTo(KABID);
    // the Plt's own appraisal still follows their definitive jabatan
    assertThat(penilai(KASI)).isEqualTo(KABID);
  }

  @Test
  void aPltDoesNotRateThemself() {
    // PEL3 acts as Plt of their own vacant supervisor's position
    pengelolaan.tunjukPlt(PEL3, "J-KASI2", AWAL.plusMonths(1), null);

    assertThat(penilai(PEL3)).isEqualTo(KABID);
    assertThat(atasan(PEL3)).isEqualTo(KADIS);
    assertThat(penilai(PEL4)).isEqualTo(PEL3);
    assertThat(register.bawahan(PEL3, HARI)).extracting(Pejabat::idPengguna).containsExactly(PEL4);
    assertThat(register.bawahan(KABID, HARI)).extracting(Pejabat::idPengguna)
        .containsExactlyInAnyOrder(KASI, PEL3);
  }

  @Test
  void aPltInTheSupervisorsChainIsNotTheirOwnAtasan() {
    // KASI holds J-KASI and acts as Plt of the vacant KABID position above it
    pengelolaan.berhentikan(KABID, LocalDate.of(2025, 1, 1), StatusPegawai.PENSIUN);
    pengelolaan.tunjukPlt(KASI, "J-KABID", LocalDate.of(2025, 1, 1), null);

    assertThat(penilai(PEL1)).isEqualTo(KASI);
    // KASI is not their own atasan: the next one up is the kepala dinas
    assertThat(atasan(PEL1)).isEqualTo(KADIS);
    assertThat(penilai(KASI)).isEqualTo(KADIS);
    assertThat(penilai(PEL3)).isEqualTo(KASI);
    assertThat(atasan(PEL3)).isEqualTo(KADIS);
  }

  @Test
  void aMoveMidYearChangesTheSupervisorFromItsTmtAndKeepsHistory() {
    uji.jabatan("J-PEL5", "Pengelola Data Peserta Didik", JenisJabatan.PELAKSANA, 6, "DISDIK.BID.S2", "J-KASI2",
        false);
    pengelolaan.angkatDalamJabatan(KASI2, "J-KASI2", AWAL);
    LocalDate pindah = LocalDate.of(2025, 7, 1);
    pengelolaan.angkatDalamJabatan(PEL1, "J-PEL5", pindah);

    assertThat(register.pejabatPenilai(PEL1, pindah.minusDays(1)).orElseThrow().idPengguna()).isEqualTo(KASI);
    assertThat(register.pejabatPenilai(PEL1, pindah).orElseThrow().idPengguna()).isEqualTo(KASI2);
    assertThat(register.jabatanDefinitif(PEL1, pindah.minusDays(1)).orElseThrow().getJabatan().getKode())
        .isEqualTo("J-PEL1");

    ProfilPegawai profil = register.profilPegawai(PEL1, pindah).orElseThrow();
    assertThat(profil.jabatanSekarang().kodeJabatan()).isEqualTo("J-PEL5");
    assertThat(profil.riwayatJabatan()).extracting(PenugasanInfo::kodeJabatan, PenugasanInfo::tmtMulai,
            PenugasanInfo::tmtSelesai)
        .containsExactly(
            tuple("J-PEL1", AWAL, LocalDate.of(2025, 6, 30)),
            tuple("J-PEL5", pindah, null));
    // the old position is vacant from the move on, not before
    assertThat(register.bawahan(KASI, pindah)).extracting(Pejabat::idPengguna).doesNotContain(PEL1);
    assertThat(register.bawahan(KASI, pindah.minusDays(1))).extracting(Pejabat::idPengguna).contains(PEL1);
  }

  @Test
  void aNewSupervisorMidYearRatesFromTheirTmt() {
    LocalDate mulai = LocalDate.of(2025, 5, 2);
    pengelolaan.angkatDalamJabatan(KASI2, "J-KASI2", mulai);

    assertThat(register.pejabatPenilai(PEL3, mulai.minusDays(1)).orElseThrow().idPengguna()).isEqualTo(KABID);
    assertThat(register.pejabatPenilai(PEL3, mulai).orElseThrow().idPengguna()).isEqualTo(KASI2);
  }

  @Test
  void retiredSupervisorPassesUpFromTheDateTheyLeave() {
    LocalDate pensiun = LocalDate.of(2025, 4, 1);
    pengelolaan.berhentikan(KASI, pensiun, StatusPegawai.PENSIUN);

    assertThat(register.pejabatPenilai(PEL1, pensiun).orElseThrow().idPengguna()).isEqualTo(KABID);
    assertThat(register.pejabatPenilai(KASI, pensiun)).isEmpty();
  }

  @Test
  void bawahanIncludesThosePassedUpThroughAVacancy() {
    assertThat(register.bawahan(KASI, HARI)).extracting(Pejabat::idPengguna)
        .containsExactlyInAnyOrder(PEL1, PEL2, GURU);
    // KASI2 is vacant without Plt: PEL3 and PEL4 are rated by the kepala bidang
    assertThat(register.bawahan(KABID, HARI)).extracting(Pejabat::idPengguna)
        .containsExactlyInAnyOrder(KASI, PEL3, PEL4);
    assertThat(register.bawahan(KADIS, HARI)).extracting(Pejabat::idPengguna).containsExactly(KABID);
    assertThat(register.bawahan(SEKDA, HARI)).extracting(Pejabat::idPengguna).containsExactly(KADIS);
    assertThat(register.bawahan(PEL1, HARI)).isEmpty();
  }

  @Test
  void bawahanFollowsThePlt() {
    pengelolaan.tunjukPlt(KASI, "J-KASI2", AWAL, null);

    assertThat(register.bawahan(KASI, HARI)).extracting(Pejabat::idPengguna)
        .containsExactlyInAnyOrder(PEL1, PEL2, GURU, PEL3, PEL4);
    assertThat(register.bawahan(KABID, HARI)).extracting(Pejabat::idPengguna).containsExactly(KASI);
  }

  @Test
  void bawahanIsConsistentWithPejabatPenilaiThroughSeveralVacancies() {
    pengelolaan.berhentikan(KABID, LocalDate.of(2025, 1, 1), StatusPegawai.PINDAH_KELUAR);
    // KABID and KASI2 vacant: PEL3, PEL4 and KASI go to the kepala dinas
    assertThat(penilai(PEL3)).isEqualTo(KADIS);
    assertThat(penilai(KASI)).isEqualTo(KADIS);
    assertThat(register.bawahan(KADIS, HARI)).extracting(Pejabat::idPengguna)
        .containsExactlyInAnyOrder(KASI, PEL3, PEL4);
  }

  @Test
  void kepalaOpdIsTheHolderElseThePltElseTheNextUp() {
    assertThat(register.kepalaOpd(PEL1, HARI).orElseThrow().idPengguna()).isEqualTo(KADIS);
    assertThat(register.kepalaOpd(KADIS, HARI).orElseThrow().idPengguna()).isEqualTo(KADIS);
    assertThat(register.kepalaOpd(SEKDA, HARI).orElseThrow().idPengguna()).isEqualTo(SEKDA);
    assertThat(register.kepalaOpdDari("DISDIK", HARI).orElseThrow().idPengguna()).isEqualTo(KADIS);

    LocalDate pensiun = LocalDate.of(2025, 2, 1);
    pengelolaan.berhentikan(KADIS, pensiun, StatusPegawai.PENSIUN);
    assertThat(register.kepalaOpd(PEL1, HARI).orElseThrow().idPengguna()).isEqualTo(SEKDA);

    pengelolaan.tunjukPlt(KABID, "J-KADIS", pensiun.plusDays(14), null);
    Pejabat plt = register.kepalaOpd(PEL1, HARI).orElseThrow();
    assertThat(plt.idPengguna()).isEqualTo(KABID);
    assertThat(plt.plt()).isTrue();
    assertThat(register.kepalaOpd(PEL1, pensiun.minusDays(1)).orElseThrow().idPengguna()).isEqualTo(KADIS);
  }

  @Test
  void noDefinitiveJabatanMeansNoAnswer() {
    assertThat(register.pejabatPenilai(KASI2, HARI)).isEmpty();
    assertThat(register.kepalaOpd(KASI2, HARI)).isEmpty();
    assertThat(register.pejabatPenilai(PEL1, AWAL.minusDays(1))).isEmpty();
    assertThat(register.pejabatPenilai(nip(999), HARI)).isEmpty();
  }

  @Test
  void penilaiAtauAtasanRecognisesBothLevelsOnly() {
    assertThat(register.penilaiAtauAtasan(KASI, PEL1, HARI)).isTrue();
    assertThat(register.penilaiAtauAtasan(KABID, PEL1, HARI)).isTrue();
    assertThat(register.penilaiAtauAtasan(KADIS, PEL1, HARI)).isFalse();
    assertThat(register.penilaiAtauAtasan(PEL2, PEL1, HARI)).isFalse();
  }
}
