package id.go.langsakota.kinerja.pemantauan;

import id.go.langsakota.kinerja.kalibrasi.PredikatOrganisasi;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.pemantauan.KurvaPemantauanService.Kota;
import id.go.langsakota.kinerja.pemantauan.KurvaPemantauanService.Tahap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read-only summary for the Wali Kota and the Tim Penilai Kinerja: the city's final
 * distribution, per OPD its percentages and whether it breaks its pattern, and the follow-ups as
 * counts. No NIP of an ordinary ASN and no process instance link.
 */
@Service
@Transactional(readOnly = true)
public class RingkasanKotaService {

  public record OpdRingkas(String namaOpd, PredikatOrganisasi predikatOrganisasi, int jumlahDinilai,
      Map<Predikat, BigDecimal> persen, boolean melanggarPola) {}

  public record TindakLanjutRingkas(int keberatanTerbuka, int pelatihanDitetapkan, int pelatihanSelesai,
      int asnDiBawah20Jp, String penghargaanTahap, int pembinaanBerjalan) {}

  public record Ringkasan(int tahun, Kota kurva, List<OpdRingkas> perOpd, TindakLanjutRingkas tindakLanjut) {}

  private final KurvaPemantauanService kurva;
  private final TindakLanjutService tindakLanjut;

  public RingkasanKotaService(KurvaPemantauanService kurva, TindakLanjutService tindakLanjut) {
    this.kurva = kurva;
    this.tindakLanjut = tindakLanjut;
  }

  public Ringkasan ringkasan(FilterPemantauan f) {
    KurvaPemantauanService.Kurva k = kurva.kurva(f, Tahap.SETELAH_KEBERATAN);
    List<OpdRingkas> perOpd = k.baris().stream().map(b -> new OpdRingkas(b.namaOpd(), b.predikatOrganisasi(),
        b.jumlahDinilai(), b.persen(), b.melanggarPola())).toList();
    TindakLanjutService.Pelatihan p = tindakLanjut.pelatihan(f);
    TindakLanjutRingkas t = new TindakLanjutRingkas(tindakLanjut.keberatan(f, false).terbuka(),
        p.baris().stream().mapToInt(TindakLanjutService.BarisPelatihan::ditetapkan).sum(),
        p.baris().stream().mapToInt(TindakLanjutService.BarisPelatihan::selesai).sum(),
        p.baris().stream().mapToInt(TindakLanjutService.BarisPelatihan::asnDiBawah20Jp).sum(),
        tindakLanjut.penghargaan(f).tahap(), tindakLanjut.pembinaan(f, false).berjalan());
    return new Ringkasan(f.tahun(), k.kota(), perOpd, t);
  }
}
