package id.go.langsakota.kinerja.keberatan;

import static id.go.langsakota.kinerja.teks.TeksAman.markdown;

import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.teks.TeksAman;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only views of an appeal: the texts the forms show, and the record the /api answers. */
@Service
@Transactional(readOnly = true)
public class TampilanKeberatanService {

  private final KeberatanService service;
  private final RegisterOrganisasiService register;

  public TampilanKeberatanService(KeberatanService service, RegisterOrganisasiService register) {
    this.service = service;
    this.register = register;
  }

  public record Langkah(String jenis, String label, String oleh, Instant pada, String uraian, String alasan) {}

  public record Penjelasan(String pihak, String dimintaKepada, String pertanyaan, String dimintaOleh,
      Instant dimintaPada, Instant batas, String status, String penjelasan, Instant dijawabPada) {}

  /** One appeal with every step: who, when, what, why. */
  public record RincianKeberatan(Long id, String nip, String nama, int tahun, String status, String hasil,
      String alasan, List<Long> buktiDukung, Instant diajukanPada, Instant batasPengajuan,
      Instant batasKeputusan, Instant dieskalasiPada, String dinilaiOleh,
      Rating ratingHasilKerjaAwal, Rating ratingPerilakuAwal, Predikat predikatAwal,
      Rating ratingHasilKerjaAkhir, String alasanHasilKerja, Rating ratingPerilakuAkhir, String alasanPerilaku,
      Predikat predikatAkhir, String diputuskanOleh, Instant diputuskanPada, Instant dibacaPada,
      List<Penjelasan> penjelasan, List<Langkah> langkah) {}

  public RincianKeberatan rincian(Long id) {
    return rincian(service.ambil(id));
  }

  RincianKeberatan rincian(Keberatan k) {
    return new RincianKeberatan(k.getId(), k.getNip(), nama(k.getNip()), k.getTahun(), k.getStatus().name(),
        k.hasil(), k.getAlasan(), k.daftarBuktiDukung(), k.getDiajukanPada(), k.getBatasPengajuan(),
        k.getBatasKeputusan(), k.getDieskalasiPada(), k.getDinilaiOleh(), k.getRatingHasilKerjaAwal(),
        k.getRatingPerilakuAwal(), k.getPredikatAwal(), k.getRatingHasilKerjaAkhir(), k.getAlasanHasilKerja(),
        k.getRatingPerilakuAkhir(), k.getAlasanPerilaku(), k.getPredikatAkhir(), k.getDiputuskanOleh(),
        k.getDiputuskanPada(), k.getDibacaPada(),
        service.penjelasan(k.getId()).stream().map(p -> new Penjelasan(p.getPihak().name(), p.getDimintaKepada(),
            p.getPertanyaan(), p.getDimintaOleh(), p.getDimintaPada(), p.getBatas(), p.getStatus().name(),
            p.getPenjelasan(), p.getDijawabPada())).toList(),
        service.langkah(k.getId()).stream().map(l -> new Langkah(l.getJenis().name(), l.getJenis().label(),
            l.getOleh(), l.getPada(), l.getUraian(), l.getAlasan())).toList());
  }

  String nama(String nip) {
    return register.profilPegawai(nip, LocalDate.now(id.go.langsakota.kinerja.config.Waktu.WIB))
        .map(p -> p.namaLengkap()).orElse(nip);
  }

  /** Markdown for putuskan-keberatan: the appeal, the evidence, the explanations and the steps so far. */
  public String ringkasan(Long id) {
    Keberatan k = service.ambil(id);
    StringBuilder s = new StringBuilder();
    s.append("**").append(markdown(nama(k.getNip()))).append("** (NIP ").append(k.getNip())
        .append("), hasil penilaian kinerja tahunan ").append(k.getTahun()).append(":\n\n")
        .append("| | |\n|---|---|\n")
        .append("| Rating hasil kerja | ").append(k.getRatingHasilKerjaAwal().label()).append(" |\n")
        .append("| Rating perilaku kerja | ").append(k.getRatingPerilakuAwal().label()).append(" |\n")
        .append("| Predikat | ").append(k.getPredikatAwal().label()).append(" |\n")
        .append("| Dinilai oleh | ").append(markdown(k.getDinilaiOleh() == null ? "-" : nama(k.getDinilaiOleh())))
        .append(" |\n| Diajukan | ").append(KeberatanService.wib(k.getDiajukanPada())).append(" |\n")
        .append("| Batas keputusan | ").append(KeberatanService.wib(k.getBatasKeputusan())).append(" |\n\n")
        .append("**Alasan keberatan:** ").append(markdown(k.getAlasan())).append("\n\n");
    if (!k.daftarBuktiDukung().isEmpty()) {
      s.append("**Bukti dukung:** ");
      s.append(String.join(", ", k.daftarBuktiDukung().stream()
          .map(b -> TeksAman.tautanMarkdown("berkas " + b, "/api/bukti-dukung/" + b)).toList()));
      s.append("\n\n");
    }
    List<PenjelasanKeberatan> penjelasan = service.penjelasan(id);
    for (PenjelasanKeberatan p : penjelasan) {
      s.append("**Penjelasan ").append(p.getPihak().label().toLowerCase()).append("** (diminta ")
          .append(KeberatanService.wib(p.getDimintaPada())).append("): ");
      switch (p.getStatus()) {
        case DIBERIKAN -> s.append(markdown(p.getPenjelasan()));
        case TERLAMBAT -> s.append("_tidak diberikan sampai batas ").append(KeberatanService.wib(p.getBatas()))
            .append("_");
        default -> s.append("_menunggu, batas ").append(KeberatanService.wib(p.getBatas())).append("_");
      }
      s.append("\n\n");
    }
    if (k.getDieskalasiPada() != null) {
      s.append("_Batas keputusan sudah lewat: BKPSDM dapat memutus keberatan ini._\n\n");
    }
    s.append("Keputusan Anda bersifat **final**. Pejabat penilai yang menilai tidak dapat memutus keberatan ini.");
    return s.toString();
  }

  /** Markdown for baca-keputusan-keberatan. */
  public String keputusan(Long id) {
    Keberatan k = service.ambil(id);
    return "Keberatan Anda atas hasil penilaian kinerja tahunan " + k.getTahun() + " telah diputuskan pada "
        + KeberatanService.wib(k.getDiputuskanPada()) + ". Keputusan ini **final**.\n\n"
        + "| | Semula | Keputusan |\n|---|---|---|\n"
        + "| Rating hasil kerja | " + k.getRatingHasilKerjaAwal().label() + " | "
        + k.getRatingHasilKerjaAkhir().label() + " |\n"
        + "| Rating perilaku kerja | " + k.getRatingPerilakuAwal().label() + " | "
        + k.getRatingPerilakuAkhir().label() + " |\n"
        + "| **Predikat** | " + k.getPredikatAwal().label() + " | **"
        + (k.getPredikatAkhir() == null ? "-" : k.getPredikatAkhir().label()) + "** |\n\n"
        + "**Alasan (hasil kerja):** " + markdown(k.getAlasanHasilKerja()) + "\n\n"
        + "**Alasan (perilaku kerja):** " + markdown(k.getAlasanPerilaku());
  }
}
