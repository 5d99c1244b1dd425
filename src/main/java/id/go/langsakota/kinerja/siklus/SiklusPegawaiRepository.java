package id.go.langsakota.kinerja.siklus;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SiklusPegawaiRepository extends JpaRepository<SiklusPegawai, Long> {

  List<SiklusPegawai> findBySiklusIdAndChunkKeOrderByNip(Long siklusId, int chunkKe);

  long countBySiklusIdAndHasil(Long siklusId, String hasil);

  long countBySiklusId(Long siklusId);

  /** Every active ASN (the cycle for all OPD). */
  @Query("select p.nip from Pegawai p where p.status = id.go.langsakota.kinerja.organisasi.StatusPegawai.AKTIF order by p.nip")
  List<String> nipAktif();

  /** Active ASN holding a definitive jabatan in one of the OPD on the date. */
  @Query("""
      select distinct p.pegawai.nip from PenugasanJabatan p
      where p.jenis = id.go.langsakota.kinerja.organisasi.JenisPenugasan.DEFINITIF
        and p.tmtMulai <= :tanggal and (p.tmtSelesai is null or p.tmtSelesai >= :tanggal)
        and p.pegawai.status = id.go.langsakota.kinerja.organisasi.StatusPegawai.AKTIF
        and p.jabatan.unitKerja.opd.kode in :kodeOpd
      order by p.pegawai.nip""")
  List<String> nipAktifDiOpd(Collection<String> kodeOpd, LocalDate tanggal);

  /** [kode OPD, number of active ASN with a definitive jabatan there on the date]. */
  @Query("""
      select p.jabatan.unitKerja.opd.kode, count(distinct p.pegawai.nip) from PenugasanJabatan p
      where p.jenis = id.go.langsakota.kinerja.organisasi.JenisPenugasan.DEFINITIF
        and p.tmtMulai <= :tanggal and (p.tmtSelesai is null or p.tmtSelesai >= :tanggal)
        and p.pegawai.status = id.go.langsakota.kinerja.organisasi.StatusPegawai.AKTIF
      group by p.jabatan.unitKerja.opd.kode""")
  List<Object[]> jumlahAsnAktifPerOpd(LocalDate tanggal);
}
