package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every problem slug written in the sources names a {@link ProblemType}. */
class ProblemTypeTest {

  private static final Pattern SLUG =
      Pattern.compile("Problem\\.of\\(\\s*[^,()]+,\\s*\"([a-z0-9-]+)\"\\s*,");

  @Test
  void everySlugInTheSourcesIsAProblemType() throws IOException {
    List<String> slugs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = SLUG.matcher(Files.readString(f));
        while (m.find()) {
          slugs.add(m.group(1));
        }
      }
    }
    assertThat(slugs).hasSizeGreaterThan(50);
    List<String> known = Stream.of(ProblemType.values()).map(ProblemType::slug).toList();
    assertThat(known).containsAll(slugs);
  }

  @Test
  void theTypeIsAnsweredAsItsUri() {
    assertThat(ProblemType.REFUSED.uri()).isEqualTo("/problems/refused");
    assertThat(ProblemType.ofSlug("unknown-rule")).isEqualTo(ProblemType.UNKNOWN_RULE);
  }
}
