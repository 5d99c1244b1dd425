package id.go.langsakota.kinerja.organisasi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers questions about the organisation on a given date: who is the pejabat penilai kinerja
 * of a NIP, the atasan pejabat penilai, the subordinates, the head of the OPD. A vacant
 * supervisor position routes to its Plt, otherwise to the next occupied position up; above the
 * top of the tree is the PPK (Wali Kota). Only managerial positions (JPT, administrator,
 * pengawas) can rate, and nobody rates themself (a Plt of their own supervisor's position is
 * skipped for their own appraisal).
 */
@Service
@Transactional(readOnly = true)
public class RegisterOrganisasiService {

  private final PenugasanJabatanRepository penugasan;
  private final JabatanRepository jabatanRepository;
  private final PegawaiRepository pegawaiRepository;
  private final OpdRepository opdRepository;
  private final String idPpk;
  private final String namaPpk;

  public RegisterOrganisasiService(PenugasanJabatanRepository penugasan,
      JabatanRepository jabatanRepository, PegawaiRepository pegawaiRepository,
      OpdRepository opdRepository,
      @Value("${kinerja.ppk.id-pengguna:walikota}") String idPpk,
      @Value("${kinerja.ppk.nama:Wali Kota Langsa}") String namaPpk) {
    this.penugasan = penugasan;
    this.jabatanRepository = jabatanRepository;
    this.pegawaiRepository = pegawaiRepository;
    this.opdRepository = opdRepository;
    this.idPpk = idPpk;
    this.namaPpk = namaPpk;
  }

  /** The jabatan a pegawai holds definitively on a date (a Plt role is on top of it). */
  public Optional<PenugasanJabatan> jabatanDefinitif(String nip, LocalDate tanggal) {
    return penugasan.findBerlakuByNip(nip, tanggal).stream()
        .filter(p -> p.getJenis() == JenisPenugasan.DEFINITIF)
        .filter(p -> p.getPegawai().aktifPada(tanggal))
        .findFirst();
  }

  /**
   * The pejabat penilai kinerja of {@code nip} on a date: the first managerial position above the
   * pegawai's definitive jabatan filled (definitively, else by a Plt) by someone else; the PPK
   * when there is none. Empty when the pegawai holds no definitive jabatan on that date.
   */
  public Optional<Pejabat> pejabatPenilai(String nip, LocalDate tanggal) {
    return jabatanDefinitif(nip, tanggal)
        .map(p -> pejabatDiAtas(p.getJabatan(), Set.of(nip), tanggal));
  }

  /**
   * The supervisor's supervisor, walked up from the jabatan through which the pejabat penilai
   * fills the role; empty when the pejabat penilai is already the PPK (or no definitive jabatan).
   */
  public Optional<Pejabat> atasanPejabatPenilai(String nip, LocalDate tanggal) {
    return pejabatPenilai(nip, tanggal)
        .filter(p -> p.jabatanId() != null)
        .map(p -> pejabatDiAtas(jabatanRepository.getReferenceById(p.jabatanId()),
            Set.of(nip, p.idPengguna()), tanggal));
  }

  /**
   * Pegawai whose pejabat penilai on that date is {@code nip}: the holders of the positions right
   * under the ones {@code nip} holds or acts in, plus those passed up through a vacant position
   * (and a Plt who is skipped for their own appraisal). Consistent with {@link #pejabatPenilai}.
   */
  public List<Pejabat> bawahan(String nip, LocalDate tanggal) {
    Map<String, Pejabat> hasil = new LinkedHashMap<>();
    Set<Long> dilalui = new HashSet<>();
    for (PenugasanJabatan p : penugasan.findBerlakuByNip(nip, tanggal)) {
      if (p.getPegawai().aktifPada(tanggal) && p.getJabatan().getJenis().manajerial()) {
        dilalui.add(p.getJabatan().getId());
        kumpulkanBawahan(p.getJabatan(), nip, null, tanggal, hasil, dilalui);
      }
    }
    return new ArrayList<>(hasil.values());
  }

  /**
   * The head of the OPD of {@code nip} on a date: whoever fills the OPD's kepala jabatan (Plt
   * included), else the next one up (Sekda / PPK). Empty without a definitive jabatan.
   */
  public Optional<Pejabat> kepalaOpd(String nip, LocalDate tanggal) {
    return jabatanDefinitif(nip, tanggal).map(p -> pengisiAtauDiAtas(jabatanKepala(p.getJabatan()), tanggal));
  }

  /** The head of an OPD given by its kode (for tasks addressed to an OPD, e.g. kalibrasi). */
  public Optional<Pejabat> kepalaOpdDari(String kodeOpd, LocalDate tanggal) {
    return opdRepository.findByKode(kodeOpd)
        .flatMap(opd -> jabatanRepository.findByKepalaOpdTrueAndUnitKerja_Opd(opd).stream()
            .filter(Jabatan::isAktif)
            .findFirst())
        .map(j -> pengisiAtauDiAtas(j, tanggal));
  }

  /**
   * The first managerial position above jabatan {@code jabatanId} filled by someone not in
   * {@code kecuali} on that date; the PPK when there is none (e.g. an appeal may not go to the one
   * whose rating it is about, so its decider is looked up one level further).
   */
  public Pejabat pejabatDiAtas(Long jabatanId, Set<String> kecuali, LocalDate tanggal) {
    return pejabatDiAtas(jabatanRepository.getReferenceById(jabatanId), kecuali, tanggal);
  }

  /** The user to assign a task to when nobody fills a role: the PPK. */
  public Pejabat ppk() {
    return new Pejabat(idPpk, null, namaPpk, null, namaPpk, false);
  }

  /** Who fills a jabatan on a date: the definitive holder, else its Plt. */
  public Optional<Pejabat> pemangku(Jabatan jabatan, LocalDate tanggal) {
    return pengisi(jabatan, tanggal, Set.of());
  }

  /**
   * True when {@code idPengguna} is the pejabat penilai or the atasan pejabat penilai of
   * {@code nip} on that date (used to decide who may see a pegawai's data).
   */
  public boolean penilaiAtauAtasan(String idPengguna, String nip, LocalDate tanggal) {
    return pejabatPenilai(nip, tanggal).map(Pejabat::idPengguna).filter(idPengguna::equals).isPresent()
        || atasanPejabatPenilai(nip, tanggal).map(Pejabat::idPengguna).filter(idPengguna::equals)
            .isPresent();
  }

  public boolean pegawaiAda(String nip) {
    return pegawaiRepository.findByNip(nip).isPresent();
  }

  /** Data of a pegawai with the jabatan on {@code tanggal} and the whole assignment history. */
  public Optional<ProfilPegawai> profilPegawai(String nip, LocalDate tanggal) {
    return pegawaiRepository.findByNip(nip).map(pg -> {
      List<PenugasanJabatan> riwayat = penugasan.findByPegawaiOrderByTmtMulai(pg);
      PenugasanInfo definitif = riwayat.stream()
          .filter(p -> p.getJenis() == JenisPenugasan.DEFINITIF && p.berlakuPada(tanggal))
          .max(Comparator.comparing(PenugasanJabatan::getTmtMulai))
          .map(PenugasanInfo::dari).orElse(null);
      List<PenugasanInfo> plt = riwayat.stream()
          .filter(p -> p.getJenis() == JenisPenugasan.PLT && p.berlakuPada(tanggal))
          .map(PenugasanInfo::dari).toList();
      return new ProfilPegawai(pg.getNip(), pg.getNama(), pg.getNamaLengkap(), pg.getGelarDepan(),
          pg.getGelarBelakang(), pg.getJenisAsn(), pg.getPangkatGolongan(), pg.getEmail(),
          pg.getStatus(), pg.getTanggalBerhenti(), definitif, plt,
          riwayat.stream().map(PenugasanInfo::dari).toList());
    });
  }

  public List<OpdInfo> daftarOpd() {
    return opdRepository.findAll().stream()
        .sorted(Comparator.comparing(Opd::getKode))
        .map(o -> new OpdInfo(o.getId(), o.getKode(), o.getNama(), o.getSingkatan(), o.isAktif()))
        .toList();
  }

  // ---------------------------------------------------------------------------------------------

  // Active fillers of a jabatan on a date, definitive first (the query orders by jenis).
  private List<PenugasanJabatan> pengisiAktif(Jabatan jabatan, LocalDate tanggal) {
    return penugasan.findBerlakuByJabatan(jabatan, tanggal).stream()
        .filter(p -> p.getPegawai().aktifPada(tanggal))
        .toList();
  }

  private Optional<Pejabat> pengisi(Jabatan jabatan, LocalDate tanggal, Set<String> kecuali) {
    return pengisiAktif(jabatan, tanggal).stream()
        .filter(p -> !kecuali.contains(p.getPegawai().getNip()))
        .findFirst()
        .map(RegisterOrganisasiService::pejabat);
  }

  private Pejabat pengisiAtauDiAtas(Jabatan jabatan, LocalDate tanggal) {
    return pengisi(jabatan, tanggal, Set.of()).orElseGet(() -> pejabatDiAtas(jabatan, Set.of(), tanggal));
  }

  private static Pejabat pejabat(PenugasanJabatan p) {
    Pegawai pg = p.getPegawai();
    Jabatan j = p.getJabatan();
    return new Pejabat(pg.getNip(), pg.getNip(), pg.getNamaLengkap(), j.getId(), j.getNama(),
        p.getJenis() == JenisPenugasan.PLT);
  }

  // Walks up from the jabatan's atasan to the first managerial position that someone not in
  // 'kecuali' fills; the visited set guards against a cycle in bad data.
  private Pejabat pejabatDiAtas(Jabatan jabatan, Set<String> kecuali, LocalDate tanggal) {
    Set<Long> dilalui = new HashSet<>();
    dilalui.add(jabatan.getId());
    for (Jabatan a = jabatan.getAtasan(); a != null && dilalui.add(a.getId()); a = a.getAtasan()) {
      if (!a.getJenis().manajerial()) {
        continue;
      }
      Optional<Pejabat> p = pengisi(a, tanggal, kecuali);
      if (p.isPresent()) {
        return p.get();
      }
    }
    return ppk();
  }

  /*
   * The mirror image of pejabatDiAtas. 'lewat' = who may still pass upward through the positions
   * between here and nip (null: everybody). A position with no filler lets everybody through;
   * one filled only by a single Plt lets just that Plt through (they do not rate themself);
   * a non-managerial position never rates, so it lets through whoever could reach it.
   */
  private void kumpulkanBawahan(Jabatan jabatan, String nip, Set<String> lewat, LocalDate tanggal,
      Map<String, Pejabat> hasil, Set<Long> dilalui) {
    for (Jabatan anak : jabatanRepository.findByAtasan(jabatan)) {
      if (!dilalui.add(anak.getId())) {
        continue;
      }
      List<PenugasanJabatan> pengisi = pengisiAktif(anak, tanggal);
      for (PenugasanJabatan p : pengisi) {
        String n = p.getPegawai().getNip();
        if (p.getJenis() == JenisPenugasan.DEFINITIF && !n.equals(nip)
            && (lewat == null || lewat.contains(n))) {
          hasil.putIfAbsent(n, pejabat(p));
        }
      }
      Set<String> lewatAnak;
      if (!anak.getJenis().manajerial() || pengisi.isEmpty()) {
        lewatAnak = lewat;
      } else if (pengisi.size() == 1 && pengisi.get(0).getJenis() == JenisPenugasan.PLT) {
        String plt = pengisi.get(0).getPegawai().getNip();
        lewatAnak = lewat == null || lewat.contains(plt) ? Set.of(plt) : Set.of();
      } else {
        lewatAnak = Set.of();
      }
      if (lewatAnak == null || !lewatAnak.isEmpty()) {
        kumpulkanBawahan(anak, nip, lewatAnak, tanggal, hasil, dilalui);
      }
    }
  }

  // The OPD's kepala jabatan: up within the same OPD to the one flagged kepala OPD (else the top).
  private static Jabatan jabatanKepala(Jabatan jabatan) {
    Set<Long> dilalui = new LinkedHashSet<>();
    Jabatan j = jabatan;
    while (!j.isKepalaOpd() && j.getAtasan() != null && dilalui.add(j.getId())
        && j.getAtasan().getOpd().getId().equals(j.getOpd().getId())) {
      j = j.getAtasan();
    }
    return j;
  }
}
