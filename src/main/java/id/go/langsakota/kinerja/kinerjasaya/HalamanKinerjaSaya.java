package id.go.langsakota.kinerja.kinerjasaya;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The "Kinerja saya" page and its Panduan are static files (static/kinerja-saya/: HTML, CSS,
 * plain JS, no build step) that read /api/kinerja-saya with the Tasklist session; this only maps
 * the folder's address to its index page.
 */
@Configuration
public class HalamanKinerjaSaya implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/kinerja-saya", "/kinerja-saya/");
    registry.addViewController("/kinerja-saya/").setViewName("forward:/kinerja-saya/index.html");
  }
}
