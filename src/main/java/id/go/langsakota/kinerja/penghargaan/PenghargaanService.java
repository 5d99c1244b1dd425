package id.go.langsakota.kinerja.penghargaan;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.disiplin.HukumanDisiplinService;
import id.go.langsakota.kinerja.identitas.GrupPengguna;
import id.go.langsakota.kinerja.kompetensi.PengembanganKompetensiService;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.organisasi.JenisJabatan;
import id.go.langsakota.kinerja.organisasi.OpdInfo;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.pemberitahuan.Pemberitahuan;
import id.go.langsakota.kinerja.pemberitahuan.PemberitahuanService;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of seleksi-penghargaan over the project's tables: opening a year, eligibility per OPD,
 * nominations, the scoring with weights from table bobot_penghargaan, the Tim Penilai Kinerja
 * scores, the Wali Kota's decision and the winners. The process only carries the year (business
 * key) and engine-set values; everything steering is read here.
 */
@Service
@Transactional
public class PenghargaanService {

  public static final String SETUJUI = "SETUJUI";
  public static final String KEMBALIKAN = "KEMBALIKAN";
  static final int PANJANG_ALASAN_MAKS = 2000;

  public record Staf(String nip, String nama, JenisJabatan jenis, boolean kepala) {}

  public record CalonLayak(String nip, String nama, KategoriPenghargaan kategori) {}

  public record Bobot(String komponen, BigDecimal bobot, String keterangan, String diubahOleh, Instant diubahPada) {}

  private final SeleksiPenghargaanRepository seleksiRepository;
  private final NominasiPenghargaanRepository nominasiRepository;
  private final NilaiTimPenghargaanRepository nilaiRepository;
  private final PemenangPenghargaanRepository pemenangRepository;
  private final SkpRepository skpRepository;
  private final HukumanDisiplinService disiplin;
  private final PengembanganKompetensiService kompetensi;
  private final RegisterOrganisasiService register;
  private final PengaturanService pengaturan;
  private final PemberitahuanService pemberitahuan;
  private final JdbcTemplate jdbc;

  public PenghargaanService(SeleksiPenghargaanRepository seleksiRepository,
      NominasiPenghargaanRepository nominasiRepository, NilaiTimPenghargaanRepository nilaiRepository,
      PemenangPenghargaanRepository pemenangRepository, SkpRepository skpRepository, HukumanDisiplinService disiplin,
      PengembanganKompetensiService kompetensi, RegisterOrganisasiService register, PengaturanService pengaturan,
      PemberitahuanService pemberitahuan, JdbcTemplate jdbc) {
    this.seleksiRepository = seleksiRepository;
    this.nominasiRepository = nominasiRepository;
    this.nilaiRepository = nilaiRepository;
    this.pemenangRepository = pemenangRepository;
    this.skpRepository = skpRepository;
    this.disiplin = disiplin;
    this.kompetensi = kompetensi;
    this.register = register;
    this.pengaturan = pengaturan;
    this.pemberitahuan = pemberitahuan;
    this.jdbc = jdbc;
  }

  // ---- opening ----

  /** Start form: refuses a year outside 2000–2100 and a second selection for the same year. */
  public SeleksiPenghargaan buka(Object tahunIsian, String oleh, String processInstanceId) {
    int tahun;
    try {
      tahun = Integer.parseInt(String.valueOf(tahunIsian).trim());
    } catch (RuntimeException e) {
      throw new IsianTidakValidException("tahun harus berupa angka tahun, mis. 2026");
    }
    if (tahun < 2000 || tahun > 2100) {
      throw new IsianTidakValidException("tahun harus antara 2000 dan 2100");
    }
    if (seleksiRepository.findByTahun(tahun).isPresent()) {
      throw new IsianTidakValidException("Seleksi penghargaan tahun " + tahun
          + " sudah dibuka; satu tahun hanya satu seleksi");
    }
    return seleksiRepository.save(new SeleksiPenghargaan(tahun, oleh, processInstanceId));
  }

  @Transactional(readOnly = true)
  public SeleksiPenghargaan ambil(int tahun) {
    return seleksiRepository.findByTahun(tahun).orElseThrow(() ->
        new IsianTidakValidException("Seleksi penghargaan tahun " + tahun + " tidak ada"));
  }

  // ---- eligibility ----

  /** Pegawai AKTIF holding a definitive jabatan in the OPD on the date. */
  @Transactional(readOnly = true)
  public List<Staf> stafOpd(String kodeOpd, LocalDate tanggal) {
    return jdbc.query("""
        SELECT p.nip, p.nama, j.jenis, j.kepala_opd FROM penugasan_jabatan pj
          JOIN pegawai p ON p.id = pj.pegawai_id JOIN jabatan j ON j.id = pj.jabatan_id
          JOIN unit_kerja u ON u.id = j.unit_kerja_id JOIN opd o ON o.id = u.opd_id
         WHERE o.kode = ? AND pj.jenis = 'DEFINITIF' AND p.status = 'AKTIF'
           AND pj.tmt_mulai <= ? AND (pj.tmt_selesai IS NULL OR pj.tmt_selesai >= ?)
         ORDER BY p.nip""",
        (rs, i) -> new Staf(rs.getString(1), rs.getString(2), JenisJabatan.valueOf(rs.getString(3)), rs.getBoolean(4)),
        kodeOpd, tanggal, tanggal);
  }

  private Predikat predikatFinal(String nip, int tahun) {
    return skpRepository.findByNipAndTahun(nip, tahun)
        .filter(s -> s.getTanggalPredikatFinal() != null)
        .map(Skp::getPredikatTahunan).orElse(null);
  }

  @Transactional(readOnly = true)
  public AturanKelayakan.Calon calon(String nip, int tahun) {
    return new AturanKelayakan.Calon(nip, predikatFinal(nip, tahun), predikatFinal(nip, tahun - 1),
        disiplin.adaPadaTahun(nip, tahun));
  }

  /** Eligible staff of the OPD (the head of the OPD excluded: he nominates, he is not nominated by himself). */
  @Transactional(readOnly = true)
  public List<CalonLayak> layakOpd(int tahun, String kodeOpd) {
    return stafOpd(kodeOpd, LocalDate.now(Waktu.WIB)).stream()
        .filter(s -> !s.kepala())
        .filter(s -> AturanKelayakan.layak(calon(s.nip(), tahun)))
        .map(s -> new CalonLayak(s.nip(), s.nama(), KategoriPenghargaan.dari(s.jenis())))
        .toList();
  }

  /** OPDs with at least one eligible ASN: one nomination task each. */
  @Transactional(readOnly = true)
  public List<String> opdDenganCalon(int tahun) {
    return register.daftarOpd().stream().filter(OpdInfo::aktif).map(OpdInfo::kode)
        .filter(k -> !layakOpd(tahun, k).isEmpty()).toList();
  }

  /** Markdown list of the OPD's eligible staff, shown in the nomination form. */
  @Transactional(readOnly = true)
  public String ringkasanLayak(int tahun, String kodeOpd) {
    StringBuilder sb = new StringBuilder("**ASN yang memenuhi syarat penghargaan tahun " + tahun + "** "
        + "(predikat final Sangat Baik, tahun sebelumnya minimal Baik, tanpa hukuman disiplin):\n\n");
    for (KategoriPenghargaan k : KategoriPenghargaan.values()) {
      sb.append("\n*").append(k.label()).append(":*\n\n"); // blank lines: a heading, not part of the list above
      List<CalonLayak> daftar = layakOpd(tahun, kodeOpd).stream().filter(c -> c.kategori() == k).toList();
      if (daftar.isEmpty()) {
        sb.append("- (tidak ada)\n");
      }
      daftar.forEach(c -> sb.append("- ").append(c.nip()).append(" — ").append(c.nama()).append('\n'));
    }
    return sb.toString();
  }

  /**
   * The OPD's eligible staff of one category as options of a Camunda Forms select: value = NIP,
   * label = "name · NIP". The head picks, never types a NIP; the completion still checks the NIP
   * against the eligible list on the server.
   */
  @Transactional(readOnly = true)
  public List<Map<String, String>> opsiLayak(int tahun, String kodeOpd, KategoriPenghargaan kategori) {
    return layakOpd(tahun, kodeOpd).stream().filter(c -> c.kategori() == kategori)
        .map(c -> Map.of("value", c.nip(), "label", c.nama() + " · " + c.nip())).toList();
  }

  // ---- nominations ----

  /**
   * The head's answer for one OPD: at most one NIP per category with a justification, or none
   * ({@code tanpaNominasi}). Every NIP is checked against the OPD's eligible list on the server.
   */
  public List<NominasiPenghargaan> nominasikan(int tahun, String kodeOpd, String oleh, String nipManajerial,
      String alasanManajerial, String nipNonManajerial, String alasanNonManajerial, boolean tanpaNominasi) {
    SeleksiPenghargaan s = ambil(tahun);
    if (s.getStatus() != SeleksiPenghargaan.Status.NOMINASI) {
      throw new IsianTidakValidException("Masa nominasi penghargaan tahun " + tahun + " sudah ditutup");
    }
    Integer sudah = jdbc.queryForObject("SELECT COUNT(*) FROM jawaban_nominasi_penghargaan WHERE seleksi_id = ? AND kode_opd = ?",
        Integer.class, s.getId(), kodeOpd);
    if (sudah != null && sudah > 0) {
      throw new IsianTidakValidException("OPD " + kodeOpd + " sudah mengirim nominasi penghargaan tahun " + tahun);
    }
    String nipM = kosongJadiNull(nipManajerial);
    String nipN = kosongJadiNull(nipNonManajerial);
    List<String> salah = new ArrayList<>();
    if (tanpaNominasi && (nipM != null || nipN != null)) {
      salah.add("Pilih 'tanpa nominasi' atau isi nominasi, tidak keduanya");
    }
    if (!tanpaNominasi && nipM == null && nipN == null) {
      salah.add("Isi paling sedikit satu nominasi, atau pilih 'tanpa nominasi'");
    }
    if (nipM != null && nipM.equals(nipN)) {
      salah.add("ASN " + nipM + " dinominasikan dua kali; satu ASN hanya dapat dinominasikan sekali");
    }
    Map<String, CalonLayak> layak = new LinkedHashMap<>();
    layakOpd(tahun, kodeOpd).forEach(c -> layak.put(c.nip(), c));
    periksaCalon(s, kodeOpd, oleh, nipM, alasanManajerial, KategoriPenghargaan.MANAJERIAL, layak, salah);
    periksaCalon(s, kodeOpd, oleh, nipN, alasanNonManajerial, KategoriPenghargaan.NON_MANAJERIAL, layak, salah);
    if (!salah.isEmpty()) {
      throw new IsianTidakValidException("Nominasi penghargaan tidak dapat disimpan", salah);
    }
    List<NominasiPenghargaan> hasil = new ArrayList<>();
    if (nipM != null) {
      hasil.add(nominasiRepository.save(new NominasiPenghargaan(s.getId(), kodeOpd, KategoriPenghargaan.MANAJERIAL,
          nipM, alasanManajerial.trim(), oleh)));
    }
    if (nipN != null) {
      hasil.add(nominasiRepository.save(new NominasiPenghargaan(s.getId(), kodeOpd,
          KategoriPenghargaan.NON_MANAJERIAL, nipN, alasanNonManajerial.trim(), oleh)));
    }
    jdbc.update("INSERT INTO jawaban_nominasi_penghargaan (seleksi_id, kode_opd, dijawab_oleh, dijawab_pada, jumlah_nominasi) "
        + "VALUES (?, ?, ?, ?, ?)", s.getId(), kodeOpd, oleh, Timestamp.from(Instant.now()), hasil.size());
    return hasil;
  }

  private void periksaCalon(SeleksiPenghargaan s, String kodeOpd, String oleh, String nip, String alasan,
      KategoriPenghargaan kategori, Map<String, CalonLayak> layak, List<String> salah) {
    if (nip == null) {
      return;
    }
    String isian = kategori == KategoriPenghargaan.MANAJERIAL ? "nominasiManajerial" : "nominasiNonManajerial";
    if (nip.equals(oleh)) {
      salah.add(isian + ": Anda tidak dapat menominasikan diri sendiri");
      return;
    }
    CalonLayak c = layak.get(nip);
    if (c == null) {
      salah.add(isian + ": ASN " + nip + " tidak ada dalam daftar ASN yang memenuhi syarat di OPD " + kodeOpd);
    } else if (c.kategori() != kategori) {
      salah.add(isian + ": ASN " + nip + " termasuk kategori " + c.kategori().label() + ", bukan " + kategori.label());
    }
    if (nominasiRepository.findBySeleksiIdAndNip(s.getId(), nip).isPresent()) {
      salah.add(isian + ": ASN " + nip + " sudah dinominasikan pada seleksi tahun " + s.getTahun());
    }
    if (alasan == null || alasan.isBlank()) {
      salah.add(isian + ": alasan nominasi wajib diisi");
    } else if (alasan.length() > PANJANG_ALASAN_MAKS) {
      salah.add(isian + ": alasan nominasi paling panjang " + PANJANG_ALASAN_MAKS + " karakter");
    }
  }

  private static String kosongJadiNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  @Transactional(readOnly = true)
  public List<NominasiPenghargaan> nominasi(int tahun) {
    return nominasiRepository.findBySeleksiIdOrderByKategoriAscPeringkatAscIdAsc(ambil(tahun).getId());
  }

  // ---- scoring ----

  @Transactional(readOnly = true)
  public Map<String, BigDecimal> bobot() {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    daftarBobot().forEach(b -> m.put(b.komponen(), b.bobot()));
    return m;
  }

  @Transactional(readOnly = true)
  public List<Bobot> daftarBobot() {
    return jdbc.query("SELECT komponen, bobot, keterangan, diubah_oleh, diubah_pada FROM bobot_penghargaan ORDER BY bobot DESC, komponen",
        (rs, i) -> new Bobot(rs.getString(1), rs.getBigDecimal(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()));
  }

  public Bobot ubahBobot(String komponen, BigDecimal nilai, String oleh) {
    if (nilai == null || nilai.signum() < 0 || nilai.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IsianTidakValidException("bobot harus antara 0 dan 100");
    }
    int n = jdbc.update("UPDATE bobot_penghargaan SET bobot = ?, diubah_oleh = ?, diubah_pada = ? WHERE komponen = ?",
        nilai, oleh, Timestamp.from(Instant.now()), komponen);
    if (n == 0) {
      throw new IsianTidakValidException("Komponen bobot '" + komponen + "' tidak dikenal");
    }
    return daftarBobot().stream().filter(b -> b.komponen().equals(komponen)).findFirst().orElseThrow();
  }

  /** The records the scoring reads for one nominee in the year. */
  @Transactional(readOnly = true)
  public PenghitungSkorPenghargaan.Rekam rekam(String nip, int tahun) {
    List<Rating[]> periodik = jdbc.query("SELECT rating_hasil_kerja, rating_perilaku FROM penilaian_periodik "
        + "WHERE nip = ? AND tahun = ? AND (rating_hasil_kerja IS NOT NULL OR rating_perilaku IS NOT NULL)",
        (rs, i) -> new Rating[] {rating(rs.getString(1)), rating(rs.getString(2))}, nip, tahun);
    Integer umpanBalik = jdbc.queryForObject("SELECT COUNT(*) FROM umpan_balik ub JOIN penilaian_periodik pp "
        + "ON pp.id = ub.penilaian_id WHERE pp.nip = ? AND pp.tahun = ?", Integer.class, nip, tahun);
    return new PenghitungSkorPenghargaan.Rekam(nip, predikatFinal(nip, tahun), periodik,
        kompetensi.jpTerverifikasi(nip, tahun), umpanBalik == null ? 0 : umpanBalik);
  }

  private static Rating rating(String s) {
    return s == null ? null : Rating.valueOf(s);
  }

  /** The scoring delegate: ranks each category, marks the top N (setting) as the shortlist. */
  public void hitungSkor(int tahun) {
    SeleksiPenghargaan s = ambil(tahun);
    Map<String, BigDecimal> bobot = bobot();
    int n = pengaturan.bilangan(KunciPengaturan.JUMLAH_DAFTAR_PENDEK_PENGHARGAAN);
    List<NominasiPenghargaan> semua = nominasiRepository.findBySeleksiIdOrderByKategoriAscPeringkatAscIdAsc(s.getId());
    for (KategoriPenghargaan k : KategoriPenghargaan.values()) {
      Map<String, NominasiPenghargaan> perNip = new LinkedHashMap<>();
      semua.stream().filter(x -> x.getKategori() == k).forEach(x -> perNip.put(x.getNip(), x));
      List<PenghitungSkorPenghargaan.Skor> urut = PenghitungSkorPenghargaan.peringkat(
          perNip.keySet().stream().map(nip -> rekam(nip, tahun)).toList(), bobot);
      for (int i = 0; i < urut.size(); i++) {
        PenghitungSkorPenghargaan.Skor sk = urut.get(i);
        perNip.get(sk.nip()).nilai(sk.total(), sk.rincian(bobot), i + 1, i < n);
      }
    }
    s.setStatus(SeleksiPenghargaan.Status.PENILAIAN_TIM);
  }

  @Transactional(readOnly = true)
  public List<NominasiPenghargaan> daftarPendek(int tahun) {
    return nominasi(tahun).stream().filter(NominasiPenghargaan::isDaftarPendek).toList();
  }

  @Transactional(readOnly = true)
  public boolean adaNominasi(int tahun) {
    return !nominasi(tahun).isEmpty();
  }

  /** Markdown of the shortlist with each score and its breakdown, for the team and the Wali Kota. */
  @Transactional(readOnly = true)
  public String ringkasanDaftarPendek(int tahun) {
    SeleksiPenghargaan s = ambil(tahun);
    StringBuilder sb = new StringBuilder("**Daftar pendek penghargaan tahun " + tahun + "** (ronde penilaian tim "
        + s.getRondeTim() + ")\n\n");
    for (NominasiPenghargaan n : daftarPendek(tahun)) {
      sb.append("- ").append(n.getKategori().label()).append(" #").append(n.getPeringkat()).append(": ")
          .append(n.getNip()).append(" (OPD ").append(n.getKodeOpd()).append(") — skor ").append(n.getSkor())
          .append(n.getNilaiTim() == null ? "" : ", nilai tim " + n.getNilaiTim())
          .append("\n  - Rincian: ").append(PenghitungSkorPenghargaan.labelRincian(n.getRincianSkor()))
          .append("\n  - Alasan kepala OPD: ").append(n.getAlasan()).append('\n');
    }
    if (s.getCatatanWaliKota() != null) {
      sb.append("\n**Catatan Wali Kota:** ").append(s.getCatatanWaliKota()).append('\n');
    }
    return sb.toString();
  }

  /**
   * The shortlist as options of a Camunda Forms select: value = NIP, label = "name · category #rank
   * · NIP", in the order of the shortlist. The completion still checks every NIP on the server.
   */
  @Transactional(readOnly = true)
  public List<Map<String, String>> opsiDaftarPendek(int tahun) {
    List<Map<String, String>> opsi = new ArrayList<>();
    for (NominasiPenghargaan n : daftarPendek(tahun)) {
      String nama = jdbc.queryForList("SELECT nama FROM pegawai WHERE nip = ?", String.class, n.getNip())
          .stream().findFirst().orElse(n.getNip());
      // name and category first: at 1,024 px a long label is cut at its end, the NIP is in the list above
      opsi.add(Map.of("value", n.getNip(), "label", nama + " · " + n.getKategori().label() + " #"
          + n.getPeringkat() + " · " + n.getNip()));
    }
    return opsi;
  }

  // ---- Tim Penilai Kinerja ----

  /** Members of the Tim Penilai Kinerja (role in the register): one scoring task each. */
  @Transactional(readOnly = true)
  public List<String> anggotaTim() {
    return jdbc.queryForList("SELECT id_pengguna FROM peran_pengguna WHERE peran = ? ORDER BY id_pengguna",
        String.class, Peran.TIM_PENILAI_KINERJA.name());
  }

  /**
   * One member's scores for the current round: every shortlisted NIP exactly once, 0–100. A
   * member who already scored a nominee in this round is refused.
   */
  static final int CATATAN_NILAI_MAKS = 1000;
  static final int CATATAN_WALI_KOTA_MAKS = 2000;
  static final int NOMOR_KEPUTUSAN_MAKS = 100;

  public void simpanNilaiTim(int tahun, String penilai, List<Map<String, Object>> daftar) {
    SeleksiPenghargaan s = ambil(tahun);
    if (s.getStatus() != SeleksiPenghargaan.Status.PENILAIAN_TIM) {
      throw new IsianTidakValidException("Penilaian tim seleksi penghargaan tahun " + tahun + " tidak sedang berjalan");
    }
    if (!anggotaTim().contains(penilai)) {
      throw new IsianTidakValidException("Pengguna " + penilai + " bukan anggota Tim Penilai Kinerja");
    }
    Map<String, NominasiPenghargaan> pendek = new LinkedHashMap<>();
    daftarPendek(tahun).forEach(n -> pendek.put(n.getNip(), n));
    List<String> salah = new ArrayList<>();
    Set<String> sudah = new HashSet<>();
    Map<NominasiPenghargaan, Object[]> simpan = new LinkedHashMap<>();
    for (Map<String, Object> b : daftar) {
      String nip = BacaIsian.teks(b.get("nip"));
      NominasiPenghargaan n = nip == null ? null : pendek.get(nip.trim());
      if (n == null) {
        salah.add("nilai: ASN " + nip + " tidak ada dalam daftar pendek");
        continue;
      }
      // a member who is himself on the shortlist scores the others, never himself
      if (n.getNip().equals(penilai)) {
        salah.add("nilai: Anda tidak dapat menilai diri sendiri (ASN " + penilai + " ada dalam daftar pendek); "
            + "nilai Anda dihitung dari anggota tim yang lain");
        continue;
      }
      if (!sudah.add(n.getNip())) {
        salah.add("nilai: ASN " + n.getNip() + " dinilai dua kali");
        continue;
      }
      if (nilaiRepository.existsByNominasiIdAndRondeAndPenilai(n.getId(), s.getRondeTim(), penilai)) {
        salah.add("nilai: Anda sudah menilai ASN " + n.getNip() + " pada ronde ini");
        continue;
      }
      BigDecimal nilai;
      try {
        nilai = BacaIsian.angka(b.get("nilai"));
      } catch (RuntimeException e) {
        nilai = null;
      }
      if (nilai == null || nilai.signum() < 0 || nilai.compareTo(BigDecimal.valueOf(100)) > 0
          || nilai.stripTrailingZeros().scale() > 2) {
        salah.add("nilai: nilai untuk ASN " + n.getNip() + " harus angka 0–100 (paling banyak dua angka desimal)");
        continue;
      }
      String catatan = BacaIsian.teks(b.get("catatan"));
      if (catatan != null && catatan.length() > CATATAN_NILAI_MAKS) {
        salah.add("nilai: catatan untuk ASN " + n.getNip() + " paling panjang " + CATATAN_NILAI_MAKS + " karakter");
        continue;
      }
      simpan.put(n, new Object[] {nilai, catatan});
    }
    pendek.keySet().stream().filter(nip -> !sudah.contains(nip) && !nip.equals(penilai))
        .forEach(nip -> salah.add("nilai: ASN " + nip + " dalam daftar pendek belum dinilai"));
    if (!salah.isEmpty()) {
      throw new IsianTidakValidException("Nilai Tim Penilai Kinerja tidak dapat disimpan", salah);
    }
    simpan.forEach((n, v) -> nilaiRepository.save(new NilaiTimPenghargaan(n.getId(), s.getRondeTim(), penilai,
        (BigDecimal) v[0], v[1] == null ? null : String.valueOf(v[1]))));
  }

  /** After every member scored: the mean per shortlisted nominee for the round. */
  public void gabungkanNilaiTim(int tahun) {
    SeleksiPenghargaan s = ambil(tahun);
    for (NominasiPenghargaan n : daftarPendek(tahun)) {
      List<NilaiTimPenghargaan> nilai = nilaiRepository.findByNominasiIdAndRonde(n.getId(), s.getRondeTim());
      n.setNilaiTim(nilai.isEmpty() ? null : nilai.stream().map(NilaiTimPenghargaan::getNilai)
          .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(nilai.size()), 2, RoundingMode.HALF_UP));
    }
    s.setStatus(SeleksiPenghargaan.Status.PERSETUJUAN);
  }

  // ---- Wali Kota ----

  /** SETUJUI, or KEMBALIKAN with a note (the team scores again in a new round). */
  public void putuskan(int tahun, String oleh, String keputusan, String catatan, String nomorKeputusan) {
    SeleksiPenghargaan s = ambil(tahun);
    if (s.getStatus() != SeleksiPenghargaan.Status.PERSETUJUAN) {
      throw new IsianTidakValidException("Seleksi penghargaan tahun " + tahun + " tidak menunggu persetujuan");
    }
    // the columns' lengths: a longer text is the caller's mistake (400), not a database fault (500)
    List<String> terlalu = new ArrayList<>();
    if (catatan != null && catatan.trim().length() > CATATAN_WALI_KOTA_MAKS) {
      terlalu.add("catatan: paling panjang " + CATATAN_WALI_KOTA_MAKS + " karakter");
    }
    if (nomorKeputusan != null && nomorKeputusan.trim().length() > NOMOR_KEPUTUSAN_MAKS) {
      terlalu.add("nomorKeputusan: paling panjang " + NOMOR_KEPUTUSAN_MAKS + " karakter");
    }
    if (!terlalu.isEmpty()) {
      throw new IsianTidakValidException("Keputusan Wali Kota tidak dapat disimpan", terlalu);
    }
    if (SETUJUI.equals(keputusan)) {
      s.setCatatanWaliKota(kosongJadiNull(catatan));
      s.setNomorKeputusan(kosongJadiNull(nomorKeputusan));
      s.setDiputusOleh(oleh);
      s.setDiputusPada(Instant.now());
    } else if (KEMBALIKAN.equals(keputusan)) {
      if (catatan == null || catatan.isBlank()) {
        throw new IsianTidakValidException("catatan: wajib diisi bila hasil dikembalikan ke Tim Penilai Kinerja");
      }
      s.setCatatanWaliKota(catatan.trim());
      s.setRondeTim(s.getRondeTim() + 1);
      s.setStatus(SeleksiPenghargaan.Status.PENILAIAN_TIM);
      s.setBatasPenilaianTim(null);
      s.setBatasPersetujuan(null);
      daftarPendek(tahun).forEach(n -> n.setNilaiTim(null));
    } else {
      throw new IsianTidakValidException("keputusan harus SETUJUI atau KEMBALIKAN");
    }
  }

  /** Approved: the best of each category by the team's mean (tie: delegate score, then NIP) is recorded. */
  public List<PemenangPenghargaan> tetapkanPemenang(int tahun) {
    SeleksiPenghargaan s = ambil(tahun);
    List<PemenangPenghargaan> hasil = new ArrayList<>();
    for (KategoriPenghargaan k : KategoriPenghargaan.values()) {
      Optional<NominasiPenghargaan> terbaik = daftarPendek(tahun).stream().filter(n -> n.getKategori() == k)
          .min(URUTAN_TIM);
      terbaik.ifPresent(n -> {
        PemenangPenghargaan p = pemenangRepository.save(new PemenangPenghargaan(tahun, n, s.getDiputusOleh()));
        hasil.add(p);
        pemberitahuan.catat(Pemberitahuan.Jenis.PENGHARGAAN, n.getNip(), null,
            "Selamat, Anda ditetapkan sebagai ASN berkinerja terbaik tahun " + tahun + " kategori "
                + k.label() + ".", "PENGHARGAAN:" + tahun + ":" + k, null, null, s.getProcessInstanceId());
      });
    }
    s.setStatus(SeleksiPenghargaan.Status.DITETAPKAN);
    return hasil;
  }

  static final Comparator<NominasiPenghargaan> URUTAN_TIM = Comparator
      .comparing((NominasiPenghargaan n) -> n.getNilaiTim() == null ? BigDecimal.valueOf(-1) : n.getNilaiTim()).reversed()
      .thenComparing(Comparator.comparing((NominasiPenghargaan n) -> n.getSkor() == null ? BigDecimal.ZERO : n.getSkor()).reversed())
      .thenComparing(NominasiPenghargaan::getNip);

  @Transactional(readOnly = true)
  public List<PemenangPenghargaan> pemenang(int tahun) {
    return pemenangRepository.findByTahunOrderByKategori(tahun);
  }

  @Transactional(readOnly = true)
  public List<PemenangPenghargaan> pemenangPegawai(String nip) {
    return pemenangRepository.findByNipOrderByTahunDesc(nip);
  }

  // ---- deadlines ----

  /** The stage's deadline, fixed the first time it is asked in a round (tasks' dueDate and timers). */
  public Instant batas(int tahun, String tahap) {
    SeleksiPenghargaan s = ambil(tahun);
    Instant sekarang = Instant.now();
    switch (tahap) {
      case "NOMINASI" -> {
        if (s.getBatasNominasi() == null) {
          s.setBatasNominasi(sekarang.plus(Duration.ofDays(pengaturan.bilangan(KunciPengaturan.HARI_NOMINASI_PENGHARGAAN))));
        }
        return s.getBatasNominasi();
      }
      case "PENILAIAN_TIM" -> {
        if (s.getBatasPenilaianTim() == null) {
          s.setBatasPenilaianTim(sekarang.plus(Duration.ofDays(pengaturan.bilangan(KunciPengaturan.HARI_PENILAIAN_TIM_PENGHARGAAN))));
        }
        return s.getBatasPenilaianTim();
      }
      case "PERSETUJUAN" -> {
        if (s.getBatasPersetujuan() == null) {
          s.setBatasPersetujuan(sekarang.plus(Duration.ofDays(pengaturan.bilangan(KunciPengaturan.HARI_PERSETUJUAN_PENGHARGAAN))));
        }
        return s.getBatasPersetujuan();
      }
      default -> throw new IllegalArgumentException("Tahap tidak dikenal: " + tahap);
    }
  }

  /** The reminder time: HARI_PENGINGAT days before the deadline (not before now). */
  public Instant pengingat(int tahun, String tahap) {
    Instant b = batas(tahun, tahap).minus(Duration.ofDays(pengaturan.bilangan(KunciPengaturan.HARI_PENGINGAT)));
    return b.isBefore(Instant.now()) ? Instant.now() : b;
  }

  /** Reminder to the open tasks' assignees. */
  public void ingatkan(int tahun, String namaTugas, List<String> penerima, String processInstanceId) {
    for (String p : penerima) {
      pemberitahuan.catat(Pemberitahuan.Jenis.PENGINGAT_PENGHARGAAN, p, null, "Tugas '" + namaTugas
          + "' seleksi penghargaan tahun " + tahun + " mendekati batas waktu.", "PENGINGAT_PENGHARGAAN:" + tahun + ":"
          + namaTugas + ":" + ambil(tahun).getRondeTim(), null, null, processInstanceId);
    }
  }

  /** Escalation: every BKPSDM member is told which tasks are late and whose they are. */
  public void eskalasi(int tahun, String namaTugas, List<String> terlambat, String processInstanceId) {
    List<String> bkpsdm = jdbc.queryForList("SELECT id_pengguna FROM peran_pengguna WHERE peran = ?", String.class,
        Peran.BKPSDM.name());
    String pesan = "Tugas '" + namaTugas + "' seleksi penghargaan tahun " + tahun + " melewati batas waktu; belum "
        + "diselesaikan oleh: " + String.join(", ", terlambat) + ". Tugas dapat diambil alih oleh BKPSDM ("
        + GrupPengguna.BKPSDM.id() + ").";
    for (String b : bkpsdm) {
      pemberitahuan.catat(Pemberitahuan.Jenis.ESKALASI_PENGHARGAAN, b, null, pesan, "ESKALASI_PENGHARGAAN:" + tahun
          + ":" + namaTugas + ":" + ambil(tahun).getRondeTim(), null, null, processInstanceId);
    }
  }
}
