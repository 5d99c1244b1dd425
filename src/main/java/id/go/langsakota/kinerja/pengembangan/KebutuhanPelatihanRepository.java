package id.go.langsakota.kinerja.pengembangan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KebutuhanPelatihanRepository extends JpaRepository<KebutuhanPelatihan, Long> {

  boolean existsByKunciTerbuka(String kunciTerbuka);

  boolean existsByNipAndTahunAndPemicu(String nip, int tahun, PemicuPelatihan pemicu);

  List<KebutuhanPelatihan> findByNipOrderByIdDesc(String nip);

  List<KebutuhanPelatihan> findByTerlambatPadaNotNullAndStatusNotOrderByBatasLaporAscIdAsc(
      StatusKebutuhanPelatihan status);

  List<KebutuhanPelatihan> findByTahunAndPemicu(int tahun, PemicuPelatihan pemicu);
}
