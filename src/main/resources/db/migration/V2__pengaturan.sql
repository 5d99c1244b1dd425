-- Settings that BKPSDM (process owner) may change without a redeploy: thresholds, deadlines, period kind.
CREATE TABLE pengaturan (
  kunci         VARCHAR(100) PRIMARY KEY,
  nilai         VARCHAR(500) NOT NULL,
  diubah_oleh   VARCHAR(64),
  diubah_pada   TIMESTAMP
);
