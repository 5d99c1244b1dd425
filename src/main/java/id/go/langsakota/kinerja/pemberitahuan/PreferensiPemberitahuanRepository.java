package id.go.langsakota.kinerja.pemberitahuan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PreferensiPemberitahuanRepository extends JpaRepository<PreferensiPemberitahuan, String> {}
