package dev.atelier.server.upload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The words a customer's artwork text may not contain ({@code /upload/blocklist.txt}, one word a
 * line, {@code #} comments). Words are compared case-insensitively, as whole words, after folding
 * compatibility forms (fullwidth letters, ligatures), accents, Cyrillic and Greek letters that look
 * Latin (с, а, ο...) and leetspeak digits (0→o, 1→i, 3→e, 4→a, 5→s, 7→t); invisible and
 * bidirectional format characters are dropped first, so they cannot split a word. Immutable and
 * thread-safe.
 */
public final class TextBlocklist {
  /** Look-alikes of Latin letters, each at the index of its Latin letter in {@link #LATIN}. */
  private static final String LOOK_ALIKES = "аеорсухіѕјкмтнвıαοεικνρτυχ";

  private static final String LATIN = "aeopcyxisjkmthbiaoeikvptux";

  private final Set<String> words;

  private TextBlocklist(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The shipped list. */
  public static TextBlocklist shipped() {
    try (InputStream in = TextBlocklist.class.getResourceAsStream("/upload/blocklist.txt")) {
      if (in == null) {
        throw new IllegalStateException("/upload/blocklist.txt is missing");
      }
      Set<String> words = new HashSet<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(fold(w));
        }
      }
      return new TextBlocklist(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first blocked word of {@code text} as written there, if any. */
  public Optional<String> blocked(String text) {
    String visible = text.replaceAll("\\p{Cf}", "");
    for (String word : visible.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && words.contains(fold(word))) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }

  private static String fold(String word) {
    String compatible = Normalizer.normalize(word, Normalizer.Form.NFKC);
    String plain =
        Normalizer.normalize(compatible.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    StringBuilder latin = new StringBuilder(plain.length());
    for (int i = 0; i < plain.length(); i++) {
      int at = LOOK_ALIKES.indexOf(plain.charAt(i));
      latin.append(at >= 0 ? LATIN.charAt(at) : plain.charAt(i));
    }
    return latin
        .toString()
        .replace('0', 'o')
        .replace('1', 'i')
        .replace('3', 'e')
        .replace('4', 'a')
        .replace('5', 's')
        .replace('7', 't');
  }
}
