package id.go.langsakota.kinerja.keberatan;

import id.go.langsakota.kinerja.skp.SkpPegawaiProses;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appeals over /api: filing (the same checks as in Tasklist: it completes the ASN's own
 * terima-hasil-penilaian), reading (BKPSDM every appeal, the ASN their own) and BKPSDM's yearly
 * report as JSON and Excel.
 */
@RestController
@Tag(name = "Keberatan", description = "Keberatan ASN atas hasil penilaian kinerja tahunan final: pengajuan, "
    + "riwayat setiap langkah (siapa, kapan, apa, mengapa) dan laporan tahunan untuk BKPSDM.")
class KeberatanController {

  /** What an ASN sends to file: reasons and optional evidence ids (from /api/bukti-dukung). */
  record MasukanKeberatan(String alasan, List<Long> buktiDukung) {}

  private final KeberatanService service;
  private final TampilanKeberatanService tampilan;
  private final LaporanKeberatanService laporan;
  private final KeberatanRepository repository;
  private final TaskService tasks;
  private final IdentityService identity;

  KeberatanController(KeberatanService service, TampilanKeberatanService tampilan, LaporanKeberatanService laporan,
      KeberatanRepository repository, TaskService tasks, IdentityService identity) {
    this.service = service;
    this.tampilan = tampilan;
    this.laporan = laporan;
    this.repository = repository;
    this.tasks = tasks;
    this.identity = identity;
  }

  static boolean bkpsdm(Authentication auth) {
    return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_BKPSDM"));
  }

  @PostMapping("/api/keberatan/{tahun}")
  @Operation(summary = "Ajukan keberatan atas hasil penilaian tahunan final sendiri (ASN), dalam batas waktu "
      + "sejak hasil diterima; sama dengan memilih 'Ajukan keberatan' pada tugas Terima hasil penilaian")
  @ApiResponse(responseCode = "201", description = "Keberatan tercatat dan diteruskan")
  @ApiResponse(responseCode = "400", description = "Bukan hasil sendiri, belum final, terlambat, sudah diajukan, "
      + "alasan terlalu pendek atau bukti bukan milik sendiri; tidak ada yang dicatat")
  ResponseEntity<TampilanKeberatanService.RincianKeberatan> ajukan(@PathVariable int tahun,
      @RequestBody MasukanKeberatan body, Authentication auth) {
    String nip = auth.getName();
    Task terima = tasks.createTaskQuery().processInstanceBusinessKey(SkpPegawaiProses.businessKey(tahun, nip))
        .taskDefinitionKey(SkpPegawaiProses.TUGAS_TERIMA).taskAssignee(nip).singleResult();
    if (terima == null) {
      // No open result: say why with the service's own checks (twice, late, not final).
      repository.findByNipAndTahun(nip, tahun).ifPresent(k -> {
        throw new IsianTidakValidException("Keberatan atas hasil penilaian tahun " + tahun + " sudah diajukan pada "
            + KeberatanService.wib(k.getDiajukanPada()) + "; keberatan hanya dapat diajukan sekali");
      });
      throw new IsianTidakValidException("Tidak ada hasil penilaian tahunan " + tahun + " milik Anda yang menunggu "
          + "tanggapan: hasil belum final, sudah Anda terima, atau batas pengajuan keberatan sudah lewat");
    }
    Map<String, Object> v = new HashMap<>();
    v.put(SkpPegawaiProses.TANGGAPAN, SkpPegawaiProses.AJUKAN_KEBERATAN);
    v.put(SkpPegawaiProses.ALASAN_KEBERATAN, body == null ? null : body.alasan());
    v.put(SkpPegawaiProses.BUKTI_KEBERATAN, body == null || body.buktiDukung() == null ? null
        : String.join(",", body.buktiDukung().stream().map(String::valueOf).toList()));
    identity.setAuthenticatedUserId(nip);
    try {
      tasks.complete(terima.getId(), v);
    } catch (org.camunda.bpm.engine.ProcessEngineException e) {
      Throwable t = e;
      while (t != null && !(t instanceof IsianTidakValidException)) {
        t = t.getCause();
      }
      throw t != null ? (IsianTidakValidException) t : e;
    } finally {
      identity.clearAuthentication();
    }
    Keberatan k = service.ambil(nip, tahun);
    return ResponseEntity.status(201).body(tampilan.rincian(k.getId()));
  }

  @GetMapping("/api/keberatan/saya")
  @Operation(summary = "Keberatan saya (ASN), setiap langkahnya")
  List<TampilanKeberatanService.RincianKeberatan> saya(Authentication auth) {
    return repository.findByNipOrderByTahunDesc(auth.getName()).stream().map(tampilan::rincian).toList();
  }

  @GetMapping("/api/keberatan/{id}")
  @Operation(summary = "Satu keberatan dengan setiap langkah, penjelasan dan keputusan (BKPSDM; ASN pemiliknya)")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM dan bukan keberatan sendiri")
  @ApiResponse(responseCode = "404", description = "Keberatan tidak ditemukan")
  TampilanKeberatanService.RincianKeberatan satu(@PathVariable long id, Authentication auth) {
    Keberatan k = service.ambil(id);
    if (!bkpsdm(auth) && !auth.getName().equals(k.getNip())) {
      throw new AccessDeniedException("Keberatan ini hanya dapat dilihat oleh BKPSDM dan ASN yang mengajukannya");
    }
    return tampilan.rincian(k);
  }

  @GetMapping("/api/keberatan")
  @PreAuthorize("hasRole('BKPSDM')")
  @Operation(summary = "Semua keberatan satu tahun dengan setiap langkahnya (BKPSDM)")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM")
  List<TampilanKeberatanService.RincianKeberatan> daftar(@RequestParam int tahun) {
    return repository.findByTahunOrderById(tahun).stream().map(tampilan::rincian).toList();
  }

  @GetMapping("/api/laporan/keberatan/{tahun}")
  @PreAuthorize("hasRole('BKPSDM')")
  @Operation(summary = "Laporan keberatan satu tahun dengan hasilnya (tetap, diubah, dalam proses) (BKPSDM)")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM")
  LaporanKeberatanService.Laporan laporan(@PathVariable int tahun) {
    return laporan.laporan(tahun);
  }

  @GetMapping("/api/laporan/keberatan/{tahun}/excel")
  @PreAuthorize("hasRole('BKPSDM')")
  @Operation(summary = "Laporan keberatan satu tahun sebagai Excel (.xlsx) (BKPSDM)")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM")
  ResponseEntity<byte[]> excel(@PathVariable int tahun) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"laporan-keberatan-" + tahun + ".xlsx\"")
        .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(laporan.excel(tahun));
  }
}
