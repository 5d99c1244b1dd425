package id.go.langsakota.kinerja.kalibrasi;

import id.go.langsakota.kinerja.kosakata.Predikat;

/** An SKP of the year whose holder sat in the OPD on the SKP's last day. */
public record AnggotaKurva(String nip, String nama, Predikat predikatTahunan, boolean kepalaOpd) {}
