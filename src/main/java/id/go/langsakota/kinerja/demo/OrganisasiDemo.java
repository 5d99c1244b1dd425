package id.go.langsakota.kinerja.demo;

import id.go.langsakota.kinerja.organisasi.Jabatan;
import id.go.langsakota.kinerja.organisasi.JenisAsn;
import id.go.langsakota.kinerja.organisasi.JenisJabatan;
import id.go.langsakota.kinerja.organisasi.JenisPenugasan;
import id.go.langsakota.kinerja.organisasi.Opd;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPengguna;
import id.go.langsakota.kinerja.organisasi.UnitKerja;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds (unsaved) the demo organisation of Kota Langsa: 17 OPD with their units, jabatan,
 * about 370 ASN, assignments and roles. Deterministic: a fixed-seed {@link Random} and a fixed
 * order of construction, so every run and every fresh database gets the same people and NIPs.
 * The names are synthetic; the OPD and unit names follow the city's real nomenclature.
 */
public final class OrganisasiDemo {

  /** Changing the seed changes every generated person; the {@link DemoLogin} people stay. */
  static final long SEED = 20260101L;

  /** Everything to save, each list in an order where parents come before children. */
  public record Data(List<Opd> opd, List<UnitKerja> unitKerja, List<Jabatan> jabatan,
      List<Pegawai> pegawai, List<PenugasanJabatan> penugasan, List<PeranPengguna> peran) {}

  /** Field of study of an OPD, to give its people fitting academic titles. */
  private enum Rumpun { UMUM, KESEHATAN, PENDIDIKAN, TEKNIK, AGAMA, KEUANGAN }

  private enum Pendidikan { SLTA, D3, S1 }

  private record Ctx(Opd opd, UnitKerja induk, Rumpun rumpun, int[] nomorUnit, int[] nomorJabatan) {}

  private static final String[] GOLONGAN = {"II/a", "II/b", "II/c", "II/d", "III/a", "III/b",
      "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d"};
  private static final String[] PANGKAT = {"Pengatur Muda", "Pengatur Muda Tingkat I", "Pengatur",
      "Pengatur Tingkat I", "Penata Muda", "Penata Muda Tingkat I", "Penata", "Penata Tingkat I",
      "Pembina", "Pembina Tingkat I", "Pembina Utama Muda", "Pembina Utama Madya"};
  // Plausible birth years per golongan (older for higher ranks; nobody past the retirement age).
  private static final int[][] TAHUN_LAHIR = {{1990, 1998}, {1986, 1996}, {1982, 1996},
      {1978, 1992}, {1985, 1998}, {1980, 1994}, {1976, 1990}, {1972, 1988}, {1970, 1984},
      {1970, 1980}, {1968, 1978}, {1968, 1974}};

  private static final String[] NAMA_LAKI = {"Zulkifli", "Rahmat", "Safrizal", "Iskandar", "Fadli",
      "Rizki", "Husaini", "Mukhlis", "Azhari", "Syahrul", "Munawar", "Khairul", "Irwansyah",
      "Saiful", "Maulana", "Fauzan", "Zulfikar", "Nasrullah", "Marzuki", "Bukhari", "Jamaluddin",
      "Ridwan", "Hendra", "Faisal", "Aiyub", "Yusri", "Amiruddin", "Mahdi", "Ilham", "Taufik",
      "Ikhsan", "Zainal", "Darmawan", "Sulaiman", "Hasbi", "Muslim", "Akmal", "Razali",
      "Nazaruddin", "Juanda", "Syukri", "Hanafi", "Rusli", "Fachrul", "Kamaruddin", "Anwar",
      "Azwar", "Baihaqi", "Khalid", "Reza"};
  private static final String[] NAMA_BELAKANG_LAKI = {"Abdullah", "Ibrahim", "Hasan", "Yusuf",
      "Saputra", "Hidayat", "Effendi", "Syahputra", "Ramadhan", "Ismail", "Usman", "Daud",
      "Harun", "Idris", "Amin", "Zakaria", "Basyah", "Rizal", "Aziz", "Mahmud", "Hamzah", "Jalil",
      "Mansur", "Rasyid", "Ali"};
  private static final String[] NAMA_PEREMPUAN = {"Fitriani", "Nurul", "Mawaddah", "Rahmawati",
      "Nurhayati", "Zahratul", "Syarifah", "Intan", "Rina", "Yuliana", "Ernawati", "Dewi", "Maya",
      "Rosmawati", "Safrina", "Nurlela", "Ummi", "Aida", "Marlina", "Rahmi", "Husna", "Raihan",
      "Zuraida", "Farida", "Khairunnisa", "Sri", "Fauziah", "Yusnidar", "Nurjannah", "Putri",
      "Munira", "Hayatun", "Zakiah", "Suryani", "Raudhah", "Asmaul", "Liza", "Eka", "Wardah",
      "Nadia"};
  private static final String[] NAMA_BELAKANG_PEREMPUAN = {"Hasanah", "Fitri", "Zahara", "Rahmah",
      "Ulfa", "Amalia", "Safitri", "Maulida", "Aini", "Lestari", "Wahyuni", "Nufus", "Husna",
      "Jannah", "Yanti", "Sari", "Mardhiah", "Rizkina", "Humaira", "Zuhra"};

  // Pelaksana seats of a unit take these nomenclatures in turn (Kepmenpan-RB 45/2022), with kelas.
  private static final String[] PELAKSANA = {"Penata Layanan Operasional", "Pengolah Data dan Informasi",
      "Pengadministrasi Perkantoran"};
  private static final int[] KELAS_PELAKSANA = {7, 6, 5};

  // Names of the DemoLogin people: nobody generated gets them, so the demo logins stand out.
  private static final Set<String> NAMA_ORANG_DEMO = Set.of("Zulkifli", "Teuku Iskandar", "Mawaddah",
      "Cut Nurul Hasanah", "Safrizal", "Fitriani");

  private static final String SUBBAG_UMUM = "Subbagian Umum dan Kepegawaian";
  private static final String SUBBAG_PROGRAM = "Subbagian Program dan Keuangan";

  private static final LocalDate TMT_PLT = LocalDate.of(2025, 7, 1);
  private static final LocalDate AKHIR_JABATAN_LAMA = LocalDate.of(2023, 12, 31);
  private static final LocalDate MULAI_JABATAN_BARU = LocalDate.of(2024, 1, 2);

  private final Random acak = new Random(SEED);
  private final String idPpk;
  private final String namaPpk;

  private final List<Opd> opd = new ArrayList<>();
  private final List<UnitKerja> unit = new ArrayList<>();
  private final List<Jabatan> jabatan = new ArrayList<>();
  private final List<Pegawai> pegawai = new ArrayList<>();
  private final List<PenugasanJabatan> penugasan = new ArrayList<>();
  private final List<PeranPengguna> peran = new ArrayList<>();
  private final Set<String> nipTerpakai = new HashSet<>();
  private final Map<DemoLogin, Pegawai> orangDemo = new HashMap<>();

  private final Set<String> namaTerpakai = new HashSet<>(NAMA_ORANG_DEMO);
  private int nomorPelaksana;
  private Jabatan sekda;
  private Jabatan kasubbagUmumLangsaTimur;

  private OrganisasiDemo(String idPpk, String namaPpk) {
    this.idPpk = idPpk;
    this.namaPpk = namaPpk;
    for (DemoLogin d : DemoLogin.values()) {
      nipTerpakai.add(d.idPengguna());
    }
  }

  /** The whole demo organisation; same content on every call. */
  public static Data buat(String idPpk, String namaPpk) {
    return new OrganisasiDemo(idPpk, namaPpk).bangun();
  }

  private Data bangun() {
    setda();
    bkpsdm();
    bappeda();
    disdikbud();
    dinkes();
    inspektorat();
    dpupr();
    disdukcapil();
    dinsos();
    dinasSyariatIslam();
    satpolPpWh();
    for (String kec : List.of("Langsa Barat", "Langsa Baro", "Langsa Kota", "Langsa Lama",
        "Langsa Timur")) {
      kecamatan(kec);
    }
    mutasiPejabatPenilaiDemo();
    peran.add(new PeranPengguna(idPpk, namaPpk, Peran.WALIKOTA));
    return new Data(List.copyOf(opd), List.copyOf(unit), List.copyOf(jabatan), List.copyOf(pegawai),
        List.copyOf(penugasan), List.copyOf(peran));
  }

  // ---------------------------------------------------------------- OPD

  private void setda() {
    Ctx c = opd("SETDA", "Sekretariat Daerah", "Setda", Rumpun.UMUM);
    sekda = jabatan(c, c.induk(), "Sekretaris Daerah", JenisJabatan.JPT, 15, null);
    sekda.setKepalaOpd(true);
    Pegawai p = tetap(DemoLogin.TIM_PENILAI, sekda, "Zulkifli", "Dr.", "S.E., M.Si.",
        11, JenisAsn.PNS, LocalDate.of(2022, 3, 1));
    peran.add(new PeranPengguna(p.getNip(), p.getNamaLengkap(), Peran.TIM_PENILAI_KINERJA));

    String[][][] asisten = {
        {{"Asisten Pemerintahan dan Keistimewaan Aceh"},
            {"Bagian Tata Pemerintahan", "Subbagian Pemerintahan Umum", "Subbagian Otonomi Daerah"},
            {"Bagian Hukum", "Subbagian Peraturan Perundang-undangan", "Subbagian Bantuan Hukum"},
            {"Bagian Keistimewaan Aceh dan Kesejahteraan Rakyat", "Subbagian Keistimewaan Aceh",
                "Subbagian Kesejahteraan Rakyat"}},
        {{"Asisten Perekonomian dan Pembangunan"},
            {"Bagian Perekonomian dan Sumber Daya Alam", "Subbagian Perekonomian",
                "Subbagian Sumber Daya Alam"},
            {"Bagian Administrasi Pembangunan", "Subbagian Pengendalian Program",
                "Subbagian Evaluasi dan Pelaporan"},
            {"Bagian Pengadaan Barang dan Jasa", "Subbagian Pengelolaan Pengadaan Barang dan Jasa",
                "Subbagian Layanan Pengadaan Secara Elektronik"}},
        {{"Asisten Administrasi Umum"},
            {"Bagian Umum", "Subbagian Tata Usaha Pimpinan", "Subbagian Rumah Tangga"},
            {"Bagian Organisasi", "Subbagian Kelembagaan dan Analisis Jabatan",
                "Subbagian Reformasi Birokrasi dan Tata Laksana"},
            {"Bagian Protokol dan Komunikasi Pimpinan", "Subbagian Protokol",
                "Subbagian Dokumentasi Pimpinan"}}};
    for (String[][] a : asisten) {
      UnitKerja ua = unit(c, c.induk(), a[0][0]);
      Jabatan ja = jabatan(c, ua, a[0][0], JenisJabatan.JPT, 14, sekda);
      acak(c, ja);
      for (int i = 1; i < a.length; i++) {
        String[] bagian = a[i];
        UnitKerja ub = unit(c, ua, bagian[0]);
        Jabatan kabag = jabatan(c, ub, "Kepala " + bagian[0], JenisJabatan.ADMINISTRATOR, 12, ja);
        acak(c, kabag);
        for (int s = 1; s < bagian.length; s++) {
          subunit(c, ub, kabag, bagian[s], "Kepala " + bagian[s], 9, 1);
        }
      }
    }
  }

  private void bkpsdm() {
    Ctx c = opd("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM",
        Rumpun.UMUM);
    Jabatan kepala = kepalaOpd(c, "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
    Pegawai kb = acak(c, kepala);
    peran.add(new PeranPengguna(kb.getNip(), kb.getNamaLengkap(), Peran.TIM_PENILAI_KINERJA));
    sekretariat(c, kepala, "Sekretaris", 12, 9, 1);
    bidang(c, kepala, "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian", 12, 9, 1,
        "Sub Bidang Pengadaan dan Pemberhentian", "Sub Bidang Data dan Informasi Kepegawaian");
    Jabatan mutasi = bidang(c, kepala, "Bidang Mutasi dan Promosi", 12, 9, 1,
        "Sub Bidang Mutasi", "Sub Bidang Promosi dan Kepangkatan");
    fungsional(c, mutasi, "Analis SDM Aparatur", "Ahli Pertama", 8);
    Jabatan bangkom = bidang(c, kepala, "Bidang Pengembangan Kompetensi Aparatur", 12, 9, 1,
        "Sub Bidang Pendidikan dan Pelatihan", "Sub Bidang Sertifikasi Kompetensi");
    fungsional(c, bangkom, "Analis SDM Aparatur", "Ahli Muda", 9);

    // Bidang PKASN: the process owner's people.
    UnitKerja u = unit(c, c.induk(), "Bidang Penilaian Kinerja Aparatur dan Penghargaan");
    Jabatan kabid = jabatan(c, u, "Kepala Bidang Penilaian Kinerja Aparatur dan Penghargaan",
        JenisJabatan.ADMINISTRATOR, 12, kepala);
    Pegawai pk = tetap(DemoLogin.BKPSDM, kabid, "Teuku Iskandar", null, "S.STP, M.Si.", 8,
        JenisAsn.PNS, LocalDate.of(2021, 9, 1));
    peran.add(new PeranPengguna(pk.getNip(), pk.getNamaLengkap(), Peran.BKPSDM));
    subunit(c, u, kabid, "Sub Bidang Penilaian Kinerja", "Kepala Sub Bidang Penilaian Kinerja", 9, 1);
    subunit(c, u, kabid, "Sub Bidang Penghargaan dan Disiplin",
        "Kepala Sub Bidang Penghargaan dan Disiplin", 9, 1);
    Jabatan analisMuda = fungsionalJabatan(c, u, kabid, "Analis SDM Aparatur", "Ahli Muda", 9);
    Pegawai am = tetap(DemoLogin.BKPSDM_ANALIS, analisMuda, "Mawaddah", null, "S.Psi.", 6,
        JenisAsn.PNS, LocalDate.of(2022, 1, 3));
    peran.add(new PeranPengguna(am.getNip(), am.getNamaLengkap(), Peran.BKPSDM));
    Pegawai ap = fungsional(c, kabid, "Analis SDM Aparatur", "Ahli Pertama", 8);
    peran.add(new PeranPengguna(ap.getNip(), ap.getNamaLengkap(), Peran.BKPSDM));
  }

  private void bappeda() {
    Ctx c = opd("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "Bappeda", Rumpun.UMUM);
    Jabatan kepala = kepalaOpd(c, "Kepala Badan Perencanaan Pembangunan Daerah");
    acak(c, kepala);
    sekretariat(c, kepala, "Sekretaris", 12, 9, 1);
    String[] bidang = {"Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
        "Bidang Perekonomian dan Sumber Daya Alam", "Bidang Pemerintahan dan Pembangunan Manusia",
        "Bidang Infrastruktur dan Kewilayahan"};
    // Since Permendagri 90/2019 the bidang of a Bappeda work with Perencana instead of sub bidang.
    for (int i = 0; i < bidang.length; i++) {
      Jabatan kabid = bidang(c, kepala, bidang[i], 12, 9, 0);
      Jabatan muda = fungsionalJabatan(c, kabid.getUnitKerja(), kabid, "Perencana", "Ahli Muda", 9);
      if (i != 2) {
        acak(c, muda); // the Perencana Ahli Muda of the third bidang is vacant
      }
      fungsional(c, kabid, "Perencana", "Ahli Pertama", 8);
      pelaksana(c, kabid.getUnitKerja(), kabid, 1);
    }
  }

  private void disdikbud() {
    Ctx c = opd("DISDIKBUD", "Dinas Pendidikan dan Kebudayaan", "Disdikbud", Rumpun.PENDIDIKAN);
    Jabatan kepala = kepalaOpd(c, "Kepala Dinas Pendidikan dan Kebudayaan");
    acak(c, kepala);
    sekretariat(c, kepala, "Sekretaris", 12, 9, 1);
    sekolah(c, kepala, "Bidang Pembinaan Sekolah Dasar", "SD",
        new String[] {"SD Negeri 1 Langsa", "SD Negeri 2 Langsa", "SD Negeri 5 Langsa"}, 3);
    sekolah(c, kepala, "Bidang Pembinaan Sekolah Menengah Pertama", "SMP",
        new String[] {"SMP Negeri 1 Langsa", "SMP Negeri 3 Langsa"}, 4);
    bidang(c, kepala, "Bidang Pendidik dan Tenaga Kependidikan", 12, 9, 1,
        "Seksi Pendidik", "Seksi Tenaga Kependidikan");
    bidang(c, kepala, "Bidang Kebudayaan", 12, 9, 1,
        "Seksi Sejarah dan Cagar Budaya", "Seksi Kesenian dan Nilai Budaya");
  }

  // Guru sit in their school's unit and report to the seksi kurikulum of their bidang.
  private void sekolah(Ctx c, Jabatan kepala, String namaBidang, String jenjang, String[] sekolah,
      int guruPerSekolah) {
    Jabatan kabid = bidang(c, kepala, namaBidang, 12, 9, 1,
        "Seksi Kurikulum dan Penilaian " + jenjang,
        "Seksi Peserta Didik dan Pembangunan Karakter " + jenjang);
    Jabatan kasiKurikulum = jabatan.get(jabatan.indexOf(kabid) + 1); // the first seksi made above
    for (String s : sekolah) {
      UnitKerja u = unit(c, kabid.getUnitKerja(), s);
      for (int g = 0; g < guruPerSekolah; g++) {
        boolean muda = g == 0;
        Jabatan guru = fungsionalJabatan(c, u, kasiKurikulum, "Guru", muda ? "Ahli Muda" : "Ahli Pertama",
            muda ? 9 : 8);
        acak(c, guru);
      }
    }
  }

  private void dinkes() {
    Ctx c = opd("DINKES", "Dinas Kesehatan", "Dinkes", Rumpun.KESEHATAN);
    Jabatan kepala = kepalaOpd(c, "Kepala Dinas Kesehatan");
    acak(c, kepala);
    sekretariat(c, kepala, "Sekretaris", 12, 9, 1);
    bidang(c, kepala, "Bidang Kesehatan Masyarakat", 12, 9, 1,
        "Seksi Kesehatan Keluarga dan Gizi", "Seksi Promosi dan Pemberdayaan Masyarakat");
    bidang(c, kepala, "Bidang Pencegahan dan Pengendalian Penyakit", 12, 9, 1,
        "Seksi Surveilans dan Imunisasi", "Seksi Pencegahan dan Pengendalian Penyakit Menular");

    // The demo chain: ASN → pejabat penilai (kepala seksi) → atasan (kepala bidang).
    UnitKerja ub = unit(c, c.induk(), "Bidang Pelayanan Kesehatan");
    Jabatan kabid = jabatan(c, ub, "Kepala Bidang Pelayanan Kesehatan", JenisJabatan.ADMINISTRATOR,
        12, kepala);
    tetap(DemoLogin.ATASAN_PEJABAT_PENILAI, kabid, "Cut Nurul Hasanah", "dr.", "M.Kes.", 8,
        JenisAsn.PNS, LocalDate.of(2021, 2, 1));
    UnitKerja us = unit(c, ub, "Seksi Pelayanan Kesehatan Primer dan Tradisional");
    Jabatan kasi = jabatan(c, us, "Kepala Seksi Pelayanan Kesehatan Primer dan Tradisional",
        JenisJabatan.PENGAWAS, 9, kabid);
    tetap(DemoLogin.PEJABAT_PENILAI, kasi, "Safrizal", null, "S.K.M.", 7, JenisAsn.PNS,
        MULAI_JABATAN_BARU);
    Jabatan pelaksanaDemo = jabatan(c, us, PELAKSANA[0], JenisJabatan.PELAKSANA, KELAS_PELAKSANA[0], kasi);
    tetap(DemoLogin.ASN, pelaksanaDemo, "Fitriani", null, "S.K.M.", 4, JenisAsn.PNS,
        LocalDate.of(2022, 1, 3));
    for (int i = 1; i < PELAKSANA.length; i++) {
      acak(c, jabatan(c, us, PELAKSANA[i], JenisJabatan.PELAKSANA, KELAS_PELAKSANA[i], kasi));
    }
    subunit(c, ub, kabid, "Seksi Pelayanan Kesehatan Rujukan", "Kepala Seksi Pelayanan Kesehatan Rujukan",
        9, 1);

    bidang(c, kepala, "Bidang Sumber Daya Kesehatan", 12, 9, 1,
        "Seksi Kefarmasian dan Alat Kesehatan", "Seksi Sumber Daya Manusia Kesehatan");
    for (String pkm : List.of("UPTD Puskesmas Langsa Kota", "UPTD Puskesmas Langsa Timur")) {
      UnitKerja u = unit(c, c.induk(), pkm);
      Jabatan kapus = jabatan(c, u, "Kepala " + pkm, JenisJabatan.PENGAWAS, 9, kepala);
      acak(c, kapus);
      acak(c, fungsionalJabatan(c, u, kapus, "Dokter", "Ahli Pertama", 9));
      acak(c, fungsionalJabatan(c, u, kapus, "Perawat", "Ahli Pertama", 8));
      acak(c, fungsionalJabatan(c, u, kapus, "Perawat", "Terampil", 6));
      acak(c, fungsionalJabatan(c, u, kapus, "Bidan", "Ahli Pertama", 8));
      acak(c, fungsionalJabatan(c, u, kapus, "Bidan", "Terampil", 6));
      pelaksana(c, u, kapus, 1);
    }
  }

  private void inspektorat() {
    Ctx c = opd("INSPEKTORAT", "Inspektorat", "Inspektorat", Rumpun.KEUANGAN);
    Jabatan inspektur = kepalaOpd(c, "Inspektur");
    Pegawai p = acak(c, inspektur);
    peran.add(new PeranPengguna(p.getNip(), p.getNamaLengkap(), Peran.TIM_PENILAI_KINERJA));
    sekretariat(c, inspektur, "Sekretaris", 12, 9, 1);
    for (String w : List.of("I", "II", "III", "IV")) {
      UnitKerja u = unit(c, c.induk(), "Inspektur Pembantu Wilayah " + w);
      Jabatan irban = jabatan(c, u, "Inspektur Pembantu Wilayah " + w, JenisJabatan.ADMINISTRATOR, 12,
          inspektur);
      acak(c, irban);
      acak(c, fungsionalJabatan(c, u, irban, "Auditor", "Ahli Muda", 9));
      acak(c, fungsionalJabatan(c, u, irban, "Auditor", "Ahli Pertama", 8));
      acak(c, fungsionalJabatan(c, u, irban,
          "Pengawas Penyelenggaraan Urusan Pemerintahan Daerah", "Ahli Pertama", 8));
    }
  }

  private void dpupr() {
    Ctx c = opd("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", Rumpun.TEKNIK);
    Jabatan kepala = kepalaOpd(c, "Kepala Dinas Pekerjaan Umum dan Penataan Ruang");
    acak(c, kepala);
    Jabatan sekretaris = sekretariat(c, kepala, "Sekretaris", 12, 9, 1);

    // Kepala Bidang Bina Marga is vacant; the sekretaris acts (Plt) in it.
    UnitKerja u = unit(c, c.induk(), "Bidang Bina Marga");
    Jabatan kabid = jabatan(c, u, "Kepala Bidang Bina Marga", JenisJabatan.ADMINISTRATOR, 12, kepala);
    Pegawai plt = penugasan.stream().filter(p -> p.getJabatan() == sekretaris).findFirst()
        .orElseThrow().getPegawai();
    PenugasanJabatan tugasPlt = new PenugasanJabatan(plt, kabid, JenisPenugasan.PLT, TMT_PLT);
    tugasPlt.setKeterangan("Plt. Kepala Bidang Bina Marga sejak pejabat definitif pensiun");
    penugasan.add(tugasPlt);
    subunit(c, u, kabid, "Seksi Pembangunan Jalan dan Jembatan",
        "Kepala Seksi Pembangunan Jalan dan Jembatan", 9, 1);
    subunit(c, u, kabid, "Seksi Preservasi Jalan dan Jembatan",
        "Kepala Seksi Preservasi Jalan dan Jembatan", 9, 1);
    fungsional(c, kabid, "Teknik Jalan dan Jembatan", "Ahli Pertama", 8);

    bidang(c, kepala, "Bidang Sumber Daya Air", 12, 9, 1, "Seksi Irigasi dan Rawa", "Seksi Drainase");
    Jabatan ck = bidang(c, kepala, "Bidang Cipta Karya", 12, 9, 1,
        "Seksi Bangunan Gedung", "Seksi Air Minum dan Sanitasi");
    fungsional(c, ck, "Teknik Tata Bangunan dan Perumahan", "Ahli Pertama", 8);
    bidang(c, kepala, "Bidang Penataan Ruang", 12, 9, 1,
        "Seksi Perencanaan Tata Ruang", "Seksi Pengendalian Pemanfaatan Ruang");
  }

  private void disdukcapil() {
    Ctx c = opd("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", Rumpun.UMUM);
    Jabatan kepala = kepalaOpd(c, "Kepala Dinas Kependudukan dan Pencatatan Sipil");
    acak(c, kepala);
    sekretariat(c, kepala, "Sekretaris", 12, 9, 1);
    bidang(c, kepala, "Bidang Pelayanan Pendaftaran Penduduk", 12, 9, 2,
        "Seksi Identitas Penduduk", "Seksi Pindah Datang dan Pendataan Penduduk");

    // A vacant kepala seksi without Plt: its staff are assessed by the kepala bidang.
    UnitKerja u = unit(c, c.induk(), "Bidang Pelayanan Pencatatan Sipil");
    Jabatan kabid = jabatan(c, u, "Kepala Bidang Pelayanan Pencatatan Sipil",
        JenisJabatan.ADMINISTRATOR, 12, kepala);
    acak(c, kabid);
    UnitKerja us = unit(c, u, "Seksi Kelahiran dan Kematian");
    Jabatan kasiKosong = jabatan(c, us, "Kepala Seksi Kelahiran dan Kematian", JenisJabatan.PENGAWAS, 9,
        kabid);
    pelaksana(c, us, kasiKosong, 2);
    subunit(c, u, kabid, "Seksi Perkawinan, Perceraian dan Pengangkatan Anak",
        "Kepala Seksi Perkawinan, Perceraian dan Pengangkatan Anak", 9, 1);

    bidang(c, kepala, "Bidang Pengelolaan Informasi Administrasi Kependudukan dan Pemanfaatan Data", 12,
        9, 1, "Seksi Sistem Informasi Administrasi Kependudukan",
        "Seksi Pemanfaatan Data dan Dokumen Kependudukan");
  }

  private void dinsos() {
    Ctx c = opd("DINSOS", "Dinas Sosial", "Dinsos", Rumpun.UMUM);
    Jabatan kepala = kepalaOpd(c, "Kepala Dinas Sosial");
    acak(c, kepala);
    sekretariat(c, kepala, "Sekretaris", 12, 9, 1);
    Jabatan linjamsos = bidang(c, kepala, "Bidang Perlindungan dan Jaminan Sosial", 12, 9, 1,
        "Seksi Perlindungan Sosial Korban Bencana", "Seksi Jaminan Sosial Keluarga");
    fungsional(c, linjamsos, "Pekerja Sosial", "Ahli Pertama", 8);
    Jabatan rehsos = bidang(c, kepala, "Bidang Rehabilitasi Sosial", 12, 9, 1,
        "Seksi Rehabilitasi Sosial Anak dan Lanjut Usia",
        "Seksi Rehabilitasi Sosial Penyandang Disabilitas");
    fungsional(c, rehsos, "Pekerja Sosial", "Ahli Pertama", 8);
    // A vacant pelaksana seat (formasi not yet filled).
    jabatan(c, rehsos.getUnitKerja(), PELAKSANA[2], JenisJabatan.PELAKSANA, KELAS_PELAKSANA[2], rehsos);
  }

  private void dinasSyariatIslam() {
    Ctx c = opd("DSI", "Dinas Syariat Islam", "DSI", Rumpun.AGAMA);
    Jabatan kepala = kepalaOpd(c, "Kepala Dinas Syariat Islam");
    acak(c, kepala);
    sekretariat(c, kepala, "Sekretaris", 12, 9, 1);
    bidang(c, kepala, "Bidang Pembinaan Syariat Islam", 12, 9, 1,
        "Seksi Dakwah", "Seksi Pembinaan Ibadah dan Muamalah");
    bidang(c, kepala, "Bidang Sarana dan Syiar Islam", 12, 9, 1,
        "Seksi Sarana Ibadah", "Seksi Syiar dan Hari Besar Islam");
  }

  private void satpolPpWh() {
    Ctx c = opd("SATPOLPP-WH", "Satuan Polisi Pamong Praja dan Wilayatul Hisbah", "Satpol PP dan WH",
        Rumpun.UMUM);
    Jabatan kepala = kepalaOpd(c, "Kepala Satuan Polisi Pamong Praja dan Wilayatul Hisbah");
    acak(c, kepala);
    sekretariat(c, kepala, "Sekretaris", 12, 9, 1);
    Jabatan gakda = bidang(c, kepala, "Bidang Penegakan Peraturan Daerah dan Qanun", 12, 9, 1,
        "Seksi Penyelidikan dan Penyidikan", "Seksi Pembinaan dan Penyuluhan");
    fungsional(c, gakda, "Polisi Pamong Praja", "Terampil", 6);
    Jabatan trantib = bidang(c, kepala, "Bidang Ketenteraman dan Ketertiban Umum", 12, 9, 1,
        "Seksi Operasi dan Pengendalian", "Seksi Kerja Sama");
    fungsional(c, trantib, "Polisi Pamong Praja", "Terampil", 6);
    fungsional(c, trantib, "Polisi Pamong Praja", "Mahir", 7);
    bidang(c, kepala, "Bidang Penegakan Syariat Islam", 12, 9, 1,
        "Seksi Pengawasan Syariat Islam", "Seksi Pembinaan Personil Wilayatul Hisbah");
  }

  // In a kota the camat is an administrator (eselon III.a) who still heads an OPD.
  private void kecamatan(String nama) {
    String kode = "KEC-" + nama.toUpperCase().replace("LANGSA ", "").replace(' ', '-');
    Ctx c = opd(kode, "Kecamatan " + nama, "Kec. " + nama, Rumpun.UMUM);
    Jabatan camat = jabatan(c, c.induk(), "Camat " + nama, JenisJabatan.ADMINISTRATOR, 12, sekda);
    camat.setKepalaOpd(true);
    acak(c, camat);
    UnitKerja us = unit(c, c.induk(), "Sekretariat Kecamatan");
    Jabatan sekcam = jabatan(c, us, "Sekretaris Kecamatan " + nama, JenisJabatan.ADMINISTRATOR, 11,
        camat);
    acak(c, sekcam);
    UnitKerja uUmum = unit(c, us, SUBBAG_UMUM);
    Jabatan kasubbagUmum = jabatan(c, uUmum, "Kepala " + SUBBAG_UMUM, JenisJabatan.PENGAWAS, 8, sekcam);
    if (nama.equals("Langsa Timur")) {
      // The demo pejabat penilai held this post until the end of 2023; the successor came after.
      kasubbagUmumLangsaTimur = kasubbagUmum;
      acak(c, kasubbagUmum, LocalDate.of(2024, 2, 1));
    } else {
      acak(c, kasubbagUmum);
    }
    pelaksana(c, uUmum, kasubbagUmum, 1);
    subunit(c, us, sekcam, SUBBAG_PROGRAM, "Kepala " + SUBBAG_PROGRAM, 8, 1);
    for (String seksi : List.of("Seksi Pemerintahan", "Seksi Pemberdayaan Masyarakat dan Gampong",
        "Seksi Ketenteraman dan Ketertiban Umum")) {
      subunit(c, c.induk(), camat, seksi, "Kepala " + seksi, 9, 1);
    }
  }

  private void mutasiPejabatPenilaiDemo() {
    Pegawai p = orangDemo.get(DemoLogin.PEJABAT_PENILAI);
    PenugasanJabatan lama = new PenugasanJabatan(p, kasubbagUmumLangsaTimur, JenisPenugasan.DEFINITIF,
        LocalDate.of(2018, 3, 1));
    lama.setTmtSelesai(AKHIR_JABATAN_LAMA);
    lama.setKeterangan("Mutasi ke Dinas Kesehatan");
    penugasan.add(lama);
  }

  // ---------------------------------------------------------------- structure helpers

  private Ctx opd(String kode, String nama, String singkatan, Rumpun rumpun) {
    Opd o = new Opd(kode, nama, singkatan);
    opd.add(o);
    UnitKerja root = new UnitKerja(kode, nama, o, null);
    unit.add(root);
    return new Ctx(o, root, rumpun, new int[1], new int[1]);
  }

  private UnitKerja unit(Ctx c, UnitKerja induk, String nama) {
    c.nomorUnit()[0]++;
    UnitKerja u = new UnitKerja(c.opd().getKode() + "." + String.format("%02d", c.nomorUnit()[0]),
        nama, c.opd(), induk);
    unit.add(u);
    return u;
  }

  private Jabatan jabatan(Ctx c, UnitKerja u, String nama, JenisJabatan jenis, int kelas,
      Jabatan atasan) {
    c.nomorJabatan()[0]++;
    Jabatan j = new Jabatan(c.opd().getKode() + "-J" + String.format("%03d", c.nomorJabatan()[0]),
        nama, jenis, kelas, u, atasan);
    jabatan.add(j);
    return j;
  }

  private Jabatan kepalaOpd(Ctx c, String nama) {
    Jabatan j = jabatan(c, c.induk(), nama, JenisJabatan.JPT, 14, sekda);
    j.setKepalaOpd(true);
    return j;
  }

  /** Sekretariat with its two subbagian, each with pelaksana; returns the sekretaris. */
  private Jabatan sekretariat(Ctx c, Jabatan kepala, String nama, int kelas, int kelasSubbag,
      int pelaksanaPerSubbag) {
    UnitKerja u = unit(c, c.induk(), "Sekretariat");
    Jabatan sekretaris = jabatan(c, u, nama + " " + c.opd().getNama(), JenisJabatan.ADMINISTRATOR, kelas,
        kepala);
    acak(c, sekretaris);
    subunit(c, u, sekretaris, SUBBAG_UMUM, "Kepala " + SUBBAG_UMUM, kelasSubbag, pelaksanaPerSubbag);
    subunit(c, u, sekretaris, SUBBAG_PROGRAM, "Kepala " + SUBBAG_PROGRAM, kelasSubbag,
        pelaksanaPerSubbag);
    return sekretaris;
  }

  /** A bidang with its seksi (or sub bidang), each with pelaksana; returns the kepala bidang. */
  private Jabatan bidang(Ctx c, Jabatan kepala, String nama, int kelas, int kelasSeksi,
      int pelaksanaPerSeksi, String... seksi) {
    UnitKerja u = unit(c, c.induk(), nama);
    Jabatan kabid = jabatan(c, u, "Kepala " + nama, JenisJabatan.ADMINISTRATOR, kelas, kepala);
    acak(c, kabid);
    for (String s : seksi) {
      subunit(c, u, kabid, s, "Kepala " + s, kelasSeksi, pelaksanaPerSeksi);
    }
    return kabid;
  }

  /** A filled pengawas unit under {@code induk} with its pelaksana. */
  private Jabatan subunit(Ctx c, UnitKerja induk, Jabatan atasan, String namaUnit, String namaJabatan,
      int kelas, int jumlahPelaksana) {
    UnitKerja u = unit(c, induk, namaUnit);
    Jabatan j = jabatan(c, u, namaJabatan, JenisJabatan.PENGAWAS, kelas, atasan);
    acak(c, j);
    pelaksana(c, u, j, jumlahPelaksana);
    return j;
  }

  private void pelaksana(Ctx c, UnitKerja u, Jabatan atasan, int jumlah) {
    for (int i = 0; i < jumlah; i++) {
      int k = nomorPelaksana++ % PELAKSANA.length; // rotates across units, so kinds vary
      acak(c, jabatan(c, u, PELAKSANA[k], JenisJabatan.PELAKSANA, KELAS_PELAKSANA[k], atasan));
    }
  }

  private Jabatan fungsionalJabatan(Ctx c, UnitKerja u, Jabatan atasan, String nama, String jenjang,
      int kelas) {
    Jabatan j = jabatan(c, u, nama + " " + jenjang, JenisJabatan.FUNGSIONAL, kelas, atasan);
    j.setJenjang(jenjang);
    return j;
  }

  /** A filled jabatan fungsional in the unit of {@code atasan}. */
  private Pegawai fungsional(Ctx c, Jabatan atasan, String nama, String jenjang, int kelas) {
    return acak(c, fungsionalJabatan(c, atasan.getUnitKerja(), atasan, nama, jenjang, kelas));
  }

  // ---------------------------------------------------------------- people

  /** One of the {@link DemoLogin} people, with their fixed NIP. */
  private Pegawai tetap(DemoLogin login, Jabatan j, String nama, String gelarDepan,
      String gelarBelakang, int golongan, JenisAsn jenisAsn, LocalDate tmtJabatan) {
    Pegawai p = new Pegawai(login.idPengguna(), nama, jenisAsn);
    p.setGelarDepan(gelarDepan);
    p.setGelarBelakang(gelarBelakang);
    p.setPangkatGolongan(PANGKAT[golongan] + " (" + GOLONGAN[golongan] + ")");
    pegawai.add(p);
    orangDemo.put(login, p);
    penugasan.add(new PenugasanJabatan(p, j, JenisPenugasan.DEFINITIF, tmtJabatan));
    return p;
  }

  private Pegawai acak(Ctx c, Jabatan j) {
    return acak(c, j, null);
  }

  /** A generated person holding {@code j}; {@code tmtJabatan} null = a plausible random date. */
  private Pegawai acak(Ctx c, Jabatan j, LocalDate tmtJabatan) {
    Pendidikan pendidikan = pendidikan(j);
    boolean pppk = pppk(j, pendidikan);
    boolean perempuan = acak.nextDouble() < peluangPerempuan(j);
    String nama = nama(perempuan);
    while (!namaTerpakai.add(nama)) { // no two people with the same name: easier to follow a demo
      nama = nama(perempuan);
    }
    int golongan = golongan(j);

    int tahunLahir;
    LocalDate tmtAsn;
    if (pppk) {
      tahunLahir = antara(1982, 1996);
      tmtAsn = LocalDate.of(antara(2022, 2024), pilih(new int[] {1, 3, 4, 10}), 1);
    } else {
      int[] r = TAHUN_LAHIR[golongan];
      tahunLahir = antara(r[0], r[1]);
      int tahunTmt = Math.min(2021, tahunLahir + 22 + acak.nextInt(6));
      tmtAsn = LocalDate.of(tahunTmt, pilih(new int[] {1, 3, 4, 12}), 1);
    }
    LocalDate lahir = LocalDate.of(tahunLahir, 1 + acak.nextInt(12), 1 + acak.nextInt(28));
    String nip = nip(lahir, tmtAsn, perempuan);

    Pegawai p = new Pegawai(nip, nama, pppk ? JenisAsn.PPPK : JenisAsn.PNS);
    String[] gelar = gelar(c.rumpun(), j, pendidikan, tahunLahir);
    p.setGelarDepan(gelar[0]);
    p.setGelarBelakang(gelar[1]);
    p.setPangkatGolongan(pppk ? golonganPppk(pendidikan)
        : PANGKAT[golongan] + " (" + GOLONGAN[golongan] + ")");
    pegawai.add(p);

    LocalDate tmt = tmtJabatan != null ? tmtJabatan : tmtJabatan(j, tmtAsn, pppk);
    penugasan.add(new PenugasanJabatan(p, j, JenisPenugasan.DEFINITIF, tmt));
    return p;
  }

  private LocalDate tmtJabatan(Jabatan j, LocalDate tmtAsn, boolean pppk) {
    if (pppk) {
      return tmtAsn;
    }
    int dari = Math.max(tmtAsn.getYear() + 2, j.getJenis() == JenisJabatan.JPT ? 2021 : 2016);
    int tahun = antara(Math.min(dari, 2025), 2025);
    int bulan = 1 + acak.nextInt(tahun == 2025 ? 6 : 12);
    return LocalDate.of(tahun, bulan, bulan == 1 ? 2 : 1);
  }

  private String nip(LocalDate lahir, LocalDate tmt, boolean perempuan) {
    String awal = String.format("%04d%02d%02d%04d%02d%c", lahir.getYear(), lahir.getMonthValue(),
        lahir.getDayOfMonth(), tmt.getYear(), tmt.getMonthValue(), perempuan ? '2' : '1');
    int urut = 1 + acak.nextInt(12);
    while (nipTerpakai.contains(awal + String.format("%03d", urut))) {
      urut++;
    }
    String nip = awal + String.format("%03d", urut);
    nipTerpakai.add(nip);
    return nip;
  }

  private String nama(boolean perempuan) {
    double r = acak.nextDouble();
    String depan = perempuan ? pilih(NAMA_PEREMPUAN) : pilih(NAMA_LAKI);
    String belakang = perempuan ? pilih(NAMA_BELAKANG_PEREMPUAN) : pilih(NAMA_BELAKANG_LAKI);
    boolean tunggal = acak.nextInt(10) < 3; // single names are common in Aceh
    String nama = tunggal ? depan : depan + " " + belakang;
    if (r < 0.08) {
      nama = (perempuan ? "Cut " : "Teuku ") + nama;
    } else if (r < 0.18) {
      nama = (perempuan ? "Siti " : "Muhammad ") + nama;
    }
    return nama;
  }

  private static double peluangPerempuan(Jabatan j) {
    String n = j.getNama();
    if (n.startsWith("Bidan")) {
      return 1.0;
    }
    if (n.startsWith("Guru") || n.startsWith("Perawat")) {
      return 0.7;
    }
    if (n.startsWith("Polisi Pamong Praja")) {
      return 0.2;
    }
    return 0.45;
  }

  private static Pendidikan pendidikan(Jabatan j) {
    if (j.getJenis() == JenisJabatan.PELAKSANA) {
      return j.getKelasJabatan() >= 7 ? Pendidikan.S1
          : j.getKelasJabatan() == 6 ? Pendidikan.D3 : Pendidikan.SLTA;
    }
    if (j.getJenis() == JenisJabatan.FUNGSIONAL && !j.getJenjang().startsWith("Ahli")) {
      return j.getNama().startsWith("Polisi Pamong Praja") ? Pendidikan.SLTA : Pendidikan.D3;
    }
    return Pendidikan.S1;
  }

  // PPPK fill pelaksana and fungsional seats (guru most of all), never managerial posts.
  private boolean pppk(Jabatan j, Pendidikan pendidikan) {
    if (j.getJenis().manajerial()) {
      return false;
    }
    double peluang = j.getNama().startsWith("Guru") && "Ahli Pertama".equals(j.getJenjang()) ? 0.5
        : j.getNama().startsWith("Perawat") || j.getNama().startsWith("Bidan") ? 0.3
        : j.getJenis() == JenisJabatan.PELAKSANA && pendidikan != Pendidikan.SLTA ? 0.12 : 0.0;
    return acak.nextDouble() < peluang;
  }

  private static String golonganPppk(Pendidikan pendidikan) {
    return switch (pendidikan) {
      case SLTA -> "V";
      case D3 -> "VII";
      case S1 -> "IX";
    };
  }

  /** Index into {@link #GOLONGAN}, within the range that fits the jabatan. */
  private int golongan(Jabatan j) {
    int kelas = j.getKelasJabatan();
    int[] r = switch (j.getJenis()) {
      case JPT -> kelas >= 15 ? new int[] {11, 11} : new int[] {10, 10};
      case ADMINISTRATOR -> kelas >= 12 ? new int[] {8, 9} : new int[] {7, 8};
      case PENGAWAS -> kelas >= 9 ? new int[] {6, 7} : new int[] {5, 6};
      case FUNGSIONAL -> switch (j.getJenjang()) {
        case "Ahli Madya" -> new int[] {8, 9};
        case "Ahli Muda", "Penyelia" -> new int[] {6, 7};
        case "Ahli Pertama", "Mahir" -> new int[] {4, 5};
        default -> new int[] {2, 3};
      };
      case PELAKSANA -> kelas >= 7 ? new int[] {4, 5} : kelas == 6 ? new int[] {2, 3} : new int[] {0, 1};
    };
    return antara(r[0], r[1]);
  }

  /** {gelar depan, gelar belakang} fitting the jabatan, the OPD's field and the education. */
  private String[] gelar(Rumpun rumpun, Jabatan j, Pendidikan pendidikan, int tahunLahir) {
    String n = j.getNama();
    boolean ahliMuda = "Ahli Muda".equals(j.getJenjang());
    if (j.getJenis() == JenisJabatan.FUNGSIONAL) {
      if (n.startsWith("Guru")) {
        String g = pilih(new String[] {"S.Pd.", "S.Pd.", "S.Pd., Gr.", "S.Pd.I"});
        return new String[] {null, ahliMuda && acak.nextInt(3) == 0 ? g + ", M.Pd." : g};
      }
      if (n.startsWith("Dokter")) {
        return new String[] {"dr.", null};
      }
      if (n.startsWith("Perawat")) {
        return new String[] {null, pendidikan == Pendidikan.S1 ? "S.Kep., Ners" : "A.Md.Kep."};
      }
      if (n.startsWith("Bidan")) {
        return new String[] {null, pendidikan == Pendidikan.S1 ? "S.Tr.Keb." : "A.Md.Keb."};
      }
      if (n.startsWith("Polisi Pamong Praja")) {
        return new String[] {null, null};
      }
      String s1 = pilih(n.startsWith("Analis SDM") ? new String[] {"S.Psi.", "S.AP", "S.E.", "S.Sos."}
          : n.startsWith("Perencana") ? new String[] {"S.T.", "S.E.", "S.P.", "S.Si."}
          : n.startsWith("Auditor") ? new String[] {"S.E., Ak.", "S.Ak.", "S.E."}
          : n.startsWith("Pengawas Penyelenggaraan") ? new String[] {"S.H.", "S.STP", "S.IP"}
          : n.startsWith("Pekerja Sosial") ? new String[] {"S.Sos.", "S.Tr.Sos."}
          : new String[] {"S.T."});
      return new String[] {null, ahliMuda && acak.nextInt(3) == 0 ? s1 + ", " + s2(rumpun) : s1};
    }
    if (pendidikan == Pendidikan.SLTA) {
      return new String[] {null, null};
    }
    if (pendidikan == Pendidikan.D3) {
      return new String[] {null, pilih(switch (rumpun) {
        case KESEHATAN -> new String[] {"A.Md.Kes.", "A.Md.Farm.", "A.Md."};
        case TEKNIK -> new String[] {"A.Md.T.", "A.Md."};
        case KEUANGAN -> new String[] {"A.Md.Ak.", "A.Md."};
        default -> new String[] {"A.Md.", "A.Md.Kom.", "A.Md.Ak."};
      })};
    }
    double peluangS2 = switch (j.getJenis()) {
      case JPT -> 1.0;
      case ADMINISTRATOR -> 0.6;
      case PENGAWAS -> 0.25;
      default -> 0.0;
    };
    boolean s2 = acak.nextDouble() < peluangS2;
    if (j.getJenis() == JenisJabatan.JPT && rumpun == Rumpun.KESEHATAN) {
      return new String[] {"dr.", s2(rumpun)};
    }
    if (s2 && j.getJenis() == JenisJabatan.JPT && tahunLahir <= 1972 && acak.nextInt(3) == 0) {
      return new String[] {"Drs.", s2(rumpun)};
    }
    String depan = s2 && j.getJenis() == JenisJabatan.JPT && acak.nextInt(6) == 0 ? "Dr." : null;
    String s1 = j.getNama().startsWith("Camat") || j.getNama().startsWith("Sekretaris Kecamatan")
        ? "S.STP" : s1(rumpun);
    while (j.getJenis() == JenisJabatan.PELAKSANA && s1.equals("S.STP")) {
      s1 = s1(rumpun); // IPDN graduates go to managerial tracks
    }
    return new String[] {depan, s2 ? s1 + ", " + s2(rumpun) : s1};
  }

  private String s1(Rumpun rumpun) {
    return pilih(switch (rumpun) {
      case KESEHATAN -> new String[] {"S.K.M.", "S.K.M.", "S.Kep., Ners", "S.Farm., Apt.", "S.E."};
      case PENDIDIKAN -> new String[] {"S.Pd.", "S.Pd.", "S.E.", "S.Sos.", "S.Kom."};
      case TEKNIK -> new String[] {"S.T.", "S.T.", "S.T.", "S.E.", "S.Kom."};
      case AGAMA -> new String[] {"S.Ag.", "S.H.I.", "S.Sos.I", "S.Pd.I"};
      case KEUANGAN -> new String[] {"S.E.", "S.E., Ak.", "S.Ak.", "S.H."};
      case UMUM -> new String[] {"S.E.", "S.Sos.", "S.AP", "S.Kom.", "S.H.", "S.IP", "S.STP"};
    });
  }

  private String s2(Rumpun rumpun) {
    return pilih(switch (rumpun) {
      case KESEHATAN -> new String[] {"M.Kes.", "M.K.M."};
      case PENDIDIKAN -> new String[] {"M.Pd.", "M.Si."};
      case TEKNIK -> new String[] {"M.T.", "M.Si."};
      case AGAMA -> new String[] {"M.A.", "M.Ag."};
      case KEUANGAN -> new String[] {"M.Ak.", "M.Si."};
      case UMUM -> new String[] {"M.Si.", "M.M.", "M.AP", "M.H."};
    });
  }

  private int antara(int dari, int sampai) {
    return dari + acak.nextInt(sampai - dari + 1);
  }

  private String pilih(String[] pilihan) {
    return pilihan[acak.nextInt(pilihan.length)];
  }

  private int pilih(int[] pilihan) {
    return pilihan[acak.nextInt(pilihan.length)];
  }
}
