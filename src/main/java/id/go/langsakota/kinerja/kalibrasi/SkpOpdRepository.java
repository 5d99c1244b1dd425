package id.go.langsakota.kinerja.kalibrasi;

import id.go.langsakota.kinerja.skp.Skp;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The SKPs of an OPD for kalibrasi-kurva: same membership rule as {@link AnggotaKurvaRepository}
 * (definitive jabatan in the OPD on the SKP's last day), with the ratings and the final mark.
 */
public interface SkpOpdRepository extends Repository<Skp, Long> {

  @Query("""
      select new id.go.langsakota.kinerja.kalibrasi.SkpOpd(s.id, s.nip, pg.nama, s.predikatTahunan,
        s.ratingHasilKerjaTahunan, s.ratingPerilakuTahunan, s.tanggalPredikatFinal, j.kepalaOpd)
      from Skp s, PenugasanJabatan p join p.pegawai pg join p.jabatan j join j.unitKerja u join u.opd o
      where s.tahun = :tahun and pg.nip = s.nip and o.kode = :kodeOpd
        and p.jenis = id.go.langsakota.kinerja.organisasi.JenisPenugasan.DEFINITIF
        and p.tmtMulai <= s.tanggalSelesai and (p.tmtSelesai is null or p.tmtSelesai >= s.tanggalSelesai)
      order by s.nip""")
  List<SkpOpd> findByTahunAndKodeOpd(int tahun, String kodeOpd);

  @Query("""
      select o.kode from Skp s, PenugasanJabatan p join p.pegawai pg join p.jabatan j join j.unitKerja u join u.opd o
      where s.id = :skpId and pg.nip = s.nip
        and p.jenis = id.go.langsakota.kinerja.organisasi.JenisPenugasan.DEFINITIF
        and p.tmtMulai <= s.tanggalSelesai and (p.tmtSelesai is null or p.tmtSelesai >= s.tanggalSelesai)""")
  List<String> opdSkp(Long skpId);
}
