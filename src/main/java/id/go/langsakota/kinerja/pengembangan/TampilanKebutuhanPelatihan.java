package id.go.langsakota.kinerja.pengembangan;

import id.go.langsakota.kinerja.kompetensi.KatalogPelatihan;
import id.go.langsakota.kinerja.kompetensi.KatalogPelatihanRepository;
import id.go.langsakota.kinerja.teks.TeksAman;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The Markdown summaries the three task forms show, and the task names (ASN and training). */
@Component
@Transactional(readOnly = true)
public class TampilanKebutuhanPelatihan {

  private final KebutuhanPelatihanService service;
  private final KatalogPelatihanRepository katalog;

  public TampilanKebutuhanPelatihan(KebutuhanPelatihanService service, KatalogPelatihanRepository katalog) {
    this.service = service;
    this.katalog = katalog;
  }

  public String asn(KebutuhanPelatihan k) {
    return service.namaPegawai(k.getNip()) + " (" + k.getNip() + ")";
  }

  public String namaTugasTetapkan(KebutuhanPelatihan k) {
    return "Tetapkan pelatihan untuk " + asn(k);
  }

  public String namaTugasLaporkan(KebutuhanPelatihan k) {
    return "Unggah sertifikat " + service.namaPelatihan(k.getKatalogId()) + " — " + asn(k);
  }

  public String namaTugasVerifikasi(KebutuhanPelatihan k) {
    return "Verifikasi sertifikat " + service.namaPelatihan(k.getKatalogId()) + " — " + asn(k);
  }

  /** For the assigner: the need, and the ranked proposals with their reasons. */
  public String ringkasanPenetapan(KebutuhanPelatihan k) {
    StringBuilder s = new StringBuilder();
    s.append("**ASN:** ").append(TeksAman.markdown(asn(k))).append("  \n")
        .append("**Tahun:** ").append(k.getTahun()).append("  \n")
        .append("**Pemicu:** ").append(k.getPemicu().label()).append("  \n")
        .append("**Kesenjangan kompetensi:** ").append(TeksAman.markdown(k.getKesenjangan())).append("\n\n");
    List<UsulanPelatihan> usulan = service.usulan(k.getId());
    if (usulan.isEmpty()) {
      s.append("Tidak ada usulan dari katalog; pilih pelatihan dari daftar.\n");
    } else {
      s.append("**Usulan dari katalog (terbaik lebih dulu):**\n\n");
      for (UsulanPelatihan u : usulan) {
        KatalogPelatihan c = katalog.findById(u.getKatalogId()).orElse(null);
        s.append(u.getPeringkat()).append(". ")
            .append(c == null ? "-" : TeksAman.markdown(KebutuhanPelatihanService.label(c)))
            .append(" — skor ").append(u.getSkor()).append(": ").append(TeksAman.markdown(u.getAlasan())).append("\n");
      }
    }
    if (k.getPenetapNip() != null) {
      s.append("\nUsulan teratas berupa coaching/mentoring, maka Anda sebagai pejabat penilai yang menetapkannya.");
    }
    return s.toString();
  }

  /** For the ASN and the verifier: the assigned training, its schedule, deadline and history. */
  public String ringkasanPelatihan(KebutuhanPelatihan k) {
    StringBuilder s = new StringBuilder();
    s.append("**ASN:** ").append(TeksAman.markdown(asn(k))).append("  \n")
        .append("**Pelatihan:** ").append(TeksAman.markdown(service.namaPelatihan(k.getKatalogId()))).append("  \n")
        .append("**Jadwal:** ").append(k.getTanggalMulai()).append(" s.d. ").append(k.getTanggalSelesai()).append("  \n")
        .append("**Batas unggah sertifikat:** ").append(k.getBatasLapor())
        .append(k.getTerlambatPada() != null ? " (**sudah lewat**)" : "").append("  \n")
        .append("**Alasan:** ").append(k.getPemicu().label()).append(" — ").append(TeksAman.markdown(k.getKesenjangan()))
        .append("\n\n**Riwayat:**\n\n");
    for (LangkahKebutuhanPelatihan l : service.riwayat(k.getId())) {
      s.append("- ").append(KebutuhanPelatihanService.wib(l.getPada())).append(" — ").append(l.getJenis().label())
          .append(l.getOleh() == null ? "" : " oleh " + l.getOleh())
          .append(l.getCatatan() == null ? "" : ": " + TeksAman.markdown(l.getCatatan())).append("\n");
    }
    return s.toString();
  }
}
