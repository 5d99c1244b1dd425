package id.go.langsakota.kinerja.pemberitahuan;

/** A composed message: subject, plain text and HTML (every user value escaped). */
public record Pesan(String judul, String teks, String html) {}
