package dev.atelier.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks that a page shown in German shows no English UI text: no fragment of an English UI string
 * (between its placeholders, at least four characters, nowhere in the German strings) appears in
 * the page's text.
 */
public final class GermanPages {

  private static final List<String> ENGLISH = englishFragments();

  private GermanPages() {}

  /** Asserts that page's visible text holds no English UI fragment and none of {@code words}. */
  public static void assertNoEnglish(Page page, List<String> words) {
    // Without email addresses: the account bar names the signed-in account ("staff-…@…").
    String text = ((String) page.evaluate("document.body.innerText")).replaceAll("\\S+@\\S+", "");
    List<String> found = new ArrayList<>();
    for (String fragment : ENGLISH) {
      if (Pattern.compile("\\b" + Pattern.quote(fragment) + "\\b").matcher(text).find()) {
        found.add(fragment);
      }
    }
    for (String word : words) {
      if (Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).find()) {
        found.add(word);
      }
    }
    assertThat(found).as("English on the German page %s:%n%s", page.url(), text).isEmpty();
  }

  private static List<String> englishFragments() {
    JsonNode en = dictionary("en");
    JsonNode de = dictionary("de");
    // Words German shares with English ("Design", "Status") are no sign of English.
    StringBuilder german = new StringBuilder();
    de.properties().forEach(e -> german.append(e.getValue().asText()).append('\n'));
    List<String> fragments = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : en.properties()) {
      for (String part : e.getValue().asText().split("\\{[^}]*\\}")) {
        // Trimmed to letters or digits at both ends, so a fragment is looked for as whole words.
        String fragment = part.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        if (fragment.length() >= 4
            && fragment.chars().anyMatch(Character::isLetter)
            && german.indexOf(fragment) < 0
            && !fragments.contains(fragment)) {
          fragments.add(fragment);
        }
      }
    }
    return List.copyOf(fragments);
  }

  private static JsonNode dictionary(String language) {
    try (InputStream in =
        GermanPages.class.getResourceAsStream("/web/i18n/" + language + ".json")) {
      return TestServer.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
