package id.go.langsakota.kinerja.pemberitahuan;

/** How a user wants their notices: each at once, or one digest a day. */
public enum ModePemberitahuan { SEGERA, RINGKASAN_HARIAN }
