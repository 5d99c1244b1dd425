package id.go.langsakota.kinerja.skp;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndikatorKinerjaRepository extends JpaRepository<IndikatorKinerja, Long> {

  /** All indicators of an SKP, RHK by RHK, in the order the ASN wrote them. */
  List<IndikatorKinerja> findByRhkSkpIdOrderByRhkUrutanAscUrutanAsc(Long skpId);
}
