package id.go.langsakota.kinerja.siklus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** BKPSDM's side of the annual cycle outside Tasklist: mid-year joiners and cycle results. */
@RestController
@RequestMapping("/api/siklus")
@Tag(name = "Siklus kinerja")
public class SiklusController {

  private final SiklusService siklusService;
  private final SiklusKinerjaRepository siklusRepository;

  public SiklusController(SiklusService siklusService, SiklusKinerjaRepository siklusRepository) {
    this.siklusService = siklusService;
    this.siklusRepository = siklusRepository;
  }

  /** Optional body; tanggalMulai (yyyy-MM-dd) defaults to the TMT of the jabatan held. */
  public record PermintaanTambah(LocalDate tanggalMulai, String jenisPeriode) {}

  @Operation(summary = "Mulai SKP tahun berjalan untuk satu ASN yang bergabung di tengah tahun")
  @PostMapping("/{tahun}/pegawai/{nip}")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  public SiklusService.HasilTambah tambahPegawai(@PathVariable int tahun, @PathVariable String nip,
      @RequestBody(required = false) PermintaanTambah body) {
    return siklusService.tambahPegawai(tahun, nip, body == null ? null : body.tanggalMulai(),
        body == null ? null : body.jenisPeriode());
  }

  @Operation(summary = "Pilihan OPD untuk memulai siklus",
      description = "OPD aktif urut nama, masing-masing dengan jumlah ASN aktif yang akan mendapat SKP "
          + "bila siklus dimulai hari ini (dipakai formulir mulai siklus di Tasklist).")
  @GetMapping("/opd")
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  public List<SiklusService.OpdSiklus> pilihanOpd() {
    return siklusService.daftarOpd();
  }

  @Operation(summary = "Daftar siklus yang dimulai pada satu tahun beserta hasilnya")
  @GetMapping("/{tahun}")
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  public List<SiklusKinerja> daftar(@PathVariable int tahun) {
    return siklusRepository.findByTahunOrderById(tahun);
  }
}
