package id.go.langsakota.kinerja.kalibrasi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AturanPolaKurvaRepository extends JpaRepository<AturanPolaKurva, Long> {

  List<AturanPolaKurva> findAllByOrderByPredikatOrganisasiAscUrutanAsc();

  List<AturanPolaKurva> findByPredikatOrganisasiOrderByUrutan(PredikatOrganisasi predikatOrganisasi);

  long deleteByPredikatOrganisasi(PredikatOrganisasi predikatOrganisasi);
}
