package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import java.time.LocalDate;

/** The outcome of one period of an SKP, as the annual assessment needs it (no rating yet: null). */
public record HasilPeriodik(int periodeKe, LocalDate tanggalMulai, LocalDate tanggalAkhir,
    Rating ratingHasilKerja, Rating ratingPerilaku, Predikat predikat) {}
