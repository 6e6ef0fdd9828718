package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page shell's import map (three.js for the 3D view) is the one inline script the content
 * security policy allows, by hash; the map names files that are shipped.
 */
class ImportMapPolicyTest {

  private static final Pattern IMPORT_MAP =
      Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL);

  private static String resource(String path) throws IOException {
    try (InputStream in = ImportMapPolicyTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void policyAllowsExactlyTheShellsImportMap() throws IOException, NoSuchAlgorithmException {
    Matcher map = IMPORT_MAP.matcher(resource(WebPages.SHELL));
    assertThat(map.find()).as("import map in the shell").isTrue();
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(map.group(1).getBytes(StandardCharsets.UTF_8));
    String hash = "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    assertThat(SecurityHeaders.IMPORT_MAP_HASH).isEqualTo(hash);
    assertThat(SecurityHeaders.POLICY).contains("script-src 'self' " + hash);
  }

  @Test
  void importMapNamesVendoredFiles() throws IOException {
    Matcher map = IMPORT_MAP.matcher(resource(WebPages.SHELL));
    assertThat(map.find()).isTrue();
    Matcher paths = Pattern.compile("\"(/vendor/[^\"]+)\"").matcher(map.group(1));
    int found = 0;
    while (paths.find()) {
      String path = paths.group(1);
      String file = path.endsWith("/") ? path + "controls/OrbitControls.js" : path;
      assertThat(ImportMapPolicyTest.class.getResource("/web" + file)).as(file).isNotNull();
      found++;
    }
    assertThat(found).isEqualTo(2);
  }
}
