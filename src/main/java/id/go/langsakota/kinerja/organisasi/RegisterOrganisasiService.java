package id.go.langsakota.kinerja.organisasi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

  public Optional<Pejabat> pejabatPenilai(String nip, LocalDate tanggal) {
    throw new UnsupportedOperationException("TODO");
  }

  public Optional<Pejabat> atasanPejabatPenilai(String nip, LocalDate tanggal) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Pegawai whose pejabat penilai on that date is {@code nip}. */
  public List<Pejabat> bawahan(String nip, LocalDate tanggal) {
    throw new UnsupportedOperationException("TODO");
  }

  public Optional<Pejabat> kepalaOpd(String nip, LocalDate tanggal) {
    throw new UnsupportedOperationException("TODO");
  }
}
