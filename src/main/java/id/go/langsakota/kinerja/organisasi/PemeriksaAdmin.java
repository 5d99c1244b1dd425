package id.go.langsakota.kinerja.organisasi;

/**
 * Whether a user is an administrator, so that roles of an administrator are changed only by an
 * administrator (no escalation and no demotion of an admin by BKPSDM).
 */
@FunctionalInterface
public interface PemeriksaAdmin {

  boolean adalahAdmin(String idPengguna);
}
