package id.go.langsakota.kinerja.kalibrasi;

import id.go.langsakota.kinerja.skp.Skp;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The SKPs of a year whose holder held a definitive jabatan in the OPD on the SKP's last day
 * (a Plt counts where their own definitive jabatan is, as they are rated on it).
 */
public interface AnggotaKurvaRepository extends Repository<Skp, Long> {

  @Query("""
      select new id.go.langsakota.kinerja.kalibrasi.AnggotaKurva(s.nip, pg.nama, s.predikatTahunan, j.kepalaOpd)
      from Skp s, PenugasanJabatan p join p.pegawai pg join p.jabatan j join j.unitKerja u join u.opd o
      where s.tahun = :tahun and pg.nip = s.nip and o.kode = :kodeOpd
        and p.jenis = id.go.langsakota.kinerja.organisasi.JenisPenugasan.DEFINITIF
        and p.tmtMulai <= s.tanggalSelesai and (p.tmtSelesai is null or p.tmtSelesai >= s.tanggalSelesai)
      order by s.nip""")
  List<AnggotaKurva> findByTahunAndKodeOpd(int tahun, String kodeOpd);
}
