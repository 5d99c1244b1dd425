package id.go.langsakota.kinerja.organisasi;

import java.time.LocalDate;
import java.util.List;

/**
 * A pegawai as the register knows them on a date: personal data, the definitive jabatan (null
 * when none), Plt roles, and the whole assignment history (oldest first).
 */
public record ProfilPegawai(String nip, String nama, String namaLengkap, String gelarDepan,
    String gelarBelakang, JenisAsn jenisAsn, String pangkatGolongan, String email,
    StatusPegawai status, LocalDate tanggalBerhenti, PenugasanInfo jabatanSekarang,
    List<PenugasanInfo> pltSekarang, List<PenugasanInfo> riwayatJabatan) {}
