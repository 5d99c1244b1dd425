package id.go.langsakota.kinerja.pembinaan;

public enum StatusRencana { DIAJUKAN, DIKEMBALIKAN, DISETUJUI }
