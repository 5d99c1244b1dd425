package id.go.langsakota.kinerja.pengaturan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PengaturanRepository extends JpaRepository<Pengaturan, String> {}
