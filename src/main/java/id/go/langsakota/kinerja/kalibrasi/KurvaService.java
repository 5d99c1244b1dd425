package id.go.langsakota.kinerja.kalibrasi;

import id.go.langsakota.kinerja.kalibrasi.PemeriksaKurva.HasilPemeriksaan;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.kosakata.Predikat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current distribution of annual predikat of one OPD for a year against the pattern of its
 * Predikat Kinerja Organisasi. Counted: every SKP of the year whose holder sat (definitively) in
 * the OPD on the SKP's last day and has an annual predikat, except the head of the OPD (rated by
 * the Sekda / Wali Kota, see docs/kurva-distribusi.md). Not yet rated SKPs are listed, not counted.
 */
@Service
@Transactional(readOnly = true)
public class KurvaService {

  public record Pegawai(String nip, String nama, Predikat predikat, String labelPredikat) {}

  public record TidakDihitung(String nip, String nama, Predikat predikat, String alasan) {}

  /**
   * @param pemeriksaan null while the organisation predikat is not decided
   */
  public record Kurva(String kodeOpd, int tahun, PredikatOrganisasi predikatOrganisasi,
      List<String> pola, HasilPemeriksaan pemeriksaan, String catatan, List<Pegawai> dihitung,
      List<Pegawai> belumDinilai, List<TidakDihitung> tidakDihitung) {}

  static final String ALASAN_KEPALA = "Kepala OPD: dinilai Sekretaris Daerah / Wali Kota, tidak dihitung "
      + "dalam kurva OPD yang dipimpinnya";

  private final AnggotaKurvaRepository anggotaRepository;
  private final PredikatOrganisasiService predikatOrganisasi;
  private final PolaKurvaService pola;
  private final PengaturanService pengaturan;

  public KurvaService(AnggotaKurvaRepository anggotaRepository, PredikatOrganisasiService predikatOrganisasi,
      PolaKurvaService pola, PengaturanService pengaturan) {
    this.anggotaRepository = anggotaRepository;
    this.predikatOrganisasi = predikatOrganisasi;
    this.pola = pola;
    this.pengaturan = pengaturan;
  }

  public Kurva kurva(int tahun, String kodeOpd) {
    predikatOrganisasi.pastikanOpdAda(kodeOpd);
    Map<String, AnggotaKurva> perNip = new LinkedHashMap<>();
    anggotaRepository.findByTahunAndKodeOpd(tahun, kodeOpd).forEach(a -> perNip.putIfAbsent(a.nip(), a));
    List<Pegawai> dihitung = new ArrayList<>();
    List<Pegawai> belum = new ArrayList<>();
    List<TidakDihitung> tidak = new ArrayList<>();
    for (AnggotaKurva a : perNip.values()) {
      if (a.kepalaOpd()) {
        tidak.add(new TidakDihitung(a.nip(), a.nama(), a.predikatTahunan(), ALASAN_KEPALA));
      } else if (a.predikatTahunan() == null) {
        belum.add(new Pegawai(a.nip(), a.nama(), null, null));
      } else {
        dihitung.add(new Pegawai(a.nip(), a.nama(), a.predikatTahunan(), a.predikatTahunan().label()));
      }
    }
    PredikatOrganisasi org = predikatOrganisasi.predikat(tahun, kodeOpd).orElse(null);
    if (org == null) {
      return new Kurva(kodeOpd, tahun, null, List.of(), null,
          "Predikat kinerja organisasi OPD ini untuk tahun " + tahun + " belum ditetapkan: kurva belum dapat diperiksa.",
          dihitung, belum, tidak);
    }
    List<AturanKurva> aturan = pola.pola(org);
    HasilPemeriksaan hasil = new PemeriksaKurva(pengaturan.bilangan(KunciPengaturan.KURVA_JUMLAH_MINIMAL))
        .periksa(org, aturan, dihitung.stream().map(Pegawai::predikat).toList());
    String catatan = belum.isEmpty() ? hasil.catatan()
        : hasil.catatan() + " " + belum.size() + " SKP belum dinilai dan belum dihitung.";
    return new Kurva(kodeOpd, tahun, org, aturan.stream().map(AturanKurva::uraian).toList(), hasil, catatan,
        dihitung, belum, tidak);
  }
}
