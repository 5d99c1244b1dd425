package id.go.langsakota.kinerja.organisasi;

/**
 * Personal data of a pegawai as BKPSDM enters it. The NIP is the identity (and Camunda user id)
 * and cannot be changed afterwards.
 */
public record DataPegawai(String nip, String nama, String gelarDepan, String gelarBelakang,
    JenisAsn jenisAsn, String pangkatGolongan, String email) {}
