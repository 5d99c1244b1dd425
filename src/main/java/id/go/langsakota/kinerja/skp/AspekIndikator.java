package id.go.langsakota.kinerja.skp;

public enum AspekIndikator {
  KUANTITAS, KUALITAS, WAKTU
}
