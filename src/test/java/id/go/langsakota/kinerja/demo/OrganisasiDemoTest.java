package id.go.langsakota.kinerja.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.organisasi.Jabatan;
import id.go.langsakota.kinerja.organisasi.JabatanRepository;
import id.go.langsakota.kinerja.organisasi.JenisAsn;
import id.go.langsakota.kinerja.organisasi.JenisJabatan;
import id.go.langsakota.kinerja.organisasi.JenisPenugasan;
import id.go.langsakota.kinerja.organisasi.Nip;
import id.go.langsakota.kinerja.organisasi.Opd;
import id.go.langsakota.kinerja.organisasi.OpdRepository;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Pejabat;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatanRepository;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPengguna;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.organisasi.UnitKerja;
import id.go.langsakota.kinerja.organisasi.UnitKerjaRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.transaction.TestTransaction;

/**
 * The demo organisation seeded into a fresh register. A JPA slice of its own (not the shared
 * application context) because the seeder only runs on an EMPTY register, which other test
 * classes of the shared context may already have filled; every test rolls back.
 */
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({OrganisasiDemoSeeder.class, RegisterOrganisasiService.class})
class OrganisasiDemoTest {

  static final LocalDate HARI_INI = LocalDate.now();

  @Autowired OrganisasiDemoSeeder seeder;
  @Autowired RegisterOrganisasiService register;
  @Autowired OpdRepository opdRepository;
  @Autowired UnitKerjaRepository unitRepository;
  @Autowired JabatanRepository jabatanRepository;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired PenugasanJabatanRepository penugasanRepository;
  @Autowired PeranPenggunaRepository peranRepository;

  @Test
  void seedsTheRealOpdOfKotaLangsa() {
    assertThat(seeder.isiJikaKosong()).isTrue();

    List<Opd> opd = opdRepository.findAll();
    assertThat(opd).hasSizeGreaterThanOrEqualTo(12);
    assertThat(opd).extracting(Opd::getNama).contains("Sekretariat Daerah",
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "Badan Perencanaan Pembangunan Daerah", "Dinas Pendidikan dan Kebudayaan", "Dinas Kesehatan",
        "Inspektorat", "Dinas Pekerjaan Umum dan Penataan Ruang",
        "Dinas Kependudukan dan Pencatatan Sipil", "Kecamatan Langsa Barat", "Kecamatan Langsa Baro",
        "Kecamatan Langsa Kota", "Kecamatan Langsa Lama", "Kecamatan Langsa Timur");
    assertThat(opd).extracting(Opd::getSingkatan).contains("BKPSDM", "Bappeda");
  }

  @Test
  void hierarchyIsATreeUnderTheSekretarisDaerah() {
    seeder.isiJikaKosong();
    List<Jabatan> semua = jabatanRepository.findAll();

    List<Jabatan> puncak = semua.stream().filter(j -> j.getAtasan() == null).toList();
    assertThat(puncak).singleElement().satisfies(j -> {
      assertThat(j.getNama()).isEqualTo("Sekretaris Daerah");
      assertThat(j.getJenis()).isEqualTo(JenisJabatan.JPT);
      assertThat(j.isKepalaOpd()).isTrue();
    });
    Jabatan sekda = puncak.get(0);

    List<Jabatan> kepalaOpd = semua.stream().filter(Jabatan::isKepalaOpd).toList();
    assertThat(kepalaOpd).hasSize((int) opdRepository.count());
    for (Jabatan k : kepalaOpd) {
      if (k != sekda) {
        assertThat(k.getAtasan()).as(k.getNama()).isSameAs(sekda);
        if (k.getNama().startsWith("Camat ")) {
          assertThat(k.getJenis()).isEqualTo(JenisJabatan.ADMINISTRATOR);
        } else {
          assertThat(k.getJenis()).as(k.getNama()).isEqualTo(JenisJabatan.JPT);
          assertThat(k.getKelasJabatan()).isBetween(14, 15);
        }
      }
    }
    for (Jabatan j : semua) {
      switch (j.getJenis()) {
        case ADMINISTRATOR -> assertThat(j.getKelasJabatan()).as(j.getNama()).isBetween(11, 12);
        case PENGAWAS -> assertThat(j.getKelasJabatan()).as(j.getNama()).isBetween(8, 9);
        case PELAKSANA -> assertThat(j.getKelasJabatan()).as(j.getNama()).isBetween(5, 7);
        case FUNGSIONAL -> {
          assertThat(j.getJenjang()).as(j.getNama()).isNotBlank();
          assertThat(j.getAtasan().getJenis()).as(j.getNama())
              .isIn(JenisJabatan.PENGAWAS, JenisJabatan.ADMINISTRATOR);
        }
        case JPT -> assertThat(j.getKelasJabatan()).isBetween(14, 15);
      }
      if (j.getAtasan() != null && !j.getAtasan().equals(sekda)) {
        assertThat(j.getAtasan().getOpd().getId()).as(j.getNama()).isEqualTo(j.getOpd().getId());
      }
    }
    assertThat(semua).filteredOn(j -> j.getJenis() == JenisJabatan.FUNGSIONAL)
        .extracting(Jabatan::getNama)
        .contains("Guru Ahli Pertama", "Guru Ahli Muda", "Perawat Ahli Pertama", "Bidan Terampil",
            "Analis SDM Aparatur Ahli Muda", "Perencana Ahli Pertama", "Auditor Ahli Muda");

    for (UnitKerja u : unitRepository.findAll()) {
      if (u.getInduk() != null) {
        assertThat(u.getInduk().getOpd().getId()).isEqualTo(u.getOpd().getId());
      } else {
        assertThat(u.getNama()).isEqualTo(u.getOpd().getNama());
      }
    }
  }

  @Test
  void atLeast300AsnWithValidUniqueNipsAndFittingPangkat() {
    seeder.isiJikaKosong();
    List<Pegawai> pegawai = pegawaiRepository.findAll();

    assertThat(pegawai).hasSizeGreaterThanOrEqualTo(300);
    List<String> nip = pegawai.stream().map(Pegawai::getNip).toList();
    assertThat(Set.copyOf(nip)).hasSameSizeAs(nip);
    for (Pegawai p : pegawai) {
      assertThat(Nip.periksa(p.getNip())).as(p.getNip()).isEmpty();
      int lahir = Nip.tanggalLahir(p.getNip()).getYear();
      assertThat(lahir).as(p.getNip()).isBetween(1968, 1998);
      int tmt = Integer.parseInt(p.getNip().substring(8, 12));
      assertThat(tmt - lahir).as("usia saat TMT " + p.getNip()).isGreaterThanOrEqualTo(21);
      if (p.getNama().startsWith("Cut ") || p.getNama().startsWith("Siti ")) {
        assertThat(Nip.jenisKelamin(p.getNip())).as(p.getNama()).isEqualTo('P');
      }
      if (p.getNama().startsWith("Teuku ") || p.getNama().startsWith("Muhammad ")) {
        assertThat(Nip.jenisKelamin(p.getNip())).as(p.getNama()).isEqualTo('L');
      }
    }
    long pppk = pegawai.stream().filter(p -> p.getJenisAsn() == JenisAsn.PPPK).count();
    assertThat(pppk).isPositive().isLessThan(pegawai.size() / 4);

    for (PenugasanJabatan t : penugasanRepository.findAll()) {
      if (t.getTmtSelesai() != null || t.getJenis() != JenisPenugasan.DEFINITIF) {
        continue;
      }
      String pangkat = t.getPegawai().getPangkatGolongan();
      JenisJabatan jenis = t.getJabatan().getJenis();
      if (t.getPegawai().getJenisAsn() == JenisAsn.PPPK) {
        assertThat(jenis).isIn(JenisJabatan.PELAKSANA, JenisJabatan.FUNGSIONAL);
        assertThat(pangkat).matches("V|VII|IX");
      } else if (jenis == JenisJabatan.JPT) {
        assertThat(pangkat).matches("Pembina Utama (Muda \\(IV/c\\)|Madya \\(IV/d\\))");
      } else if (jenis == JenisJabatan.ADMINISTRATOR) {
        assertThat(pangkat).matches(".*\\((III/d|IV/a|IV/b)\\)");
      } else if (jenis == JenisJabatan.PELAKSANA) {
        assertThat(pangkat).matches(".*\\((II/[a-d]|III/[ab])\\)");
      }
      // a pejabat penilai never ranks below the ASN they assess (the same golongan is fine)
    }
  }

  @Test
  void demoLoginsHaveTheDocumentedRolesAndChain() {
    seeder.isiJikaKosong();

    assertThat(jabatanDefinitif(DemoLogin.ASN).getJenis()).isEqualTo(JenisJabatan.PELAKSANA);
    assertThat(jabatanDefinitif(DemoLogin.ASN).getOpd().getNama()).isEqualTo("Dinas Kesehatan");
    assertThat(jabatanDefinitif(DemoLogin.PEJABAT_PENILAI).getJenis()).isEqualTo(JenisJabatan.PENGAWAS);
    assertThat(jabatanDefinitif(DemoLogin.ATASAN_PEJABAT_PENILAI).getJenis())
        .isEqualTo(JenisJabatan.ADMINISTRATOR);

    String asn = DemoLogin.ASN.idPengguna();
    assertThat(register.pejabatPenilai(asn, HARI_INI)).map(Pejabat::idPengguna)
        .contains(DemoLogin.PEJABAT_PENILAI.idPengguna());
    assertThat(register.atasanPejabatPenilai(asn, HARI_INI)).map(Pejabat::idPengguna)
        .contains(DemoLogin.ATASAN_PEJABAT_PENILAI.idPengguna());
    assertThat(register.bawahan(DemoLogin.PEJABAT_PENILAI.idPengguna(), HARI_INI))
        .extracting(Pejabat::idPengguna).contains(asn).hasSizeGreaterThanOrEqualTo(2);

    assertThat(peranRepository.existsByIdPenggunaAndPeran(DemoLogin.BKPSDM.idPengguna(), Peran.BKPSDM))
        .isTrue();
    assertThat(peranRepository.existsByIdPenggunaAndPeran(DemoLogin.BKPSDM_ANALIS.idPengguna(),
        Peran.BKPSDM)).isTrue();
    assertThat(jabatanDefinitif(DemoLogin.BKPSDM).getOpd().getSingkatan()).isEqualTo("BKPSDM");
    assertThat(jabatanDefinitif(DemoLogin.BKPSDM_ANALIS).getNama())
        .isEqualTo("Analis SDM Aparatur Ahli Muda");
    List<PeranPengguna> bkpsdm = peranRepository.findByPeran(Peran.BKPSDM);
    assertThat(bkpsdm).hasSizeBetween(2, 3);
    for (PeranPengguna p : bkpsdm) {
      assertThat(register.jabatanDefinitif(p.getIdPengguna(), HARI_INI)).get()
          .satisfies(t -> assertThat(t.getJabatan().getOpd().getSingkatan()).isEqualTo("BKPSDM"));
    }

    assertThat(peranRepository.findByPeran(Peran.TIM_PENILAI_KINERJA))
        .extracting(p -> jabatanDefinitif(p.getIdPengguna()).getNama())
        .containsExactlyInAnyOrder("Sekretaris Daerah",
            "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Inspektur");
    assertThat(jabatanDefinitif(DemoLogin.TIM_PENILAI).getNama()).isEqualTo("Sekretaris Daerah");

    assertThat(peranRepository.findByPeran(Peran.WALIKOTA)).singleElement()
        .extracting(PeranPengguna::getIdPengguna).isEqualTo(DemoLogin.WALIKOTA.idPengguna());
    assertThat(pegawaiRepository.findByNip(DemoLogin.WALIKOTA.idPengguna())).isEmpty();
    // The Sekda has nobody above in the tree: the Wali Kota assesses him.
    assertThat(register.pejabatPenilai(DemoLogin.TIM_PENILAI.idPengguna(), HARI_INI))
        .map(Pejabat::idPengguna).contains(DemoLogin.WALIKOTA.idPengguna());
  }

  @Test
  void docsListEveryDemoLoginWithTheSeededName() throws Exception {
    seeder.isiJikaKosong();
    String doc = Files.readString(Path.of("docs/demo-login.md"), StandardCharsets.UTF_8);

    for (DemoLogin d : DemoLogin.values()) {
      assertThat(doc).containsPattern("\\|\\s*" + Pattern.quote(d.idPengguna()) + "\\s*\\|");
      pegawaiRepository.findByNip(d.idPengguna()).ifPresent(p -> assertThat(doc)
          .containsPattern("\\|\\s*" + Pattern.quote(p.getNamaLengkap()) + "\\s*\\|"));
    }
    assertThat(doc).contains("http://localhost:8080/camunda/app/tasklist/");
  }

  @Test
  void hasVacanciesAPltAndAMove() {
    seeder.isiJikaKosong();
    List<Jabatan> kosong = jabatanRepository.findAll().stream()
        .filter(j -> penugasanRepository.findBerlakuByJabatan(j, HARI_INI).stream()
            .noneMatch(t -> t.getJenis() == JenisPenugasan.DEFINITIF))
        .toList();
    assertThat(kosong).hasSizeGreaterThanOrEqualTo(3);

    // A vacant pengawas without Plt: its staff go to the administrator above.
    Jabatan kasiKosong = kosong.stream()
        .filter(j -> j.getJenis() == JenisJabatan.PENGAWAS)
        .filter(j -> penugasanRepository.findBerlakuByJabatan(j, HARI_INI).isEmpty())
        .findFirst().orElseThrow();
    String pemangkuAtasan = register.pemangku(kasiKosong.getAtasan(), HARI_INI).orElseThrow().nip();
    List<Jabatan> staf = jabatanRepository.findByAtasan(kasiKosong);
    assertThat(staf).isNotEmpty();
    for (Jabatan s : staf) {
      String nip = register.pemangku(s, HARI_INI).orElseThrow().nip();
      assertThat(register.pejabatPenilai(nip, HARI_INI)).map(Pejabat::nip).contains(pemangkuAtasan);
    }

    // A vacant kepala bidang with a Plt who keeps his own (administrator or pengawas) post.
    PenugasanJabatan plt = penugasanRepository.findAll().stream()
        .filter(t -> t.getJenis() == JenisPenugasan.PLT && t.berlakuPada(HARI_INI))
        .findFirst().orElseThrow();
    assertThat(plt.getJabatan().getJenis()).isEqualTo(JenisJabatan.ADMINISTRATOR);
    assertThat(kosong).contains(plt.getJabatan());
    assertThat(register.jabatanDefinitif(plt.getPegawai().getNip(), HARI_INI)).get()
        .satisfies(t -> assertThat(t.getJabatan().getJenis())
            .isIn(JenisJabatan.ADMINISTRATOR, JenisJabatan.PENGAWAS));
    Jabatan kasi = jabatanRepository.findByAtasan(plt.getJabatan()).stream()
        .filter(j -> j.getJenis() == JenisJabatan.PENGAWAS).findFirst().orElseThrow();
    String nipKasi = register.pemangku(kasi, HARI_INI).orElseThrow().nip();
    assertThat(register.pejabatPenilai(nipKasi, HARI_INI)).get().satisfies(p -> {
      assertThat(p.nip()).isEqualTo(plt.getPegawai().getNip());
      assertThat(p.plt()).isTrue();
    });

    // A move: a closed earlier assignment followed by the current one.
    Pegawai pindah = pegawaiRepository.findByNip(DemoLogin.PEJABAT_PENILAI.idPengguna()).orElseThrow();
    List<PenugasanJabatan> riwayat = penugasanRepository.findByPegawaiOrderByTmtMulai(pindah);
    assertThat(riwayat).hasSize(2);
    assertThat(riwayat.get(0).getTmtSelesai()).isNotNull().isBefore(riwayat.get(1).getTmtMulai());
    assertThat(riwayat.get(0).getJabatan().getOpd().getId())
        .isNotEqualTo(riwayat.get(1).getJabatan().getOpd().getId());
    // ... and the post he left is held by his successor, not by him.
    assertThat(register.pemangku(riwayat.get(0).getJabatan(), HARI_INI)).get()
        .extracting(Pejabat::nip).isNotEqualTo(pindah.getNip());
  }

  @Test
  void seedingTwiceDoesNotDuplicate() {
    assertThat(seeder.isiJikaKosong()).isTrue();
    long opd = opdRepository.count();
    long pegawai = pegawaiRepository.count();
    long jabatan = jabatanRepository.count();
    long peran = peranRepository.count();

    assertThat(seeder.isiJikaKosong()).isFalse();

    assertThat(opdRepository.count()).isEqualTo(opd);
    assertThat(pegawaiRepository.count()).isEqualTo(pegawai);
    assertThat(jabatanRepository.count()).isEqualTo(jabatan);
    assertThat(peranRepository.count()).isEqualTo(peran);
  }

  @Test
  void sameDataOnEveryRun() throws Exception {
    // Two generator runs, compared by a digest of the sorted NIP list.
    assertThat(sidikJari(nipTerurut(OrganisasiDemo.buat("walikota", "Wali Kota Langsa").pegawai())))
        .isEqualTo(sidikJari(nipTerurut(OrganisasiDemo.buat("walikota", "Wali Kota Langsa").pegawai())));

    // Two seedings into an empty register (rolled back in between) store the same people.
    seeder.isiJikaKosong();
    List<String> pertama = nipTerurut(pegawaiRepository.findAll());
    List<String> namaPertama = pegawaiRepository.findAll().stream()
        .map(p -> p.getNip() + " " + p.getNamaLengkap()).sorted().toList();
    TestTransaction.flagForRollback();
    TestTransaction.end();

    TestTransaction.start();
    assertThat(pegawaiRepository.count()).isZero();
    seeder.isiJikaKosong();
    assertThat(sidikJari(nipTerurut(pegawaiRepository.findAll()))).isEqualTo(sidikJari(pertama));
    assertThat(pegawaiRepository.findAll().stream().map(p -> p.getNip() + " " + p.getNamaLengkap())
        .sorted().toList()).isEqualTo(namaPertama);
  }

  private Jabatan jabatanDefinitif(DemoLogin login) {
    return jabatanDefinitif(login.idPengguna());
  }

  private Jabatan jabatanDefinitif(String nip) {
    return register.jabatanDefinitif(nip, HARI_INI).orElseThrow().getJabatan();
  }

  private static List<String> nipTerurut(List<Pegawai> pegawai) {
    return pegawai.stream().map(Pegawai::getNip).filter(Objects::nonNull).sorted()
        .collect(Collectors.toList());
  }

  private static String sidikJari(List<String> nip) throws Exception {
    byte[] d = MessageDigest.getInstance("SHA-256")
        .digest(String.join(",", nip).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d);
  }
}
