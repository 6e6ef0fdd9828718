package dev.atelier.server.saved;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.atelier.server.testing.BrowserFixture;
import dev.atelier.server.testing.Chromium;
import dev.atelier.server.testing.ConfiguratorPage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The placed image survives saving: a shopper uploads a picture onto the sneakers' tongue, saves
 * the design, reloads the page (the draft) and opens the saved design: the image is there, at its
 * place; someone else opens the share link in a fresh browser context and sees it too, as an upload
 * of their own (the same content hash). Screenshots: {@code target/screenshots/saved-artwork/}.
 */
@Tag("slow")
class BrowserSavedArtworkTest {

  @RegisterExtension static final BrowserFixture browser = new BrowserFixture();

  @Test
  void aSavedDesignAndItsShareLinkKeepThePlacedImage() throws IOException {
    Path picture =
        Files.createDirectories(Path.of("target", "surface-fixtures")).resolve("logo.png");
    ImageIO.write(stripes(240, 300), "png", picture.toFile());

    Page page = browser.page(1280, 800);
    ConfiguratorPage sneakers = new ConfiguratorPage(page).open(browser.url("/p/sneakers"));
    page.locator("#surface-tongue").scrollIntoViewIfNeeded();
    page.locator("#upload-tongue").setInputFiles(picture);
    sneakers.idle();
    Locator image = page.locator("#art-image-tongue");
    assertThat(image).isVisible();
    String upload = href(image);
    String placed = image.getAttribute("aria-label");
    assertThat(placed).contains("30 × 40 mm at 5, 5 mm");
    String link = sneakers.save();
    assertThat(link).contains("/d/");

    // A reload brings the draft back with its image.
    page.reload();
    sneakers.idle();
    image.scrollIntoViewIfNeeded();
    assertThat(image).isVisible();
    assertThat(image).hasAttribute("aria-label", placed);
    shot(page, image, "1-reloaded");

    // The saved design opens with its image where it was placed.
    sneakers.open(link);
    image.scrollIntoViewIfNeeded();
    assertThat(image).isVisible();
    assertThat(image).hasAttribute("aria-label", placed);
    assertThat(href(image)).isEqualTo(upload);
    shot(page, image, "2-saved-design");
    page.context().close();

    // Someone else, in a fresh context: the image is there, now an upload of theirs.
    Page other = browser.page(1280, 800);
    ConfiguratorPage shared = new ConfiguratorPage(other).open(link);
    Locator theirs = other.locator("#art-image-tongue");
    theirs.scrollIntoViewIfNeeded();
    assertThat(theirs).isVisible();
    assertThat(theirs).hasAttribute("aria-label", placed);
    assertThat(href(theirs)).isEqualTo(upload);
    assertThat(other.request().get(browser.url("/api/uploads/" + upload)).status()).isEqualTo(200);
    assertThat(shared.page.locator("#saved-banner")).isVisible();
    shot(other, theirs, "3-shared-link");
    other.context().close();
  }

  private static String href(Locator image) {
    return image.locator("image").getAttribute("href").replaceAll(".*/", "");
  }

  /** Flat artwork: three vertical stripes, red, white and blue. */
  private static BufferedImage stripes(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int[] colours = {0xc62828, 0xffffff, 0x1565c0};
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, colours[x * 3 / width]);
      }
    }
    return image;
  }

  private static void shot(Page page, Locator image, String name) {
    Chromium.screenshot(page, "saved-artwork/" + name);
    Path surface = Chromium.SCREENSHOTS.resolve("saved-artwork").resolve(name + "-surface.png");
    page.locator("#surface-tongue").screenshot(new Locator.ScreenshotOptions().setPath(surface));
    assertThat(image).isVisible();
  }
}
