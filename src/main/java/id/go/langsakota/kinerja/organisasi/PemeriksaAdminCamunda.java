package id.go.langsakota.kinerja.organisasi;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * An administrator is who holds role ADMIN in the register or is a member of the Camunda group
 * {@code camunda-admin} (the configured admin user and accounts made in Camunda Admin).
 */
@Component
class PemeriksaAdminCamunda implements PemeriksaAdmin {

  private final PeranPenggunaRepository peranRepository;
  private final IdentityService identityService;

  PemeriksaAdminCamunda(PeranPenggunaRepository peranRepository, IdentityService identityService) {
    this.peranRepository = peranRepository;
    this.identityService = identityService;
  }

  @Override
  public boolean adalahAdmin(String idPengguna) {
    return peranRepository.existsByIdPenggunaAndPeran(idPengguna, Peran.ADMIN)
        || identityService.createUserQuery().userId(idPengguna)
            .memberOfGroup(Peran.ADMIN.grupCamunda()).count() > 0;
  }
}
