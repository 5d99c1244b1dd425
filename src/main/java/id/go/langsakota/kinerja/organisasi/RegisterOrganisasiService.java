package id.go.langsakota.kinerja.organisasi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers questions about the organisation on a given date: who is the pejabat penilai kinerja
 * of a NIP, the atasan pejabat penilai, the subordinates, the head of the OPD. A vacant
 * supervisor position routes to its Plt, otherwise to the next occupied position up; above the
 * top of the tree is the PPK (Wali Kota).
 */
@Service
@Transactional(readOnly = true)
public class RegisterOrganisasiService {

  private final PenugasanJabatanRepository penugasan;
  private final JabatanRepository jabatanRepository;
  private final String idPpk;
  private final String namaPpk;

  public RegisterOrganisasiService(PenugasanJabatanRepository penugasan,
      JabatanRepository jabatanRepository,
      @Value("${kinerja.ppk.id-pengguna:walikota}") String idPpk,
      @Value("${kinerja.ppk.nama:Wali Kota Langsa}") String namaPpk) {
    this.penugasan = penugasan;
    this.jabatanRepository = jabatanRepository;
    this.idPpk = idPpk;
    this.namaPpk = namaPpk;
  }

  /** The jabatan a pegawai holds definitively on a date (a Plt role is on top of it). */
  public Optional<PenugasanJabatan> jabatanDefinitif(String nip, LocalDate tanggal) {
    return penugasan.findBerlakuByNip(nip, tanggal).stream()
        .filter(p -> p.getJenis() == JenisPenugasan.DEFINITIF)
        .findFirst();
  }

  public Optional<Pejabat> pejabatPenilai(String nip, LocalDate tanggal) {
    return jabatanDefinitif(nip, tanggal)
        .map(p -> pejabatDiAtas(p.getJabatan(), nip, tanggal));
  }

  /** The supervisor's supervisor; empty when the pejabat penilai is already the PPK. */
  public Optional<Pejabat> atasanPejabatPenilai(String nip, LocalDate tanggal) {
    return pejabatPenilai(nip, tanggal)
        .filter(p -> p.jabatanId() != null)
        .map(p -> pejabatDiAtas(jabatanRepository.getReferenceById(p.jabatanId()), nip, tanggal));
  }

  /** Pegawai whose pejabat penilai on that date is {@code nip}. */
  public List<Pejabat> bawahan(String nip, LocalDate tanggal) {
    List<Pejabat> hasil = new ArrayList<>();
    for (PenugasanJabatan p : penugasan.findBerlakuByNip(nip, tanggal)) {
      kumpulkanBawahan(p.getJabatan(), nip, tanggal, hasil);
    }
    return hasil;
  }

  public Optional<Pejabat> kepalaOpd(String nip, LocalDate tanggal) {
    return jabatanDefinitif(nip, tanggal).map(p -> {
      Jabatan j = p.getJabatan();
      while (!j.isKepalaOpd() && j.getAtasan() != null
          && j.getAtasan().getOpd().getId().equals(j.getOpd().getId())) {
        j = j.getAtasan();
      }
      Optional<Pejabat> pemangku = pemangku(j, tanggal);
      return pemangku.orElseGet(() -> pejabatDiAtas(p.getJabatan(), nip, tanggal));
    });
  }

  /** The user to assign a task to when nobody fills a role: the PPK. */
  public Pejabat ppk() {
    return new Pejabat(idPpk, null, namaPpk, null, namaPpk, false);
  }

  /** Who fills a jabatan on a date: the definitive holder, else its Plt. */
  public Optional<Pejabat> pemangku(Jabatan jabatan, LocalDate tanggal) {
    return penugasan.findBerlakuByJabatan(jabatan, tanggal).stream()
        .filter(p -> p.getPegawai().isAktif())
        .findFirst()
        .map(p -> new Pejabat(p.getPegawai().getNip(), p.getPegawai().getNip(),
            p.getPegawai().getNamaLengkap(), jabatan.getId(), jabatan.getNama(),
            p.getJenis() == JenisPenugasan.PLT));
  }

  // Walks up from the jabatan's atasan to the first position that someone else fills.
  private Pejabat pejabatDiAtas(Jabatan jabatan, String kecualiNip, LocalDate tanggal) {
    for (Jabatan a = jabatan.getAtasan(); a != null; a = a.getAtasan()) {
      Optional<Pejabat> pemangku = pemangku(a, tanggal).filter(p -> !p.nip().equals(kecualiNip));
      if (pemangku.isPresent()) {
        return pemangku.get();
      }
    }
    return ppk();
  }

  // A vacant subordinate position without Plt passes its own subordinates up to us.
  private void kumpulkanBawahan(Jabatan jabatan, String nip, LocalDate tanggal, List<Pejabat> hasil) {
    for (Jabatan anak : jabatanRepository.findByAtasan(jabatan)) {
      List<PenugasanJabatan> pemangkuAnak = penugasan.findBerlakuByJabatan(anak, tanggal);
      pemangkuAnak.stream()
          .filter(p -> p.getJenis() == JenisPenugasan.DEFINITIF && p.getPegawai().isAktif())
          .filter(p -> !p.getPegawai().getNip().equals(nip))
          .forEach(p -> hasil.add(new Pejabat(p.getPegawai().getNip(), p.getPegawai().getNip(),
              p.getPegawai().getNamaLengkap(), anak.getId(), anak.getNama(), false)));
      boolean kosong = pemangkuAnak.stream().noneMatch(p -> p.getPegawai().isAktif());
      if (kosong) {
        kumpulkanBawahan(anak, nip, tanggal, hasil);
      }
    }
  }
}
