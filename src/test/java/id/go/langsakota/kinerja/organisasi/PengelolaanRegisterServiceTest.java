package id.go.langsakota.kinerja.organisasi;

import static id.go.langsakota.kinerja.organisasi.OrganisasiUji.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

/**
 * The register's mutations: what they write, what they refuse, and the events they publish.
 * Refusals are checked after flushing and clearing the persistence context, so a write made
 * before the refusal would show up.
 */
@RegisterJpaTest
class PengelolaanRegisterServiceTest {

  @Autowired PengelolaanRegisterService pengelolaan;
  @Autowired RegisterOrganisasiService register;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired JabatanRepository jabatanRepository;
  @Autowired PenugasanJabatanRepository penugasanRepository;
  @Autowired PeranPenggunaRepository peranRepository;
  @Autowired EntityManager em;
  @Autowired ApplicationEvents events;
  OrganisasiUji uji;

  @BeforeEach
  void organisasi() {
    uji = new OrganisasiUji(pengelolaan).bangun();
    events.clear();
  }

  private Set<String> terbit() {
    return events.stream(PegawaiBerubahEvent.class)
        .flatMap(e -> e.idPengguna().stream())
        .collect(java.util.stream.Collectors.toSet());
  }

  private List<PenugasanJabatan> riwayat(String nip) {
    em.flush();
    em.clear();
    return penugasanRepository.findByPegawaiOrderByTmtMulai(pegawaiRepository.findByNip(nip).orElseThrow());
  }

  // ---------------------------------------------------------------------------- pegawai

  @Test
  void tambahPegawaiStoresDataAndAnnouncesTheNewUser() {
    pengelolaan.tambahPegawai(new DataPegawai(BARU, " Cut Nyak Dhien ", "Dr.", "S.Pd., M.Pd.", JenisAsn.PPPK,
        "IX", "cut@langsakota.go.id"));

    em.flush();
    em.clear();
    Pegawai p = pegawaiRepository.findByNip(BARU).orElseThrow();
    assertThat(p.getNamaLengkap()).isEqualTo("Dr. Cut Nyak Dhien, S.Pd., M.Pd.");
    assertThat(p.getJenisAsn()).isEqualTo(JenisAsn.PPPK);
    assertThat(p.getStatus()).isEqualTo(StatusPegawai.AKTIF);
    assertThat(terbit()).containsExactly(BARU);
  }

  @Test
  void tambahPegawaiRefusesADuplicateNip() {
    long sebelum = pegawaiRepository.count();
    assertThatThrownBy(() -> pengelolaan.tambahPegawai(
        new DataPegawai(PEL1, "Orang Lain", null, null, JenisAsn.PNS, null, null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sudah terdaftar");
    em.clear();
    assertThat(pegawaiRepository.count()).isEqualTo(sebelum);
    assertThat(pegawaiRepository.findByNip(PEL1).orElseThrow().getNama()).isEqualTo("Pelaksana Satu");
    assertThat(terbit()).isEmpty();
  }

  @Test
  void tambahPegawaiRefusesAnInvalidNipAndMissingFieldsWithEveryMessage() {
    assertThatThrownBy(() -> pengelolaan.tambahPegawai(
        new DataPegawai("198702302010011001", " ", null, null, null, null, "bukan-email")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tanggal lahir")
        .hasMessageContaining("Nama wajib diisi")
        .hasMessageContaining("Jenis ASN wajib diisi")
        .hasMessageContaining("email tidak sah");
    assertThat(pegawaiRepository.findByNip("198702302010011001")).isEmpty();
  }

  @Test
  void ubahDataPegawaiChangesDataButNotTheNip() {
    pengelolaan.ubahDataPegawai(PEL1, new DataPegawai(PEL1, "Pelaksana Satu Baru", null, "S.E.", JenisAsn.PNS,
        "III/b", null));
    em.flush();
    em.clear();
    assertThat(pegawaiRepository.findByNip(PEL1).orElseThrow().getNamaLengkap())
        .isEqualTo("Pelaksana Satu Baru, S.E.");
    assertThat(terbit()).containsExactly(PEL1);

    assertThatThrownBy(() -> pengelolaan.ubahDataPegawai(PEL1,
        new DataPegawai(PEL2, "X", null, null, JenisAsn.PNS, null, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NIP tidak dapat diubah");
    assertThatThrownBy(() -> pengelolaan.ubahDataPegawai(nip(998),
        new DataPegawai(null, "X", null, null, JenisAsn.PNS, null, null)))
        .isInstanceOf(NoSuchElementException.class);
  }

  // ---------------------------------------------------------------------------- jabatan

  @Test
  void angkatDalamJabatanClosesThePreviousOneTheDayBefore() {
    pengelolaan.angkatDalamJabatan(KASI2, "J-KASI2", LocalDate.of(2025, 1, 1));
    events.clear();
    LocalDate promosi = LocalDate.of(2025, 4, 1);
    pengelolaan.berhentikan(KASI, promosi, StatusPegawai.PINDAH_KELUAR);
    pengelolaan.angkatDalamJabatan(PEL1, "J-KASI", promosi);

    List<PenugasanJabatan> r = riwayat(PEL1);
    assertThat(r).extracting(p -> p.getJabatan().getKode(), PenugasanJabatan::getTmtSelesai)
        .containsExactly(
            tuple("J-PEL1", LocalDate.of(2025, 3, 31)),
            tuple("J-KASI", null));
    assertThat(terbit()).containsExactlyInAnyOrder(KASI, PEL1);
  }

  @Test
  void angkatDalamJabatanRefusesAPositionHeldByAnotherAndWritesNothing() {
    assertThatThrownBy(() -> pengelolaan.angkatDalamJabatan(PEL1, "J-KASI", LocalDate.of(2025, 4, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sudah dipangku secara definitif oleh Kasi");
    assertThat(riwayat(PEL1)).singleElement()
        .satisfies(p -> assertThat(p.getTmtSelesai()).isNull());
    assertThat(terbit()).isEmpty();
  }

  @Test
  void angkatDalamJabatanRefusesTheSameJabatanAgainAndATmtBeforeTheCurrentOne() {
    assertThatThrownBy(() -> pengelolaan.angkatDalamJabatan(PEL1, "J-PEL1", LocalDate.of(2025, 4, 1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("sudah memangku");
    assertThatThrownBy(() -> pengelolaan.angkatDalamJabatan(KASI2, "J-KASI2", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TMT jabatan wajib diisi");
    uji.jabatan("J-PEL5", "Pengelola Arsip", JenisJabatan.PELAKSANA, 5, "DISDIK.BID.S1", "J-KASI", false);
    assertThatThrownBy(() -> pengelolaan.angkatDalamJabatan(PEL1, "J-PEL5", AWAL.minusDays(1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("harus sesudahnya");
    assertThatThrownBy(() -> pengelolaan.angkatDalamJabatan(PEL1, "J-TIDAK-ADA", AWAL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tidak ada");
    assertThat(riwayat(PEL1)).hasSize(1);
  }

  @Test
  void angkatDalamJabatanEndsThePltOfThatJabatan() {
    pengelolaan.tunjukPlt(KASI, "J-KASI2", AWAL, null);
    events.clear();
    LocalDate definitif = LocalDate.of(2025, 6, 1);
    pengelolaan.angkatDalamJabatan(KASI2, "J-KASI2", definitif);

    assertThat(riwayat(KASI)).filteredOn(p -> p.getJenis() == JenisPenugasan.PLT).singleElement()
        .satisfies(p -> assertThat(p.getTmtSelesai()).isEqualTo(LocalDate.of(2025, 5, 31)));
    assertThat(register.pejabatPenilai(PEL3, definitif).orElseThrow().idPengguna()).isEqualTo(KASI2);
    assertThat(terbit()).containsExactlyInAnyOrder(KASI, KASI2);
  }

  @Test
  void tunjukPltOnlyForAVacantManagerialJabatanAndAPegawaiWithTheirOwnJabatan() {
    LocalDate mulai = LocalDate.of(2025, 2, 1);
    assertThatThrownBy(() -> pengelolaan.tunjukPlt(PEL1, "J-KASI", mulai, null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("lowong");
    assertThatThrownBy(() -> pengelolaan.tunjukPlt(KASI2, "J-KASI2", mulai, null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("tidak memiliki jabatan definitif");
    assertThatThrownBy(() -> pengelolaan.tunjukPlt(KASI, "J-PEL1", mulai, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jabatan manajerial");
    assertThatThrownBy(() -> pengelolaan.tunjukPlt(KASI, "J-KASI2", mulai, mulai.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tidak boleh sebelum");
    // a future definitive holder makes an open-ended Plt overlap
    pengelolaan.angkatDalamJabatan(KASI2, "J-KASI2", LocalDate.of(2025, 9, 1));
    assertThatThrownBy(() -> pengelolaan.tunjukPlt(KASI, "J-KASI2", mulai, null))
        .isInstanceOf(IllegalStateException.class);
    assertThat(riwayat(KASI)).hasSize(1);

    // until the day before is fine
    pengelolaan.tunjukPlt(KASI, "J-KASI2", mulai, LocalDate.of(2025, 8, 31));
    assertThat(riwayat(KASI)).hasSize(2);
    assertThatThrownBy(() -> pengelolaan.tunjukPlt(KABID, "J-KASI2", mulai.plusMonths(1), LocalDate.of(2025, 3, 31)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("sudah memiliki Plt");
  }

  @Test
  void akhiriPltSetsItsLastDay() {
    pengelolaan.tunjukPlt(KASI, "J-KASI2", AWAL, null);
    LocalDate akhir = LocalDate.of(2025, 5, 31);
    pengelolaan.akhiriPlt(KASI, "J-KASI2", akhir);

    assertThat(register.pejabatPenilai(PEL3, akhir).orElseThrow().idPengguna()).isEqualTo(KASI);
    assertThat(register.pejabatPenilai(PEL3, akhir.plusDays(1)).orElseThrow().idPengguna()).isEqualTo(KABID);
    assertThatThrownBy(() -> pengelolaan.akhiriPlt(KABID, "J-KASI2", akhir))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("bukan Plt");
  }

  @Test
  void berhentikanClosesEveryAssignmentAndSetsTheStatus() {
    pengelolaan.tunjukPlt(KASI, "J-KASI2", AWAL, null);
    events.clear();
    LocalDate pensiun = LocalDate.of(2025, 8, 1);
    pengelolaan.berhentikan(KASI, pensiun, StatusPegawai.PENSIUN);

    assertThat(riwayat(KASI)).allSatisfy(p -> assertThat(p.getTmtSelesai()).isEqualTo(LocalDate.of(2025, 7, 31)));
    Pegawai p = pegawaiRepository.findByNip(KASI).orElseThrow();
    assertThat(p.getStatus()).isEqualTo(StatusPegawai.PENSIUN);
    assertThat(p.getTanggalBerhenti()).isEqualTo(pensiun);
    assertThat(terbit()).containsExactly(KASI);

    assertThatThrownBy(() -> pengelolaan.berhentikan(KASI, pensiun, StatusPegawai.PENSIUN))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("tidak aktif");
    assertThatThrownBy(() -> pengelolaan.berhentikan(PEL1, pensiun, StatusPegawai.AKTIF))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pengelolaan.angkatDalamJabatan(KASI, "J-KASI2", pensiun))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("tidak aktif");
  }

  // ---------------------------------------------------------------------------- peran

  @Test
  void beriDanCabutPeran() {
    pengelolaan.beriPeran(PEL2, null, Peran.BKPSDM);
    pengelolaan.beriPeran("walikota", "Wali Kota Langsa", Peran.WALIKOTA);
    assertThat(peranRepository.findByPeran(Peran.BKPSDM)).extracting(PeranPengguna::getNama)
        .containsExactly("Pelaksana Dua");
    assertThat(terbit()).containsExactlyInAnyOrder(PEL2, "walikota");

    assertThatThrownBy(() -> pengelolaan.beriPeran(PEL2, null, Peran.BKPSDM))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> pengelolaan.beriPeran(nip(997), null, Peran.BKPSDM))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> pengelolaan.beriPeran("Wali Kota!", "X", Peran.WALIKOTA))
        .isInstanceOf(IllegalArgumentException.class);

    pengelolaan.cabutPeran(PEL2, Peran.BKPSDM);
    assertThat(peranRepository.existsByIdPenggunaAndPeran(PEL2, Peran.BKPSDM)).isFalse();
    assertThatThrownBy(() -> pengelolaan.cabutPeran(PEL2, Peran.BKPSDM))
        .isInstanceOf(IllegalStateException.class);
  }

  // ---------------------------------------------------------------------------- struktur

  @Test
  void jabatanRulesKelasAtasanManajerialAndNoCycle() {
    assertThatThrownBy(() -> uji.jabatan("J-X", "X", JenisJabatan.PELAKSANA, 18, "DISDIK", "J-KASI", false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("antara 1 dan 17");
    assertThatThrownBy(() -> uji.jabatan("J-X", "X", JenisJabatan.PELAKSANA, 0, "DISDIK", "J-KASI", false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("antara 1 dan 17");
    assertThatThrownBy(() -> uji.jabatan("J-X", "X", JenisJabatan.PELAKSANA, 5, "DISDIK", "J-GURU", false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("manajerial");
    // KADIS under KASI would make KADIS → KASI → KABID → KADIS
    assertThatThrownBy(() -> uji.jabatan("J-KADIS", "Kepala Dinas", JenisJabatan.JPT, 14, "DISDIK", "J-KASI", true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("melingkar");
    assertThatThrownBy(() -> uji.jabatan("J-KASI", "Kepala Seksi", JenisJabatan.PENGAWAS, 9, "DISDIK.BID.S1",
        "J-KASI", false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("melingkar");
    // a jabatan with subordinates must stay managerial
    assertThatThrownBy(() -> uji.jabatan("J-KASI", "Kepala Seksi", JenisJabatan.PELAKSANA, 9, "DISDIK.BID.S1",
        "J-KABID", false))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> uji.jabatan("J-KABID2", "Kabid Lain", JenisJabatan.ADMINISTRATOR, 12, "DISDIK",
        "J-KADIS", true))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("sudah memiliki jabatan kepala");

    em.flush();
    em.clear();
    assertThat(jabatanRepository.findByKode("J-X")).isEmpty();
    assertThat(jabatanRepository.findByKode("J-KADIS").orElseThrow().getAtasan().getKode()).isEqualTo("J-SEKDA");
    assertThat(jabatanRepository.findByKode("J-KASI").orElseThrow().getJenis()).isEqualTo(JenisJabatan.PENGAWAS);

    // a legal move of a jabatan to another atasan works and tells its holder
    events.clear();
    uji.jabatan("J-PEL2", "Pengolah Data Kurikulum", JenisJabatan.PELAKSANA, 6, "DISDIK.BID.S1", "J-KABID", false);
    assertThat(register.pejabatPenilai(PEL2, LocalDate.of(2025, 1, 2)).orElseThrow().idPengguna()).isEqualTo(KABID);
    assertThat(terbit()).contains(PEL2);
  }

  @Test
  void unitKerjaTreeRefusesCyclesAndOtherOpd() {
    assertThatThrownBy(() -> pengelolaan.simpanUnitKerja("DISDIK.BID", "Bidang", "DISDIK", "DISDIK.BID.S1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("melingkar");
    assertThatThrownBy(() -> pengelolaan.simpanUnitKerja("DISDIK.X", "X", "DISDIK", "SETDA"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OPD lain");
    assertThatThrownBy(() -> pengelolaan.simpanUnitKerja("DISDIK.X", "X", "TIDAK-ADA", null))
        .isInstanceOf(IllegalArgumentException.class);
    em.flush();
    em.clear();
    assertThat(em.createQuery("select u.induk.kode from UnitKerja u where u.kode = 'DISDIK.BID'", String.class)
        .getSingleResult()).isEqualTo("DISDIK");
  }

  @Test
  void opdIsCreatedThenUpdatedByKode() {
    pengelolaan.simpanOpd("BKPSDM", "Badan Kepegawaian", null);
    pengelolaan.simpanOpd("BKPSDM", "Badan Kepegawaian dan Pengembangan SDM", "BKPSDM");
    assertThat(register.daftarOpd()).extracting(OpdInfo::kode).containsExactly("BKPSDM", "DISDIK", "SETDA");
    assertThat(register.daftarOpd().get(0).nama()).isEqualTo("Badan Kepegawaian dan Pengembangan SDM");
    assertThatThrownBy(() -> pengelolaan.simpanOpd("kode dengan spasi", "X", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
