package id.go.langsakota.kinerja.impor;

import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The one read the import needs beyond findAll(): every open assignment, in one query. */
interface PenugasanTerbukaRepository extends Repository<PenugasanJabatan, Long> {

  @Query("""
      select p from PenugasanJabatan p join fetch p.pegawai join fetch p.jabatan
      where p.tmtSelesai is null""")
  List<PenugasanJabatan> findTerbuka();
}
