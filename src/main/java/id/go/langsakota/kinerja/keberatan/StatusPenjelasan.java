package id.go.langsakota.kinerja.keberatan;

public enum StatusPenjelasan {
  MENUNGGU, DIBERIKAN, TERLAMBAT
}
