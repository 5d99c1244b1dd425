-- Snapshot of the ASN of one cycle start, in chunks of about 100 (one job each).
CREATE TABLE siklus_pegawai (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  siklus_id  BIGINT      NOT NULL,
  nip        VARCHAR(18) NOT NULL,
  chunk_ke   INT         NOT NULL,
  hasil      VARCHAR(20),
  CONSTRAINT uk_siklus_pegawai UNIQUE (siklus_id, nip),
  CONSTRAINT fk_siklus_pegawai_siklus FOREIGN KEY (siklus_id) REFERENCES siklus_kinerja (id)
);
CREATE INDEX ix_siklus_pegawai_chunk ON siklus_pegawai (siklus_id, chunk_ke);
