package id.go.langsakota.kinerja.kompetensi;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.organisasi.JenisPenugasan;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the JP report: every ASN with a definitive jabatan on the reference date (31 December,
 * or today in the running year), their verified JP in the year, those below the entitlement,
 * per OPD. Three queries for the whole city, whatever its size.
 */
@Service
@Transactional(readOnly = true)
public class LaporanJpService {

  private final EntityManager em;
  private final PengembanganKompetensiService pengembangan;

  public LaporanJpService(EntityManager em, PengembanganKompetensiService pengembangan) {
    this.em = em;
    this.pengembangan = pengembangan;
  }

  /**
   * @param lingkup NIPs the caller may see; null = everyone (BKPSDM)
   * @param kodeOpd only this OPD when not null
   * @param hanyaKurang only the ASN below the entitlement
   */
  public LaporanJp laporan(int tahun, Set<String> lingkup, String kodeOpd, boolean hanyaKurang) {
    if (tahun < 2000 || tahun > 2100) {
      throw new IllegalArgumentException("Tahun " + tahun + " tidak sah");
    }
    LocalDate hariIni = LocalDate.now(Waktu.WIB);
    LocalDate acuan = tahun == hariIni.getYear() ? hariIni : LocalDate.of(tahun, 12, 31);
    int minimal = pengembangan.jpMinimal();
    Map<String, Integer> jp = pengembangan.jpTerverifikasiPerNip(tahun);

    List<Object[]> baris = em.createQuery("""
        select pg, j.nama, o.kode, o.nama from PenugasanJabatan p
          join p.pegawai pg join p.jabatan j join j.unitKerja u join u.opd o
        where p.jenis = :definitif and p.tmtMulai <= :acuan
          and (p.tmtSelesai is null or p.tmtSelesai >= :acuan)
        order by o.kode, pg.nama, pg.nip""", Object[].class)
        .setParameter("definitif", JenisPenugasan.DEFINITIF)
        .setParameter("acuan", acuan)
        .getResultList();

    Map<String, String> namaOpd = new TreeMap<>();
    Map<String, List<LaporanJp.Pegawai>> perOpd = new TreeMap<>();
    Map<String, Boolean> sudah = new LinkedHashMap<>();
    for (Object[] r : baris) {
      Pegawai pg = (Pegawai) r[0];
      String kode = (String) r[2];
      if (!pg.aktifPada(acuan) || sudah.putIfAbsent(pg.getNip(), true) != null) {
        continue; // retired, or a second definitive row in bad data: counted once
      }
      if (lingkup != null && !lingkup.contains(pg.getNip())) {
        continue;
      }
      if (kodeOpd != null && !kodeOpd.equals(kode)) {
        continue;
      }
      int nilai = jp.getOrDefault(pg.getNip(), 0);
      int kekurangan = Math.max(0, minimal - nilai);
      namaOpd.put(kode, (String) r[3]);
      perOpd.computeIfAbsent(kode, k -> new ArrayList<>()).add(new LaporanJp.Pegawai(pg.getNip(),
          pg.getNamaLengkap(), (String) r[1], nilai, kekurangan, kekurangan > 0));
    }
    List<LaporanJp.Opd> opd = new ArrayList<>();
    int jumlah = 0;
    int kurang = 0;
    for (var e : perOpd.entrySet()) {
      List<LaporanJp.Pegawai> semua = e.getValue();
      int jumlahKurang = (int) semua.stream().filter(LaporanJp.Pegawai::kurang).count();
      int total = semua.stream().mapToInt(LaporanJp.Pegawai::jpTerverifikasi).sum();
      List<LaporanJp.Pegawai> tampil = semua.stream()
          .filter(p -> !hanyaKurang || p.kurang())
          .sorted(Comparator.comparingInt(LaporanJp.Pegawai::jpTerverifikasi)
              .thenComparing(LaporanJp.Pegawai::nama).thenComparing(LaporanJp.Pegawai::nip))
          .toList();
      if (hanyaKurang && tampil.isEmpty()) {
        continue;
      }
      opd.add(new LaporanJp.Opd(e.getKey(), namaOpd.get(e.getKey()), semua.size(), jumlahKurang, total, tampil));
      jumlah += semua.size();
      kurang += jumlahKurang;
    }
    return new LaporanJp(tahun, acuan, minimal, jumlah, kurang, opd);
  }
}
