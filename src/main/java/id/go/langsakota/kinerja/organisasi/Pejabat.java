package id.go.langsakota.kinerja.organisasi;

/**
 * Who fills a role on a date: the Camunda user id to assign tasks to, and what to show.
 *
 * @param idPengguna Camunda user id (the NIP for ASN; the login of the Wali Kota)
 * @param nip the NIP, or null for a pejabat negara
 * @param jabatanId the jabatan through which the person fills the role, null for the Wali Kota
 * @param plt true when the person only acts (pelaksana tugas) in that jabatan
 */
public record Pejabat(String idPengguna, String nip, String nama, Long jabatanId, String namaJabatan,
    boolean plt) {}
