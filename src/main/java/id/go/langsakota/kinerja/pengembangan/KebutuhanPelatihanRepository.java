package id.go.langsakota.kinerja.pengembangan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KebutuhanPelatihanRepository extends JpaRepository<KebutuhanPelatihan, Long> {

  boolean existsByKunciTerbuka(String kunciTerbuka);

  boolean existsByNipAndTahunAndPemicu(String nip, int tahun, PemicuPelatihan pemicu);

  List<KebutuhanPelatihan> findByNipOrderByIdDesc(String nip);

  java.util.Optional<KebutuhanPelatihan> findByPembinaanId(Long pembinaanId);

  List<KebutuhanPelatihan> findByTerlambatPadaNotNullAndStatusNotOrderByBatasLaporAscIdAsc(
      StatusKebutuhanPelatihan status);

  List<KebutuhanPelatihan> findByTahunAndPemicu(int tahun, PemicuPelatihan pemicu);

  /** BerAKHLAK values rated Di Bawah Ekspektasi in the periods of one ASN's year: rows (nilai, number of periods). */
  @org.springframework.data.jpa.repository.Query("""
      select r.nilai, count(distinct p.id) from RatingPerilakuPeriodik r, PenilaianPeriodik p
      where r.penilaianId = p.id and p.nip = :nip and p.tahun = :tahun
        and r.rating = id.go.langsakota.kinerja.kosakata.Rating.DI_BAWAH_EKSPEKTASI
      group by r.nilai""")
  List<Object[]> nilaiDiBawahEkspektasi(String nip, int tahun);
}
