package id.go.langsakota.kinerja.skp;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndikatorKinerjaRepository extends JpaRepository<IndikatorKinerja, Long> {

  /**
   * All indicators of an SKP, RHK by RHK, in the order the ASN wrote them. The RHK comes along
   * in the same select: every caller reads it (jenis, uraian), which would otherwise be one
   * lazy load per RHK on each task create/complete.
   */
  @EntityGraph(attributePaths = "rhk")
  List<IndikatorKinerja> findByRhkSkpIdOrderByRhkUrutanAscUrutanAsc(Long skpId);
}
