package id.go.langsakota.kinerja.kalibrasi;

/** Direction of a rule of the distribution pattern. */
public enum BatasAturan {
  /** The group may hold at most floor(persen · n / 100) people. */
  PALING_BANYAK,
  /** The group must hold at least max(ceil(persen · n / 100), minimalOrang) people. */
  PALING_SEDIKIT
}
