package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.organisasi.OpdRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Perjanjian kinerja entries per OPD and year, maintained by BKPSDM (RHK links of OPD heads). */
@RestController
@RequestMapping("/api/perjanjian-kinerja")
@Tag(name = "Perjanjian kinerja")
public class PerjanjianKinerjaController {

  private final PerjanjianKinerjaRepository repository;
  private final OpdRepository opdRepository;

  public PerjanjianKinerjaController(PerjanjianKinerjaRepository repository, OpdRepository opdRepository) {
    this.repository = repository;
    this.opdRepository = opdRepository;
  }

  public record PerjanjianBaru(
      @NotBlank(message = "kodeOpd wajib diisi") String kodeOpd,
      @Min(value = 2020, message = "tahun minimal 2020") @Max(value = 2100, message = "tahun maksimal 2100") int tahun,
      @NotBlank(message = "sasaran wajib diisi") @Size(max = 1000, message = "sasaran maksimal 1000 karakter") String sasaran,
      @Size(max = 1000, message = "indikator maksimal 1000 karakter") String indikator) {}

  public record PerjanjianDto(Long id, String kodeOpd, int tahun, String sasaran, String indikator) {
    static PerjanjianDto dari(PerjanjianKinerja p) {
      return new PerjanjianDto(p.getId(), p.getKodeOpd(), p.getTahun(), p.getSasaran(), p.getIndikator());
    }
  }

  @Operation(summary = "Daftar sasaran perjanjian kinerja satu OPD pada satu tahun")
  @GetMapping
  public List<PerjanjianDto> daftar(@RequestParam String kodeOpd, @RequestParam int tahun) {
    return repository.findByKodeOpdAndTahunOrderById(kodeOpd, tahun).stream().map(PerjanjianDto::dari).toList();
  }

  @Operation(summary = "Tambah sasaran perjanjian kinerja OPD")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Transactional
  public PerjanjianDto tambah(@Valid @RequestBody PerjanjianBaru baru, Authentication auth) {
    if (opdRepository.findByKode(baru.kodeOpd().trim()).isEmpty()) {
      throw new IllegalArgumentException("Kode OPD '" + baru.kodeOpd() + "' tidak dikenal");
    }
    return PerjanjianDto.dari(repository.save(new PerjanjianKinerja(baru.kodeOpd().trim(), baru.tahun(),
        baru.sasaran().trim(), baru.indikator() == null ? null : baru.indikator().trim(),
        auth == null ? null : auth.getName())));
  }
}
