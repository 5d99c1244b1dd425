-- A pembinaan plan may include one training from the catalogue (issue 9: "a pembinaan plan usually
-- includes training"). The chosen entry is kept on each plan version; when the ASN agrees the plan,
-- process pembinaan-kinerja opens one training need (pemicu PEMBINAAN) for the same ASN and starts
-- pengembangan-kompetensi for it. kebutuhan_pelatihan.pembinaan_id links the need back to the
-- pembinaan; the unique index is what makes the start idempotent (a retried job, a second request)
-- also under concurrency (NULLs do not collide in H2 nor MySQL). katalog_diminta_id is the entry the
-- plan chose: the proposals put it first. Written for both H2 and MySQL 8 / MariaDB 10.11.
ALTER TABLE rencana_pembinaan ADD COLUMN katalog_pelatihan_id BIGINT;
ALTER TABLE rencana_pembinaan ADD CONSTRAINT fk_rencana_pembinaan_katalog
  FOREIGN KEY (katalog_pelatihan_id) REFERENCES katalog_pelatihan (id);

ALTER TABLE kebutuhan_pelatihan ADD COLUMN pembinaan_id BIGINT;
ALTER TABLE kebutuhan_pelatihan ADD COLUMN katalog_diminta_id BIGINT;
ALTER TABLE kebutuhan_pelatihan ADD CONSTRAINT fk_kebutuhan_pelatihan_pembinaan
  FOREIGN KEY (pembinaan_id) REFERENCES pembinaan_kinerja (id);
ALTER TABLE kebutuhan_pelatihan ADD CONSTRAINT fk_kebutuhan_pelatihan_katalog_diminta
  FOREIGN KEY (katalog_diminta_id) REFERENCES katalog_pelatihan (id);
CREATE UNIQUE INDEX uk_kebutuhan_pelatihan_pembinaan ON kebutuhan_pelatihan (pembinaan_id);
