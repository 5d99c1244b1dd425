package id.go.langsakota.kinerja.organisasi;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PenugasanJabatanRepository extends JpaRepository<PenugasanJabatan, Long> {

  /** Assignments of a pegawai in force on a date (normally one; a Plt adds a second). */
  @Query("""
      select p from PenugasanJabatan p join fetch p.jabatan j
      where p.pegawai.nip = :nip and p.tmtMulai <= :tanggal
        and (p.tmtSelesai is null or p.tmtSelesai >= :tanggal)
      order by p.jenis, p.tmtMulai desc""")
  List<PenugasanJabatan> findBerlakuByNip(String nip, LocalDate tanggal);

  /** Who holds or acts in a jabatan on a date. */
  @Query("""
      select p from PenugasanJabatan p join fetch p.pegawai
      where p.jabatan = :jabatan and p.tmtMulai <= :tanggal
        and (p.tmtSelesai is null or p.tmtSelesai >= :tanggal)
      order by p.jenis, p.tmtMulai desc""")
  List<PenugasanJabatan> findBerlakuByJabatan(Jabatan jabatan, LocalDate tanggal);

  List<PenugasanJabatan> findByPegawaiOrderByTmtMulai(Pegawai pegawai);

  /** Assignments of a kind on a jabatan that overlap [dari, sampai] (both inclusive). */
  @Query("""
      select p from PenugasanJabatan p join fetch p.pegawai
      where p.jabatan = :jabatan and p.jenis = :jenis and p.tmtMulai <= :sampai
        and (p.tmtSelesai is null or p.tmtSelesai >= :dari)
      order by p.tmtMulai""")
  List<PenugasanJabatan> findBertumpang(Jabatan jabatan, JenisPenugasan jenis, LocalDate dari,
      LocalDate sampai);

  /** Assignments of a pegawai still open on or after a date (not ended before it). */
  @Query("""
      select p from PenugasanJabatan p join fetch p.jabatan
      where p.pegawai = :pegawai and (p.tmtSelesai is null or p.tmtSelesai >= :tanggal)
      order by p.tmtMulai""")
  List<PenugasanJabatan> findTerbukaSejak(Pegawai pegawai, LocalDate tanggal);

  /** Every open assignment with its pegawai and jabatan, in one query (the register import). */
  @Query("""
      select p from PenugasanJabatan p join fetch p.pegawai join fetch p.jabatan
      where p.tmtSelesai is null""")
  List<PenugasanJabatan> findTerbuka();
}
